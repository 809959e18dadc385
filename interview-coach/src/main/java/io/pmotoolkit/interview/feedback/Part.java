package io.pmotoolkit.interview.feedback;

import java.util.Locale;

/** The four parts of a STAR answer, in the order a good answer tells them. */
public enum Part {
    SITUATION, TASK, ACTION, RESULT;

    /** The lower-case id used in JSON ({@code situation}). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The name for people ({@code Situation}). */
    public String title() {
        return name().charAt(0) + id().substring(1);
    }
}

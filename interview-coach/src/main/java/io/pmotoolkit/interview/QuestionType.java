package io.pmotoolkit.interview;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Optional;

/** The kind of interview question. */
public enum QuestionType {
    /** About something the candidate has done ("Tell me about a time you..."): answered with STAR. */
    BEHAVIOURAL,
    /** A scenario the panel sets ("A project keeps reporting green but..."): what the candidate would do. */
    SITUATIONAL,
    /** What the candidate knows about PMO practice, ideally shown through their own use of it. */
    KNOWLEDGE,
    /** Why the candidate wants the role, the work or the organisation, and where they want to go next. */
    MOTIVATION;

    /** The lower-case id used in the bank file and in JSON. */
    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The id, as packs and transcripts print the type ("behavioural"). */
    @Override
    public String toString() {
        return id();
    }

    /** The type with this id, ignoring case. */
    public static Optional<QuestionType> find(String id) {
        for (QuestionType t : values()) {
            if (t.id().equals(id.toLowerCase(Locale.ROOT))) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}

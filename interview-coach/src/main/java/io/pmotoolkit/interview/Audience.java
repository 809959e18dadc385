package io.pmotoolkit.interview;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Whom a question of the bank is for, by where the candidate stands on the PMO ladder ({@code candidate.level}
 * of the analysis): the bank's {@code audience} field, documented in {@code docs/question-bank.md}.
 */
public enum Audience {
    /** Everyone (no {@code audience} in the bank). */
    EVERYONE("everyone"),
    /** Only people not yet in PMO work: "Why do you want to move into PMO work?". */
    OUTSIDE_PMO("outside-pmo"),
    /** Only people already in PMO work: questions about the PMO they work in. */
    IN_PMO("in-pmo");

    private final String id;

    Audience(String id) {
        this.id = id;
    }

    /** The id used in the bank. */
    public String id() {
        return id;
    }

    /** The audience with this id, case-insensitively. */
    public static Optional<Audience> find(String id) {
        return Arrays.stream(values()).filter(a -> a.id.equals(id.strip().toLowerCase(Locale.ROOT))).findFirst();
    }

    /**
     * Whether a question for this audience suits a candidate.
     *
     * @param inPmo whether the CV shows the person in PMO work, or null without a CV (every question suits)
     */
    public boolean suits(Boolean inPmo) {
        return inPmo == null || this == EVERYONE || (this == IN_PMO) == inPmo;
    }
}

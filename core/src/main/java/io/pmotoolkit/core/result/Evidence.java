package io.pmotoolkit.core.result;

/**
 * How strongly a CV shows a term, from best to weakest.
 */
public enum Evidence {
    /** Used in a line that states an outcome. */
    ACHIEVEMENT,
    /** Used in text that describes work (experience, projects, profile). */
    EXPERIENCE,
    /** Only named in a list: skills, certifications, education, or the header. */
    LISTED;

    /** Whether this grade is stronger than {@code other}. */
    public boolean betterThan(Evidence other) {
        return ordinal() < other.ordinal();
    }
}

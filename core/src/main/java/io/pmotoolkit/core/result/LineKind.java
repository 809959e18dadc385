package io.pmotoolkit.core.result;

/** What a CV line tells the reader. */
public enum LineKind {
    /** The line states an outcome or an impact: something changed because of the candidate. */
    ACHIEVEMENT,
    /** The line states a duty or an activity, with no outcome. */
    RESPONSIBILITY
}

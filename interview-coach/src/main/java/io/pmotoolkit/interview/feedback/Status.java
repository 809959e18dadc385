package io.pmotoolkit.interview.feedback;

/** How well an answer shows one STAR component. */
public enum Status {
    /** The component is there, with what makes it convincing. */
    PRESENT,
    /** The component is there but thin (a result without an outcome or number, actions that are all "we"). */
    WEAK,
    /** No sentence carries the component. */
    MISSING
}

package io.pmotoolkit.cli;

/** The documented exit codes of {@code pmo}, listed in every command's help. */
public final class ExitCodes {

    /** Success. */
    public static final int OK = 0;
    /** An unexpected internal error: a bug, please report it with --verbose output. */
    public static final int INTERNAL = 1;
    /** Bad usage: an unknown option or role, a missing argument. */
    public static final int USAGE = 2;
    /** The CV could not be read: missing, empty, corrupt, password-protected, image-only or unsupported. */
    public static final int BAD_INPUT = 3;
    /** The skills-model file given with --skills-file is invalid. */
    public static final int BAD_SKILLS_FILE = 4;
    /** An output file could not be written. */
    public static final int OUTPUT = 5;

    private ExitCodes() {
    }
}

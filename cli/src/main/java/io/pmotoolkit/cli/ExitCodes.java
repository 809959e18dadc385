package io.pmotoolkit.cli;

import io.pmotoolkit.app.ExitCode;

/**
 * The exit codes as the {@code int}s picocli returns; each is its {@link ExitCode}, where codes and their
 * descriptions are defined (and listed in every command's help).
 */
public final class ExitCodes {

    /** {@link ExitCode#OK}. */
    public static final int OK = ExitCode.OK.code();
    /** {@link ExitCode#INTERNAL}. */
    public static final int INTERNAL = ExitCode.INTERNAL.code();
    /** {@link ExitCode#USAGE}. */
    public static final int USAGE = ExitCode.USAGE.code();
    /** {@link ExitCode#BAD_INPUT}. */
    public static final int BAD_INPUT = ExitCode.BAD_INPUT.code();
    /** {@link ExitCode#BAD_SKILLS_FILE}. */
    public static final int BAD_SKILLS_FILE = ExitCode.BAD_SKILLS_FILE.code();
    /** {@link ExitCode#OUTPUT}. */
    public static final int OUTPUT = ExitCode.OUTPUT.code();

    private ExitCodes() {
    }
}

package io.pmotoolkit.app;

import java.util.Objects;

/**
 * A failure the user can act on, with its exit code and a one-line message that says what to do
 * ({@code "gap.pdf already exists: add --force to replace it, or choose another --report"}).
 * The readers' and the model's own exceptions ({@code CvReadException}, {@code SkillsModelException}) are
 * mapped by {@link Failure#of(Throwable)} without being wrapped.
 */
public class AppException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ExitCode exitCode;

    /**
     * @param exitCode what kind of failure it is
     * @param message  one line for the user
     * @param cause    the underlying exception, shown with --verbose; may be null
     */
    public AppException(ExitCode exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = Objects.requireNonNull(exitCode, "exitCode");
    }

    /** A wrong command line found after parsing: exit code 2. */
    public static AppException usage(String message) {
        return new AppException(ExitCode.USAGE, message, null);
    }

    /** An input that cannot be read or used: exit code 3. */
    public static AppException input(String message) {
        return new AppException(ExitCode.BAD_INPUT, message, null);
    }

    /** An output that cannot be written: exit code 5. */
    public static AppException output(String message, Throwable cause) {
        return new AppException(ExitCode.OUTPUT, message, cause);
    }

    /** The exit code this failure ends the command with. */
    public ExitCode exitCode() {
        return exitCode;
    }
}

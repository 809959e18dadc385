package io.pmotoolkit.app;

import io.pmotoolkit.core.budget.BudgetExceededException;
import io.pmotoolkit.core.model.SkillsModelException;
import io.pmotoolkit.interview.QuestionBankException;
import io.pmotoolkit.resume.read.CvReadException;

/**
 * What a failed command tells the user: its exit code and one line. Every surface maps exceptions through
 * {@link #of(Throwable)}, so a message and a code never depend on the command that met the problem.
 *
 * @param exitCode the exit code
 * @param message  the line to show, without a "pmo: " prefix
 */
public record Failure(ExitCode exitCode, String message) {

    /** The failure for any exception or error thrown by a command. */
    public static Failure of(Throwable e) {
        if (e instanceof AppException a) {
            return new Failure(a.exitCode(), a.getMessage());
        }
        if (e instanceof CvReadException || e instanceof InputLimitException
                || e instanceof BudgetExceededException) {
            return new Failure(ExitCode.BAD_INPUT, e.getMessage());
        }
        if (e instanceof SkillsModelException) {
            return new Failure(ExitCode.BAD_SKILLS_FILE, e.getMessage());
        }
        if (e instanceof QuestionBankException) {
            return new Failure(ExitCode.INTERNAL, "the built-in question bank is invalid (" + e.getMessage()
                    + "); please report it");
        }
        if (e instanceof OutOfMemoryError) {
            return new Failure(ExitCode.BAD_INPUT, "ran out of memory (" + Runtime.getRuntime().maxMemory() / 1048576
                    + " MB): the input is too large or too complex to process; give a smaller file, or run Java "
                    + "with more memory (-Xmx)");
        }
        if (e instanceof StackOverflowError) {
            return new Failure(ExitCode.BAD_INPUT, "the input is nested too deeply to process: check the file, or "
                    + "save it again from the program that made it");
        }
        return new Failure(ExitCode.INTERNAL, "internal error (" + e.getClass().getSimpleName() + ": "
                + e.getMessage() + "); run again with --verbose and report it");
    }
}

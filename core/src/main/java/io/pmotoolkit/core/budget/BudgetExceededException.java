package io.pmotoolkit.core.budget;

/**
 * Work on one document went past a limit: its time budget ({@link WorkBudget}) or a size limit of the reading
 * (operators, nesting, glyphs, text length). The message is one line for the user and names the limit and, where
 * there is one, the option that raises it. The command line maps it to the bad-input exit code.
 */
public final class BudgetExceededException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String limit;

    /**
     * @param limit   a short name of the limit ("time", "operators", "glyphs", "text length")
     * @param message the user-facing message, without the file name
     */
    public BudgetExceededException(String limit, String message) {
        super(message, null, false, false);
        this.limit = limit;
    }

    /** The short name of the limit that was hit. */
    public String limit() {
        return limit;
    }
}

package io.pmotoolkit.core.budget;

import java.time.Duration;

/**
 * A wall-clock budget for the work the current thread does on one document: reading, layout, matching.
 * The code that can run long on hostile input (content-stream operators, glyph layout, line joining, pattern
 * scans) calls {@link #check()} every few hundred steps; past the deadline it throws
 * {@link BudgetExceededException}, so the work really stops instead of running on behind a cancelled future.
 *
 * {@snippet :
 * try (WorkBudget.Scope scope = WorkBudget.start(Duration.ofSeconds(15), "--timeout")) {
 *     CvDocument doc = reader.read(file);
 *     return analyzer.analyze(doc, role, ad);
 * }
 * }
 *
 * <p>Without a started scope {@link #check()} does nothing, so library code and tests run unbounded. Scopes nest:
 * an inner scope never extends the outer deadline. Thread-confined: each worker thread has its own budget.
 */
public final class WorkBudget {

    /** The default budget for one file, in seconds, in every mode (single file, batch, web). */
    public static final int DEFAULT_SECONDS = 15;

    private static final ThreadLocal<Scope> CURRENT = new ThreadLocal<>();

    private WorkBudget() {
    }

    /**
     * Starts a budget of {@code limit} for this thread.
     *
     * @param limit  the wall-clock time the work may take
     * @param option the option that raises it, named in the message ("--timeout")
     * @return the scope; close it when the document is done
     */
    public static Scope start(Duration limit, String option) {
        Scope outer = CURRENT.get();
        long end = System.nanoTime() + limit.toNanos();
        if (outer != null && outer.end - end < 0) {
            end = outer.end;
        }
        Scope scope = new Scope(outer, end, limit, option);
        CURRENT.set(scope);
        return scope;
    }

    /**
     * Throws when this thread's budget is spent, or when the thread was interrupted (a batch gave up on it).
     *
     * @throws BudgetExceededException past the deadline or on interrupt
     */
    public static void check() {
        Scope scope = CURRENT.get();
        if (scope == null) {
            return;
        }
        if (System.nanoTime() - scope.end > 0 || Thread.currentThread().isInterrupted()) {
            throw new BudgetExceededException("time",
                    "took longer than " + seconds(scope.limit) + " s and was stopped: check the file, or raise the limit with "
                            + scope.option);
        }
    }

    /** Whether a budget is running on this thread. */
    public static boolean active() {
        return CURRENT.get() != null;
    }

    private static String seconds(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? Long.toString(ms / 1000) : String.format(java.util.Locale.ROOT, "%.1f", ms / 1000.0);
    }

    /** A running budget; closing it restores the enclosing one. */
    public static final class Scope implements AutoCloseable {
        private final Scope outer;
        private final long end;
        private final Duration limit;
        private final String option;

        private Scope(Scope outer, long end, Duration limit, String option) {
            this.outer = outer;
            this.end = end;
            this.limit = limit;
            this.option = option;
        }

        @Override
        public void close() {
            if (outer == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(outer);
            }
        }
    }
}

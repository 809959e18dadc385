package io.pmotoolkit.core.budget;

import java.time.Duration;

/**
 * A wall-clock and memory budget for the work the current thread does on one document: reading, layout, matching.
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
 * <p>The memory budget counts what the thread allocates while the scope is open (the JVM's per-thread counter,
 * {@code com.sun.management.ThreadMXBean#getCurrentThreadAllocatedBytes}), so a file that passes every count
 * limit but makes the reader allocate gigabytes is stopped with {@code limit() == "memory"}. Where the JVM has no
 * such counter the memory budget is off and only the deadline applies.
 *
 * <p>Without a started scope {@link #check()} does nothing, so library code and tests run unbounded. Scopes nest:
 * an inner scope never extends the outer deadline. Thread-confined: each worker thread has its own budget.
 */
public final class WorkBudget {

    /** The default budget for one file, in seconds, in every mode (single file, batch, web). */
    public static final int DEFAULT_SECONDS = 15;

    /**
     * The default allocation budget for one document, in megabytes: what the thread doing the work may allocate
     * in all (garbage included, not what it holds at once). The most any CV of the real corpus allocates is
     * 87 MB, a 240 KB text CV at the text limits 190 MB (docs/limits.md); this is 12 and 5 times that. System property {@value #MEMORY_PROPERTY}
     * raises or lowers it; 0 turns it off.
     */
    public static final long DEFAULT_MEGABYTES = 1024;

    /** The system property that sets the allocation budget in megabytes ({@code -Dpmo.budget.megabytes=4096}). */
    public static final String MEMORY_PROPERTY = "pmo.budget.megabytes";

    /**
     * Allocated bytes are read at most once a millisecond: check() is hot and already reads the clock, the counter
     * is a call into the JVM. A thread allocates a few MB in a millisecond at most, so the budget is kept to that.
     */
    private static final long MEMORY_EVERY_NANOS = 1_000_000;

    /** The thread allocation counter, or null when this JVM has none (then the memory budget is off). */
    private static final com.sun.management.ThreadMXBean ALLOCATION = allocationCounter();

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
        long bytes = allocated();
        long maxBytes = bytes < 0 ? -1 : megabytes() << 20;
        long byteEnd = maxBytes <= 0 ? Long.MAX_VALUE : bytes + maxBytes;
        if (outer != null && outer.byteEnd < byteEnd) {
            byteEnd = outer.byteEnd;
        }
        Scope scope = new Scope(outer, end, limit, option, byteEnd, outer != null ? outer.maxBytes : maxBytes);
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
        long now = System.nanoTime();
        if (now - scope.end > 0 || Thread.currentThread().isInterrupted()) {
            throw new BudgetExceededException("time",
                    "took longer than " + seconds(scope.limit) + " s and was stopped: check the file, or raise the limit with "
                            + scope.option);
        }
        if (scope.byteEnd != Long.MAX_VALUE && now - scope.lastMemoryCheck >= MEMORY_EVERY_NANOS) {
            scope.lastMemoryCheck = now;
            if (allocated() > scope.byteEnd) {
                throw new BudgetExceededException("memory", "needed more than " + (scope.maxBytes >> 20)
                        + " MB of memory and was stopped: check the file, or raise the limit with -D"
                        + MEMORY_PROPERTY + "=MB (in JAVA_TOOL_OPTIONS)");
            }
        }
    }

    /** The bytes this thread has allocated so far, or -1 when that cannot be measured. */
    private static long allocated() {
        return ALLOCATION == null ? -1 : ALLOCATION.getCurrentThreadAllocatedBytes();
    }

    private static long megabytes() {
        String value = System.getProperty(MEMORY_PROPERTY);
        if (value == null || value.isBlank()) {
            return DEFAULT_MEGABYTES;
        }
        try {
            return Math.max(0, Math.min(Long.parseLong(value.strip()), Long.MAX_VALUE >> 21));
        } catch (NumberFormatException e) {
            return DEFAULT_MEGABYTES;
        }
    }

    private static com.sun.management.ThreadMXBean allocationCounter() {
        try {
            if (java.lang.management.ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean mx
                    && mx.isThreadAllocatedMemorySupported()) {
                if (!mx.isThreadAllocatedMemoryEnabled()) {
                    mx.setThreadAllocatedMemoryEnabled(true);
                }
                return mx.getCurrentThreadAllocatedBytes() >= 0 ? mx : null;
            }
        } catch (RuntimeException | LinkageError e) {
            // No management beans (a trimmed runtime, a security policy): the memory budget is off.
        }
        return null;
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
        private final long byteEnd;
        private final long maxBytes;
        private long lastMemoryCheck;

        private Scope(Scope outer, long end, Duration limit, String option, long byteEnd, long maxBytes) {
            this.outer = outer;
            this.byteEnd = byteEnd;
            this.maxBytes = maxBytes;
            this.lastMemoryCheck = System.nanoTime() - MEMORY_EVERY_NANOS;
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

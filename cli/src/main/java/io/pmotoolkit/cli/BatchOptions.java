package io.pmotoolkit.cli;

import io.pmotoolkit.core.budget.WorkBudget;
import java.nio.file.Path;
import java.time.Duration;
import picocli.CommandLine.Option;

/** Options of a batch analysis (several files or a folder). */
final class BatchOptions {

    /** The longest --timeout accepted: a day. */
    static final int MAX_TIMEOUT_SECONDS = 86_400;
    /** The most --jobs accepted. */
    static final int MAX_JOBS = 256;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Write one JSON per CV, summary.csv and summary.json into DIR (created if missing).")
    Path outDir;

    @Option(names = "--jobs", paramLabel = "N",
            description = "Threads for a batch (default: the number of cores).")
    Integer jobs;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "" + WorkBudget.DEFAULT_SECONDS,
            description = "Stop work on one file of a batch after this many seconds from when it starts "
                    + "(default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Option(names = "--reports", description = "With --out, also write a PDF gap report per CV (<name>.gap.pdf).")
    boolean reports;

    @Option(names = "--force", description = "Overwrite existing output files (--report, --out).")
    boolean force;

    /** The worker threads: --jobs, or one per core; a value out of range is a usage error (exit 2). */
    int threads() {
        int n = jobs != null ? jobs : Runtime.getRuntime().availableProcessors();
        if (n < 1 || n > MAX_JOBS) {
            throw new PmoCommand.UsageException("--jobs must be from 1 to " + MAX_JOBS + ", not " + n);
        }
        return n;
    }

    /** The budget of one file; a value out of range is a usage error (exit 2). */
    Duration timeout() {
        if (timeoutSeconds < 1 || timeoutSeconds > MAX_TIMEOUT_SECONDS) {
            throw new PmoCommand.UsageException("--timeout must be from 1 to " + MAX_TIMEOUT_SECONDS
                    + " seconds, not " + timeoutSeconds);
        }
        return Duration.ofSeconds(timeoutSeconds);
    }
}

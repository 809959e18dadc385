package io.pmotoolkit.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options of a batch analysis (several files or a folder). */
final class BatchOptions {

    @Option(names = "--out", paramLabel = "DIR",
            description = "Write one JSON per CV and summary.csv into DIR (created if missing).")
    Path outDir;

    @Option(names = "--jobs", paramLabel = "N",
            description = "Threads for a batch (default: the number of cores).")
    Integer jobs;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "Give up on one file after this many seconds (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Option(names = "--reports", description = "With --out, also write a PDF gap report per CV (<name>.gap.pdf).")
    boolean reports;

    @Option(names = "--force", description = "Overwrite existing output files (--report, --out).")
    boolean force;
}

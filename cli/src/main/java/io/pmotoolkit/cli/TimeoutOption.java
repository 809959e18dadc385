package io.pmotoolkit.cli;

import io.pmotoolkit.core.budget.WorkBudget;
import picocli.CommandLine.Option;

/** The time budget of one document, for the single-file commands (a batch has its own, with the same default). */
final class TimeoutOption {

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "" + WorkBudget.DEFAULT_SECONDS,
            description = "Stop reading or analysing a document after this many seconds (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;
}

package io.pmotoolkit.cli;

import io.pmotoolkit.app.Toolkit;
import picocli.CommandLine.Option;

/** The size limit of every input: the CV, the advert, the answer, the skills file and standard input. */
final class SizeOption {

    @Option(names = "--max-size", paramLabel = "MB", defaultValue = "20",
            description = "Refuse inputs larger than this many megabytes: files and standard input "
                    + "(default: ${DEFAULT-VALUE}).")
    int maxSizeMb;

    Toolkit.Builder apply(Toolkit.Builder b) {
        return b.maxSizeMb(maxSizeMb);
    }
}

package io.pmotoolkit.cli;

import io.pmotoolkit.resume.read.CvReader;
import picocli.CommandLine.Option;

/** How documents are read: limits that protect against huge files, and a password for protected ones. */
final class ReaderOptions {

    @Option(names = "--password", paramLabel = "PASSWORD", description = "Password of a protected PDF or Word file.")
    String password;

    @Option(names = "--max-size", paramLabel = "MB", defaultValue = "20",
            description = "Refuse files larger than this many megabytes (default: ${DEFAULT-VALUE}).")
    int maxSizeMb;

    @Option(names = "--max-pages", paramLabel = "N", defaultValue = "50",
            description = "Refuse documents longer than this many pages (default: ${DEFAULT-VALUE}).")
    int maxPages;

    /** A reader with these limits and password. */
    CvReader reader() {
        if (maxSizeMb < 1 || maxSizeMb > 2048) {
            throw new PmoCommand.UsageException("--max-size must be from 1 to 2048 MB, not " + maxSizeMb);
        }
        if (maxPages < 1 || maxPages > 10_000) {
            throw new PmoCommand.UsageException("--max-pages must be from 1 to 10000, not " + maxPages);
        }
        return new CvReader(maxSizeMb * 1024L * 1024L, maxPages).withPassword(password);
    }
}

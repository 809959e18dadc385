package io.pmotoolkit.cli;

import io.pmotoolkit.app.Toolkit;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** How documents are read: limits that protect against huge files, and a password for protected ones. */
final class ReaderOptions {

    @Option(names = "--password", paramLabel = "PASSWORD", description = "Password of a protected PDF or Word file.")
    String password;

    @Mixin
    SizeOption size;

    @Option(names = "--max-pages", paramLabel = "N", defaultValue = "50",
            description = "Refuse documents longer than this many pages (default: ${DEFAULT-VALUE}).")
    int maxPages;

    /** The builder with these limits and password (checked when it is built). */
    Toolkit.Builder apply(Toolkit.Builder b) {
        return size.apply(b).maxPages(maxPages).password(password);
    }
}

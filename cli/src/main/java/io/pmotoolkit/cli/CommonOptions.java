package io.pmotoolkit.cli;

import io.pmotoolkit.app.Toolkit;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options every command shares. */
final class CommonOptions {

    @Option(names = "--skills-file", paramLabel = "FILE",
            description = "A skills-model YAML file that extends the built-in model (same ids replace, "
                    + "new ids add; 'replace: true' in the file replaces it). See docs/skills-model.md.")
    Path skillsFile;

    @Option(names = {"-v", "--verbose"}, description = "Show library warnings and stack traces.")
    boolean verbose;

    /** The entry point's builder with the skills file, the clock and standard input of this run. */
    Toolkit.Builder toolkit(PmoCommand parent) {
        if (verbose) {
            Quiet.verbose();
        }
        return Toolkit.builder().clock(parent.clock).stdin(parent.in).version(Versions.tool()).skillsFile(skillsFile);
    }
}

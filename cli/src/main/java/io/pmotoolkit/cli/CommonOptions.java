package io.pmotoolkit.cli;

import io.pmotoolkit.core.model.SkillsModel;
import io.pmotoolkit.core.model.SkillsModelLoader;
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

    /** The built-in model, extended by --skills-file when given. */
    SkillsModel model() {
        if (verbose) {
            Quiet.verbose();
        }
        SkillsModel model = SkillsModelLoader.builtIn();
        return skillsFile == null ? model : SkillsModelLoader.withFile(model, skillsFile);
    }
}

package io.pmotoolkit.cli;

import io.pmotoolkit.core.model.SkillsModel;
import io.pmotoolkit.core.model.SkillsModelLoader;
import io.pmotoolkit.core.result.CvAnalysis;
import io.pmotoolkit.resume.analysis.ResumeAnalyzer;
import io.pmotoolkit.resume.read.CvReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Regenerates the committed sample gap reports and question pack under {@code samples/reports/} with the
 * fixed test date.
 * Not a test: it runs only when asked, after an intended change to the report:
 *
 * <pre>./mvnw -pl cli -am verify -Dtest=SampleReportsRegenerator -Dsurefire.failIfNoSpecifiedTests=false -Dpmo.regenerate=true</pre>
 *
 * The CV is read under its path from the checkout root ({@code samples/...}), so the report names it the
 * same way whatever the machine.
 */
class SampleReportsRegenerator {

    @Test
    @EnabledIfSystemProperty(named = "pmo.regenerate", matches = "true")
    void regenerateSampleReports() throws Exception {
        generate("amelia-hart-project-manager.pdf", "pmo-manager");
        generate("tom-fletcher-graduate.pdf", "pmo-administrator");
        questionPack("amelia-hart-project-manager.pdf", "pmo-manager", 7);
    }

    /** The printable practice pack, through the command line as a user would make it. */
    private static void questionPack(String sample, String role, long seed) {
        Path out = Cli.samples().resolve("reports")
                .resolve(sample.replaceFirst("\\.[a-z]+$", "") + "." + role + ".questions.pdf");
        Cli.Result r = Cli.run("questions", "--role", role, "--cv", Cli.sample(sample), "--seed", String.valueOf(seed),
                "--format", "pdf", "--out", out.toString(), "--force");
        if (r.code() != 0) {
            throw new AssertionError(r.toString());
        }
        System.out.print(r.err());
    }

    private static void generate(String sample, String role) throws Exception {
        SkillsModel model = SkillsModelLoader.builtIn();
        byte[] bytes = Files.readAllBytes(Cli.samples().resolve(sample));
        CvAnalysis analysis = new ResumeAnalyzer(model, Versions.tool(), Cli.TODAY)
                .analyze(new CvReader().read("samples/" + sample, bytes), model.expectRole(role));
        Path out = Cli.samples().resolve("reports")
                .resolve(sample.replaceFirst("\\.[a-z]+$", "") + "." + role + ".gap.pdf");
        Files.createDirectories(out.getParent());
        StringWriter err = new StringWriter();
        ReportOutput.write(analysis, model, Cli.TODAY, out, true, new PrintWriter(err, true));
        System.out.print(err);
    }
}

package io.pmotoolkit.cli;

import io.pmotoolkit.app.CvRun;
import io.pmotoolkit.app.Outputs;
import io.pmotoolkit.app.Toolkit;
import io.pmotoolkit.core.result.CvAnalysis;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code pmo report}: only the PDF gap report, the same as {@code analyze --report} without the text output. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Write the PDF gap report for a CV and a target role: score, competency chart, terms "
                + "found and missing, top gaps with actions, line-by-line rewrites, route in and checks. "
                + "Same as 'pmo analyze FILE --role ROLE --report PDF' without the text output.", ""})
final class ReportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "The CV: " + HelpValues.CV_FORMATS_TEXT + " ('-' reads standard input).")
    String file;

    @Option(names = {"-r", "--role"}, paramLabel = "ROLE", description = PmoCommand.ROLE_OPTION)
    String role;

    @Option(names = {"-o", "--out"}, paramLabel = "PDF",
            description = "Where to write the report (default: <cv name>.<role>.gap.pdf in the current folder).")
    Path out;

    @Option(names = "--force", description = "Replace an existing report file.")
    boolean force;

    @Option(names = "--job-ad", paramLabel = "FILE",
            description = "A job advert to measure the CV against (its terms come first; the report gains a page "
                    + "on the advert). Without --role, the role nearest to the advert.")
    String jobAd;

    @Mixin
    DocumentRunOptions document;
    @Override
    public Integer call() throws IOException {
        Toolkit app = document.toolkit();
        CvRun run = app.start(role, jobAd, file);
        Path pdf = out != null ? out : Path.of(defaultName(file, run.target().id()));
        Outputs.check(pdf, force, "--out");
        CvAnalysis analysis = run.analyzeCv(file, "gap report");
        ReportOutput.write(analysis, app.model(), document.parent().clock, pdf, force, "--out", document.err());
        return ExitCodes.OK;
    }

    /** {@code amelia-hart.pdf} for role pmo-manager gives {@code amelia-hart.pmo-manager.gap.pdf}. */
    static String defaultName(String cv, String roleId) {
        String name = "-".equals(cv) ? "cv" : Path.of(cv).getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        return stem + "." + roleId + ".gap.pdf";
    }
}

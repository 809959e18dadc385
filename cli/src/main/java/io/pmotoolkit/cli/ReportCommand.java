package io.pmotoolkit.cli;

import io.pmotoolkit.core.model.Role;
import io.pmotoolkit.core.model.SkillsModel;
import io.pmotoolkit.core.result.CvAnalysis;
import io.pmotoolkit.resume.analysis.ResumeAnalyzer;
import io.pmotoolkit.resume.read.CvDocument;
import io.pmotoolkit.resume.read.CvReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code pmo report}: only the PDF gap report, the same as {@code analyze --report} without the text output. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Write the PDF gap report for a CV and a target role: score, competency chart, terms "
                + "found and missing, top gaps with actions, line-by-line rewrites, route in and checks. "
                + "Same as 'pmo analyze FILE --role ROLE --report PDF' without the text output.", ""},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:Success.",
            "1:Internal error (a bug: run again with --verbose and report it).",
            "2:Usage error: unknown option or role, missing argument.",
            "3:The CV could not be read.",
            "4:The --skills-file is invalid.",
            "5:The report could not be written (exists without --force, folder",
            " :missing or not writable)."})
final class ReportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "The CV: .docx, .pdf, .txt or .md ('-' reads standard input).")
    String file;

    @Option(names = {"-r", "--role"}, paramLabel = "ROLE",
            description = "Target role: pmo-administrator, pmo-analyst, pmo-manager or head-of-pmo (see 'pmo roles').")
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
    CommonOptions common;

    @Mixin
    ReaderOptions readerOptions;

    @Spec
    CommandSpec spec;

    @picocli.CommandLine.ParentCommand
    PmoCommand parent;

    @Override
    public Integer call() throws IOException {
        SkillsModel model = common.model();
        Role chosen = ModelLookups.requested(model, role, jobAd, file);
        ResumeAnalyzer analyzer = new ResumeAnalyzer(model, Versions.tool(), parent.clock);
        io.pmotoolkit.resume.jobad.JobAd ad = jobAd == null ? null
                : analyzer.jobAdParser().parse(JobAdFiles.read(readerOptions.reader(), jobAd));
        Role target = chosen != null ? chosen : ad.role();
        Path pdf = out != null ? out : Path.of(defaultName(file, target.id()));
        ReportOutput.checkWritable(pdf, force);
        CvDocument doc = "-".equals(file)
                ? readerOptions.reader().read("stdin", System.in.readAllBytes())
                : readerOptions.reader().read(Path.of(file));
        CvAnalysis analysis = analyzer.analyze(doc, target, ad);
        PmoCommand.InputException.requireCv(analysis, "gap report");
        ReportOutput.write(analysis, model, parent.clock, pdf, force, spec.commandLine().getErr());
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

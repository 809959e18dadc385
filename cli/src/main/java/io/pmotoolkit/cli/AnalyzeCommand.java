package io.pmotoolkit.cli;

import io.pmotoolkit.app.CvRun;
import io.pmotoolkit.app.Format;
import io.pmotoolkit.app.Outputs;
import io.pmotoolkit.app.Toolkit;
import io.pmotoolkit.core.budget.WorkBudget;
import io.pmotoolkit.core.result.CvAnalysis;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code pmo analyze}: one CV against one role, or a batch of CVs. */
@Command(name = "analyze", aliases = "analyse", mixinStandardHelpOptions = true,
        description = {"Analyse a CV (${bundle:" + HelpValues.CV_FORMAT_NAMES + "}) against a target PMO role: PMO terms found "
                + "and missing, achievements vs duties, CV checks and a 0-100 score with its parts.", ""})
final class AnalyzeCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE",
            description = "The CV: " + HelpValues.CV_FORMATS_TEXT + " ('-' reads standard input). Several files or folders "
                    + "(searched recursively) make a batch: a ranked summary, or a JSON array.")
    List<String> files;

    @Mixin
    BatchOptions batch;

    @Option(names = {"-r", "--role"}, paramLabel = "ROLE", description = PmoCommand.ROLE_OPTION)
    String role;

    @Option(names = "--job-ad", paramLabel = "FILE",
            description = "A job advert (" + HelpValues.CV_FORMATS_TEXT + "; '-' reads standard input): its terms come first "
                    + "and weigh more, and the output compares the CV with it. Without --role, the role is the "
                    + "nearest to the advert's title and level.")
    String jobAd;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--report", paramLabel = "PDF",
            description = "Also write the PDF gap report to this file (summary, competency chart, terms, "
                    + "top gaps with actions, line-by-line rewrites, route in, checks). Refuses an existing "
                    + "file unless --force. In a batch, use --out DIR with --reports instead.")
    Path report;

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
        // --timeout is the batch's option too; one file gets the budget's default unless it is given.
        int timeout = spec.commandLine().getParseResult().hasMatchedOption("--timeout") ? batch.timeoutSeconds
                : WorkBudget.DEFAULT_SECONDS;
        Toolkit app = readerOptions.apply(common.toolkit(parent)).timeoutSeconds(timeout).build();
        String file = files.get(0);
        CvRun run = app.start(role, jobAd, file);
        if (files.size() > 1 || Files.isDirectory(Path.of(file)) || batch.outDir != null) {
            if (report != null) {
                throw new PmoCommand.UsageException("--report names one PDF; for a batch use --out DIR --reports");
            }
            return new BatchRun(spec.commandLine(), batch, format, parent.clock)
                    .run(run.analyzer(), run.reader(), files, run.target(), run.advert().orElse(null));
        }
        if (batch.reports) {
            throw new PmoCommand.UsageException("--reports writes one PDF per CV into --out DIR; for one CV use --report FILE");
        }
        if (report != null) {
            Outputs.check(report, batch.force, "--report");
        }
        CvAnalysis analysis = run.analyze(file);
        Outputs.print(spec.commandLine().getOut(), Renderers.analysis(TerminalSetup.terminal(spec.commandLine())).render(analysis, format));
        if (report != null) {
            CvRun.requireCv(analysis, "gap report");
            ReportOutput.write(analysis, app.model(), parent.clock, report, batch.force, "--report",
                    spec.commandLine().getErr());
        }
        return ExitCodes.OK;
    }
}

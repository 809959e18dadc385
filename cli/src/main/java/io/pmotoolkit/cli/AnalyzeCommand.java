package io.pmotoolkit.cli;

import io.pmotoolkit.cli.render.JsonOutput;
import io.pmotoolkit.cli.render.MarkdownReport;
import io.pmotoolkit.cli.render.TextReport;
import io.pmotoolkit.core.model.Role;
import io.pmotoolkit.core.model.SkillsModel;
import io.pmotoolkit.core.result.CvAnalysis;
import io.pmotoolkit.resume.analysis.ResumeAnalyzer;
import io.pmotoolkit.resume.jobad.JobAd;
import io.pmotoolkit.resume.read.CvDocument;
import io.pmotoolkit.resume.read.CvReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code pmo analyze}: one CV against one role. */
@Command(name = "analyze", aliases = "analyse", mixinStandardHelpOptions = true,
        description = {"Analyse a CV (DOCX, PDF, TXT or MD) against a target PMO role: PMO terms found "
                + "and missing, achievements vs duties, CV checks and a 0-100 score with its parts.", ""},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:Success.",
            "1:Internal error (a bug: run again with --verbose and report it).",
            "2:Usage error: unknown option or role, missing argument.",
            "3:The CV could not be read (missing, empty, corrupt, protected,",
            " :image-only or unsupported format).",
            "4:The --skills-file is invalid (the message names line and field).",
            "5:An output file could not be written."})
final class AnalyzeCommand implements Callable<Integer> {

    enum Format { text, json, markdown }

    @Parameters(arity = "1..*", paramLabel = "FILE",
            description = "The CV: .docx, .pdf, .txt or .md ('-' reads standard input). Several files or folders "
                    + "(searched recursively) make a batch: a ranked summary, or a JSON array.")
    List<String> files;

    @Mixin
    BatchOptions batch;

    @Option(names = {"-r", "--role"}, paramLabel = "ROLE",
            description = "Target role: pmo-administrator, pmo-analyst, pmo-manager or head-of-pmo (see 'pmo roles').")
    String role;

    @Option(names = "--job-ad", paramLabel = "FILE",
            description = "A job advert (.txt, .md, .docx or .pdf; '-' reads standard input): its terms come first "
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

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    @Override
    public Integer call() throws IOException {
        // Start-up overlaps on two cores: the NLP models load (started by Main) while the skills model is
        // parsed, and the keyword matcher is compiled while the CV is read.
        SkillsModel model = common.model();
        String file = files.get(0);
        Role chosen = ModelLookups.requested(model, role, jobAd, file);
        CvReader reader = readerOptions.reader();
        CompletableFuture<ResumeAnalyzer> analyzerReady =
                CompletableFuture.supplyAsync(() -> new ResumeAnalyzer(model, Versions.tool(), parent.clock));
        JobAd ad = null;
        if (jobAd != null) {
            ad = join(analyzerReady).jobAdParser().parse(JobAdFiles.read(reader, jobAd));
        }
        Role target = chosen != null ? chosen : ad.role();
        if (files.size() > 1 || Files.isDirectory(Path.of(file)) || batch.outDir != null) {
            if (report != null) {
                throw new PmoCommand.UsageException("--report names one PDF; for a batch use --out DIR --reports");
            }
            return new BatchRun(spec.commandLine(), batch, format.name(), parent.clock)
                    .run(join(analyzerReady), reader, files, target, ad);
        }
        if (batch.reports) {
            throw new PmoCommand.UsageException("--reports writes one PDF per CV into --out DIR; for one CV use --report FILE");
        }
        if (report != null) {
            ReportOutput.checkWritable(report, batch.force);
        }
        CvDocument doc = "-".equals(file)
                ? reader.read("stdin", System.in.readAllBytes())
                : reader.read(Path.of(file));
        CvAnalysis analysis = join(analyzerReady).analyze(doc, target, ad);
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case json -> out.println(JsonOutput.write(analysis));
            case markdown -> out.print(MarkdownReport.render(analysis));
            case text -> out.print(TextReport.render(analysis, TerminalSetup.terminal(spec.commandLine())));
        }
        out.flush();
        if (report != null) {
            PmoCommand.InputException.requireCv(analysis, "gap report");
            ReportOutput.write(analysis, model, parent.clock, report, batch.force, spec.commandLine().getErr());
        }
        return ExitCodes.OK;
    }
}

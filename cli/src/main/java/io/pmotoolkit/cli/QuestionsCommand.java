package io.pmotoolkit.cli;

import io.pmotoolkit.app.CvRun;
import io.pmotoolkit.app.Format;
import io.pmotoolkit.app.Outputs;
import io.pmotoolkit.app.Toolkit;
import io.pmotoolkit.core.result.CvAnalysis;
import io.pmotoolkit.cli.render.QuestionList;
import io.pmotoolkit.interview.PackBuilder;
import io.pmotoolkit.interview.Question;
import io.pmotoolkit.interview.QuestionBank;
import io.pmotoolkit.interview.QuestionType;
import io.pmotoolkit.interview.QuestionPack;
import io.pmotoolkit.report.pack.QuestionPackPdf;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code pmo questions}: a STAR interview practice pack for a role, personalised when a CV is given. */
@Command(name = "questions", mixinStandardHelpOptions = true,
        description = {"Build an interview practice pack for a target PMO role: questions with what the panel "
                + "assesses, what a strong STAR answer contains, pitfalls and follow-ups. With --cv, the pack "
                + "starts with the gaps in your CV, then asks about your own achievement lines. --format pdf "
                + "writes a printable pack with a one-page STAR primer and ruled space for notes (needs --out).", ""},
        footerHeading = "%nExamples:%n",
        footer = {"  pmo questions --role pmo-analyst",
            "  pmo questions --role pmo-manager --cv my-cv.pdf --seed 7 --out pack.md",
            "  pmo questions --role pmo-manager --cv my-cv.pdf --format pdf --out pack.pdf",
            "  pmo questions --role head-of-pmo --count 20 --format json",
            "  pmo questions --list --role pmo-analyst --type knowledge"})
final class QuestionsCommand implements Callable<Integer> {

    /** The pack's outputs: the text formats, and a printable PDF (a document, so not a {@link Format}). */
    enum PackFormat { markdown, json, pdf }

    @Option(names = {"-r", "--role"}, paramLabel = "ROLE", description = PmoCommand.ROLE_OPTION)
    String role;

    @Option(names = "--cv", paramLabel = "FILE",
            description = "Your CV (" + HelpValues.CV_FORMATS_TEXT + "; '-' reads standard input): the pack then probes its "
                    + "gaps and quotes its achievement lines.")
    String cv;

    /** The CV given without --cv, as 'pmo analyze' and 'pmo report' take it. */
    @Parameters(arity = "0..1", paramLabel = "CV",
            description = "Your CV, as with --cv (so 'pmo questions my-cv.pdf --role ...' works as well).")
    String cvArgument;

    @Option(names = "--job-ad", paramLabel = "FILE",
            description = "A job advert (" + HelpValues.CV_FORMATS_TEXT + "; '-' reads standard input): its responsibilities "
                    + "become questions, and with --cv the gaps are those of the advert. Without --role, the role "
                    + "is the nearest to the advert.")
    String jobAd;

    @Option(names = {"-n", "--count"}, paramLabel = "N", defaultValue = "" + PackBuilder.DEFAULT_COUNT,
            description = "Number of questions, " + PackBuilder.MIN_COUNT + " to " + PackBuilder.MAX_COUNT
                    + " (default: ${DEFAULT-VALUE}).")
    int count;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "Chooses among equally good questions: the same seed gives the same pack; try another "
                    + "number for a fresh selection (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "markdown",
            description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    PackFormat format;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE",
            description = "Write the pack to this file instead of standard output (never replaces a file without "
                    + "--force); required with --format pdf.")
    Path out;

    @Option(names = "--force", description = "Replace the --out file if it exists.")
    boolean force;

    @Option(names = "--list", description = "List the bank's questions (id, type, competency, roles) instead of "
            + "building a pack; --role, --type and --competency filter the list.")
    boolean list;

    @Option(names = "--type", paramLabel = "TYPE",
            description = "With --list: only questions of this type (behavioural, situational, knowledge, motivation).")
    String type;

    @Option(names = "--competency", paramLabel = "ID",
            description = "With --list: only questions of this competency (an id, as 'pmo roles' lists them).")
    String competency;

    @Mixin
    DocumentRunOptions document;
    @Override
    public Integer call() throws IOException {
        if (list) {
            return list();
        }
        if (type != null || competency != null) {
            throw new PmoCommand.UsageException("--type and --competency filter --list: add --list, or leave them out");
        }
        if (cvArgument != null) {
            if (cv != null && !cv.equals(cvArgument)) {
                throw new PmoCommand.UsageException("give the CV once: either as " + cvArgument + " or with --cv " + cv);
            }
            cv = cvArgument;
        }
        Toolkit app = document.toolkit();
        Toolkit.checkCount(count, PackBuilder.MIN_COUNT);
        if (format == PackFormat.pdf && out == null) {
            throw new PmoCommand.UsageException("a PDF pack cannot go to the terminal: add --out FILE, "
                    + "e.g. --out pack.pdf");
        }
        if (out != null) {
            Outputs.check(out, force, "--out");
        }
        app.bank();
        CvRun run = app.start(role, jobAd, cv);
        CvAnalysis analysis = cv == null ? null : run.analyzeCv(cv, "question pack");
        QuestionPack pack = app.pack(run, analysis, count, PackBuilder.MIN_COUNT, seed);
        if (format == PackFormat.pdf) {
            QuestionPackPdf pdf = new QuestionPackPdf(document.parent().clock);
            int pages = ReportOutput.writeAtomically(out, force, "--out", stream -> pdf.render(pack, stream));
            ReportOutput.written(document.err(), "Question pack", out, pages);
            return ExitCodes.OK;
        }
        String text = Renderers.PACK.render(pack, Format.valueOf(format.name()));
        PrintWriter stdout = document.out();
        if (out == null) {
            Outputs.print(stdout, text);
        } else {
            Outputs.write(out, force, "--out", text);
            Outputs.print(stdout, "Wrote " + pack.questions().size() + " questions to " + out + "\n");
        }
        return ExitCodes.OK;
    }

    /** {@code --list}: the bank's questions, filtered by role, type and competency. */
    private int list() {
        if (cv != null || cvArgument != null || jobAd != null || out != null) {
            throw new PmoCommand.UsageException("--list shows the bank only: leave out the CV, --job-ad and --out");
        }
        Toolkit app = document.toolkit();
        QuestionBank bank = app.bank();
        String roleId = role == null ? null : app.role(role).id();
        QuestionType wanted = type == null ? null : QuestionType.find(type).orElseThrow(() ->
                new PmoCommand.UsageException("unknown --type '" + type + "': use one of "
                        + String.join(", ", Arrays.stream(QuestionType.values()).map(QuestionType::id).toList())));
        if (competency != null && app.model().findCompetency(competency).isEmpty()) {
            List<String> ids = app.model().competencies().stream().map(c -> c.id()).toList();
            String close = io.pmotoolkit.app.Suggestions.didYouMean(competency, ids);
            throw new PmoCommand.UsageException("unknown --competency '" + competency + "'"
                    + (close.isEmpty() ? ": use one of " + String.join(", ", ids) : close));
        }
        List<Question> shown = bank.questions().stream()
                .filter(q -> roleId == null || q.suits(roleId))
                .filter(q -> wanted == null || q.type() == wanted)
                .filter(q -> competency == null || q.competency().equals(competency))
                .toList();
        Outputs.print(document.out(), QuestionList.render(shown, bank.questions().size(), document.terminal().width()));
        return ExitCodes.OK;
    }
}

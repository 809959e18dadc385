package io.pmotoolkit.cli;

import io.pmotoolkit.cli.render.JsonOutput;
import io.pmotoolkit.cli.render.QuestionPackMarkdown;
import io.pmotoolkit.core.model.Role;
import io.pmotoolkit.core.model.SkillsModel;
import io.pmotoolkit.core.model.SkillsModelException;
import io.pmotoolkit.core.result.CvAnalysis;
import io.pmotoolkit.interview.PackBuilder;
import io.pmotoolkit.interview.QuestionBank;
import io.pmotoolkit.interview.QuestionBankException;
import io.pmotoolkit.interview.QuestionBankLoader;
import io.pmotoolkit.interview.QuestionPack;
import io.pmotoolkit.report.pack.QuestionPackPdf;
import io.pmotoolkit.resume.analysis.ResumeAnalyzer;
import io.pmotoolkit.resume.jobad.JobAd;
import io.pmotoolkit.resume.read.CvDocument;
import io.pmotoolkit.resume.read.CvReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code pmo questions}: a STAR interview practice pack for a role, personalised when a CV is given. */
@Command(name = "questions", mixinStandardHelpOptions = true,
        description = {"Build an interview practice pack for a target PMO role: questions with what the panel "
                + "assesses, what a strong STAR answer contains, pitfalls and follow-ups. With --cv, the pack "
                + "starts with the gaps in your CV, then asks about your own achievement lines. --format pdf "
                + "writes a printable pack with a one-page STAR primer and ruled space for notes (needs --out).", ""},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:Success.",
            "1:Internal error (a bug: run again with --verbose and report it).",
            "2:Usage error: unknown option or role, bad --count, pdf without --out.",
            "3:The CV could not be read (missing, empty, corrupt, protected,",
            " :image-only or unsupported format).",
            "4:The --skills-file is invalid (the message names line and field).",
            "5:The --out file exists (add --force) or could not be written."},
        footerHeading = "%nExamples:%n",
        footer = {"  pmo questions --role pmo-analyst",
            "  pmo questions --role pmo-manager --cv my-cv.pdf --seed 7 --out pack.md",
            "  pmo questions --role pmo-manager --cv my-cv.pdf --format pdf --out pack.pdf",
            "  pmo questions --role head-of-pmo --count 20 --format json"})
final class QuestionsCommand implements Callable<Integer> {

    enum Format { markdown, json, pdf }

    @Option(names = {"-r", "--role"}, paramLabel = "ROLE",
            description = "Target role: pmo-administrator, pmo-analyst, pmo-manager or head-of-pmo (see 'pmo roles').")
    String role;

    @Option(names = "--cv", paramLabel = "FILE",
            description = "Your CV (.docx, .pdf, .txt or .md; '-' reads standard input): the pack then probes its "
                    + "gaps and quotes its achievement lines.")
    String cv;

    /** The CV given without --cv, as 'pmo analyze' and 'pmo report' take it. */
    @Parameters(arity = "0..1", paramLabel = "CV",
            description = "Your CV, as with --cv (so 'pmo questions my-cv.pdf --role ...' works as well).")
    String cvArgument;

    @Option(names = "--job-ad", paramLabel = "FILE",
            description = "A job advert (.txt, .md, .docx or .pdf; '-' reads standard input): its responsibilities "
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
    Format format;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE",
            description = "Write the pack to this file instead of standard output (never replaces a file without "
                    + "--force); required with --format pdf.")
    Path out;

    @Option(names = "--force", description = "Replace the --out file if it exists.")
    boolean force;

    @Mixin
    CommonOptions common;

    @Mixin
    ReaderOptions readerOptions;

    @Spec
    CommandSpec spec;

    @ParentCommand
    PmoCommand parent;

    @Override
    public Integer call() throws IOException {
        if (cvArgument != null) {
            if (cv != null && !cv.equals(cvArgument)) {
                throw new PmoCommand.UsageException("give the CV once: either as " + cvArgument + " or with --cv " + cv);
            }
            cv = cvArgument;
        }
        SkillsModel model = common.model();
        Role chosen = ModelLookups.requested(model, role, jobAd, cv);
        if (count < PackBuilder.MIN_COUNT || count > PackBuilder.MAX_COUNT) {
            throw new PmoCommand.UsageException("--count must be from " + PackBuilder.MIN_COUNT + " to "
                    + PackBuilder.MAX_COUNT + ", not " + count);
        }
        if (format == Format.pdf && out == null) {
            throw new PmoCommand.UsageException("a PDF pack cannot go to the terminal: add --out FILE, "
                    + "e.g. --out pack.pdf");
        }
        if (out != null && !force && Files.exists(out)) {
            throw new PmoCommand.OutputException(out + " already exists: add --force to replace it, or choose "
                    + "another --out", null);
        }
        QuestionBank bank = ModelLookups.bank(model, common.skillsFile);
        CvAnalysis analysis = null;
        CvReader reader = readerOptions.reader();
        ResumeAnalyzer analyzer = new ResumeAnalyzer(model, Versions.tool(), parent.clock);
        JobAd ad = jobAd == null ? null : analyzer.jobAdParser().parse(JobAdFiles.read(reader, jobAd));
        Role target = chosen != null ? chosen : ad.role();
        if (cv != null) {
            CvDocument doc = "-".equals(cv) ? reader.read("stdin", System.in.readAllBytes()) : reader.read(Path.of(cv));
            analysis = analyzer.analyze(doc, target, ad);
            PmoCommand.InputException.requireCv(analysis, "question pack");
        }
        QuestionPack pack = new PackBuilder(model, bank).build(target, analysis,
                ad == null ? List.of() : ad.responsibilities(), count, seed);
        if (format == Format.pdf) {
            QuestionPackPdf pdf = new QuestionPackPdf(parent.clock);
            int pages = ReportOutput.writeAtomically(out, force, stream -> pdf.render(pack, stream));
            PrintWriter stderr = spec.commandLine().getErr();
            stderr.println("Question pack written to " + out + " (" + pages + (pages == 1 ? " page)" : " pages)"));
            stderr.flush();
            return ExitCodes.OK;
        }
        String text = switch (format) {
            case json -> JsonOutput.write(pack) + "\n";
            case markdown -> QuestionPackMarkdown.render(pack);
            case pdf -> throw new IllegalStateException("PDF is written above");
        };
        PrintWriter stdout = spec.commandLine().getOut();
        if (out == null) {
            stdout.print(text);
        } else {
            write(out, text, force);
            stdout.println("Wrote " + pack.questions().size() + " questions to " + out);
        }
        stdout.flush();
        return ExitCodes.OK;
    }

    /** Writes through a temporary file in the same folder and a move, so a reader never sees half a pack. */
    static void write(Path target, String text, boolean replace) {
        Path dir = target.toAbsolutePath().getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new PmoCommand.OutputException("cannot write " + target + ": the folder " + dir
                    + " does not exist", null);
        }
        OutputFiles.write(target, text, replace);
    }
}

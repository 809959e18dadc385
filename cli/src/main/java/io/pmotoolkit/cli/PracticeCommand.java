package io.pmotoolkit.cli;

import io.pmotoolkit.core.model.Role;
import io.pmotoolkit.core.model.SkillsModel;
import io.pmotoolkit.core.result.CvAnalysis;
import io.pmotoolkit.interview.PackBuilder;
import io.pmotoolkit.interview.QuestionBank;
import io.pmotoolkit.interview.QuestionPack;
import io.pmotoolkit.interview.feedback.AnswerCoach;
import io.pmotoolkit.resume.analysis.ResumeAnalyzer;
import io.pmotoolkit.resume.read.CvDocument;
import io.pmotoolkit.resume.read.CvReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code pmo practice}: an interactive session that asks the pack's questions and gives feedback on each answer. */
@Command(name = "practice", mixinStandardHelpOptions = true,
        description = {"Practise answering out loud, in writing: asks each question of a practice pack (built as "
                + "'pmo questions' does), reads your answer, gives STAR feedback and one follow-up, then a summary. "
                + "An answer ends with an empty line; type 'skip' to move on and 'quit' to stop (Ctrl-C also stops "
                + "and shows the summary). Answers can be piped on standard input.", ""},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:Success (also after 'quit'; Ctrl-C exits with 130, after the summary).",
            "1:Internal error (a bug: run again with --verbose and report it).",
            "2:Usage error: unknown option or role, --count out of range.",
            "3:The CV could not be read (missing, empty, corrupt, protected,",
            " :image-only or unsupported format).",
            "4:The --skills-file is invalid (the message names line and field).",
            "5:The --transcript file exists (add --force) or could not be written."},
        footerHeading = "%nExamples:%n",
        footer = {"  pmo practice --role pmo-analyst --count 3",
            "  pmo practice --role pmo-manager --cv my-cv.pdf --transcript practice.md",
            "  pmo practice --role pmo-analyst --count 2 < answers.txt"})
final class PracticeCommand implements Callable<Integer> {

    static final int MIN_COUNT = 1;
    static final int DEFAULT_COUNT = 5;

    @Option(names = {"-r", "--role"}, paramLabel = "ROLE",
            description = "Target role: pmo-administrator, pmo-analyst, pmo-manager or head-of-pmo (see 'pmo roles').")
    String role;

    @Option(names = "--cv", paramLabel = "FILE",
            description = "Your CV (.docx, .pdf, .txt or .md): the questions then probe its gaps and quote its "
                    + "achievement lines.")
    String cv;

    @Option(names = {"-n", "--count"}, paramLabel = "N", defaultValue = "" + DEFAULT_COUNT,
            description = "Number of questions, " + MIN_COUNT + " to " + PackBuilder.MAX_COUNT
                    + " (default: ${DEFAULT-VALUE}).")
    int count;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "Chooses the questions: the same seed gives the same ones (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = {"-t", "--transcript"}, paramLabel = "FILE",
            description = "Also write a Markdown transcript of the questions, your answers and the feedback "
                    + "(never replaces a file without --force).")
    Path transcript;

    @Option(names = "--force", description = "Replace the --transcript file if it exists.")
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
        SkillsModel model = common.model();
        Role target = ModelLookups.role(model, role);
        if (count < MIN_COUNT || count > PackBuilder.MAX_COUNT) {
            throw new PmoCommand.UsageException("--count must be from " + MIN_COUNT + " to " + PackBuilder.MAX_COUNT
                    + ", not " + count);
        }
        if ("-".equals(cv)) {
            throw new PmoCommand.UsageException("--cv - is not possible here: standard input carries your answers; "
                    + "give the CV as a file");
        }
        checkTranscript();
        QuestionBank bank = ModelLookups.bank(model, common.skillsFile);
        CvAnalysis analysis = null;
        if (cv != null) {
            CvDocument doc = readerOptions.reader().read(Path.of(cv));
            analysis = new ResumeAnalyzer(model, Versions.tool(), parent.clock).analyze(doc, target);
        }
        // The pack builder's smallest pack is MIN_COUNT questions; a shorter session takes the first ones.
        QuestionPack pack = new PackBuilder(model, bank)
                .build(target, analysis, Math.max(count, PackBuilder.MIN_COUNT), seed);
        BufferedReader in = new BufferedReader(new InputStreamReader(parent.in, StandardCharsets.UTF_8));
        PracticeSession session = new PracticeSession(pack, count, bank, new AnswerCoach(model), target, in,
                spec.commandLine().getOut(), transcript, force);
        session.run(parent.in == System.in);
        return ExitCodes.OK;
    }

    /** Before the first question: a transcript that cannot be written should not cost the user a session. */
    private void checkTranscript() {
        if (transcript == null) {
            return;
        }
        if (Files.isDirectory(transcript)) {
            throw new PmoCommand.OutputException("cannot write " + transcript + ": it is a folder; give a file name "
                    + "for --transcript", null);
        }
        if (!force && Files.exists(transcript)) {
            throw new PmoCommand.OutputException(transcript + " already exists: add --force to replace it, or "
                    + "choose another --transcript", null);
        }
        Path dir = transcript.toAbsolutePath().getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new PmoCommand.OutputException("cannot write " + transcript + ": the folder " + dir
                    + " does not exist", null);
        }
    }
}

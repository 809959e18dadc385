package io.pmotoolkit.cli;

import io.pmotoolkit.app.CvRun;
import io.pmotoolkit.app.Outputs;
import io.pmotoolkit.app.Toolkit;
import io.pmotoolkit.core.model.Role;
import io.pmotoolkit.core.result.CvAnalysis;
import io.pmotoolkit.interview.PackBuilder;
import io.pmotoolkit.interview.QuestionBank;
import io.pmotoolkit.interview.QuestionPack;
import io.pmotoolkit.interview.feedback.AnswerCoach;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code pmo practice}: an interactive session that asks the pack's questions and gives feedback on each answer. */
@Command(name = "practice", mixinStandardHelpOptions = true,
        description = {"Practise answering out loud, in writing: asks each question of a practice pack (built as "
                + "'pmo questions' does), reads your answer, gives STAR feedback and one follow-up, then a summary. "
                + "An answer ends with an empty line; type 'skip' to move on, 'retry' after the feedback to answer "
                + "again and see before and after, and 'quit' to stop (Ctrl-C also stops and shows the summary). "
                + "Answers can be piped on standard input.", ""},
        footerHeading = "%nExamples:%n",
        footer = {"  pmo practice --role pmo-analyst --count 3",
            "  pmo practice --role pmo-manager --cv my-cv.pdf --transcript practice.md",
            "  pmo practice --role pmo-analyst --count 2 < answers.txt",
            "  pmo practice --job-ad advert.pdf --history practice-history.json",
            "  pmo practice --role pmo-manager --no-score"})
final class PracticeCommand implements Callable<Integer> {

    static final int MIN_COUNT = 1;
    static final int DEFAULT_COUNT = 5;

    @Option(names = {"-r", "--role"}, paramLabel = "ROLE", description = PmoCommand.ROLE_OPTION)
    String role;

    @Option(names = "--cv", paramLabel = "FILE",
            description = "Your CV (" + HelpValues.CV_FORMATS_TEXT + "): the questions then probe its gaps and quote its "
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

    @Option(names = "--job-ad", paramLabel = "FILE",
            description = "A job advert (" + HelpValues.CV_FORMATS_TEXT + "): its responsibilities become questions, "
                    + "as in 'pmo questions'. Without --role, the role is the nearest to the advert.")
    String jobAd;

    @Option(names = "--history", paramLabel = "FILE",
            description = "Keep a practice history in this JSON file (created if missing, added to at the end of "
                    + "each session) and show progress per competency over sessions. Only written when given.")
    Path history;

    @Option(names = "--no-score", description = "Show what to improve without a score.")
    boolean noScore;

    @Mixin
    DocumentRunOptions document;
    @Override
    public Integer call() throws IOException {
        Toolkit app = document.toolkit();
        Toolkit.checkCount(count, MIN_COUNT);
        for (String file : new String[] {cv, jobAd}) {
            if ("-".equals(file)) {
                throw new PmoCommand.UsageException((file == cv ? "--cv" : "--job-ad") + " - is not possible here: "
                        + "standard input carries your answers; give the file by name");
            }
        }
        if (transcript != null) {
            // Before the first question: a transcript that cannot be written should not cost the user a session.
            Outputs.check(transcript, force, "--transcript");
        }
        // Also before the first question: a damaged history is an error now, not at the end of the session.
        PracticeHistory past = history == null ? null : PracticeHistory.read(history);
        QuestionBank bank = app.bank();
        CvRun run = app.start(role, jobAd, null);
        Role target = run.target();
        CvAnalysis analysis = cv == null ? null : run.analyze(cv);
        QuestionPack pack = app.pack(run, analysis, count, MIN_COUNT, seed);
        BufferedReader in = new BufferedReader(new InputStreamReader(app.stdin(), StandardCharsets.UTF_8));
        String date = java.time.LocalDate.now(app.clock()).toString();
        PracticeSession session = new PracticeSession(pack, count, bank, new AnswerCoach(app.model(), bank), target, in,
                document.out(), transcript, force, document.terminal(), !noScore, past, date);
        session.run(app.stdinIsSystemIn());
        return ExitCodes.OK;
    }
}

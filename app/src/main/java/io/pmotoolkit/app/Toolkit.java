package io.pmotoolkit.app;

import io.pmotoolkit.core.budget.BudgetExceededException;
import io.pmotoolkit.core.budget.WorkBudget;
import io.pmotoolkit.core.model.Role;
import io.pmotoolkit.core.model.SkillsModel;
import io.pmotoolkit.core.model.SkillsModelException;
import io.pmotoolkit.core.model.SkillsModelLoader;
import io.pmotoolkit.core.result.CvAnalysis;
import io.pmotoolkit.interview.PackBuilder;
import io.pmotoolkit.interview.QuestionBank;
import io.pmotoolkit.interview.QuestionBankException;
import io.pmotoolkit.interview.QuestionBankLoader;
import io.pmotoolkit.interview.QuestionPack;
import io.pmotoolkit.interview.feedback.AnswerCoach;
import io.pmotoolkit.interview.feedback.AnswerFeedback;
import io.pmotoolkit.resume.analysis.ResumeAnalyzer;
import io.pmotoolkit.resume.read.CvReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * The one entry point of PMO Toolkit: every command of the command line, and the web app (pmo serve), is a thin shell
 * that builds a {@code Toolkit} from its options, calls it and renders the result.
 *
 * {@snippet :
 * Toolkit app = Toolkit.builder().clock(clock).stdin(in).version("0.1.0").maxSizeMb(20).build();
 * CvRun run = app.start("pmo-manager", null, "cv.pdf");   // the role checked before any file is read
 * CvAnalysis analysis = run.analyze("cv.pdf");            // read and analysed within the --timeout budget
 * }
 *
 * <p>It owns what every surface must do the same way: inputs (a file, or {@code -} read from the injected
 * stream, never {@code System.in}) read within one size limit; the role, given or taken from a job advert; one
 * analyzer per run, built while the CV is read; a {@link WorkBudget} around reading and analysing each document;
 * and the exit code of every failure ({@link Failure}). Outputs go through {@link Outputs}.
 *
 * <p>One instance serves one command run, or every request of the web app: thread-safe (the model, the bank and
 * the analyzer are made lazily, once, under a lock; every run reads its inputs with a reader of its own).
 */
public final class Toolkit {

    /** The --timeout limits, in seconds. */
    public static final int MIN_TIMEOUT_SECONDS = 1;
    /** A day: beyond that a limit is no limit. */
    public static final int MAX_TIMEOUT_SECONDS = 86_400;
    /** The --max-pages limits. */
    public static final int MAX_PAGES = 10_000;

    private final Clock clock;
    private final InputStream stdin;
    private final String version;
    private final Path skillsFile;
    private final SizeLimit sizeLimit;
    private final int maxPages;
    private final String password;
    private final Duration timeout;
    private SkillsModel model;
    private QuestionBank bank;
    private CompletableFuture<ResumeAnalyzer> analyzer;

    private Toolkit(Builder b) {
        this.clock = b.clock;
        this.stdin = b.stdin;
        this.version = b.version;
        this.skillsFile = b.skillsFile;
        this.sizeLimit = SizeLimit.megabytes(b.maxSizeMb, "--max-size");
        if (b.maxPages < 1 || b.maxPages > MAX_PAGES) {
            throw AppException.usage("--max-pages must be from 1 to " + MAX_PAGES + ", not " + b.maxPages);
        }
        this.maxPages = b.maxPages;
        this.password = b.password;
        if (b.timeoutSeconds < MIN_TIMEOUT_SECONDS || b.timeoutSeconds > MAX_TIMEOUT_SECONDS) {
            throw AppException.usage("--timeout must be from " + MIN_TIMEOUT_SECONDS + " to " + MAX_TIMEOUT_SECONDS
                    + " seconds, not " + b.timeoutSeconds);
        }
        this.timeout = Duration.ofSeconds(b.timeoutSeconds);
    }

    /** A builder with the defaults: the system clock, no standard input, 20 MB, 50 pages, the default budget. */
    public static Builder builder() {
        return new Builder();
    }

    /** "Today", for open-ended roles and report dates. */
    public Clock clock() {
        return clock;
    }

    /** The tool version written into results. */
    public String version() {
        return version;
    }

    /** The limit every input is read within. */
    public SizeLimit sizeLimit() {
        return sizeLimit;
    }

    /** The wall-clock budget of one document. */
    public Duration timeout() {
        return timeout;
    }

    /** The skills model: the built-in one, extended by the skills file when one was given. Loaded once. */
    public synchronized SkillsModel model() {
        if (model == null) {
            SkillsModel builtIn = SkillsModelLoader.builtIn();
            model = skillsFile == null ? builtIn : SkillsModelLoader.parse(skillsFile.getFileName().toString(),
                    readSkillsFile(), builtIn);
        }
        return model;
    }

    private String readSkillsFile() {
        try (InputStream in = Files.newInputStream(skillsFile)) {
            return utf8(sizeLimit.read(in, "skills file " + skillsFile));
        } catch (AppException e) {
            throw new SkillsModelException(e.getMessage());
        } catch (NoSuchFileException e) {
            throw new SkillsModelException("Skills file " + skillsFile + " does not exist: check the path given to "
                    + "--skills-file");
        } catch (CharacterCodingException e) {
            throw new SkillsModelException("Could not read skills file " + skillsFile + ": it is not UTF-8 text", e);
        } catch (IOException e) {
            throw new SkillsModelException("Could not read skills file " + skillsFile + ": " + e.getMessage(), e);
        }
    }

    /** The built-in question bank checked against the model in use; a skills file that breaks it is exit 4. */
    public synchronized QuestionBank bank() {
        if (bank == null) {
            try {
                bank = QuestionBankLoader.builtIn(model());
            } catch (QuestionBankException e) {
                if (skillsFile != null) {
                    throw new SkillsModelException(skillsFile + " leaves the interview question bank invalid: "
                            + e.getMessage(), e);
                }
                throw e;
            }
        }
        return bank;
    }

    /**
     * The analyzer of every run of this toolkit, started on another thread at the first call: its keyword matcher
     * is compiled from the model once, and it is thread-safe, so a web app's requests share it.
     */
    synchronized CompletableFuture<ResumeAnalyzer> analyzer() {
        if (analyzer == null) {
            SkillsModel m = model();
            analyzer = CompletableFuture.supplyAsync(() -> new ResumeAnalyzer(m, version, clock));
        }
        return analyzer;
    }

    /** A reader with the limits and password of this run. */
    public CvReader reader() {
        return new CvReader(sizeLimit.bytes(), maxPages).withPassword(password);
    }

    /** The role ids of the model, as messages and help list them. */
    public String roleIds() {
        return String.join(", ", model().roles().stream().map(Role::id).toList());
    }

    /**
     * The role with this id.
     *
     * @throws AppException a usage error naming the known roles when the id is null or unknown
     */
    public Role role(String id) {
        if (id == null) {
            throw AppException.usage("which role? Add --role with one of " + roleIds());
        }
        return model().findRole(id).orElseThrow(() -> AppException.usage(
                Suggestions.unknownRole(id, model().roles().stream().map(Role::id).toList())));
    }

    /**
     * Starts a run for a CV: checks, before any file is read, that the role can be settled (given, or taken from
     * the advert) and that the CV and the advert do not both come from standard input; starts building the
     * analyzer on another thread and reads the advert.
     *
     * @param role  the role id, or null to take the advert's
     * @param jobAd the advert's path, {@code -} for standard input, or null
     * @param cv    the CV's path or {@code -}; may be null (a question pack without a CV)
     */
    public CvRun start(String role, String jobAd, String cv) throws IOException {
        if (role == null && jobAd == null) {
            throw AppException.usage("which role? Add --role with one of " + roleIds() + " (or give --job-ad)");
        }
        if (STDIN.equals(cv) && STDIN.equals(jobAd)) {
            throw AppException.usage("the CV and the job advert cannot both come from standard input");
        }
        Role chosen = role == null ? null : role(role);
        return new CvRun(this, chosen, jobAd);
    }

    /**
     * As {@link #start(String, String, String)} for inputs in memory (the web app's uploads): the role given, or
     * taken from the advert.
     *
     * @param role  the role id, or null to take the advert's
     * @param jobAd the advert, or null
     * @throws AppException a usage error when neither is given or the role is unknown; exit 3 when the advert
     *                      cannot be read
     */
    public CvRun start(String role, Upload jobAd) throws IOException {
        if (role == null && jobAd == null) {
            throw AppException.usage("which role? Pick one of " + roleIds() + " (or give a job advert)");
        }
        Role chosen = role == null ? null : role(role);
        return new CvRun(this, chosen, jobAd);
    }

    /**
     * A run that ranks job adverts for one CV ({@code pmo match}).
     *
     * @param role the role id every advert is measured as, or null for each advert's nearest role
     * @throws AppException a usage error naming the known roles when the id is unknown
     */
    public MatchRun match(String role) {
        return new MatchRun(this, role == null ? null : role(role));
    }

    /** Starts a run for a role known already, without an advert. */
    public CvRun start(Role role) throws IOException {
        return new CvRun(this, Objects.requireNonNull(role, "role"), (String) null);
    }

    /**
     * A question pack for the run's role, personalised by {@code analysis} when given, with the advert's
     * responsibilities as questions.
     *
     * @param min the smallest count this command accepts (a practice session may be shorter than a pack)
     * @throws AppException a usage error when count is out of range
     */
    public QuestionPack pack(CvRun run, CvAnalysis analysis, int count, int min, long seed) {
        checkCount(count, min);
        List<String> duties = run.advert().map(ad -> ad.responsibilities()).orElse(List.of());
        return new PackBuilder(model(), bank()).build(run.target(), analysis, duties,
                Math.max(count, PackBuilder.MIN_COUNT), seed);
    }

    /**
     * Checks a question count before any work: from {@code min} to {@link PackBuilder#MAX_COUNT}.
     *
     * @throws AppException a usage error naming --count
     */
    public static void checkCount(int count, int min) {
        if (count < min || count > PackBuilder.MAX_COUNT) {
            throw AppException.usage("--count must be from " + min + " to " + PackBuilder.MAX_COUNT + ", not " + count);
        }
    }

    /** Feedback on the answer in {@code answer} (a path or {@code -}), for the question and role given. */
    public AnswerFeedbackRun feedback(String answer, String questionId, String questionText, String role)
            throws IOException {
        checkQuestion(questionId, questionText);
        Role target = role == null ? null : role(role);
        String name = STDIN.equals(answer) ? "standard input" : answer;
        return feedback(name, () -> readAnswer(answer), name + " has no answer in it: write your answer as plain "
                + "text, then run pmo feedback again", questionId, questionText, target);
    }

    /**
     * Feedback on an answer already in memory (typed into the web app), for the question and role given: the
     * same checks, limit and budget as {@link #feedback(String, String, String, String)}.
     *
     * @param text         the answer
     * @param questionId   a bank question id, or null
     * @param questionText the question's text when it is not a bank question, or null
     * @param role         the role id, or null
     */
    public AnswerFeedbackRun feedbackOnText(String text, String questionId, String questionText, String role)
            throws IOException {
        checkQuestion(questionId, questionText);
        Role target = role == null ? null : role(role);
        if (text.getBytes(StandardCharsets.UTF_8).length > sizeLimit.bytes()) {
            throw AppException.input(sizeLimit.tooLarge("the answer"));
        }
        return feedback("the answer", () -> text, "the answer is empty: write your answer, then ask for feedback "
                + "again", questionId, questionText, target);
    }

    private static void checkQuestion(String questionId, String questionText) {
        if (questionId != null && questionText != null) {
            throw AppException.usage("give --question-id or --question, not both");
        }
    }

    /** The question is settled (a usage error for an unknown id) before the answer is read. */
    private AnswerFeedbackRun feedback(String name, Supplier<String> answer, String empty, String questionId,
                                       String questionText, Role target) throws IOException {
        AnswerQuestions questions = new AnswerQuestions(model(), bank());
        var context = questions.context(questionId, questionText, target);
        String text = answer.get();
        if (text.codePoints().noneMatch(Character::isLetterOrDigit)) {
            throw AppException.input(empty);
        }
        AnswerFeedback feedback = withinBudget(name, () -> new AnswerCoach(model()).assess(text, context));
        return new AnswerFeedbackRun(feedback, questions.label(questionId));
    }

    private String readAnswer(String answer) {
        try {
            if (STDIN.equals(answer)) {
                return utf8(sizeLimit.read(stdin, "standard input"));
            }
            Path file = Path.of(answer);
            if (Files.isDirectory(file)) {
                throw AppException.input(answer + " is a folder: give the answer as a text file");
            }
            try (InputStream in = Files.newInputStream(file)) {
                return utf8(sizeLimit.read(in, "the answer file " + answer));
            }
        } catch (NoSuchFileException e) {
            throw AppException.input(answer + " does not exist: check the path of --answer");
        } catch (CharacterCodingException e) {
            throw AppException.input((STDIN.equals(answer) ? "standard input" : answer)
                    + " is not UTF-8 text: save the answer as plain text");
        } catch (IOException e) {
            throw AppException.input("cannot read " + answer + ": " + e.getMessage());
        }
    }

    /**
     * Standard input for reading a line at a time (practice's answers): past the size limit a read throws
     * {@link InputLimitException}.
     */
    public InputStream stdin() {
        return sizeLimit.guard(stdin, "standard input");
    }

    /** Whether standard input is the process's own (a terminal or pipe), not one injected by a test. */
    public boolean stdinIsSystemIn() {
        return stdin == System.in;
    }

    /** The whole of standard input, within the size limit. */
    byte[] readStdin() throws IOException {
        return sizeLimit.read(stdin, "standard input");
    }

    /**
     * Runs {@code work} on one document within the time budget ({@code --timeout}); a budget or limit exceeded
     * becomes a bad-input failure that names the document ({@code "cv.pdf: took longer than 15 s..."}).
     */
    public <T> T withinBudget(String document, Work<T> work) throws IOException {
        try (WorkBudget.Scope scope = WorkBudget.start(timeout, "--timeout")) {
            return work.run();
        } catch (BudgetExceededException e) {
            throw new AppException(ExitCode.BAD_INPUT, document + ": " + e.getMessage(), e);
        }
    }

    /** Work on one document that may fail to read it. */
    @FunctionalInterface
    public interface Work<T> {
        /** Does the work. */
        T run() throws IOException;
    }

    private static String utf8(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    }

    /** The argument that means standard input. */
    public static final String STDIN = "-";

    /** The options of one run; every value is checked by {@link #build()}. */
    public static final class Builder {
        private Clock clock = Clock.systemDefaultZone();
        private InputStream stdin = InputStream.nullInputStream();
        private String version = "unknown";
        private Path skillsFile;
        private int maxSizeMb = (int) (CvReader.DEFAULT_MAX_BYTES / (1024 * 1024));
        private int maxPages = CvReader.DEFAULT_MAX_PAGES;
        private String password;
        private int timeoutSeconds = WorkBudget.DEFAULT_SECONDS;

        private Builder() {
        }

        /** "Today"; fixed in tests so outputs are reproducible. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** What {@code -} reads: the process's standard input, or a test's stream. */
        public Builder stdin(InputStream stdin) {
            this.stdin = Objects.requireNonNull(stdin, "stdin");
            return this;
        }

        /** The tool version written into results. */
        public Builder version(String version) {
            this.version = Objects.requireNonNull(version, "version");
            return this;
        }

        /** A skills-model file extending the built-in model; null for none. */
        public Builder skillsFile(Path skillsFile) {
            this.skillsFile = skillsFile;
            return this;
        }

        /** The largest input, in megabytes ({@code --max-size}). */
        public Builder maxSizeMb(int maxSizeMb) {
            this.maxSizeMb = maxSizeMb;
            return this;
        }

        /** The longest document, in pages ({@code --max-pages}). */
        public Builder maxPages(int maxPages) {
            this.maxPages = maxPages;
            return this;
        }

        /** The password of a protected PDF or Word file; null for none. */
        public Builder password(String password) {
            this.password = password;
            return this;
        }

        /** The wall-clock budget of one document, in seconds ({@code --timeout}). */
        public Builder timeoutSeconds(int timeoutSeconds) {
            this.timeoutSeconds = timeoutSeconds;
            return this;
        }

        /**
         * The toolkit.
         *
         * @throws AppException a usage error naming the option when a limit is out of range
         */
        public Toolkit build() {
            return new Toolkit(this);
        }
    }
}

package io.pmotoolkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every exit code in-process: bounded inputs, invalid option values, outputs that cannot be written. */
class ExitCodesAndLimitsTest {

    private static final String CV = Cli.sample("amelia-hart-project-manager.txt");
    private static final String ANSWER = Cli.sample("answers/weekly-report-collation.txt");
    private static final String ONE_MB_AND_A_BIT = "a".repeat(1024 * 1024 + 10);

    /** Runs with {@code in} as standard input, which may be one that fails. */
    private static Cli.Result run(InputStream in, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(in, new PrintWriter(out, true), new PrintWriter(err, true), Cli.TODAY, args);
        return new Cli.Result(code, out.toString(), err.toString());
    }

    private static void assertOneLine(int code, Cli.Result r, String... words) {
        assertEquals(code, r.code(), r::toString);
        assertEquals(1, r.err().strip().lines().count(), r::toString);
        assertTrue(r.err().startsWith("pmo: "), r::toString);
        for (String w : words) {
            assertTrue(r.err().contains(w), () -> w + " in " + r);
        }
    }

    @Test
    void dashReadsTheCvFromTheInjectedStandardInput() throws IOException {
        Cli.Result r = Cli.runWithInput(Files.readString(Path.of(CV)), "analyze", "-", "--role", "pmo-manager");
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().contains("File        stdin (txt, 1 page"), r::toString);
    }

    static Stream<Arguments> oversizedStandardInput() {
        return Stream.of(
                Arguments.of(List.of("analyze", "-", "--role", "pmo-manager", "--max-size", "1")),
                Arguments.of(List.of("analyze", CV, "--job-ad", "-", "--max-size", "1")),
                Arguments.of(List.of("questions", "--role", "pmo-analyst", "--cv", "-", "--max-size", "1")),
                Arguments.of(List.of("feedback", "--answer", "-", "--max-size", "1")),
                Arguments.of(List.of("practice", "--role", "pmo-analyst", "--count", "1", "--max-size", "1")));
    }

    @ParameterizedTest
    @MethodSource("oversizedStandardInput")
    void standardInputPastMaxSizeIsExitThreeNamingTheLimit(List<String> args) {
        Cli.Result r = Cli.runWithInput(ONE_MB_AND_A_BIT, args.toArray(new String[0]));
        assertEquals(ExitCodes.BAD_INPUT, r.code(), r::toString);
        assertTrue(r.err().contains("pmo: standard input is larger than the limit of 1 MB: give a smaller one, or "
                + "raise the limit with --max-size MB"), r::toString);
        assertFalse(r.err().contains("\tat "), r::toString);
    }

    @Test
    void anAnswerFilePastMaxSizeIsExitThree(@TempDir Path dir) throws IOException {
        Path big = Files.writeString(dir.resolve("answer.txt"), ONE_MB_AND_A_BIT);
        assertOneLine(ExitCodes.BAD_INPUT, Cli.run("feedback", "--answer", big.toString(), "--max-size", "1"),
                "the answer file " + big + " is larger than the limit of 1 MB");
    }

    @Test
    void aSkillsFilePastMaxSizeIsExitFour(@TempDir Path dir) throws IOException {
        Path big = Files.writeString(dir.resolve("big.yaml"), ONE_MB_AND_A_BIT);
        assertOneLine(ExitCodes.BAD_SKILLS_FILE, Cli.run("roles", "--skills-file", big.toString(), "--max-size", "1"),
                "larger than the limit of 1 MB", "--max-size");
    }

    static Stream<Arguments> invalidValues() {
        return Stream.of(
                Arguments.of(List.of("analyze", CV, "--role", "pmo-manager", "--timeout", "-5"), "--timeout"),
                Arguments.of(List.of("analyze", CV, "--role", "pmo-manager", "--timeout", "0"), "--timeout"),
                Arguments.of(List.of("analyze", CV, "--role", "pmo-manager", "--max-size", "0"), "--max-size"),
                Arguments.of(List.of("analyze", CV, "--role", "pmo-manager", "--max-pages", "0"), "--max-pages"),
                Arguments.of(List.of("report", CV, "--role", "pmo-manager", "--timeout", "-5"), "--timeout"),
                Arguments.of(List.of("questions", "--role", "pmo-analyst", "--count", "0"), "--count"),
                Arguments.of(List.of("questions", "--role", "pmo-analyst", "--timeout", "-1"), "--timeout"),
                Arguments.of(List.of("feedback", "--answer", ANSWER, "--timeout", "-5"), "--timeout"),
                Arguments.of(List.of("feedback", "--answer", ANSWER, "--max-size", "0"), "--max-size"),
                Arguments.of(List.of("practice", "--role", "pmo-analyst", "--count", "0"), "--count"),
                Arguments.of(List.of("practice", "--role", "pmo-analyst", "--timeout", "-5"), "--timeout"),
                Arguments.of(List.of("roles", "--max-size", "0"), "--max-size"));
    }

    @ParameterizedTest
    @MethodSource("invalidValues")
    void anInvalidOptionValueIsAUsageError(List<String> args, String option) {
        Cli.Result r = Cli.runWithInput("", args.toArray(new String[0]));
        assertOneLine(ExitCodes.USAGE, r, option + " must be from ");
        assertEquals("", r.out());
    }

    static Stream<Arguments> folderAsOutput() {
        return Stream.of(
                Arguments.of(List.of("analyze", CV, "--role", "pmo-manager", "--report"), "--report"),
                Arguments.of(List.of("report", CV, "--role", "pmo-manager", "--out"), "--out"),
                Arguments.of(List.of("questions", "--role", "pmo-analyst", "--out"), "--out"),
                Arguments.of(List.of("questions", "--role", "pmo-analyst", "--format", "pdf", "--out"), "--out"),
                Arguments.of(List.of("practice", "--role", "pmo-analyst", "--transcript"), "--transcript"));
    }

    @ParameterizedTest
    @MethodSource("folderAsOutput")
    void aFolderGivenAsAnOutputFileIsAUsageErrorSaidAtOnce(List<String> args, String option, @TempDir Path dir) {
        List<String> all = new ArrayList<>(args);
        all.add(dir.toString());
        all.add("--force");
        Cli.Result r = Cli.runWithInput("", all.toArray(new String[0]));
        assertOneLine(ExitCodes.USAGE, r, option + " " + dir + " is a folder");
        assertFalse(r.err().contains("--force"), r::toString);
        assertEquals("", r.out(), "said before any work");
    }

    @Test
    void aFullStandardOutputIsExitFive() {
        OutputStream fullDisk = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        };
        PrintWriter full = new PrintWriter(fullDisk, true, StandardCharsets.UTF_8);
        StringWriter err = new StringWriter();
        for (String[] args : new String[][] {{"analyze", CV, "--role", "pmo-manager", "--format", "json"},
            {"roles"}, {"feedback", "--answer", ANSWER}, {"--help"}}) {
            err.getBuffer().setLength(0);
            int code = Main.run(InputStream.nullInputStream(), full, new PrintWriter(err, true), Cli.TODAY, args);
            assertEquals(ExitCodes.OUTPUT, code, String.join(" ", args) + ": " + err);
            assertEquals("pmo: could not write the output (disk full?)\n", err.toString(), String.join(" ", args));
        }
    }

    @Test
    void aFullDiskAsOutIsExitFiveNamingTheTarget() {
        Assumptions.assumeTrue(Files.isWritable(Path.of("/dev/full")), "no /dev/full here");
        Cli.Result r = Cli.run("questions", "--role", "pmo-analyst", "--out", "/dev/full");
        assertOneLine(ExitCodes.OUTPUT, r, "could not write /dev/full: ", "(disk full?)");
        assertTrue(Files.exists(Path.of("/dev/full")) && !Files.isRegularFile(Path.of("/dev/full")));
    }

    /**
     * The real standard output of a process on a full disk: main()'s writers go through System.out, a PrintStream
     * that swallows the error, so this is the case an in-process writer cannot show.
     */
    @Test
    void aProcessWhoseStandardOutputIsAFullDiskExitsFive() throws Exception {
        Assumptions.assumeTrue(Files.isWritable(Path.of("/dev/full")), "no /dev/full here");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(), "roles")
                .redirectOutput(new java.io.File("/dev/full"))
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(ExitCodes.OUTPUT, p.waitFor(), err);
        assertEquals("pmo: could not write the output (disk full?)", err.strip());
    }

    /** Standard input that fails while it is read: the error reaches the command as if the reading hit it. */
    private static InputStream failing(Throwable t) {
        return new InputStream() {
            @Override
            public int read() {
                throw sneaky(t);
            }

            @Override
            public int read(byte[] b, int off, int len) {
                throw sneaky(t);
            }
        };
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> RuntimeException sneaky(Throwable t) throws T {
        throw (T) t;
    }

    @Test
    void runningOutOfMemoryIsOneLineAndExitThreeWithoutATrace() {
        Cli.Result r = run(failing(new OutOfMemoryError("Java heap space")), "analyze", "-", "--role", "pmo-manager");
        assertOneLine(ExitCodes.BAD_INPUT, r, "ran out of memory", "-Xmx");
        Cli.Result verbose = run(failing(new OutOfMemoryError("Java heap space")), "analyze", "-", "--role",
                "pmo-manager", "--verbose");
        assertTrue(verbose.err().contains("java.lang.OutOfMemoryError: Java heap space\n\tat "), verbose::toString);
    }

    @Test
    void aStackOverflowIsOneLineAndExitThree() {
        Cli.Result r = run(failing(new StackOverflowError()), "feedback", "--answer", "-");
        assertOneLine(ExitCodes.BAD_INPUT, r, "nested too deeply");
    }

    @Test
    void anUnexpectedExceptionIsExitOneAskingForAReport() {
        Cli.Result r = run(failing(new IllegalStateException("boom")), "analyze", "-", "--role", "pmo-manager");
        assertOneLine(ExitCodes.INTERNAL, r, "internal error (IllegalStateException: boom)", "--verbose");
    }

    @Test
    void aWrongCvVocabularyListIsExitFourNamingTheFileAndLine(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("mine.yaml"), "version: \"1\"\ncvVocabulary:\n  titelWords: [Leiter]\n");
        // "roles" builds no analyzer: the list name is checked when the file is loaded
        assertOneLine(ExitCodes.BAD_SKILLS_FILE, Cli.run("roles", "--skills-file", file.toString()),
                "mine.yaml line 3: cvVocabulary.titelWords: unknown list 'titelWords'");
    }

    @Test
    void aMissingSkillsFileIsExitFour() {
        assertOneLine(ExitCodes.BAD_SKILLS_FILE, Cli.run("roles", "--skills-file", "no-such.yaml"), "no-such.yaml");
    }

    @Test
    void ofTwoRunsWritingTheSameNewPackWithoutForceExactlyOneWins(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("pack.md");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Cli.Result>> runs = new ArrayList<>();
            for (String seed : new String[] {"1", "2"}) {
                runs.add(pool.submit(() -> Cli.run("questions", "--role", "pmo-analyst", "--seed", seed,
                        "--out", target.toString())));
            }
            int won = 0;
            for (Future<Cli.Result> f : runs) {
                Cli.Result r = f.get();
                if (r.code() == 0) {
                    won++;
                } else {
                    assertOneLine(ExitCodes.OUTPUT, r, target + " already exists: add --force");
                }
            }
            assertEquals(1, won, "exactly one run writes the pack");
        } finally {
            pool.shutdownNow();
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(target), files.toList(), "no temporary file left");
        }
        assertTrue(Files.readString(target, StandardCharsets.UTF_8).startsWith("# Interview practice: PMO Analyst"));
    }

    @Test
    void aFailedReportLeavesNoTemporaryFile(@TempDir Path dir) throws IOException {
        // A document that is not a CV is refused after the check, before anything is written.
        Path advert = dir.resolve("advert.md");
        Files.copy(Path.of(Cli.sample("job-ads/pmo-analyst-fintech.md")), advert);
        Cli.Result r = Cli.run("report", advert.toString(), "--role", "pmo-analyst", "--out",
                dir.resolve("gap.pdf").toString());
        assertEquals(ExitCodes.BAD_INPUT, r.code(), r::toString);
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(advert), files.toList());
        }
    }

    @Test
    void theCliPassesItsOwnStandardInputNeverSystemIn() {
        // With an empty injected stream, '-' is an empty CV: exit 3 at once instead of waiting on System.in.
        Cli.Result r = run(new ByteArrayInputStream(new byte[0]), "analyze", "-", "--role", "pmo-manager");
        assertOneLine(ExitCodes.BAD_INPUT, r, "stdin is empty");
    }
}

package io.pmotoolkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16 as an attacker sees it: the tool run as separate processes (own JVM, own shutdown hooks, real
 * signals and file-system races), not in-process.
 */
class RealProcessAttackTest {

    private static final String GOOD = Cli.sample("amelia-hart-project-manager.txt");

    private static ProcessBuilder pmo(List<String> jvm, String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(ProcessHandle.current().info().command().orElse("java"));
        cmd.addAll(jvm);
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(Main.class.getName());
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
    }

    private static ProcessBuilder pmo(String... args) {
        return pmo(List.of(), args);
    }

    private static String stderr(Process p) throws IOException {
        return new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    }

    @Test
    void ofThreeProcessesWritingTheSameReportWithoutForceExactlyOneWinsAndTheFileIsWhole(@TempDir Path dir)
            throws Exception {
        Path target = dir.resolve("gap.pdf");
        List<Process> ps = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ps.add(pmo("analyze", GOOD, "--role", "pmo-manager", "--report", target.toString()).start());
        }
        int wins = 0;
        int refused = 0;
        StringBuilder errs = new StringBuilder();
        for (Process p : ps) {
            String err = stderr(p);
            int code = p.waitFor();
            errs.append(code).append(": ").append(err).append('\n');
            if (code == ExitCodes.OK) {
                wins++;
            } else if (code == ExitCodes.OUTPUT && err.contains(target.toString()) && err.contains("exists")) {
                refused++;
            }
        }
        assertEquals(1, wins, errs::toString);
        assertEquals(2, refused, errs::toString);
        byte[] pdf = Files.readAllBytes(target);
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        assertTrue(text.startsWith("%PDF-") && text.stripTrailing().endsWith("%%EOF"), "a whole PDF");
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(target), left.toList(), "nothing but the report in the folder");
        }
    }

    @Test
    void aProcessStoppedWithSigtermWhileWritingLeavesNoTemporaryFile(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        Path in = Files.createDirectory(dir.resolve("in"));
        for (String cv : List.of("amelia-hart-project-manager.pdf", "david-okafor-business-analyst.docx",
                "james-whitaker-head-of-pmo.pdf", "priya-nair-operations-lead.docx", "tom-fletcher-graduate.pdf")) {
            Files.copy(Cli.samples().resolve(cv), in.resolve(cv));
        }
        Process p = pmo("analyze", in.toString(), "--role", "pmo-manager", "--out", out.toString(),
                "--reports", "--jobs", "1").redirectError(ProcessBuilder.Redirect.DISCARD).start();
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        boolean sawTemporary = false;
        while (!sawTemporary && p.isAlive() && System.nanoTime() < until) {
            sawTemporary = !temporaries(out).isEmpty();
            if (!sawTemporary) {
                Thread.sleep(1);
            }
        }
        p.destroy();  // SIGTERM: the shutdown hooks run
        assertTrue(p.waitFor(10, TimeUnit.SECONDS), "stopped");
        assertEquals(List.of(), temporaries(out), "temporary files left beside the outputs");
        Assumptions.assumeTrue(sawTemporary, "the batch ended before it was seen writing: nothing was interrupted");
        assertTrue(p.exitValue() != 0, "stopped by the signal, exit " + p.exitValue());
    }

    private static List<String> temporaries(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith(".") || n.endsWith(".tmp"))
                    .toList();
        }
    }

    /** A CV of 240 KB of plausible bullets: under every fixed limit, but seconds of analysis. */
    static Path longLegalCv(Path dir) throws IOException {
        String[] words = {"managed", "delivered", "programme", "stakeholder", "governance", "reporting", "risk",
            "budget", "planning", "portfolio", "resource", "schedule", "milestone", "benefits", "assurance"};
        Random random = new Random(1);
        StringBuilder cv = new StringBuilder("Jane Doe\nProject Manager\n\nExperience\n");
        while (cv.length() < 240_000) {
            cv.append("- ");
            for (int i = 0; i < 12; i++) {
                cv.append(words[random.nextInt(words.length)]).append(random.nextInt(100_000)).append(' ');
            }
            cv.append(".\n");
        }
        Path file = dir.resolve("long-but-legal.txt");
        Files.writeString(file, cv);
        return file;
    }

    @Test
    void aSlowButLegalCvStopsAtTheTimeoutNamingTheFileAndTheLimit(@TempDir Path dir) throws Exception {
        Path cv = longLegalCv(dir);
        long start = System.nanoTime();
        Process p = pmo("analyze", cv.toString(), "--role", "pmo-manager", "--timeout", "1").start();
        String err = stderr(p);
        assertTrue(p.waitFor(20, TimeUnit.SECONDS), "stopped in time");
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
        assertEquals(ExitCodes.BAD_INPUT, p.exitValue(), err);
        assertEquals("pmo: " + cv + ": took longer than 1 s and was stopped: check the file, or raise the limit "
                + "with --timeout", err.strip());
        assertTrue(seconds < 20, seconds + " s");
    }

    @Test
    void aCvThatAllocatesPastTheMemoryBudgetIsOneLineAndExitThree() throws Exception {
        Process p = pmo(List.of("-Dpmo.budget.megabytes=4"), "analyze", GOOD, "--role", "pmo-manager").start();
        String err = stderr(p);
        assertEquals(ExitCodes.BAD_INPUT, p.waitFor(), err);
        assertEquals("pmo: " + GOOD + ": needed more than 4 MB of memory and was stopped: check the file, or raise "
                + "the limit with -Dpmo.budget.megabytes=MB (in JAVA_TOOL_OPTIONS)", err.strip());
    }

    @Test
    void aBatchOfHostileFilesAndGoodCvsAtTwoJobsAnalysesEveryGoodCv(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectory(dir.resolve("in"));
        try (Stream<Path> hostile = Files.list(Path.of("src/test/resources/hostile"))) {
            for (Path f : hostile.filter(f -> f.toString().endsWith(".pdf")).toList()) {
                Files.copy(f, in.resolve(f.getFileName()));
            }
        }
        List<String> good = List.of("amelia-hart-project-manager.pdf", "chloe-dubois-project-support-officer.docx",
                "james-whitaker-head-of-pmo.pdf", "sofia-martinez-pmo-analyst.docx");
        for (String g : good) {
            Files.copy(Cli.samples().resolve(g), in.resolve(g));
        }
        Path out = dir.resolve("out");
        long start = System.nanoTime();
        // A good CV takes well under a second, but the first ones run cold, and on a busy machine more than 4 s.
        Process p = pmo("analyze", in.toString(), "--role", "pmo-manager", "--out", out.toString(), "--jobs", "2",
                "--timeout", "12").start();
        String err = stderr(p);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "finished");
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
        for (String g : good) {
            String base = g.substring(0, g.lastIndexOf('.'));
            assertTrue(Files.isRegularFile(out.resolve(base + ".json")), g + " analysed\n" + err);
        }
        assertFalse(err.contains("\tat "), err);
        assertTrue(seconds < 120, seconds + " s");
    }
}

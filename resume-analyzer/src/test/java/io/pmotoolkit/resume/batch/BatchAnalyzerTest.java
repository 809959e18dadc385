package io.pmotoolkit.resume.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pmotoolkit.core.budget.WorkBudget;
import io.pmotoolkit.core.model.Role;
import io.pmotoolkit.core.model.SkillsModelLoader;
import io.pmotoolkit.resume.analysis.ResumeAnalyzer;
import io.pmotoolkit.resume.batch.BatchAnalyzer.Outcome;
import io.pmotoolkit.resume.read.CvDocument;
import io.pmotoolkit.resume.read.CvReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A batch bounds each file's work from when it starts, and one hostile file never holds up the others. */
class BatchAnalyzerTest {

    private static final ResumeAnalyzer ANALYZER = new ResumeAnalyzer(SkillsModelLoader.builtIn(), "test",
            Clock.fixed(Instant.parse("2026-12-01T12:00:00Z"), ZoneOffset.UTC));
    private static final Role ROLE = ANALYZER.model().expectRole("pmo-analyst");
    private static final CvReader READER = new CvReader();

    /** Lets the worker that ignores everything end when the tests are done (it sleeps, so costs no CPU). */
    private static volatile boolean released;

    @TempDir
    static Path folder;
    static Path cv;

    @BeforeAll
    static void aCv() throws Exception {
        cv = folder.resolve("amelia.txt");
        Files.copy(Path.of("../samples/amelia-hart-project-manager.txt"), cv);
        ANALYZER.analyze(READER.read(cv), ROLE);  // loads the NLP models, so that no test's budget pays for them
    }

    @AfterAll
    static void release() {
        released = true;
    }

    /** Reads {@code cv} for every file, except that files named for a behaviour behave so. */
    private static CvDocument read(Path file) throws java.io.IOException {
        String name = file.getFileName().toString();
        if (name.startsWith("ignores-everything")) {
            while (!released) {
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    // a hostile reader: neither the interrupt nor the budget stops it
                }
            }
        } else if (name.startsWith("loops")) {
            while (true) {
                WorkBudget.check();
                Thread.onSpinWait();
            }
        } else if (name.startsWith("slow")) {
            long end = System.nanoTime() + 600_000_000L;
            while (System.nanoTime() < end) {
                WorkBudget.check();
                sleep(5);
            }
        } else if (name.startsWith("oom")) {
            throw new OutOfMemoryError("Java heap space");
        } else if (name.startsWith("deep")) {
            throw new StackOverflowError();
        }
        return READER.read(cv);
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static List<Outcome> run(int threads, Duration limit, String... names) {
        List<Path> files = new ArrayList<>();
        for (String n : names) {
            files.add(folder.resolve(n));
        }
        List<Outcome> out = new ArrayList<>();
        new BatchAnalyzer(ANALYZER, BatchAnalyzerTest::read, threads, limit, Duration.ofMillis(300))
                .run(files, ROLE, null, out::add);
        return out;
    }

    @Test
    void aWorkerThatIgnoresItsBudgetAndInterruptsIsAbandonedAndTheQueueGoesOn() {
        long start = System.nanoTime();
        List<Outcome> out = run(1, Duration.ofSeconds(2), "ignores-everything.pdf", "a.txt", "b.txt", "c.txt");
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertTrue(out.getFirst().timedOut(), out.getFirst()::toString);
        assertTrue(out.getFirst().error().contains("took longer than 2 s and did not stop, so it was abandoned"),
                out.getFirst().error());
        for (Outcome o : out.subList(1, 4)) {
            assertTrue(o.ok(), "queued behind the hung file, started by a fresh worker: " + o);
        }
        assertTrue(ms < 10_000, "the hung file costs its budget and grace, not more: " + ms + " ms");
    }

    @Test
    void aReaderThatChecksItsBudgetStopsItselfWithTheLimitNamed() {
        List<Outcome> out = run(2, Duration.ofSeconds(3), "loops.pdf", "a.txt");
        assertTrue(out.get(0).timedOut(), out.get(0)::toString);
        assertEquals("loops.pdf took longer than 3 s and was stopped: check the file, or raise the limit with --timeout",
                out.get(0).error());
        assertTrue(out.get(1).ok(), out.get(1)::toString);
    }

    @Test
    void theTimeLimitCountsFromWhenAFileStartsNotFromWhenItWasQueued() {
        // One worker, four files of 0.6 s each (and the analysis): over 2.4 s in all, yet none takes its 2 s.
        List<Outcome> out = run(1, Duration.ofSeconds(2), "slow-1.txt", "slow-2.txt", "slow-3.txt", "slow-4.txt");
        for (Outcome o : out) {
            assertTrue(o.ok(), o::toString);
        }
    }

    @Test
    void outOfMemoryOrStackOverflowFailsThatFileOnly() {
        List<Outcome> out = run(2, Duration.ofSeconds(15), "oom.pdf", "a.txt", "deep.pdf", "b.txt");
        assertFalse(out.get(0).ok());
        assertTrue(out.get(0).error().startsWith("oom.pdf needed more memory than one file may have"), out.get(0).error());
        assertTrue(out.get(1).ok(), out.get(1)::toString);
        assertTrue(out.get(2).error().startsWith("deep.pdf is nested too deeply to read (stack overflow)"),
                out.get(2).error());
        assertTrue(out.get(3).ok(), out.get(3)::toString);
    }

    @Test
    void outcomesComeInInputOrderWhateverTheTiming() {
        List<Outcome> out = run(2, Duration.ofSeconds(15), "slow-a.txt", "a.txt", "b.txt", "slow-b.txt", "c.txt");
        List<Integer> indices = out.stream().map(Outcome::index).toList();
        assertEquals(List.of(0, 1, 2, 3, 4), indices);
        assertEquals(out.get(1).textDigest(), out.get(2).textDigest(), "the same text, the same digest");
    }

    @Test
    void invalidSettingsAreRefusedWithTheValue() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new BatchAnalyzer(ANALYZER, READER, 1, Duration.ofSeconds(-5)));
        assertTrue(e.getMessage().contains("PT-5S"), e.getMessage());
    }
}

package io.pmotoolkit.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pmotoolkit.core.result.CvAnalysis;
import io.pmotoolkit.core.result.Evidence;
import io.pmotoolkit.interview.feedback.AnswerFeedback;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The entry points for inputs in memory (the web app's uploads): the same results as files, shared safely. */
class UploadTest {

    private static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);

    private static Path sample(String name) {
        return Path.of(System.getProperty("pmo.samples.dir", "../samples")).resolve(name);
    }

    private static Toolkit app() {
        return Toolkit.builder().clock(TODAY).version("test").build();
    }

    @Test
    void aCvInMemoryIsAnalysedAsTheSameFileOnDisk() throws Exception {
        Path file = sample("amelia-hart-project-manager.pdf");
        Toolkit app = app();
        CvAnalysis fromFile = app.start("pmo-manager", null, null).analyze(file.toString());
        CvRun.Analysed fromBytes = app.start("pmo-manager", (Upload) null)
                .analyzeRead(new Upload(file.toString(), Files.readAllBytes(file)));
        assertEquals(fromFile, fromBytes.analysis());
        // The document's lines are the ones the analysis numbers.
        for (CvAnalysis.LineResult l : fromFile.lines()) {
            String line = fromBytes.document().lines().get(l.line() - 1).text();
            assertTrue(line.contains(l.text()) || l.text().contains(line.strip()), l.line() + ": " + line);
        }
    }

    @Test
    void everyMatchCarriesItsOwnGradeNoBetterThanTheTermsBest() throws Exception {
        CvAnalysis a = app().start("pmo-manager", null, null).analyze(sample("amelia-hart-project-manager.pdf")
                .toString());
        boolean graded = false;
        for (CvAnalysis.FoundTerm f : a.keywords().found()) {
            boolean best = false;
            for (CvAnalysis.Match m : f.matches()) {
                assertTrue(m.evidence() != null, f.term());
                assertTrue(!m.evidence().betterThan(f.evidence()), f.term() + " " + m);
                best |= m.evidence() == f.evidence();
                graded |= m.evidence() != f.evidence();
            }
            assertTrue(best, "the term's grade is one of its matches': " + f.term());
        }
        assertTrue(graded, "some term has matches of different grades");
        assertTrue(a.keywords().found().stream().anyMatch(f -> f.evidence() == Evidence.ACHIEVEMENT));
    }

    @Test
    void anAdvertInMemorySettlesTheRole() throws Exception {
        byte[] ad = Files.readAllBytes(sample("job-ads/pmo-analyst-fintech.md"));
        CvRun run = app().start(null, new Upload("advert.md", ad));
        assertEquals("pmo-analyst", run.target().id());
        assertTrue(run.advert().isPresent());
        AppException none = assertThrows(AppException.class, () -> app().start(null, (Upload) null));
        assertEquals(ExitCode.USAGE, none.exitCode());
        Exception empty = assertThrows(Exception.class, () -> app().start(null, new Upload("ad.txt", new byte[0])));
        assertEquals(ExitCode.BAD_INPUT, Failure.of(empty).exitCode());
        assertEquals("job advert: ad.txt is empty (0 bytes): save the CV again and retry", empty.getMessage());
    }

    @Test
    void feedbackOnTextIsTheFeedbackOnTheSameFile(@TempDir Path dir) throws Exception {
        String answer = "Our weekly report was late. I was asked to fix it. I cut the measures from 30 to 8 and "
                + "automated the feed. As a result it went out two days earlier.";
        Path file = Files.writeString(dir.resolve("answer.txt"), answer, StandardCharsets.UTF_8);
        Toolkit app = app();
        AnswerFeedback fromFile = app.feedback(file.toString(), null, "How did you improve reporting?",
                "pmo-analyst").feedback();
        AnswerFeedback fromText = app.feedbackOnText(answer, null, "How did you improve reporting?", "pmo-analyst")
                .feedback();
        assertEquals(fromFile, fromText);
        AppException blank = assertThrows(AppException.class, () -> app.feedbackOnText("  \n", null, null, null));
        assertEquals(ExitCode.BAD_INPUT, blank.exitCode());
        AppException big = assertThrows(AppException.class, () -> Toolkit.builder().maxSizeMb(1).build()
                .feedbackOnText("a".repeat(1024 * 1024 + 1), null, null, null));
        assertTrue(big.getMessage().contains("larger than the limit of 1 MB"), big.getMessage());
    }

    @Test
    void runsOfOneToolkitShareTheAnalyzerAndRunInParallel() throws Exception {
        Toolkit app = app();
        byte[] cv = Files.readAllBytes(sample("amelia-hart-project-manager.txt"));
        assertSame(app.start("pmo-manager", (Upload) null).analyzer(), app.start("pmo-analyst", (Upload) null)
                .analyzer());
        CvAnalysis alone = app.start("pmo-manager", (Upload) null).analyze(new Upload("cv.txt", cv));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<CvAnalysis>> runs = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                runs.add(pool.submit(() -> app.start("pmo-manager", (Upload) null).analyze(new Upload("cv.txt", cv))));
            }
            for (Future<CvAnalysis> f : runs) {
                assertEquals(alone, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}

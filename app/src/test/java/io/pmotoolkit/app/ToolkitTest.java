package io.pmotoolkit.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pmotoolkit.core.budget.WorkBudget;
import io.pmotoolkit.core.model.SkillsModelException;
import io.pmotoolkit.core.result.CvAnalysis;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ToolkitTest {

    private static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);

    private static Path sample(String name) {
        return Path.of(System.getProperty("pmo.samples.dir", "../samples")).resolve(name);
    }

    private static Toolkit.Builder builder() {
        return Toolkit.builder().clock(TODAY).version("test");
    }

    @Test
    void dashReadsTheInjectedStreamNotSystemIn() throws Exception {
        byte[] cv = Files.readAllBytes(sample("amelia-hart-project-manager.txt"));
        Toolkit app = builder().stdin(new ByteArrayInputStream(cv)).build();
        CvAnalysis fromStdin = app.start("pmo-manager", null, "-").analyze("-");
        CvAnalysis fromFile = builder().build().start("pmo-manager", null, null)
                .analyze(sample("amelia-hart-project-manager.txt").toString());
        assertEquals("stdin", fromStdin.file());
        assertEquals(fromFile.score().overall(), fromStdin.score().overall());
        assertEquals(fromFile.keywords().found().size(), fromStdin.keywords().found().size());
    }

    @Test
    void anOversizedStandardInputIsBadInputNamingTheLimitAndOption() {
        Toolkit app = builder().stdin(new ByteArrayInputStream(new byte[1024 * 1024 + 1])).maxSizeMb(1).build();
        AppException e = assertThrows(AppException.class, () -> app.start("pmo-manager", null, "-").analyze("-"));
        assertEquals(ExitCode.BAD_INPUT, e.exitCode());
        assertTrue(e.getMessage().contains("1 MB") && e.getMessage().contains("--max-size"), e.getMessage());
    }

    @Test
    void theRoleIsSettledBeforeAnyFileIsRead() {
        AppException none = assertThrows(AppException.class, () -> builder().build().start(null, null, "no-such.pdf"));
        assertEquals(ExitCode.USAGE, none.exitCode());
        assertTrue(none.getMessage().contains("pmo-analyst"), none.getMessage());
        AppException both = assertThrows(AppException.class, () -> builder().build().start(null, "-", "-"));
        assertEquals("the CV and the job advert cannot both come from standard input", both.getMessage());
        AppException unknown = assertThrows(AppException.class, () -> builder().build().role("pmo-wizard"));
        assertTrue(unknown.getMessage().startsWith("unknown role 'pmo-wizard': choose one of"), unknown.getMessage());
    }

    @Test
    void limitsOutOfRangeAreUsageErrorsNamingTheOption() {
        assertEquals("--timeout must be from 1 to 86400 seconds, not -5",
                assertThrows(AppException.class, () -> builder().timeoutSeconds(-5).build()).getMessage());
        assertEquals("--max-size must be from 1 to 2048 MB, not 0",
                assertThrows(AppException.class, () -> builder().maxSizeMb(0).build()).getMessage());
        assertEquals("--max-pages must be from 1 to 10000, not 0",
                assertThrows(AppException.class, () -> builder().maxPages(0).build()).getMessage());
        assertEquals("--count must be from 3 to 30, not 0",
                assertThrows(AppException.class, () -> Toolkit.checkCount(0, 3)).getMessage());
    }

    @Test
    void workPastTheBudgetIsBadInputNamingTheDocument() {
        Toolkit app = builder().timeoutSeconds(1).build();
        AppException e = assertThrows(AppException.class, () -> app.withinBudget("cv.pdf", () -> {
            long end = System.nanoTime() + 3_000_000_000L;
            while (System.nanoTime() < end) {
                WorkBudget.check(); // the reading code's checks: past 1 s this throws
            }
            return null;
        }));
        assertEquals(ExitCode.BAD_INPUT, e.exitCode());
        assertTrue(e.getMessage().startsWith("cv.pdf: took longer than 1 s") && e.getMessage().contains("--timeout"),
                e.getMessage());
        assertTrue(!WorkBudget.active(), "the scope is closed");
    }

    @Test
    void anOversizedSkillsFileIsAnInvalidSkillsFile(@TempDir Path dir) throws Exception {
        Path yaml = dir.resolve("big.yaml");
        Files.write(yaml, new byte[1024 * 1024 + 1]);
        SkillsModelException e = assertThrows(SkillsModelException.class,
                () -> builder().skillsFile(yaml).maxSizeMb(1).build().model());
        assertTrue(e.getMessage().contains("larger than the limit of 1 MB"), e.getMessage());
    }

    @Test
    void anOversizedAnswerFromStandardInputIsBadInput() {
        Toolkit app = builder().stdin(new ByteArrayInputStream(new byte[1024 * 1024 + 1])).maxSizeMb(1).build();
        AppException e = assertThrows(AppException.class, () -> app.feedback("-", null, null, null));
        assertEquals(ExitCode.BAD_INPUT, e.exitCode());
        assertTrue(e.getMessage().startsWith("standard input is larger than the limit of 1 MB"), e.getMessage());
    }
}

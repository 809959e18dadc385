package io.pmotoolkit.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.pmotoolkit.core.result.CvComparison;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** {@link CompareRun} over files and over uploads in memory: one comparison, the same refusals. */
class CompareRunTest {

    private static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);
    private static final String OLD = "amelia-hart-project-manager.txt";
    private static final String NEW = "amelia-hart-project-manager-revised.txt";
    private static final String AD = "job-ads/pmo-analyst-fintech.md";

    private static Path sample(String name) {
        Path file = Path.of(System.getProperty("pmo.samples.dir", "../samples")).resolve(name);
        assumeTrue(Files.isRegularFile(file), "samples/ not found: " + file);
        return file;
    }

    /** The file in memory, under the name the path version reports. */
    private static Upload upload(String name) throws IOException {
        Path file = sample(name);
        return new Upload(file.toString(), Files.readAllBytes(file));
    }

    private static Toolkit app() {
        return Toolkit.builder().clock(TODAY).version("test").build();
    }

    @Test
    void uploadsCompareAsTheSameFilesOnDisk() throws Exception {
        Toolkit app = app();
        CvComparison onDisk = CompareRun.compare(app, "pmo-manager", null, sample(OLD).toString(),
                sample(NEW).toString());
        CvComparison inMemory = CompareRun.compare(app, "pmo-manager", null, upload(OLD), upload(NEW));
        assertEquals(onDisk, inMemory);
        assertEquals(3, inMemory.becameAchievements().size());
        assertNull(inMemory.matchRate(), "no advert, no match rate");
    }

    @Test
    void withAnAdvertBothVersionsCarryTheirMatchRate() throws Exception {
        Toolkit app = app();
        CvComparison onDisk = CompareRun.compare(app, null, sample(AD).toString(), sample(OLD).toString(),
                sample(NEW).toString());
        CvComparison inMemory = CompareRun.compare(app, null, upload(AD), upload(OLD), upload(NEW));
        assertEquals(onDisk, inMemory);
        assertNotNull(inMemory.matchRate());
        int newRate = app.start(null, upload(AD)).analyze(upload(NEW)).jobAd().match().rate();
        assertEquals(newRate, inMemory.matchRate().after());
        assertEquals("pmo-analyst", inMemory.role().id(), "the role taken from the advert");
    }

    @Test
    void aVersionThatIsNotACvOrNoRoleIsRefused() throws Exception {
        AppException notCv = assertThrows(AppException.class,
                () -> CompareRun.compare(app(), "pmo-manager", null, upload(OLD), upload(AD)));
        assertEquals(ExitCode.BAD_INPUT, notCv.exitCode());
        assertTrue(notCv.getMessage().contains("is not a CV, so no comparison was made"), notCv.getMessage());
        AppException noRole = assertThrows(AppException.class,
                () -> CompareRun.compare(app(), null, (Upload) null, upload(OLD), upload(NEW)));
        assertEquals(ExitCode.USAGE, noRole.exitCode());
    }
}

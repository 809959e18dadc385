package io.pmotoolkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writing a PDF that fails (a full disk, a read-only folder) is exit 5 naming the target, not "internal error". */
class OutputFailureTest {

    private static final String CV = Cli.sample("amelia-hart-project-manager.txt");
    private static final String FULL = "pmo: could not write /dev/full: No space left on device (disk full?)";

    private static void assumeDevFull() {
        Assumptions.assumeTrue(Files.isWritable(Path.of("/dev/full")), "no /dev/full here");
    }

    @Test
    void aGapReportOnAFullDiskIsExitFive() {
        assumeDevFull();
        Cli.Result r = Cli.run("analyze", CV, "--role", "pmo-manager", "--report", "/dev/full");
        assertEquals(ExitCodes.OUTPUT, r.code(), r::toString);
        assertEquals(FULL, r.err().strip());
    }

    @Test
    void aQuestionPackPdfOnAFullDiskIsExitFive() {
        assumeDevFull();
        Cli.Result r = Cli.run("questions", "--role", "pmo-manager", "--format", "pdf", "--out", "/dev/full");
        assertEquals(ExitCodes.OUTPUT, r.code(), r::toString);
        assertEquals(FULL, r.err().strip());
    }

    @Test
    void aReadOnlyFolderIsNamedNotTheTemporaryFile(@TempDir Path dir) throws Exception {
        Path ro = Files.createDirectory(dir.resolve("ro"));
        Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            Assumptions.assumeFalse(Files.isWritable(ro), "running as root: every folder is writable");
            Path target = ro.resolve("gap.pdf");
            Cli.Result r = Cli.run("analyze", CV, "--role", "pmo-manager", "--report", target.toString());
            assertEquals(ExitCodes.OUTPUT, r.code(), r::toString);
            assertEquals("pmo: cannot write " + target + ": permission denied in its folder; choose another folder",
                    r.err().strip());
            assertFalse(r.err().contains(".tmp"), r::toString);
            try (Stream<Path> left = Files.list(ro)) {
                assertEquals(List.of(), left.toList());
            }
        } finally {
            Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }
}

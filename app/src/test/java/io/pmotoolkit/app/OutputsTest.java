package io.pmotoolkit.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputsTest {

    @Test
    void aFolderAsOutputIsAUsageErrorAtOnce(@TempDir Path dir) {
        AppException e = assertThrows(AppException.class, () -> Outputs.check(dir, false, "--out"));
        assertEquals(ExitCode.USAGE, e.exitCode());
        assertTrue(e.getMessage().startsWith("--out " + dir + " is a folder"), e.getMessage());
        assertFalse(e.getMessage().contains("--force"), e.getMessage());
    }

    @Test
    void theCheckAndTheWriteUseOneWordingForAnExistingFile(@TempDir Path dir) throws IOException {
        Path target = Files.writeString(dir.resolve("pack.md"), "mine");
        String expected = target + " already exists: add --force to replace it, or choose another --out";
        assertEquals(expected, assertThrows(AppException.class, () -> Outputs.check(target, false, "--out")).getMessage());
        AppException e = assertThrows(AppException.class, () -> Outputs.write(target, false, "--out", "new"));
        assertEquals(expected, e.getMessage());
        assertEquals(ExitCode.OUTPUT, e.exitCode());
        assertEquals("mine", Files.readString(target));
    }

    @Test
    void aFullDiskIsExitFiveNamingTheTarget() {
        Path full = Path.of("/dev/full");
        Assumptions.assumeTrue(Files.exists(full) && Files.isWritable(full), "no /dev/full here");
        AppException e = assertThrows(AppException.class, () -> Outputs.write(full, true, "--out", "x".repeat(70_000)));
        assertEquals(ExitCode.OUTPUT, e.exitCode());
        assertTrue(e.getMessage().startsWith("could not write /dev/full: ") && e.getMessage().endsWith("(disk full?)"),
                e.getMessage());
    }

    @Test
    void anErrorOnStandardOutputIsExitFive() {
        PrintWriter broken = new PrintWriter(new Writer() {
            @Override
            public void write(char[] buffer, int offset, int length) throws IOException {
                throw new IOException("No space left on device");
            }

            @Override
            public void flush() throws IOException {
                throw new IOException("No space left on device");
            }

            @Override
            public void close() {
            }
        });
        AppException e = assertThrows(AppException.class, () -> Outputs.print(broken, "{\"score\": 52}\n"));
        assertEquals(ExitCode.OUTPUT, e.exitCode());
        assertEquals("could not write the output (disk full?)", e.getMessage());
    }
}

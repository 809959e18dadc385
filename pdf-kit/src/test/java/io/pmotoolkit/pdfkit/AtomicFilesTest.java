package io.pmotoolkit.pdfkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @Test
    void writesANewFile(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("out.pdf");
        AtomicFiles.write(target, false, out -> out.write(new byte[] {1, 2, 3}));
        assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(target));
        assertEquals(1, Files.list(dir).count(), "no temporary file left");
    }

    @Test
    void refusesAnExistingFileWithoutForceAndTellsWhatToDo(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("out.pdf");
        Files.write(target, new byte[] {9});
        FileAlreadyExistsException e = assertThrows(FileAlreadyExistsException.class,
                () -> AtomicFiles.write(target, false, out -> out.write(1)));
        assertTrue(e.getMessage().contains("--force"), e.getMessage());
        assertArrayEquals(new byte[] {9}, Files.readAllBytes(target));
    }

    @Test
    void replacesAnExistingFileWithForce(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("out.pdf");
        Files.write(target, new byte[] {9});
        AtomicFiles.write(target, true, out -> out.write(7));
        assertArrayEquals(new byte[] {7}, Files.readAllBytes(target));
    }

    @Test
    void aFailingWriterLeavesTheTargetAndNoTemporaryFile(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("out.pdf");
        Files.write(target, new byte[] {9});
        assertThrows(IOException.class, () -> AtomicFiles.write(target, true, out -> {
            out.write(1);
            throw new IOException("disk full");
        }));
        assertArrayEquals(new byte[] {9}, Files.readAllBytes(target));
        assertEquals(1, Files.list(dir).count(), "no temporary file left");
    }

    @Test
    void aMissingFolderIsAnIoException(@TempDir Path dir) {
        assertThrows(IOException.class,
                () -> AtomicFiles.write(dir.resolve("no/such/out.pdf"), false, out -> out.write(1)));
    }
}

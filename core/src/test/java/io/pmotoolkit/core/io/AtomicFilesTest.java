package io.pmotoolkit.core.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    private static long filesIn(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.count();
        }
    }

    @Test
    void writesANewFile(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("out.pdf");
        AtomicFiles.write(target, false, out -> out.write(new byte[] {1, 2, 3}));
        assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(target));
        assertEquals(1, filesIn(dir), "no temporary file left");
        assertTrue(AtomicFiles.pending().isEmpty());
    }

    @Test
    void refusesAnExistingFileWithoutReplaceAndNamesIt(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("out.pdf");
        Files.write(target, new byte[] {9});
        FileAlreadyExistsException e = assertThrows(FileAlreadyExistsException.class,
                () -> AtomicFiles.write(target, false, out -> out.write(1)));
        assertEquals(target.toString(), e.getFile());
        assertArrayEquals(new byte[] {9}, Files.readAllBytes(target));
    }

    @Test
    void replacesAnExistingFileWithReplace(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("out.pdf");
        Files.write(target, new byte[] {9});
        AtomicFiles.write(target, true, out -> out.write(7));
        assertArrayEquals(new byte[] {7}, Files.readAllBytes(target));
        assertEquals(1, filesIn(dir), "no temporary file left");
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
        assertEquals(1, filesIn(dir), "no temporary file left");
        assertTrue(AtomicFiles.pending().isEmpty());
    }

    @Test
    void aRuntimeFailureInTheWriterAlsoDeletesTheTemporaryFile(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("out.pdf");
        assertThrows(IllegalStateException.class, () -> AtomicFiles.write(target, false, out -> {
            out.write(new byte[100_000]);
            throw new IllegalStateException("renderer bug");
        }));
        assertEquals(0, filesIn(dir), "neither target nor temporary file");
    }

    @Test
    void theTemporaryFileIsPendingForTheShutdownHookWhileWriting(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("out.md");
        List<Path> seen = new ArrayList<>();
        AtomicFiles.write(target, false, out -> seen.addAll(AtomicFiles.pending()));
        assertEquals(1, seen.size(), seen::toString);
        assertEquals(dir, seen.get(0).getParent());
        assertTrue(AtomicFiles.pending().isEmpty());
    }

    @Test
    void stoppingTheProcessWhileWritingLeavesNoTemporaryFileAndNoTarget(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("gap.pdf");
        // Ctrl-C while the PDF is rendered: the JVM runs the shutdown hook while the writer is still busy.
        assertThrows(IOException.class, () -> AtomicFiles.write(target, false, out -> {
            out.write(new byte[40_000]);
            out.flush();
            AtomicFiles.deletePending();
        }));
        assertEquals(0, filesIn(dir), "no partial file beside the target, and no target");
    }

    @Test
    void withoutHardLinksTheTargetIsStillCreatedInOneNoClobberStep(@TempDir Path dir) throws Exception {
        // A ZIP file system has no hard links: the copy into a target created new takes over.
        try (java.nio.file.FileSystem zip = java.nio.file.FileSystems.newFileSystem(dir.resolve("out.zip"),
                java.util.Map.of("create", "true"))) {
            Path target = zip.getPath("/pack.md");
            AtomicFiles.write(target, false, out -> out.write(new byte[] {1, 2}));
            assertArrayEquals(new byte[] {1, 2}, Files.readAllBytes(target));
            assertThrows(FileAlreadyExistsException.class, () -> AtomicFiles.write(target, false, out -> out.write(3)));
            assertArrayEquals(new byte[] {1, 2}, Files.readAllBytes(target));
            try (Stream<Path> s = Files.list(zip.getPath("/"))) {
                assertEquals(List.of(target), s.toList(), "no temporary file left");
            }
        }
    }

    @Test
    void aMissingFolderIsAnIoException(@TempDir Path dir) {
        assertThrows(IOException.class,
                () -> AtomicFiles.write(dir.resolve("no/such/out.pdf"), false, out -> out.write(1)));
    }

    @Test
    void aFolderAsTargetIsRefusedEvenWithReplace(@TempDir Path dir) throws Exception {
        FileSystemException e = assertThrows(FileSystemException.class,
                () -> AtomicFiles.write(dir, true, out -> out.write(1)));
        assertEquals("is a folder", e.getReason());
        assertTrue(Files.isDirectory(dir));
    }

    @Test
    void ofTwoConcurrentWritersOfANewFileExactlyOneWins(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("pack.md");
        // Both writers have passed the early existence check and written their content before either moves it.
        CountDownLatch bothWritten = new CountDownLatch(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> writers = new ArrayList<>();
            for (byte b : new byte[] {'a', 'b'}) {
                writers.add(pool.submit(() -> {
                    AtomicFiles.write(target, false, out -> {
                        out.write(b);
                        bothWritten.countDown();
                        try {
                            assertTrue(bothWritten.await(10, TimeUnit.SECONDS));
                        } catch (InterruptedException e) {
                            throw new IOException(e);
                        }
                    });
                    return null;
                }));
            }
            int won = 0;
            int refused = 0;
            for (Future<?> w : writers) {
                try {
                    w.get(20, TimeUnit.SECONDS);
                    won++;
                } catch (java.util.concurrent.ExecutionException e) {
                    assertTrue(e.getCause() instanceof FileAlreadyExistsException, e::toString);
                    refused++;
                }
            }
            assertEquals(1, won, "winners");
            assertEquals(1, refused, "refused");
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, Files.size(target));
        assertEquals(1, filesIn(dir), "no temporary file left");
    }

    @Test
    void aFullDeviceIsAnIoExceptionAndStaysADevice() throws Exception {
        Path full = Path.of("/dev/full");
        Assumptions.assumeTrue(Files.exists(full) && Files.isWritable(full), "no /dev/full here");
        IOException e = assertThrows(IOException.class,
                () -> AtomicFiles.write(full, true, out -> out.write(new byte[64 * 1024])));
        assertTrue(String.valueOf(e.getMessage()).contains("No space left"), e::toString);
        assertTrue(!Files.isRegularFile(full), "/dev/full must not be replaced by a file");
    }
}

package io.pmotoolkit.pdfkit;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file so that readers never see half of it: the content goes to a temporary file in the
 * target's folder, which is then renamed over the target in one step.
 *
 * {@snippet :
 * AtomicFiles.write(Path.of("gap.pdf"), force, out -> report.render(analysis, out));
 * }
 *
 * <p>Without {@code force} an existing target is refused before anything is written. The check and
 * the rename are two steps, so a file created by another process in between is replaced; that window
 * is accepted for a command-line tool. The temporary file is created like any new file (the umask
 * applies), so the result gets the same permissions as a file written directly.
 *
 * <p>Stateless and thread-safe.
 */
public final class AtomicFiles {

    private AtomicFiles() {
    }

    /**
     * Writes {@code target} through a temporary sibling file.
     *
     * @param target the file to create or replace
     * @param force  whether an existing target may be replaced
     * @param writer writes the content
     * @throws FileAlreadyExistsException when the target exists and {@code force} is false; nothing is written
     * @throws IOException                when the folder is missing or not writable, or the writer fails;
     *                                    the temporary file is deleted and the target is left as it was
     */
    public static void write(Path target, boolean force, IoWriter writer) throws IOException {
        Path absolute = target.toAbsolutePath();
        if (!force && Files.exists(absolute)) {
            throw new FileAlreadyExistsException(target.toString(), null,
                    "it already exists: pass --force to replace it or choose another name");
        }
        if (Files.isDirectory(absolute)) {
            throw new FileAlreadyExistsException(target.toString(), null, "it is a folder: choose a file name");
        }
        Path temp = absolute.resolveSibling("." + absolute.getFileName() + "."
                + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt()) + ".tmp");
        boolean moved = false;
        try {
            try (OutputStream out = new BufferedOutputStream(
                    Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE))) {
                writer.write(out);
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                // Same folder, so this is rare (some network file systems); a plain replace is the best left.
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            moved = true;
        } finally {
            if (!moved) {
                Files.deleteIfExists(temp);
            }
        }
    }
}

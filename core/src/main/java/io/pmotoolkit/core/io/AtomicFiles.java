package io.pmotoolkit.core.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file so that nobody sees half of it and nothing is lost silently: the content goes to a temporary
 * file in the target's folder, which then becomes the target in one step.
 *
 * {@snippet :
 * AtomicFiles.write(Path.of("gap.pdf"), force, out -> report.render(analysis, out));
 * }
 *
 * <p>Without {@code replace} the last step is a hard link from the target name to the temporary file, which the
 * file system refuses atomically when the name exists: of several processes writing the same new file, exactly
 * one wins and the others get {@link FileAlreadyExistsException}, whatever the timing. Where hard links are not
 * supported (FAT, some network and FUSE file systems, a ZIP file system) the content is copied into a target
 * created with {@code CREATE_NEW} ({@code O_EXCL}): still one winner, but a reader may see the copy grow. With
 * {@code replace} it is an atomic rename over the target.
 *
 * <p>The temporary file is deleted when the writer fails and, through one shutdown hook, when the process is
 * stopped (Ctrl-C) while writing; it is never left beside the target. It is created like any new file (the
 * umask applies), so the result has the permissions of a file written directly. A target that exists and is
 * neither a regular file nor a folder ({@code /dev/null}, {@code /dev/stdout}, a pipe) is written in place:
 * there is nothing to replace and a rename would swap the device itself.
 *
 * <p>Stateless apart from the set of temporary files being written; thread-safe.
 */
public final class AtomicFiles {

    /** Temporary files being written, deleted by the shutdown hook if the process stops first. */
    private static final Set<Path> PENDING = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(AtomicFiles::deletePending, "pmo-temporary-files"));
    }

    private AtomicFiles() {
    }

    /**
     * Writes {@code target} through a temporary sibling file.
     *
     * @param target  the file to create or replace
     * @param replace whether an existing target may be replaced
     * @param writer  writes the content
     * @throws FileAlreadyExistsException when the target exists (or another writer created it first) and
     *                                    {@code replace} is false; the target is left as it was
     * @throws FileSystemException        with reason {@code "is a folder"} when the target is a folder
     * @throws IOException                when the folder is missing or not writable, the disk is full or the
     *                                    writer fails; the temporary file is deleted and the target is left as
     *                                    it was
     */
    public static void write(Path target, boolean replace, IoWriter writer) throws IOException {
        Path absolute = target.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            throw new FileSystemException(target.toString(), null, "is a folder");
        }
        if (Files.exists(absolute) && !Files.isRegularFile(absolute, LinkOption.NOFOLLOW_LINKS)
                && !Files.isSymbolicLink(absolute)) {
            writeInPlace(absolute, writer);
            return;
        }
        if (!replace && Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileAlreadyExistsException(target.toString(), null, "already exists");
        }
        Path temp = absolute.resolveSibling("." + absolute.getFileName() + "."
                + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt()) + ".tmp");
        PENDING.add(temp);
        try {
            try (OutputStream out = new BufferedOutputStream(
                    Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE))) {
                writer.write(out);
            }
            if (replace) {
                moveOver(temp, absolute);
            } else {
                linkNew(temp, absolute, target);
            }
        } finally {
            Files.deleteIfExists(temp);
            PENDING.remove(temp);
        }
    }

    private static void writeInPlace(Path device, IoWriter writer) throws IOException {
        try (OutputStream out = new BufferedOutputStream(
                Files.newOutputStream(device, StandardOpenOption.WRITE))) {
            writer.write(out);
        }
    }

    private static void moveOver(Path temp, Path absolute) throws IOException {
        try {
            Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // Same folder, so this is rare (some network file systems); a plain replace is the best left.
            Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Gives the content the target's name only if no file has it: one step, so concurrent writers cannot both win. */
    private static void linkNew(Path temp, Path absolute, Path target) throws IOException {
        try {
            Files.createLink(absolute, temp);
            return;
        } catch (FileAlreadyExistsException e) {
            throw new FileAlreadyExistsException(target.toString(), null, "already exists");
        } catch (NoSuchFileException | AccessDeniedException e) {
            throw e;
        } catch (UnsupportedOperationException | FileSystemException noHardLinks) {
            // No hard links here (FAT, some network and FUSE file systems): copy into a file created new below.
        }
        OutputStream out;
        try {
            // CREATE_NEW is O_EXCL: still one step that fails if the name exists, and the file is then ours.
            out = Files.newOutputStream(absolute, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            throw new FileAlreadyExistsException(target.toString(), null, "already exists");
        }
        boolean copied = false;
        try (out) {
            Files.copy(temp, out);
            copied = true;
        } finally {
            if (!copied) {
                Files.deleteIfExists(absolute);
            }
        }
    }

    /** What the shutdown hook does: deletes the temporary files being written. Package-private for tests. */
    static void deletePending() {
        for (Path temp : PENDING) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                // Nothing more can be done while the process stops.
            }
        }
    }

    /** The temporary files being written now; for tests. */
    static Set<Path> pending() {
        return Set.copyOf(PENDING);
    }
}

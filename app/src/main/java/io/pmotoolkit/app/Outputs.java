package io.pmotoolkit.app;

import io.pmotoolkit.core.io.AtomicFiles;
import io.pmotoolkit.core.io.IoWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * Every output of every command goes through here, with one wording for each problem: a file option
 * ({@code --out}, {@code --report}, {@code --transcript}) is checked before the work starts and written through
 * {@link AtomicFiles} (no half-written file, no silent replacement, one winner among concurrent writers), and
 * standard output is checked for write errors after the last line.
 *
 * <p>Stateless and thread-safe.
 */
public final class Outputs {

    private Outputs() {
    }

    /**
     * Fails before any work when {@code target} cannot be written: a folder (a usage error, exit 2), or an
     * existing file without {@code force}, a missing or read-only folder (exit 5). The final write checks again,
     * in one step with the move.
     *
     * @param option the option that named the file, for the messages ({@code "--out"}); null when none did
     */
    public static void check(Path target, boolean force, String option) {
        if (Files.isDirectory(target)) {
            throw isAFolder(target, option);
        }
        if (!force && (Files.isRegularFile(target) || Files.isSymbolicLink(target))) {
            // A device or pipe (/dev/null, /dev/stdout) is written in place: nothing there to lose.
            throw exists(target, option, null);
        }
        Path parent = target.toAbsolutePath().getParent();
        if (parent != null && !Files.exists(parent)) {
            throw AppException.output("cannot write " + target + ": the folder " + parent + " does not exist", null);
        }
        if (parent != null && !Files.isDirectory(parent)) {
            throw AppException.output("cannot write " + target + ": " + parent + " is not a folder", null);
        }
        if (parent != null && !Files.isWritable(parent)) {
            throw AppException.output("cannot write " + target + ": permission denied in its folder; choose "
                    + "another folder", null);
        }
    }

    /** Writes {@code text} as UTF-8 to {@code target}, as {@link #write(Path, boolean, String, IoWriter)}. */
    public static void write(Path target, boolean force, String option, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        write(target, force, option, out -> out.write(bytes));
    }

    /**
     * Writes {@code target} atomically; every failure is one line naming the target (never the temporary file).
     *
     * @param option the option that named the file, for the messages; null when none did
     * @throws AppException exit 5 when it exists without {@code force} (also when another process created it
     *                      meanwhile), the folder is missing or read-only, or the disk is full; exit 2 for a folder
     */
    public static void write(Path target, boolean force, String option, IoWriter writer) {
        try {
            AtomicFiles.write(target, force, writer);
        } catch (FileAlreadyExistsException e) {
            throw exists(target, option, e);
        } catch (AccessDeniedException e) {
            throw AppException.output("cannot write " + target + ": permission denied in its folder; choose "
                    + "another folder", e);
        } catch (NoSuchFileException e) {
            throw AppException.output("cannot write " + target + ": the folder does not exist", e);
        } catch (FileSystemException e) {
            if (Files.isDirectory(target)) {
                throw isAFolder(target, option);
            }
            throw AppException.output(couldNotWrite(target.toString(), e.getReason()), e);
        } catch (IOException e) {
            throw AppException.output(couldNotWrite(target.toString(), e.getMessage()), e);
        } catch (RuntimeException e) {
            // The PDF library wraps the stream's IOException (disk full) in its own unchecked exceptions.
            IOException io = ioCause(e);
            if (io == null) {
                throw e;
            }
            throw AppException.output(couldNotWrite(target.toString(), io.getMessage()), e);
        }
    }

    /**
     * The IOException among {@code e}'s causes and their suppressed exceptions, or null: a write error that a
     * library wrapped (OpenPDF's {@code ExceptionConverter} hides it from {@code getCause()}, but closing the
     * stream adds it as suppressed).
     */
    static IOException ioCause(Throwable e) {
        java.util.Set<Throwable> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        java.util.Deque<Throwable> todo = new java.util.ArrayDeque<>(List.of(e));
        while (!todo.isEmpty()) {
            Throwable t = todo.removeFirst();
            if (!seen.add(t)) {
                continue;
            }
            if (t instanceof IOException io) {
                return io;
            }
            if (t.getCause() != null) {
                todo.addLast(t.getCause());
            }
            todo.addAll(List.of(t.getSuppressed()));
        }
        return null;
    }

    /**
     * Prints {@code text} and flushes; a write error (a full disk, a closed pipe) is exit 5. A {@link PrintWriter}
     * never throws, so without this check a full disk would end with exit 0 and truncated output.
     */
    public static void print(PrintWriter out, String text) {
        out.print(text);
        checkStandardOutput(out);
    }

    /** Flushes {@code out}; exit 5 when anything written to it so far was lost. */
    public static void checkStandardOutput(PrintWriter out) {
        if (out.checkError()) {
            throw AppException.output(STDOUT_LOST, null);
        }
    }

    /** The message for output lost on standard output. */
    public static final String STDOUT_LOST = "could not write the output (disk full?)";

    private static String couldNotWrite(String target, String reason) {
        String why = reason == null ? "a write error" : reason;
        boolean full = why.contains("No space left") || why.contains("Disk quota");
        return "could not write " + target + ": " + why + (full ? " (disk full?)" : "");
    }

    private static AppException exists(Path target, String option, Throwable cause) {
        return AppException.output(target + " already exists: add --force to replace it, or choose another "
                + (option == null ? "name" : option), cause);
    }

    private static AppException isAFolder(Path target, String option) {
        return AppException.usage((option == null ? "" : option + " ") + target + " is a folder: give the name "
                + "of a file to write (a new name in that folder, for example)");
    }
}

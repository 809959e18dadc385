package io.pmotoolkit.cli;

import io.pmotoolkit.core.model.SkillsModel;
import io.pmotoolkit.core.result.CvAnalysis;
import io.pmotoolkit.pdfkit.AtomicFiles;
import io.pmotoolkit.report.GapReport;
import io.pmotoolkit.resume.report.GapAdvice;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Writes the PDF gap report for {@code analyze --report} and {@code report}, and the PDF question pack of
 * {@code questions --format pdf}, mapping failures to exit 5.
 */
final class ReportOutput {

    private ReportOutput() {
    }

    /** Fails early, before the analysis, when the file exists without --force or its folder is missing. */
    static void checkWritable(Path target, boolean force) {
        if (!force && Files.exists(target)) {
            throw new PmoCommand.OutputException(target + " already exists: pass --force to replace it or "
                    + "choose another name", null);
        }
        Path parent = target.toAbsolutePath().getParent();
        if (parent != null && !Files.exists(parent)) {
            throw new PmoCommand.OutputException("cannot write " + target + ": the folder " + parent
                    + " does not exist", null);
        }
        if (parent != null && !Files.isDirectory(parent)) {
            throw new PmoCommand.OutputException("cannot write " + target + ": " + parent + " is not a folder", null);
        }
        if (Files.isDirectory(target)) {
            throw new PmoCommand.OutputException("cannot write " + target + ": it is a folder; give a file name "
                    + "such as gap.pdf", null);
        }
    }

    /** Renders and writes the report atomically, then says so on stderr. */
    static void write(CvAnalysis analysis, SkillsModel model, Clock clock, Path target, boolean force,
                      PrintWriter err) {
        int pages = writeQuietly(analysis, model, clock, target, force);
        err.println("Gap report written to " + target + " (" + pages + (pages == 1 ? " page)" : " pages)"));
        err.flush();
    }

    /** Renders and writes the report atomically; returns its page count. */
    static int writeQuietly(CvAnalysis analysis, SkillsModel model, Clock clock, Path target, boolean force) {
        GapReport report = new GapReport(model, GapAdvice.builtIn(), clock);
        return writeAtomically(target, force, out -> report.render(analysis, out));
    }

    /** Something that renders a PDF to a stream and returns its page count. */
    @FunctionalInterface
    interface PdfRenderer {
        int render(OutputStream out) throws IOException;
    }

    /**
     * Writes a PDF through {@link AtomicFiles} (a temporary file, then a rename) and returns its page count;
     * an existing file without {@code force}, or a folder that cannot be written, is exit 5.
     */
    static int writeAtomically(Path target, boolean force, PdfRenderer renderer) {
        int[] pages = new int[1];
        try {
            AtomicFiles.write(target, force, out -> pages[0] = renderer.render(out));
        } catch (FileAlreadyExistsException e) {
            throw new PmoCommand.OutputException(target + " " + (e.getReason() == null ? "already exists"
                    : e.getReason()), e);
        } catch (AccessDeniedException e) {
            throw new PmoCommand.OutputException("cannot write " + target + ": permission denied in its folder; "
                    + "choose another folder", e);
        } catch (NoSuchFileException e) {
            throw new PmoCommand.OutputException("cannot write " + target + ": the folder does not exist", e);
        } catch (IOException e) {
            throw new PmoCommand.OutputException("cannot write " + target + ": " + e.getMessage(), e);
        }
        return pages[0];
    }
}

package io.pmotoolkit.cli;

import io.pmotoolkit.app.Outputs;
import io.pmotoolkit.core.model.SkillsModel;
import io.pmotoolkit.core.result.CvAnalysis;
import io.pmotoolkit.report.GapReport;
import io.pmotoolkit.resume.report.GapAdvice;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Writes the PDF gap report for {@code analyze --report} and {@code report}, and the PDF question pack of
 * {@code questions --format pdf}, through {@link Outputs} (exit 5 on failure, one wording).
 */
final class ReportOutput {

    private ReportOutput() {
    }

    /** Renders and writes the report atomically, then says so on stderr. */
    static void write(CvAnalysis analysis, SkillsModel model, Clock clock, Path target, boolean force,
                      PrintWriter err) {
        write(analysis, model, clock, target, force, "--report", err);
    }

    /** As {@link #write(CvAnalysis, SkillsModel, Clock, Path, boolean, PrintWriter)}, naming the option. */
    static void write(CvAnalysis analysis, SkillsModel model, Clock clock, Path target, boolean force, String option,
                      PrintWriter err) {
        GapReport report = new GapReport(model, GapAdvice.builtIn(), clock);
        int pages = writeAtomically(target, force, option, out -> report.render(analysis, out));
        written(err, "Gap report", target, pages);
    }

    /** Renders and writes the report atomically; returns its page count. */
    static int writeQuietly(CvAnalysis analysis, SkillsModel model, Clock clock, Path target, boolean force) {
        GapReport report = new GapReport(model, GapAdvice.builtIn(), clock);
        return writeAtomically(target, force, null, out -> report.render(analysis, out));
    }

    /** "Gap report written to gap.pdf (7 pages)" on stderr. */
    static void written(PrintWriter err, String what, Path target, int pages) {
        err.println(what + " written to " + target + " (" + pages + (pages == 1 ? " page)" : " pages)"));
        err.flush();
    }

    /** Something that renders a PDF to a stream and returns its page count. */
    @FunctionalInterface
    interface PdfRenderer {
        int render(OutputStream out) throws IOException;
    }

    /** Writes a PDF through {@link Outputs#write} and returns its page count. */
    static int writeAtomically(Path target, boolean force, String option, PdfRenderer renderer) {
        int[] pages = new int[1];
        Outputs.write(target, force, option, out -> pages[0] = renderer.render(out));
        return pages[0];
    }
}

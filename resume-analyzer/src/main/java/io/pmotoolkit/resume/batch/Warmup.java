package io.pmotoolkit.resume.batch;

import io.pmotoolkit.core.budget.WorkBudget;
import io.pmotoolkit.core.model.Role;
import io.pmotoolkit.resume.analysis.ResumeAnalyzer;
import io.pmotoolkit.resume.jobad.JobAd;
import io.pmotoolkit.resume.read.CvDocument;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Reads and analyses a tiny document of each format a batch holds before any file's clock starts. The first
 * PDF and the first DOCX of a JVM pay for loading PDFBox's and POI's classes (XWPFRelation, the XMLBeans schema
 * types, the font tables): seconds on a loaded machine, spent in class initialisation that an interrupt does not
 * stop, while every other worker that needs the same class waits for it. Charged to the first files, that made a
 * batch abandon good CVs as if they had hung (issue 16); it is nobody's file's fault, so it is paid here.
 *
 * <p>Best effort: a failure here only means the first file pays instead.
 */
final class Warmup {

    private static final String TEXT = "Jane Doe\nProject Manager\nExperience\nManaged the weekly RAID log.";

    private Warmup() {
    }

    /** Warms the formats among {@code files}, within {@code limit} (the warm-up is bounded like any file). */
    static void run(List<Path> files, BatchAnalyzer.DocumentSource source, ResumeAnalyzer analyzer, Role role,
                    JobAd ad, Duration limit) {
        boolean pdf = false;
        boolean docx = false;
        for (Path f : files) {
            String name = f.getFileName() == null ? "" : f.getFileName().toString().toLowerCase(Locale.ROOT);
            pdf |= name.endsWith(".pdf");
            docx |= name.endsWith(".docx");
        }
        if (!pdf && !docx) {
            return;
        }
        Path dir = null;
        try (WorkBudget.Scope scope = WorkBudget.start(limit, "--timeout")) {
            dir = Files.createTempDirectory("pmo-warmup");
            CvDocument doc = null;
            if (pdf) {
                doc = source.read(writePdf(dir.resolve("warmup.pdf")));
            }
            if (docx) {
                doc = source.read(writeDocx(dir.resolve("warmup.docx")));
            }
            if (doc != null) {
                analyzer.analyze(doc, role, ad);
            }
        } catch (Exception | LinkageError e) {
            // Best effort: the first file of the batch pays for what is left cold.
        } finally {
            deleteQuietly(dir);
        }
    }

    private static Path writePdf(Path file) throws java.io.IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                s.beginText();
                s.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                s.newLineAtOffset(72, 720);
                for (String line : TEXT.split("\n")) {
                    s.showText(line);
                    s.newLineAtOffset(0, -14);
                }
                s.endText();
            }
            doc.save(file.toFile());
        }
        return file;
    }

    private static Path writeDocx(Path file) throws java.io.IOException {
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            for (String line : TEXT.split("\n")) {
                doc.createParagraph().createRun().setText(line);
            }
            doc.write(out);
        }
        return file;
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.deleteIfExists(f);
            }
            Files.deleteIfExists(dir);
        } catch (java.io.IOException e) {
            // A few bytes in the temporary folder.
        }
    }
}

package io.pmotoolkit.pdfkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfPTable;

class PdfDocTest {

    private static final PdfMeta META = new PdfMeta("Test document", "PMO Toolkit", "A test", "Footer text",
            ZonedDateTime.of(2026, 11, 23, 12, 0, 0, 0, ZoneOffset.UTC));

    private static byte[] write(int rows) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfDoc doc = PdfDoc.open(out, META)) {
            doc.title("Résumé test – £4.2m and €300k", "Subtitle • with bullet");
            doc.heading("A table");
            PdfPTable t = PdfTables.table(doc.styles(), new float[] {1, 3}, "Term", "Where");
            for (int i = 0; i < rows; i++) {
                t.addCell(PdfTables.cell("Row " + i, doc.styles().small()));
                t.addCell(PdfTables.cell("https://www.example.org/a/very/long/path/that/never/ends/" + i,
                        doc.styles().small()));
            }
            doc.add(t);
            PdfPTable bars = PdfTables.plain(new float[] {1, 2});
            bars.addCell(PdfTables.bare(Wrapping.phrase("Bar", doc.styles().body())));
            bars.addCell(Bars.cell(0.62, 0.5, 9));
            doc.add(bars);
        }
        return out.toByteArray();
    }

    @Test
    void textWithPoundEuroAccentsDashesAndBulletsSurvivesExtraction() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(write(3))) {
            String text = new PDFTextStripper().getText(pdf);
            for (String s : new String[] {"£4.2m", "€300k", "Résumé", "–", "•", "Page 1 of 1", "Footer text"}) {
                assertTrue(text.contains(s), () -> s + " missing from:\n" + text);
            }
            assertEquals("Test document", pdf.getDocumentInformation().getTitle());
            assertEquals("PMO Toolkit", pdf.getDocumentInformation().getAuthor());
            assertEquals("A test", pdf.getDocumentInformation().getSubject());
            // the date given, not the time the file was written
            assertEquals(META.created().toInstant(), pdf.getDocumentInformation().getCreationDate().toInstant());
        }
    }

    @Test
    void longTablesRepeatTheirHeaderOnEveryPageAndEveryFontIsEmbedded() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(write(120))) {
            int pages = pdf.getNumberOfPages();
            assertTrue(pages >= 3, "pages: " + pages);
            PDFTextStripper stripper = new PDFTextStripper();
            for (int p = 1; p <= pages; p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                String text = stripper.getText(pdf);
                int page = p;
                assertTrue(text.contains("Term") && text.contains("Where"), () -> "header on page " + page);
                assertTrue(text.contains("Page " + p + " of " + pages), () -> "footer on page " + page + ":\n" + text);
            }
            for (PDPage page : pdf.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertTrue(font.isEmbedded(), font.getName());
                }
            }
            // The long URL wraps inside the cell instead of being clipped: its end is still extracted.
            assertTrue(new PDFTextStripper().getText(pdf).contains("ends/119"));
        }
    }

    @Test
    void thePageCountIgnoresTheBlankPageOpenedWhenContentFillsTheLastPage() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int pages;
        try (PdfDoc doc = PdfDoc.open(out, META)) {
            doc.paragraph("First page");
            doc.newPage();
            // A fixed-height table exactly as tall as the space left fills the second page to its bottom margin.
            PdfPTable t = PdfTables.plain(new float[] {1});
            t.setSpacingBefore(0);
            t.setSpacingAfter(0);
            org.openpdf.text.pdf.PdfPCell cell = PdfTables.bare(Wrapping.phrase("Fills the page", doc.styles().body()));
            cell.setFixedHeight(doc.spaceLeft());
            t.addCell(cell);
            doc.add(t);
            pages = doc.finish();
        }
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            assertEquals(pdf.getNumberOfPages(), pages);
            assertEquals(2, pages);
        }
    }
}

package io.pmotoolkit.resume.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

/** PDF fixtures drawn with PDFBox in the test, so that layouts are known exactly. */
class PdfReadingTest {

    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final CvReader READER = new CvReader();

    /** A text at a position; y from the top of an A4 page. */
    private record Text(float x, float y, String text, boolean bold, float size) {
        static Text of(float x, float y, String text) {
            return new Text(x, y, text, false, 10);
        }

        static Text bold(float x, float y, String text) {
            return new Text(x, y, text, true, 12);
        }
    }

    private static byte[] pdf(List<List<Text>> pages) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (List<Text> texts : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                float h = page.getMediaBox().getHeight();
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    for (Text t : texts) {
                        cs.beginText();
                        cs.setFont(t.bold() ? BOLD : REGULAR, t.size());
                        cs.newLineAtOffset(t.x(), h - t.y());
                        cs.showText(t.text());
                        cs.endText();
                    }
                }
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static List<String> texts(CvDocument doc) {
        return doc.lines().stream().map(CvLine::text).toList();
    }

    @Test
    void oneColumnJoinsWrappedBulletsAndHyphenatedWords() throws IOException {
        List<Text> p = new ArrayList<>();
        p.add(Text.bold(50, 60, "Jane Doe"));
        p.add(Text.bold(50, 100, "EXPERIENCE"));
        p.add(Text.of(50, 120, "PMO Analyst, Acme Ltd"));
        p.add(Text.of(50, 134, "\u2022"));
        p.add(Text.of(60, 134, "Ran the portfolio reporting cycle for twelve programmes and cut the time to"));
        p.add(Text.of(60, 146, "produce the board pack from five days to two with a new RAID log"));
        p.add(Text.of(50, 160, "\u2022"));
        p.add(Text.of(60, 160, "Introduced stage gates and benefits tracking across the whole manage-"));
        p.add(Text.of(60, 172, "ment team"));
        p.add(Text.of(50, 186, "\u2022"));
        p.add(Text.of(60, 186, "Trained ten project managers"));
        CvDocument doc = READER.read("cv.pdf", pdf(List.of(p)));
        assertEquals(DocumentFormat.PDF, doc.format());
        assertEquals(List.of("Jane Doe", "EXPERIENCE", "PMO Analyst, Acme Ltd",
                "Ran the portfolio reporting cycle for twelve programmes and cut the time to produce the board pack"
                        + " from five days to two with a new RAID log",
                "Introduced stage gates and benefits tracking across the whole management team",
                "Trained ten project managers"), texts(doc));
        assertTrue(doc.lines().get(1).heading());
        assertFalse(doc.lines().get(2).bullet());
        assertTrue(doc.lines().get(3).bullet());
        assertTrue(doc.lines().stream().allMatch(l -> l.origin() == LineOrigin.BODY));
    }

    @Test
    void twoColumnSidebarDoesNotInterleave() throws IOException {
        List<Text> p = new ArrayList<>();
        p.add(Text.bold(40, 50, "Jane Doe, PMO Analyst and portfolio reporting lead"));
        String[] side = {"CONTACT", "jane@example.com", "London", "SKILLS", "RAID logs", "Jira", "Power BI",
                "LANGUAGES", "English", "French"};
        for (int i = 0; i < side.length; i++) {
            p.add(Text.of(40, 90 + i * 23, side[i])); // sidebar leading differs from the main column
        }
        String[] main = {"EXPERIENCE", "PMO Analyst, Acme Ltd, 2019 to 2024", "Ran monthly portfolio reporting",
                "Built the RAID log for twelve projects", "Coordinated stage gate reviews", "EDUCATION",
                "BSc Business, University of Leeds", "Graduated with honours in 2018", "PROFILE",
                "Organised and calm PMO analyst", "Good with numbers and people", "Happy to travel"};
        for (int i = 0; i < main.length; i++) {
            p.add(Text.of(200, 92 + i * 16, main[i]));
        }
        CvDocument doc = READER.read("cv.pdf", pdf(List.of(p)));
        List<String> t = texts(doc);
        assertEquals("Jane Doe, PMO Analyst and portfolio reporting lead", t.get(0));
        List<String> bodyLines = doc.lines().stream().filter(l -> l.origin() == LineOrigin.BODY).map(CvLine::text).toList();
        List<String> sideLines = doc.lines().stream().filter(l -> l.origin() == LineOrigin.SIDEBAR).map(CvLine::text).toList();
        assertEquals(List.of(side), sideLines, t.toString());
        assertEquals(main.length + 1, bodyLines.size(), t.toString());
        assertEquals(List.of(main), bodyLines.subList(1, bodyLines.size()));
        // main column first, then the sidebar: never interleaved
        assertEquals(main.length + 1, t.indexOf("CONTACT"), t.toString());
        assertTrue(doc.warnings().contains(
                "Two-column layout detected on page 1: read the main column and the sidebar separately"), doc.warnings().toString());
    }

    @Test
    void pageFootersAndRunningHeadersAreDropped() throws IOException {
        List<List<Text>> pages = new ArrayList<>();
        for (int n = 1; n <= 2; n++) {
            List<Text> p = new ArrayList<>();
            p.add(Text.of(50, 30, "Jane Doe - Curriculum Vitae"));
            p.add(Text.of(50, 100, n == 1 ? "EXPERIENCE" : "EDUCATION"));
            p.add(Text.of(50, 120, "Some text on page " + (n == 1 ? "one" : "two")));
            p.add(Text.of(260, 810, "Page " + n + " of 2"));
            pages.add(p);
        }
        CvDocument doc = READER.read("cv.pdf", pdf(pages));
        assertEquals(List.of("EXPERIENCE", "Some text on page one", "EDUCATION", "Some text on page two"), texts(doc));
        assertEquals(2, doc.pages());
        assertEquals(2, doc.lines().get(2).page());
    }

    @Test
    void letterSpacedHeadingIsClosedUp() throws IOException {
        List<Text> p = new ArrayList<>();
        String heading = "CONTACT";
        for (int i = 0; i < heading.length(); i++) {
            p.add(Text.of(50 + i * 14, 60, String.valueOf(heading.charAt(i))));
        }
        p.add(Text.of(50, 80, "jane@example.com"));
        CvDocument doc = READER.read("cv.pdf", pdf(List.of(p)));
        assertEquals("CONTACT", doc.lines().get(0).text());
        assertTrue(doc.lines().get(0).heading());
    }

    @Test
    void pdfWithoutTextHasNoText() throws IOException {
        CvReadException e = org.junit.jupiter.api.Assertions.assertThrows(CvReadException.class,
                () -> READER.read("scan.pdf", pdf(List.of(List.of()))));
        assertEquals(CvReadException.Reason.NO_TEXT, e.reason());
        assertEquals("scan.pdf has no text layer (image-only); OCR is not supported: export the CV from Word or"
                + " Google Docs as PDF, or use the DOCX", e.getMessage());
    }

    @Test
    void pdfNamedDocxIsReadAsPdfWithAWarning() throws IOException {
        CvDocument doc = READER.read("cv.docx", pdf(List.of(List.of(Text.of(50, 50, "Jane Doe")))));
        assertEquals(DocumentFormat.PDF, doc.format());
        assertTrue(doc.warnings().contains("cv.docx is really a PDF; read it as PDF"), doc.warnings().toString());
    }

    @Test
    void pdfOverThePageLimitIsTooLarge() throws IOException {
        List<List<Text>> pages = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            pages.add(List.of(Text.of(50, 50, "page")));
        }
        CvReadException e = org.junit.jupiter.api.Assertions.assertThrows(CvReadException.class,
                () -> new CvReader(CvReader.DEFAULT_MAX_BYTES, 2).read("long.pdf", pdf(pages)));
        assertEquals(CvReadException.Reason.TOO_LARGE, e.reason());
    }
}

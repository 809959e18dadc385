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

    /** Something drawn on a test page. */
    private sealed interface Drawn permits Text, Mark {
    }

    /** A text at a position; y from the top of an A4 page. */
    private record Text(float x, float y, String text, boolean bold, float size) implements Drawn {
        static Text of(float x, float y, String text) {
            return new Text(x, y, text, false, 10);
        }

        static Text bold(float x, float y, String text) {
            return new Text(x, y, text, true, 12);
        }
    }

    /** How a drawn bullet is painted. */
    private enum Paint { DISC, SQUARE, IMAGE }

    /**
     * A bullet drawn, not typed, as web-built PDFs do: a 3 pt shape or image whose middle stands 3 pt above
     * the baseline {@code y} of 10 pt text.
     */
    private record Mark(float x, float y, Paint paint) implements Drawn {
        static Mark disc(float x, float y) {
            return new Mark(x, y, Paint.DISC);
        }
    }

    /** A drawn disc and its item's text 10 pt to the right. */
    private static List<Drawn> bullet(float x, float y, String text) {
        return List.of(Mark.disc(x, y), Text.of(x + 10, y, text));
    }

    private static byte[] pdf(List<? extends List<? extends Drawn>> pages) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (List<? extends Drawn> drawn : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                float h = page.getMediaBox().getHeight();
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    for (Drawn d : drawn) {
                        if (d instanceof Text t) {
                            cs.beginText();
                            cs.setFont(t.bold() ? BOLD : REGULAR, t.size());
                            cs.newLineAtOffset(t.x(), h - t.y());
                            cs.showText(t.text());
                            cs.endText();
                        } else if (d instanceof Mark m) {
                            draw(doc, cs, m.x(), h - m.y() + 1.5f, m.paint());
                        }
                    }
                }
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** A 3 pt bullet with its lower left corner at (x, y) in PDF coordinates. */
    private static void draw(PDDocument doc, PDPageContentStream cs, float x, float y, Paint paint) throws IOException {
        switch (paint) {
            case SQUARE -> {
                cs.addRect(x, y, 3, 3);
                cs.fill();
            }
            case DISC -> {
                float r = 1.5f;
                float k = 0.552f * r;
                float cx = x + r;
                float cy = y + r;
                cs.moveTo(cx + r, cy);
                cs.curveTo(cx + r, cy + k, cx + k, cy + r, cx, cy + r);
                cs.curveTo(cx - k, cy + r, cx - r, cy + k, cx - r, cy);
                cs.curveTo(cx - r, cy - k, cx - k, cy - r, cx, cy - r);
                cs.curveTo(cx + k, cy - r, cx + r, cy - k, cx + r, cy);
                cs.closePath();
                cs.fillAndStroke();
            }
            case IMAGE -> {
                java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(6, 6, java.awt.image.BufferedImage.TYPE_INT_RGB);
                cs.drawImage(org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory.createFromImage(doc, img), x, y, 3, 3);
            }
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
    void pdfWithoutTextOrImagesIsBlankNotImageOnly() throws IOException {
        CvReadException e = org.junit.jupiter.api.Assertions.assertThrows(CvReadException.class,
                () -> READER.read("blank.pdf", pdf(List.of(List.of()))));
        assertEquals(CvReadException.Reason.NO_TEXT, e.reason());
        assertEquals("blank.pdf has no text and no images: its pages are blank or damaged; check that it is the right"
                + " file, or export the CV to PDF again", e.getMessage());
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

    @Test
    void drawnBulletsAreOneLineEachWhateverDrawsThem() throws IOException {
        List<Drawn> p = new ArrayList<>();
        p.add(Text.bold(50, 100, "EXPERIENCE"));
        p.add(Text.of(50, 120, "PMO Analyst, Acme Ltd"));
        p.addAll(bullet(50, 134, "maintained the scheduling and event calendars for the programme board and its"));
        p.add(Text.of(60, 146, "four delivery teams"));
        p.addAll(bullet(50, 160, "managed the RAID log"));
        p.add(new Mark(50, 174, Paint.SQUARE));
        p.add(Text.of(60, 174, "Maintained scheduling and event calendars."));
        p.add(new Mark(50, 188, Paint.IMAGE));
        p.add(Text.of(60, 188, "ran weekly stand-ups"));
        CvDocument doc = READER.read("cv.pdf", pdf(List.of(p)));
        assertEquals(List.of("EXPERIENCE", "PMO Analyst, Acme Ltd",
                "maintained the scheduling and event calendars for the programme board and its four delivery teams",
                "managed the RAID log", "Maintained scheduling and event calendars.", "ran weekly stand-ups"), texts(doc));
        assertEquals(List.of(false, false, true, true, true, true), doc.lines().stream().map(CvLine::bullet).toList());
    }

    @Test
    void dotsAfterTextAreNotBullets() throws IOException {
        List<Drawn> p = new ArrayList<>();
        p.add(Text.of(50, 60, "jane@example.com"));
        p.add(Mark.disc(136, 60));  // a separator just after the address
        p.add(Text.of(143, 60, "London"));
        p.add(Text.of(50, 80, "Python"));
        for (int i = 0; i < 5; i++) {
            p.add(Mark.disc(90 + i * 5, 80));  // a skill rating
        }
        CvDocument doc = READER.read("cv.pdf", pdf(List.of(p)));
        assertEquals(List.of("jane@example.com London", "Python"), texts(doc));
        assertTrue(doc.lines().stream().noneMatch(CvLine::bullet), doc.lines().toString());
    }

    @Test
    void bulletSplitByAPageBreakKeepsItsContinuation() throws IOException {
        List<Drawn> one = new ArrayList<>();
        one.add(Text.of(50, 30, "Jane Doe - Curriculum Vitae"));
        one.add(Text.bold(50, 100, "EXPERIENCE"));
        one.addAll(bullet(50, 776, "Ran the monthly board pack"));
        one.addAll(bullet(50, 790, "Led the move of twelve projects to the new portfolio tool and trained the"));
        one.add(Text.of(260, 815, "Page 1 of 2"));
        List<Drawn> two = new ArrayList<>();
        two.add(Text.of(50, 30, "Jane Doe - Curriculum Vitae"));
        two.add(Text.of(60, 60, "project managers who use it"));
        two.addAll(bullet(50, 74, "Chaired the change board"));
        two.add(Text.of(260, 815, "Page 2 of 2"));
        CvDocument doc = READER.read("cv.pdf", pdf(List.of(one, two)));
        assertEquals(List.of("EXPERIENCE", "Ran the monthly board pack",
                "Led the move of twelve projects to the new portfolio tool and trained the project managers who use it",
                "Chaired the change board"), texts(doc));
        assertEquals(List.of(1, 1, 1, 2), doc.lines().stream().map(CvLine::page).toList());
    }

    @Test
    void twoColumnBulletListUnderOneColumnTextIsReadColumnByColumn() throws IOException {
        List<Drawn> p = new ArrayList<>();
        p.add(Text.bold(50, 60, "Jane Doe"));
        p.add(Text.of(50, 90, "Organised PMO analyst with eight years of portfolio reporting across health and public"));
        p.add(Text.bold(50, 120, "Skill Highlights"));
        p.addAll(bullet(62, 136, "Portfolio reporting"));
        p.addAll(bullet(62, 148, "RAID logs and"));
        p.add(Text.of(72, 160, "dependency tracking"));
        p.addAll(bullet(62, 172, "Stakeholder updates"));
        p.addAll(bullet(300, 148, "Power BI dashboards"));
        p.addAll(bullet(300, 160, "Resource planning"));
        p.addAll(bullet(300, 172, "benefits tracking"));
        p.add(Text.bold(50, 200, "Experience"));
        p.add(Text.of(50, 216, "PMO Analyst, Acme Ltd, 2019 to 2024"));
        CvDocument doc = READER.read("cv.pdf", pdf(List.of(p)));
        assertEquals(List.of("Jane Doe",
                "Organised PMO analyst with eight years of portfolio reporting across health and public",
                "Skill Highlights", "Portfolio reporting", "RAID logs and dependency tracking", "Stakeholder updates",
                "Power BI dashboards", "Resource planning", "benefits tracking", "Experience",
                "PMO Analyst, Acme Ltd, 2019 to 2024"), texts(doc));
        assertEquals(6, doc.lines().stream().filter(CvLine::bullet).count(), doc.lines().toString());
    }

    /** 10 pt text set flush right so that it ends at {@code x1}, as a right-hand column of cells is. */
    private static Text flushRight(float x1, float y, String text) {
        try {
            return Text.of(x1 - REGULAR.getStringWidth(text) / 1000f * 10, y, text);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void rightDateColumnStaysWithTheRoleLineNotItsFirstBullet() throws IOException {
        List<Drawn> p = new ArrayList<>();
        p.add(Text.bold(50, 60, "Jane Doe"));
        p.add(Text.bold(50, 100, "Experience"));
        p.add(Text.of(50, 120, "Nexus AI, PMO Lead"));
        p.add(flushRight(545, 120, "San Francisco, CA"));
        p.add(Text.of(52, 133, "\u2022"));
        p.add(Text.of(60, 133, "Built the portfolio office serving forty projects with 97% of milestones"));
        p.add(flushRight(545, 133, "June 2023 \u2013 present"));
        p.add(Text.of(60, 146, "met on time"));
        p.add(flushRight(545, 146, "2 years 10 months"));
        p.add(Text.of(52, 159, "\u2022"));
        p.add(Text.of(60, 159, "Ran the monthly portfolio board"));
        p.add(Text.of(50, 185, "Acme Ltd, PMO Analyst"));
        p.add(flushRight(545, 185, "Leeds, UK"));
        p.add(Text.of(52, 198, "\u2022"));
        p.add(Text.of(60, 198, "Kept the RAID log for twelve projects"));
        p.add(flushRight(545, 198, "May 2019 \u2013 May 2023"));
        CvDocument doc = READER.read("cv.pdf", pdf(List.of(p)));
        assertEquals(List.of("Jane Doe", "Experience",
                "Nexus AI, PMO Lead | San Francisco, CA | June 2023 \u2013 present | 2 years 10 months",
                "Built the portfolio office serving forty projects with 97% of milestones met on time",
                "Ran the monthly portfolio board",
                "Acme Ltd, PMO Analyst | Leeds, UK | May 2019 \u2013 May 2023",
                "Kept the RAID log for twelve projects"), texts(doc));
        assertEquals(3, doc.lines().stream().filter(CvLine::bullet).count(), doc.lines().toString());
    }

    @Test
    void dateRangeOverTwoLinesOfTheRightColumnReadsAsOneRange() throws IOException {
        List<Drawn> p = new ArrayList<>();
        p.add(Text.bold(50, 60, "Jane Doe"));
        p.add(Text.bold(50, 100, "Experience"));
        p.add(Text.of(50, 120, "Software Maestro"));
        p.add(flushRight(545, 120, "Jul. 2012 \u2013"));
        p.add(Text.of(50, 133, "PMO Trainee"));
        p.add(flushRight(545, 133, "Jun. 2013"));
        p.add(Text.of(52, 146, "\u2022"));
        p.add(Text.of(60, 146, "Kept the plan and the RAID log"));
        p.add(Text.of(50, 172, "ShiftOne Corp., Project Coordinator"));
        p.add(flushRight(545, 172, "Dec. 2011"));
        p.add(flushRight(545, 185, "Feb. 2012"));
        p.add(Text.of(52, 198, "\u2022"));
        p.add(Text.of(60, 198, "Booked the project boards"));
        CvDocument doc = READER.read("cv.pdf", pdf(List.of(p)));
        assertEquals(List.of("Jane Doe", "Experience", "Software Maestro | Jul. 2012 \u2013 Jun. 2013", "PMO Trainee",
                "Kept the plan and the RAID log", "ShiftOne Corp., Project Coordinator | Dec. 2011 \u2013 Feb. 2012",
                "Booked the project boards"), texts(doc));
    }

    @Test
    void labelColumnBelowOneColumnTextIsReadLabelBeforeContent() throws IOException {
        List<Drawn> p = new ArrayList<>();
        p.add(Text.bold(50, 50, "Curriculum Vitae"));
        p.add(Text.of(50, 75, "Organised PMO analyst with eight years of portfolio reporting across health and the public sector"));
        String[] labels = {"PERSONAL INFORMATION", "JOB APPLIED FOR", "WORK EXPERIENCE", "EDUCATION AND TRAINING",
                "PERSONAL SKILLS", "Mother tongue(s)", "Other language(s)", "Computer skills"};
        for (int i = 0; i < labels.length; i++) {
            p.add(flushRight(160, 110 + i * 40, labels[i]));
        }
        p.add(Text.of(175, 110, "Sofia Emmanouilidi"));
        p.add(Text.of(175, 190, "PMO Analyst, Acme Ltd, 2019 to 2024"));
        p.add(Text.of(175, 203, "Ran monthly portfolio reporting for twelve projects"));
        p.add(Text.of(175, 310, "Greek"));
        p.add(Text.of(175, 390, "Excel, Power BI, MS Project"));
        CvDocument doc = READER.read("cv.pdf", pdf(List.of(p)));
        List<String> t = texts(doc);
        assertEquals(List.of("Curriculum Vitae",
                "Organised PMO analyst with eight years of portfolio reporting across health and the public sector",
                "PERSONAL INFORMATION", "Sofia Emmanouilidi", "JOB APPLIED FOR", "WORK EXPERIENCE",
                "PMO Analyst, Acme Ltd, 2019 to 2024", "Ran monthly portfolio reporting for twelve projects",
                "EDUCATION AND TRAINING", "PERSONAL SKILLS", "Mother tongue(s)", "Greek", "Other language(s)",
                "Computer skills", "Excel, Power BI, MS Project"), t);
        assertTrue(doc.lines().stream().allMatch(l -> l.origin() == LineOrigin.BODY), doc.lines().toString());
        assertTrue(doc.warnings().stream().noneMatch(w -> w.startsWith("Two-column layout")), doc.warnings().toString());
    }
}

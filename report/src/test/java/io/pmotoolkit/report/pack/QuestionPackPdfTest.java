package io.pmotoolkit.report.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pmotoolkit.interview.Fixtures;
import io.pmotoolkit.interview.PackQuestion;
import io.pmotoolkit.interview.QuestionPack;
import io.pmotoolkit.interview.QuestionType;
import io.pmotoolkit.interview.Reason;
import io.pmotoolkit.interview.Star;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Renders question packs and reads the PDF back with PDFBox. */
class QuestionPackPdfTest {

    private static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);
    private static final QuestionPackPdf PDF = new QuestionPackPdf(TODAY);

    private static QuestionPack cvPack;
    private static Rendered cvPdf;

    /** A rendered pack: the page count render returned, the text of each page (index 0 is page 1), the bytes. */
    record Rendered(int pages, List<String> pageTexts, String title, String author, byte[] bytes) {
        String text() {
            return String.join("", pageTexts);
        }

        String flat() {
            return text().replaceAll("\\s+", " ");
        }

        String page(int n) {
            return pageTexts.get(n - 1);
        }

        /** The page on which question n starts, from its heading band. */
        int pageOfQuestion(int n, int of) {
            for (int p = 1; p <= pages; p++) {
                if (page(p).contains("QUESTION " + n + " OF " + of)) {
                    return p;
                }
            }
            throw new AssertionError("no page holds question " + n);
        }
    }

    static Rendered render(QuestionPack pack) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int pages = PDF.render(pack, out);
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            io.pmotoolkit.report.PdfChecks.assertPagesAndEmbeddedFonts(pdf, pages);
            List<String> texts = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int p = 1; p <= pages; p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                texts.add(stripper.getText(pdf));
            }
            return new Rendered(pages, texts, pdf.getDocumentInformation().getTitle(),
                    pdf.getDocumentInformation().getAuthor(), out.toByteArray());
        }
    }

    @BeforeAll
    static void renderCvPack() throws Exception {
        cvPack = Fixtures.BUILDER.build(Fixtures.role("pmo-manager"), Fixtures.projectManagerCv(), 12, 7);
        cvPdf = render(cvPack);
    }

    @Test
    void coverNamesTheCandidateRoleDateAndHowThePackWasBuilt() {
        String cover = cvPdf.page(1);
        for (String s : new String[] {"Interview practice pack", "Sam Rivers", "PMO Manager / PMO Lead",
            "23 November 2026", "How this pack was built", "Gaps first", "Your own CV", "Core questions",
            "The questions"}) {
            assertTrue(cover.contains(s), () -> s + " missing from the cover:\n" + cover);
        }
        assertEquals("Interview practice pack: Sam Rivers for PMO Manager / PMO Lead", cvPdf.title());
        assertEquals("PMO Toolkit", cvPdf.author());
    }

    @Test
    void theStarPrimerTakesExactlyThePageAfterTheCover() {
        String primer = cvPdf.page(2);
        for (String s : new String[] {"Answering with STAR", "Situation", "Task", "Action", "Result",
            "Timing: about two minutes", "not \u201cwe\u201d", "How to use this pack"}) {
            assertTrue(primer.contains(s), () -> s + " missing from page 2:\n" + primer);
        }
        assertEquals(3, cvPdf.pageOfQuestion(1, 12), "question 1 starts on page 3");
    }

    @Test
    void everyQuestionWithItsGuidanceIsInThePdf() {
        String flat = cvPdf.flat();
        for (PackQuestion q : cvPack.questions()) {
            for (String s : new String[] {q.text(), q.why(), q.star().action(), q.followUps().get(0),
                q.pitfalls().get(0)}) {
                assertTrue(flat.contains(s.replaceAll("\\s+", " ")), () -> "missing: " + s);
            }
            if (q.advice() != null) {
                assertTrue(flat.contains(q.advice().replaceAll("\\s+", " ")), () -> "advice missing: " + q.advice());
            }
        }
    }

    @Test
    void cvQuestionsQuoteTheirLine() {
        List<PackQuestion> fromCv = cvPack.questions().stream().filter(q -> q.reason() == Reason.CV_EVIDENCE).toList();
        assertFalse(fromCv.isEmpty());
        for (PackQuestion q : fromCv) {
            String quote = "Line " + q.cvLine() + " of your CV: \u201c" + q.cvEvidence() + "\u201d";
            assertTrue(cvPdf.flat().contains(quote), () -> "missing: " + quote);
        }
    }

    @Test
    void everyQuestionPageHasNotesUnderStarAndTheCoverGivesItsPage() {
        int n = cvPack.questions().size();
        String cover = cvPdf.page(1);
        for (int i = 1; i <= n; i++) {
            int page = cvPdf.pageOfQuestion(i, n);
            String text = cvPdf.page(page);
            assertTrue(text.contains("Your notes"), () -> "no notes on page " + page);
            String reason = switch (cvPack.questions().get(i - 1).reason()) {
                case GAP -> "Gap";
                case JOB_AD -> "The advert";
                case CV_EVIDENCE -> "Your CV";
                case CORE -> "Core";
            };
            // PDFBox gives a row cell by cell: from the number and the first words to the next row's.
            int start = cover.indexOf("\n" + i + " " + firstWords(i));
            int end = i < n ? cover.indexOf("\n" + (i + 1) + " " + firstWords(i + 1), start) : cover.length();
            int q = i;
            assertTrue(start >= 0 && end > start, () -> "cover row of question " + q + " missing:\n" + cover);
            String cells = cover.substring(start, end);
            // The page is the last cell of the row, just after the reason.
            assertTrue(cells.matches("(?s).*\\s" + reason + " " + page + "(\\s.*)?"),
                    () -> "cover row of question " + q + " should give " + reason + " and page " + page + ":\n"
                            + cells);
        }
    }

    private static String firstWords(int question) {
        String[] words = cvPack.questions().get(question - 1).text().split(" ");
        return words[0] + " " + words[1];
    }

    @Test
    void pageCountIsInASensibleRange() {
        int n = cvPack.questions().size();
        // A cover, the primer, then one question a page or two to a page.
        assertTrue(cvPdf.pages() >= 2 + (n + 1) / 2 && cvPdf.pages() <= 3 + n, "pages: " + cvPdf.pages());
        assertTrue(cvPdf.text().contains("Page 1 of " + cvPdf.pages()), cvPdf.page(1));
        assertTrue(cvPdf.page(cvPdf.pages()).contains("Page " + cvPdf.pages() + " of " + cvPdf.pages()));
    }

    @Test
    void poundAccentsDashesAndBulletsSurviveExtraction() throws Exception {
        QuestionPack p = cvPack;
        QuestionPack accented = new QuestionPack(p.schemaVersion(), p.role(), "Zoé Lefèvre", "Zoé Lefèvre – CV.pdf", p.seed(),
                p.questions(), p.versions());
        Rendered r = render(accented);
        for (String s : new String[] {"Zoé Lefèvre", "Zoé Lefèvre – CV.pdf", "£4.2m", "£310k", "–", "•", "\u201c"}) {
            assertTrue(r.text().contains(s), () -> s + " missing from:\n" + r.text());
        }
    }

    @Test
    void shortQuestionsShareAPageAndLongWordsWrap() throws Exception {
        String url = "https://www.example.org/pmo/templates/a-very-long-path/that-never-ends/raid-log-v12.xlsx";
        List<PackQuestion> qs = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            qs.add(PackQuestion.builder().id("q" + i).competency("governance-assurance").text("Short question " + i + "?")
                    .reason(Reason.CORE).star(new Star("S.", "T.", "A.", "R.")).followUps(List.of("Why?"))
                    .type(QuestionType.KNOWLEDGE).competencyName("Governance").why("A check.")
                    .pitfalls(List.of(i == 4 ? "Pasting " + url : "None.")).build());
        }
        QuestionPack p = new QuestionPack(1, cvPack.role(), null, null, 1, qs, cvPack.versions());
        Rendered r = render(p);
        assertEquals(4, r.pages(), "cover, primer and two pages of two questions");
        assertEquals(3, r.pageOfQuestion(2, 4));
        assertEquals(4, r.pageOfQuestion(3, 4));
        assertTrue(r.text().replaceAll("\\s+", "").contains(url), "the long address wraps instead of being clipped");
        assertTrue(r.page(1).contains("Not given: a pack for the role alone"), r.page(1));
        assertEquals("Interview practice pack: PMO Manager / PMO Lead", r.title());
    }

    @Test
    void aPackForTheRoleAloneRenders() throws Exception {
        QuestionPack p = Fixtures.BUILDER.build(Fixtures.role("head-of-pmo"), null, 30, 3);
        Rendered r = render(p);
        assertTrue(r.pages() >= 17 && r.pages() <= 33, "pages: " + r.pages());
        assertTrue(r.page(1).contains("the role alone"), r.page(1));
        assertEquals(3 + (r.page(2).contains("Answering with STAR") ? 0 : 1), r.pageOfQuestion(1, 30),
                "the cover of 30 questions may take two pages; the primer still takes one");
    }

    @Test
    void theSamePackAndDateGiveTheSameTextOnAnyThread() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Rendered>> runs = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                runs.add(pool.submit(() -> render(cvPack)));
            }
            for (Future<Rendered> f : runs) {
                assertEquals(cvPdf.text(), f.get().text());
            }
        } finally {
            pool.shutdown();
        }
    }
}

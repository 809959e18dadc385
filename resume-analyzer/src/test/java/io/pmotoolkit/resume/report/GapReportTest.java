package io.pmotoolkit.resume.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pmotoolkit.core.model.SkillsModel;
import io.pmotoolkit.core.model.SkillsModelLoader;
import io.pmotoolkit.core.result.CvAnalysis;
import io.pmotoolkit.resume.analysis.ResumeAnalyzer;
import io.pmotoolkit.resume.read.CvReader;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Renders real analyses and reads the PDF back with PDFBox. */
class GapReportTest {

    private static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);
    private static final SkillsModel MODEL = SkillsModelLoader.builtIn();
    private static final ResumeAnalyzer ANALYZER = new ResumeAnalyzer(MODEL, "test", TODAY);
    private static final GapReport REPORT = new GapReport(MODEL, GapAdvice.builtIn(), TODAY);

    private static CvAnalysis amelia;
    private static Rendered ameliaPdf;

    record Rendered(int pages, String text, byte[] bytes) {
    }

    private static Path sample(String name) {
        return Path.of(System.getProperty("pmo.samples.dir", "../samples")).resolve(name);
    }

    private static Rendered render(CvAnalysis analysis) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int pages = REPORT.render(analysis, out);
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            assertEquals(pdf.getNumberOfPages(), pages, "page count returned by render");
            for (PDPage page : pdf.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertTrue(font.isEmbedded(), () -> font.getName() + " is not embedded");
                }
            }
            return new Rendered(pages, new PDFTextStripper().getText(pdf), out.toByteArray());
        }
    }

    @BeforeAll
    static void renderAmelia() throws Exception {
        amelia = ANALYZER.analyze(sample("amelia-hart-project-manager.pdf"), "pmo-manager");
        ameliaPdf = render(amelia);
    }

    @Test
    void holdsEverySectionTitle() {
        for (String title : new String[] {"CV gap report", "Overall score", "Your three strongest points",
            "Your three biggest gaps", "Competency coverage", "PMO terms found and missing",
            "Missing essential terms", "Top gaps and how to close them", "Achievement review", "Your route in",
            "CV checks and how the file was read", "Reproduce this report"}) {
            assertTrue(ameliaPdf.text().contains(title), () -> title + " missing from:\n" + ameliaPdf.text());
        }
    }

    @Test
    void namesTheCandidateRoleDateAndScore() {
        String t = ameliaPdf.text();
        assertTrue(t.contains("Amelia Hart"), t);
        assertTrue(t.contains("PMO Manager / PMO Lead"), t);
        assertTrue(t.contains("23 November 2026"), t);
        assertTrue(t.contains(String.valueOf(amelia.score().overall())), t);
    }

    @Test
    void listsEveryMissingEssentialTerm() {
        String flat = ameliaPdf.text().replaceAll("\\s+", " ");
        amelia.keywords().missing().stream().filter(m -> m.importance().equals("essential"))
                .forEach(m -> assertTrue(flat.contains(m.term()), () -> m.term() + " missing from the report"));
    }

    @Test
    void showsTheRewriteSuggestionsAndTheRouteIn() {
        String flat = ameliaPdf.text().replaceAll("\\s+", " ");
        long withSuggestion = amelia.lines().stream().filter(l -> l.suggestion() != null).count();
        assertTrue(withSuggestion > 0);
        amelia.lines().stream().filter(l -> l.suggestion() != null).findFirst().ifPresent(l -> {
            String start = l.suggestion().replaceAll("\\s+", " ").substring(0, 40);
            assertTrue(flat.contains(start), () -> "rewrite '" + start + "' missing");
        });
        assertTrue(flat.contains("project manager route into PMO"), flat);
        assertTrue(flat.contains("What carries over"), flat);
        assertTrue(flat.contains("P3O"), "the qualification for level 3");
    }

    @Test
    void someoneAtOrAboveTheTargetIsToldSoAndGetsNoEntryLevelSteps() throws Exception {
        String flat = render(ANALYZER.analyze(sample("sofia-martinez-pmo-analyst.pdf"), "pmo-administrator")).text()
                .replaceAll("\\s+", " ");
        assertTrue(flat.contains("Level now"), flat);
        assertTrue(flat.contains("Senior PMO Analyst, Mar 2021 – present"), "the deciding title is quoted");
        assertTrue(flat.contains("at or above the target's level"), flat);
        assertTrue(flat.contains("PMO Administrator / Project Support Officer is below the level your CV shows"), flat);
        assertFalse(flat.contains("Own the RAID log for a project"), "an entry-level step for an analyst");
        assertFalse(flat.contains("stepping stone"), flat);
    }

    @Test
    void showsWhatAnApplicantTrackingSystemWouldRead() {
        String flat = ameliaPdf.text().replaceAll("\\s+", " ");
        assertTrue(flat.contains("What an applicant tracking system would read"), flat);
        for (var role : amelia.experience()) {
            assertTrue(flat.contains(role.title()), () -> role.title() + " missing from the report");
            assertTrue(flat.contains(role.dates()), () -> role.dates() + " missing from the report");
        }
        assertTrue(flat.contains(amelia.candidate().contact().email()), flat);
        assertFalse(amelia.experience().isEmpty(), "the sample's roles are read");
    }

    @Test
    void pageCountIsInASensibleRange() {
        assertTrue(ameliaPdf.pages() >= 3 && ameliaPdf.pages() <= 8, "pages: " + ameliaPdf.pages());
        assertTrue(ameliaPdf.text().contains("Page 1 of " + ameliaPdf.pages()), ameliaPdf.text());
    }

    @Test
    void poundEuroAccentsAndBulletsSurviveExtraction() throws Exception {
        String cv = """
                Zoé Lefèvre
                zoe.lefevre@example.org | 07700 900123

                Experience
                Project Coordinator, Acme Ltd, March 2021 – Present
                • Kept the RAID log for a €300k programme and cut overdue actions by 40%.
                • Responsible for the project plan and weekly status reports.
                • Tracked a £1.2m budget with monthly forecasts.

                Education
                BA Business Management, University of Leeds, 2020

                Skills
                Microsoft Excel, SharePoint, stakeholder management
                """;
        CvAnalysis a = ANALYZER.analyze(new CvReader().read("zoe.txt", cv.getBytes(StandardCharsets.UTF_8)),
                MODEL.expectRole("pmo-administrator"));
        String text = render(a).text();
        for (String s : new String[] {"£1.2m", "€300k", "Zoé Lefèvre", "•", "–"}) {
            assertTrue(text.contains(s), () -> s + " missing from:\n" + text);
        }
    }

    @Test
    void sameAnalysisAndDateGiveTheSameText() throws Exception {
        assertEquals(ameliaPdf.text(), render(amelia).text());
        assertFalse(ameliaPdf.text().isBlank());
    }
}

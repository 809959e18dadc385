package io.pmotoolkit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pmotoolkit.core.model.SkillsModel;
import io.pmotoolkit.core.model.SkillsModelLoader;
import io.pmotoolkit.core.result.CvAnalysis;
import io.pmotoolkit.resume.analysis.ResumeAnalyzer;
import io.pmotoolkit.resume.read.CvReader;
import io.pmotoolkit.resume.report.GapAdvice;
import io.pmotoolkit.resume.report.GapRanking;
import io.pmotoolkit.resume.report.RewriteGroups;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
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
            PdfChecks.assertPagesAndEmbeddedFonts(pdf, pages);
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
            "Missing essential terms", "Missing desirable terms worth adding", "Top gaps and how to close them",
            "Achievement review", "rewrites that gain the most", "Every line that needs work, by kind of advice",
            "Your route in",
            "CV checks and how the file was read", "Reproduce this report"}) {
            assertTrue(ameliaPdf.text().contains(title), () -> title + " missing from:\n" + ameliaPdf.text());
        }
    }

    @Test
    void withAnAdvertTheMatchRateComesFirstAndItsTermsAreTabled() throws Exception {
        var ad = ANALYZER.jobAdParser().parse(new CvReader().read(sample("job-ads/pmo-analyst-fintech.md")));
        CvAnalysis a = ANALYZER.analyze(new CvReader().read(sample("sofia-martinez-pmo-analyst.pdf")), ad.role(), ad);
        var match = a.jobAd().match();
        Rendered pdf = render(a);
        String flat = pdf.text().replaceAll("\\s+", " ");
        try (PDDocument doc = Loader.loadPDF(pdf.bytes())) {
            PDFTextStripper first = new PDFTextStripper();
            first.setEndPage(1);
            String page1 = first.getText(doc).replaceAll("\\s+", " ");
            assertTrue(page1.contains("Advert match") && page1.contains(match.headline() + " against \u201cPMO Analyst"),
                    "the match rate is on the first page, beside the role score: " + page1);
        }
        assertTrue(flat.contains("Term the advert names Kind Need Advert CV Evidence"), flat);
        assertTrue(flat.contains("Power BI tool must"), flat);
        assertTrue(flat.contains("Years: 3+ years asked (required); about 10 years in dated roles: met"), flat);
        assertTrue(flat.contains(match.title().sentence()), flat);
    }

    @Test
    void namesTheCandidateRoleDateAndScore() {
        String t = ameliaPdf.text();
        assertTrue(t.contains("Amelia Hart"), t);
        assertTrue(t.contains("PMO Manager / PMO Lead"), t);
        assertTrue(t.contains("23 November 2026"), t);
        assertTrue(t.contains(String.valueOf(amelia.score().overall())), t);
    }

    /** The ladder is the model's roles: "level 3 of 4" built in, and a fifth role works everywhere. */
    @Test
    void theTargetLevelIsOfTheModelsLadderAndAFifthLevelGetsTheNearestAdvice() throws Exception {
        assertTrue(ameliaPdf.text().replaceAll("\\s+", " ").contains("(level 3 of 4)"), ameliaPdf.text());
        SkillsModel five = SkillsModelLoader.parse("five.yaml", "version: \"5\"\nroles:\n"
                + "  - {id: portfolio-director, title: Portfolio Director, level: 5, titles: [Portfolio Director],\n"
                + "     competencies: {business-strategy: 5, portfolio-benefits: 5, governance-assurance: 4}}\n", MODEL);
        CvAnalysis a = new ResumeAnalyzer(five, "test", TODAY).analyze(sample("amelia-hart-project-manager.pdf"),
                "portfolio-director");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new GapReport(five, GapAdvice.builtIn(), TODAY).render(a, out);
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            String flat = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertTrue(flat.contains("Portfolio Director (level 5 of 5)"), flat);
        }
    }

    @Test
    void listsEveryMissingEssentialTerm() {
        String flat = ameliaPdf.text().replaceAll("\\s+", " ");
        amelia.keywords().missing().stream().filter(m -> m.importance().equals("essential"))
                .forEach(m -> assertTrue(flat.contains(m.term()), () -> m.term() + " missing from the report"));
    }

    @Test
    void suggestsTheNextCredentialOfAKindNotHeldAndNothingHeldOrBelow() {
        String flat = ameliaPdf.text().replaceAll("\\s+", " ");
        assertTrue(flat.contains("Next credential: Take P3O (or PMO-CP), a PMO credential"), flat);
        assertTrue(flat.contains("Held: PRINCE2 Practitioner, AgilePM, M_o_R."), flat);
        assertFalse(flat.contains("PMP if you have no project-level credential"), "the level's sentence instead");
        assertFalse(flat.contains("Take PMP"), flat);
    }

    @Test
    void theRouteInDoesNotSuggestACredentialOfAKindHeld() throws Exception {
        CvAnalysis david = ANALYZER.analyze(sample("david-okafor-business-analyst.pdf"), "pmo-analyst");
        assertEquals("business-analyst", david.candidate().background().id());
        assertTrue(david.keywords().found().stream().anyMatch(f -> f.term().equals("APM PFQ")));
        String flat = render(david).text().replaceAll("\\s+", " ");
        assertTrue(flat.contains("What to build: your roadmap"), flat);
        assertFalse(flat.contains("such as PRINCE2 Foundation, APM PFQ or CAPM"), "told to take what the CV holds");
        assertFalse(flat.contains("Take PRINCE2 Foundation"), flat);
    }

    @Test
    void showsTheStrongestRewritesInFullAndTheRouteIn() {
        String flat = ameliaPdf.text().replaceAll("\\s+", "");
        List<RewriteGroups.Entry> strongest = RewriteGroups.strongest(amelia, GapReport.STRONGEST_REWRITES);
        assertEquals(GapReport.STRONGEST_REWRITES, strongest.size(), "Amelia has more lines to rewrite than are shown");
        for (RewriteGroups.Entry e : strongest) {
            String rewrite = e.line().suggestion().replaceAll("\\s+", "");
            assertTrue(flat.contains(rewrite), () -> "rewrite not shown in full: " + e.line().suggestion());
        }
        assertEquals(GapReport.STRONGEST_REWRITES, ameliaPdf.text().chars().filter(ch -> ch == '→').count(),
                "one arrow per rewrite shown");
        assertTrue(ameliaPdf.text().contains("--format markdown"), "says where every rewrite is");
        flat = ameliaPdf.text().replaceAll("\\s+", " ");
        assertTrue(flat.contains("project manager route into PMO"), flat);
        assertTrue(flat.contains("What carries over"), flat);
        assertTrue(flat.contains("P3O"), "the qualification for level 3");
    }

    @Test
    void aLearnLineNamingACredentialHeldSaysItIsHeld() throws Exception {
        // The PMO analyst sample holds P3O Foundation; the governance gap's advice names P3O.
        String flat = render(ANALYZER.analyze(sample("sofia-martinez-pmo-analyst.pdf"), "pmo-manager")).text()
                .replaceAll("\\s+", " ");
        assertTrue(flat.contains("You hold P3O already"), flat);
        assertFalse(flat.contains("You hold MSP"), "MSP is not held");
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
    void namesTheChecksAsTheirOwnersSpellThem() {
        assertTrue(ameliaPdf.text().contains("LinkedIn"), ameliaPdf.text());
        assertFalse(ameliaPdf.text().contains("Linkedin"), ameliaPdf.text());
    }

    @Test
    void labelsEveryCoverageBarWithWhatItMeasures() {
        String flat = ameliaPdf.text().replaceAll("\\s+", " ");
        assertTrue(flat.contains("Coverage (essential × 3)"), flat);
        assertTrue(flat.contains("(essential found × 3 + desirable found) ÷ (essential × 3 + desirable)"), flat);
        for (var cc : amelia.competencies()) {
            String counts = GapReport.termCounts(amelia, cc);
            assertTrue(flat.contains(counts), () -> cc.name() + ": '" + counts + "' missing");
            assertTrue(counts.matches("\\d+ of \\d+ (essential|desirable)(, \\d+ of \\d+ desirable)?"), counts);
        }
    }

    @Test
    void namesFewDesirableTermsAllOfTheRoleAndNoCredentials() {
        var desirable = GapRanking.desirableToShow(amelia, MODEL, GapRanking.Focus.NONE);
        int total = desirable.values().stream().mapToInt(List::size).sum();
        assertTrue(total > 0 && total <= GapRanking.DESIRABLE_LIMIT, desirable::toString);
        desirable.forEach((competency, terms) -> {
            assertFalse(GapRanking.isCredential(competency), competency);
            assertTrue(terms.size() <= GapRanking.DESIRABLE_PER_COMPETENCY, terms::toString);
            for (String t : terms) {
                assertEquals(io.pmotoolkit.core.model.Importance.DESIRABLE,
                        MODEL.findKeyword(t).flatMap(k -> k.importanceFor("pmo-manager")).orElse(null), t);
            }
        });
        String flat = ameliaPdf.text().replaceAll("\\s+", " ");
        long allDesirable = amelia.keywords().missing().stream().filter(m -> m.importance().equals("desirable")).count();
        assertTrue(flat.contains("Missing desirable terms worth adding (" + total + " of " + allDesirable + ")"), flat);
    }

    @Test
    void desirableTermsOfACompetencyToGrowIntoComeFirst() {
        var none = List.copyOf(GapRanking.desirableToShow(amelia, MODEL, GapRanking.Focus.NONE).keySet());
        assertTrue(none.size() >= 2, none::toString);
        String last = none.get(none.size() - 1);
        // A candidate whose current level weighs every competency as the target does, except the last one.
        java.util.Map<String, Integer> current = new java.util.HashMap<>(MODEL.expectRole("pmo-manager").competencies());
        current.put(last, 0);
        var grown = List.copyOf(GapRanking.desirableToShow(amelia, MODEL, new GapRanking.Focus(current)).keySet());
        assertEquals(last, grown.get(0), () -> none + " → " + grown);
    }

    @Test
    void aLongCvGivesAShortReportWithShortQuotes() throws Exception {
        StringBuilder cv = new StringBuilder("Jordan Reyes\njordan.reyes@example.org | 07700 900789\n\nProfile\n");
        cv.append("Project manager with a broad repertoire of skills in planning, estimating and reporting. ".repeat(12))
                .append("\n\nExperience\n");
        String[] duties = {"Responsible for the weekly status report for the programme board",
            "Coordinated site deliveries with subcontractors and suppliers", "Managed the RAID log and the risk register",
            "Prepared the monthly budget forecast for the finance team", "Attended project board meetings and took minutes",
            "Organised training sessions on the new scheduling tool"};
        for (int role = 0; role < 12; role++) {
            cv.append("Project Manager, Firm ").append(role).append(" Ltd, January ").append(2024 - 2 * role)
                    .append(" – December ").append(2025 - 2 * role).append('\n');
            for (int d = 0; d < 12; d++) {
                cv.append("• ").append(duties[d % duties.length]).append(" for site ").append(role * 12 + d).append(".\n");
            }
            cv.append('\n');
        }
        cv.append("Education\nBSc Civil Engineering, University of Leeds, 2003\n");
        CvAnalysis a = ANALYZER.analyze(new CvReader().read("jordan.txt", cv.toString().getBytes(StandardCharsets.UTF_8)),
                MODEL.expectRole("pmo-analyst"));
        assertTrue(a.lines().size() > 100, "lines: " + a.lines().size());
        Rendered r = render(a);
        assertTrue(r.pages() <= ReportCorpusTest.MAX_PAGES, "pages: " + r.pages());
        assertTrue(ReportReading.longCurlyQuotes(r.text()).isEmpty(), () -> ReportReading.longCurlyQuotes(r.text()).toString());
        List<String> texts = new java.util.ArrayList<>(a.lines().stream().map(l -> l.text()).toList());
        if (a.candidate().background() != null) {
            texts.add(a.candidate().background().evidence());
        }
        assertTrue(ReportReading.longPassages(r.text(), a, texts).isEmpty(),
                () -> ReportReading.longPassages(r.text(), a, texts).toString());
        assertFalse(r.text().contains("Engineering degree"), "no degree listed as a missing term");
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
                • Responsible for the RAID log of a €300k programme.
                • Responsible for the project plan and weekly status reports.
                • Responsible for tracking a £1.2m budget with monthly forecasts.

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

package io.pmotoolkit.resume.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pmotoolkit.core.model.SkillsModel;
import io.pmotoolkit.core.model.SkillsModelLoader;
import io.pmotoolkit.core.result.AdvertMatch;
import io.pmotoolkit.core.result.CvAnalysis;
import io.pmotoolkit.resume.analysis.ResumeAnalyzer;
import io.pmotoolkit.resume.jobad.JobAd;
import io.pmotoolkit.resume.read.CvReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AdvertMatcherTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T12:00:00Z"), ZoneOffset.UTC);
    private static final SkillsModel MODEL = SkillsModelLoader.builtIn();
    private static final ResumeAnalyzer ANALYZER = new ResumeAnalyzer(MODEL, "test", CLOCK);
    private static final Path SAMPLES = Path.of("../samples");

    private static final String CV = """
            Jordan Blake
            jordan.blake@example.com

            Experience
            Project Coordinator, Acme Ltd, Jan 2023 - Present
            - Kept the RAID log and the project plan for six projects and cut late actions by 30%.
            - Built the weekly status report in Microsoft Excel for the programme board.
            Administrator, Borough Council, Jan 2021 - Dec 2022
            - Organised steering committee meetings and took the minutes.

            Education
            BSc Business Management, University of Leeds, 2020

            Certifications
            PRINCE2 Foundation (2022)
            """;

    private static JobAd ad(String text) throws Exception {
        return ANALYZER.jobAdParser().parse(new CvReader().read("ad.md", text.getBytes(StandardCharsets.UTF_8)));
    }

    private static AdvertMatch match(String cv, String advert) throws Exception {
        JobAd ad = ad(advert);
        CvAnalysis a = ANALYZER.analyze(new CvReader().read("cv.txt", cv.getBytes(StandardCharsets.UTF_8)), ad.role(), ad);
        assertNotNull(a.jobAd().match(), "the analysis against an advert carries its match");
        return a.jobAd().match();
    }

    private static AdvertMatch matchSample(String cv, String advert) throws Exception {
        JobAd ad = ANALYZER.jobAdParser().parse(new CvReader().read(SAMPLES.resolve("job-ads").resolve(advert)));
        return ANALYZER.analyze(new CvReader().read(SAMPLES.resolve(cv)), ad.role(), ad).jobAd().match();
    }

    private static AdvertMatch.Ask ask(AdvertMatch m, String kind) {
        return m.asks().stream().filter(a -> a.kind().equals(kind)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " ask in " + m.asks()));
    }

    private static AdvertMatch.Term term(AdvertMatch m, String term) {
        return m.terms().stream().filter(t -> t.term().equals(term)).findFirst()
                .orElseThrow(() -> new AssertionError(term + " not in " + m.terms()));
    }

    @Test
    void eachSampleCvRanksTheAdvertOfItsOwnLevelFirst() throws Exception {
        // read as a recruiter would: the head of PMO fits the head of PMO advert, the analyst the analyst advert
        assertTrue(matchSample("james-whitaker-head-of-pmo.pdf", "head-of-pmo-housing-group.md").rate()
                > matchSample("james-whitaker-head-of-pmo.pdf", "pmo-analyst-fintech.md").rate());
        assertTrue(matchSample("sofia-martinez-pmo-analyst.pdf", "pmo-analyst-fintech.md").rate()
                > matchSample("sofia-martinez-pmo-analyst.pdf", "head-of-pmo-housing-group.md").rate());
        assertTrue(matchSample("chloe-dubois-project-support-officer.pdf", "pmo-administrator-city-council.txt").rate()
                > matchSample("chloe-dubois-project-support-officer.pdf", "head-of-pmo-housing-group.md").rate());
        assertTrue(matchSample("marcus-lee-software-engineer.pdf", "pmo-analyst-fintech.md").rate() < 20,
                "a software engineer's CV does not fit a PMO analyst advert");
    }

    @Test
    void aMissingMustHaveCapsTheRate() throws Exception {
        String advert = "# PMO Analyst\n\n## Essential\n- PMP certification is mandatory.\n- RAID log and project plan.\n"
                + "- Status reporting in Microsoft Excel.\n- Steering committee support.\n";
        AdvertMatch m = match(CV, advert);
        assertTrue(m.mustHaves().stream().anyMatch(h -> h.contains("PMP")), m.mustHaves()::toString);
        assertNotNull(m.cap());
        assertTrue(m.rate() <= AdvertMatcher.CAP, m::toString);
        assertTrue(m.capNote().contains("PMP"), m.capNote());
    }

    @Test
    void aSoftSkillIsNeverAMustHaveAndATermWithinALongerOneIsShownByIt() throws Exception {
        String cv = CV.replace("- Organised steering committee meetings and took the minutes.",
                "- Led executive stakeholder engagement for the board and cut escalations by 20%.");
        AdvertMatch m = match(cv, "# PMO Analyst\n\n## Essential\n"
                + "- Strong executive stakeholder engagement and influencing skills.\n- RAID log.\n");
        assertTrue(m.terms().stream().filter(t -> t.kind().equals("soft skill")).noneMatch(AdvertMatch.Term::mustHave),
                m.terms()::toString);
        // "stakeholder engagement" within "executive stakeholder engagement": shown by it, directly or through it
        m.terms().stream().filter(t -> t.term().equals("Stakeholder management")).findFirst()
                .ifPresent(t -> assertTrue(t.credit() > 0, t::toString));
        assertTrue(m.mustHaves().isEmpty(), m.mustHaves()::toString);
    }

    @Test
    void aTermEvidencedInExperienceCountsMoreThanOneOnlyListed() throws Exception {
        String advert = "# PMO Analyst\n\n## Requirements\n- RAID log.\n- Stakeholder management.\n";
        String listed = CV + "\nSkills\nStakeholder management\n";
        AdvertMatch m = match(listed, advert);
        AdvertMatch.Term raid = term(m, "RAID log");
        AdvertMatch.Term stakeholders = term(m, "Stakeholder management");
        assertEquals("achievement", raid.evidenceLabel());
        assertEquals("listed", stakeholders.evidenceLabel());
        assertTrue(raid.credit() > stakeholders.credit(), m.terms()::toString);
        assertEquals(1, stakeholders.inCv());
        assertEquals(1, raid.inAdvert());
    }

    @Test
    void requiredTermsWeighMoreThanPreferredOnes() throws Exception {
        // the same term missing costs more where it is required
        String required = "# PMO Analyst\n\n## Requirements\n- RAID log.\n- Risk appetite.\n\n## Nice to have\n"
                + "- Steering committee.\n";
        String preferred = "# PMO Analyst\n\n## Requirements\n- RAID log.\n- Steering committee.\n\n## Nice to have\n"
                + "- Risk appetite.\n";
        assertTrue(match(CV, required).uncapped() < match(CV, preferred).uncapped(),
                match(CV, required) + "\n" + match(CV, preferred));
    }

    static Stream<Arguments> years() {
        return Stream.of(
                Arguments.of("- Minimum 1 year of experience in an office role.", "years", "1+ year"),
                Arguments.of("- 5+ years of stakeholder management.", "skill-years", "5+ years of Stakeholder management"),
                Arguments.of("- At least three years' experience as a coordinator.", "years", "3+ years"),
                Arguments.of("- 2-4 years of risk management experience.", "skill-years", "2+ years of Risk management"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("years")
    void readsTheYearsAskedOverallAndPerSkill(String line, String kind, String asked) throws Exception {
        AdvertMatch m = match(CV, "# PMO Analyst\n\n## Requirements\n" + line + "\n- RAID log.\n");
        assertEquals(asked, ask(m, kind).asked(), m.asks()::toString);
    }

    @Test
    void comparesSkillYearsWithTheDatedRolesThatNameTheSkill() throws Exception {
        AdvertMatch m = match(CV, "# PMO Analyst\n\n## Requirements\n- 3+ years of RAID log upkeep.\n");
        AdvertMatch.Ask a = ask(m, "skill-years");
        // only the current role (Jan 2023 to Dec 2026) names the RAID log: about four years
        assertEquals("true", a.met(), a::toString);
        assertTrue(a.found().contains("4 years"), a.found());
        AdvertMatch longer = match(CV, "# PMO Analyst\n\n## Requirements\n- 8+ years of RAID log upkeep.\n");
        assertEquals("false", ask(longer, "skill-years").met());
    }

    @Test
    void readsTheEducationAskedWithItsSubject() throws Exception {
        AdvertMatch m = match(CV, "# PMO Analyst\n\n## Requirements\n"
                + "- A bachelor's degree in Business Management or equivalent experience.\n");
        AdvertMatch.Ask e = ask(m, "education");
        assertTrue(e.asked().startsWith("a bachelor's degree in Business Management"), e.asked());
        assertEquals("true", e.met(), e::toString);
        assertFalse(e.mustHave(), "a degree that experience may replace is not a must-have");
        AdvertMatch other = match(CV, "# PMO Analyst\n\n## Requirements\n- A master's degree in Computer Science.\n");
        assertEquals("false", ask(other, "education").met(), other::toString);
    }

    @Test
    void aDegreeOfAccuracyIsNotAnEducationAsk() throws Exception {
        AdvertMatch m = match(CV, "# PMO Analyst\n\n## Requirements\n- A high degree of accuracy in reporting.\n");
        assertTrue(m.asks().stream().noneMatch(a -> a.kind().equals("education")), m.asks()::toString);
    }

    @Test
    void anEquivalentCredentialIsReadThroughTheCredentialGroups() throws Exception {
        AdvertMatch m = match(CV, "# PMO Analyst\n\n## Requirements\n- PRINCE2 or equivalent.\n- RAID log.\n");
        AdvertMatch.Ask c = ask(m, "certification");
        assertEquals("PRINCE2 or equivalent", c.asked());
        assertEquals("true", c.met(), "PRINCE2 Foundation is held: " + c);
        AdvertMatch pmp = match(CV, "# PMO Analyst\n\n## Requirements\n- PMP or APM PMQ.\n");
        assertEquals("false", ask(pmp, "certification").met());
    }

    @Test
    void theKindOfATermComesFromTheSkillsModel() throws Exception {
        AdvertMatch m = match(CV, "# PMO Analyst\n\n## Requirements\n- Power BI and Microsoft Excel.\n"
                + "- Stakeholder management.\n- PRINCE2 Practitioner.\n- RAID log.\n");
        assertEquals("tool", term(m, "Power BI").kind());
        assertEquals("soft skill", term(m, "Stakeholder management").kind());
        assertEquals("credential", term(m, "PRINCE2 Practitioner").kind());
        assertEquals("hard skill", term(m, "RAID log").kind());
    }

    @Test
    void placesBothTitlesOnThePmoLadder() throws Exception {
        AdvertMatch m = match(CV, "# PMO Analyst\n\n## Requirements\n- RAID log.\n");
        AdvertMatch.TitleFit t = m.title();
        assertEquals(2, t.advertLevel());
        assertEquals("Project Coordinator", t.cvTitle());
        assertEquals(1, t.cvLevel());
        assertEquals("step-up", t.fit());
        assertTrue(t.sentence().startsWith("advert: PMO Analyst (level 2 of 4); your latest title: Project Coordinator "
                + "(level 1 of 4)"), t.sentence());
    }

    @Test
    void anAdvertThatNamesLittleCannotScoreHigh() throws Exception {
        AdvertMatch m = match(CV, "# Project Coordinator\n\nWe are hiring.\n\n## Requirements\n- RAID log.\n");
        assertTrue(m.rate() < 50, m::toString);
        assertTrue(m.gaps().get(0).contains("few terms"), m.gaps()::toString);
    }

    @Test
    void worksUnderTheTurkishLocale() throws Exception {
        Locale was = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            AdvertMatch m = match(CV, "# PMO Analyst\n\n## Requirements\n- PRINCE2 or equivalent.\n- RAID LOG.\n");
            assertEquals("true", ask(m, "certification").met());
        } finally {
            Locale.setDefault(was);
        }
    }

    @Test
    void isCallableOnAnyAnalysisAgainstTheAdvert() throws Exception {
        JobAd ad = ad("# PMO Analyst\n\n## Requirements\n- RAID log.\n- Status reporting.\n");
        CvAnalysis a = ANALYZER.analyze(new CvReader().read("cv.txt", CV.getBytes(StandardCharsets.UTF_8)), ad.role(), ad);
        assertEquals(a.jobAd().match(), new AdvertMatcher(MODEL, CLOCK).match(a, ad));
        CvAnalysis withoutAdvert = ANALYZER.analyze(new CvReader().read("cv.txt", CV.getBytes(StandardCharsets.UTF_8)),
                ad.role());
        assertNull(withoutAdvert.jobAd());
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new AdvertMatcher(MODEL, CLOCK).match(withoutAdvert, ad));
    }

    @Test
    void theRoleNameIsNotKeywordStuffing() throws Exception {
        String cv = """
                Alex Morgan
                Experience
                Head of PMO, Acme Ltd, Jan 2020 - Present
                - Set up the PMO and its PMO reporting, grew the PMO team to 9 and ran the PMO board.
                - Led PMO maturity reviews and PMO training for 40 project managers.
                PMO Manager, Beta plc, Jan 2015 - Dec 2019
                - Ran the PMO service and the PMO standards across the portfolio.
                """;
        JobAd ad = ad("# Head of PMO\n\n## Requirements\n- Lead the PMO.\n- Portfolio management.\n");
        CvAnalysis a = ANALYZER.analyze(new CvReader().read("cv.txt", cv.getBytes(StandardCharsets.UTF_8)), ad.role(), ad);
        assertEquals(List.of(), a.jobAd().stuffing(), "PMO is the job's own name");
    }
}

package io.pmotoolkit.resume.jobad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pmotoolkit.core.match.KeywordMatcher;
import io.pmotoolkit.core.model.SkillsModel;
import io.pmotoolkit.core.model.SkillsModelLoader;
import io.pmotoolkit.resume.read.CvReadException;
import io.pmotoolkit.resume.read.CvReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class JobAdParserTest {

    private static final SkillsModel MODEL = SkillsModelLoader.builtIn();
    private static final JobAdParser PARSER = new JobAdParser(MODEL, KeywordMatcher.of(MODEL));

    static JobAd parse(String text) throws CvReadException {
        return PARSER.parse(new CvReader().read("ad.md", text.getBytes(StandardCharsets.UTF_8)));
    }

    static JobAd.AdTerm term(JobAd ad, String term) {
        return ad.terms().stream().filter(t -> t.keyword().term().equals(term)).findFirst()
                .orElseThrow(() -> new AssertionError(term + " not in " + ad.terms().stream().map(t -> t.keyword().term()).toList()));
    }

    static Stream<Arguments> titles() {
        return Stream.of(
                Arguments.of("# Senior PMO Analyst\nAcme Ltd", "pmo-analyst"),
                Arguments.of("Head of PMO\nRiverside", "head-of-pmo"),
                Arguments.of("Portfolio Office Manager – Transformation\nAcme", "pmo-manager"),
                Arguments.of("Project Support Officer\nCouncil", "pmo-administrator"),
                Arguments.of("Transformation Director\nAcme", "head-of-pmo"),
                Arguments.of("Programme Coordinator\nAcme", "pmo-administrator"),
                Arguments.of("Delivery Lead\nAcme", "pmo-manager"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("titles")
    void mapsTheTitleToTheNearestRole(String top, String role) throws Exception {
        JobAd ad = parse(top + "\n\n## Requirements\n- Experience of project reporting.\n");
        assertEquals(role, ad.role().id(), ad.roleReason());
        assertEquals(top.split("\n")[0].replace("# ", ""), ad.title());
    }

    @Test
    void withoutATitleTheYearsAskedSetTheLevel() throws Exception {
        JobAd ad = parse("We are growing fast.\n\n## Requirements\n- At least 8 years of experience in delivery.\n");
        assertNull(ad.title());
        assertEquals("head-of-pmo", ad.role().id());
        assertTrue(ad.roleReason().contains("8 years"), ad.roleReason());
    }

    /** A skills file that replaces the model brings its own ladder: its roles, ladder words and years. */
    @Test
    void aReplacingSkillsFileSetsTheLadderTheAdvertIsReadOn() throws Exception {
        SkillsModel own = SkillsModelLoader.parse("own.yaml", """
                version: "own"
                replace: true
                competencies:
                  - {id: delivery, name: Delivery, area: methods-governance}
                roles:
                  - {id: junior, title: Junior, level: 1, ladderWords: [junior], advertYears: 0, competencies: {delivery: 3}}
                  - {id: senior, title: Senior, level: 2, ladderWords: [senior], advertYears: 4, competencies: {delivery: 4}}
                  - {id: principal, title: Principal, level: 3, ladderWords: [principal, lead], advertYears: 10,
                     competencies: {delivery: 5}}
                """, null);
        JobAdParser parser = new JobAdParser(own, KeywordMatcher.of(own));
        JobAd lead = parser.parse(new CvReader().read("ad.md",
                "PMO Lead\nAcme\n\n## Requirements\n- Experience of reporting.\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals("principal", lead.role().id(), lead.roleReason());
        JobAd years = parser.parse(new CvReader().read("ad.md",
                "We are growing.\n\n## Requirements\n- At least 8 years of experience.\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals("senior", years.role().id(), years.roleReason());
    }

    static Stream<Arguments> years() {
        return Stream.of(
                Arguments.of("3+ years of experience in a PMO", 3),
                Arguments.of("At least 8 years of experience in portfolio leadership", 8),
                Arguments.of("Minimum of 5 years' experience", 5),
                Arguments.of("2-4 years experience as an analyst", 2),
                Arguments.of("Five years of experience with governance", 5),
                Arguments.of("A track record over 10 years", 10),
                Arguments.of("Founded 25 years ago, we value experience", 25),
                Arguments.of("We have run for 12 years", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("years")
    void readsTheYearsOfExperienceAsked(String line, Integer years) {
        assertEquals(years, JobAdParser.years(line));
    }

    @Test
    void headingsAndLineWordsSayWhatIsRequiredAndWhatIsPreferred() throws Exception {
        JobAd ad = parse("""
                # PMO Analyst
                Acme
                Intro line about us.

                ## Responsibilities
                - Maintain the RAID log for the portfolio.

                ## What we are looking for
                - Strong Power BI skills.
                - Jira is a plus.

                ## Nice to have
                - PRINCE2 Foundation.
                - Smartsheet is essential for this team.
                """);
        assertTrue(term(ad, "RAID log").required(), "duties are required");
        assertTrue(term(ad, "Power BI").required(), "requirements are required");
        assertFalse(term(ad, "Jira").required(), "'a plus' makes a line preferred");
        assertFalse(term(ad, "PRINCE2 Foundation").required(), "nice to have is preferred");
        assertTrue(term(ad, "Smartsheet").required(), "'essential' wins over the heading");
        assertEquals(1, ad.responsibilities().size());
        assertEquals("Maintain the RAID log for the portfolio.", ad.responsibilities().get(0));
    }

    @Test
    void findsToolNamesTheSkillsModelDoesNotKnow() throws Exception {
        JobAd ad = parse("""
                # PMO Analyst
                Acme
                London

                ## Requirements
                - Hands-on experience of Workday Adaptive Planning and the Power BI service.
                - Experience with HubSpot would be great.
                - Experience working in London.
                """);
        JobAd.AdTerm workday = term(ad, "Workday Adaptive Planning");
        assertFalse(workday.known());
        assertTrue(workday.required());
        assertFalse(term(ad, "HubSpot").required());
        assertTrue(ad.terms().stream().noneMatch(t -> t.keyword().term().equals("London")));
        assertTrue(term(ad, "Power BI").known());
    }

    @Test
    void readsTheThreeSampleAdverts() throws Exception {
        Path dir = Path.of(System.getProperty("pmo.samples.dir", "../samples")).resolve("job-ads");
        CvReader reader = new CvReader();
        JobAd admin = PARSER.parse(reader.read(dir.resolve("pmo-administrator-city-council.txt")));
        assertEquals("pmo-administrator", admin.role().id());
        assertTrue(term(admin, "RAID log").required());
        assertFalse(term(admin, "Essentials for PMO Administrators").required());
        JobAd analyst = PARSER.parse(reader.read(dir.resolve("pmo-analyst-fintech.md")));
        assertEquals("pmo-analyst", analyst.role().id());
        assertEquals(3, analyst.yearsRequired());
        assertTrue(term(analyst, "Smartsheet").required());
        assertFalse(term(analyst, "Jira").required());
        JobAd head = PARSER.parse(reader.read(dir.resolve("head-of-pmo-housing-group.md")));
        assertEquals("head-of-pmo", head.role().id());
        assertEquals(8, head.yearsRequired());
        assertTrue(term(head, "Portfolio prioritisation").required());
        assertFalse(term(head, "PgMP").required());
        assertTrue(head.responsibilities().size() >= 5, head.responsibilities()::toString);
    }

    static boolean hasTerm(JobAd ad, String term) {
        return ad.terms().stream().anyMatch(t -> t.keyword().term().equalsIgnoreCase(term));
    }

    static JobAd.Part partOf(JobAd ad, String text) {
        return ad.lines().stream().filter(l -> l.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError(text + " not in " + ad.lines())).part();
    }

    @Test
    void frontMatterIsTakenOffAndItsTitleUsedWhenItNamesAJob() throws Exception {
        JobAd ad = parse("---\ntitle: Project Management Officer\nlayout: job\nref: pmo\n---\n"
                + "We are hiring for our portfolio office.\n\n## Requirements\n- Experience of project reporting.\n");
        assertEquals("Project Management Officer", ad.title());
        assertTrue(ad.lines().stream().noneMatch(l -> l.text().contains("layout")), ad.lines()::toString);
        JobAd notAJob = parse("---\nsidebar_label: 'PMO'\ntitle: Careers at Acme\n---\n\n# PMO Analyst\n\n"
                + "## Requirements\n- Experience of project reporting.\n");
        assertEquals("PMO Analyst", notAJob.title());
    }

    @Test
    void theAdvertsOwnTitleFieldWinsOverAnyGuess() throws Exception {
        JobAd ad = parse("---\ntitle: Delivery manager job description\n---\n# Delivery manager job description\n\n"
                + "POST TITLE: Delivery Manager\nGRADE: Senior Executive Officer\n\n## Essential criteria\n- Agile delivery.\n");
        assertEquals("Delivery Manager", ad.title());
        assertEquals(JobAd.Part.TITLE, partOf(ad, "POST TITLE: Delivery Manager"));
        assertEquals(JobAd.Part.EMPLOYER, partOf(ad, "GRADE: Senior Executive Officer"));
        assertEquals("PMO Officer", parse("Acme Ltd\nJob title: PMO Officer\n\n## Duties\n- Reporting.\n").title());
        assertEquals("Product Manager", parse("Job Description: Product Manager (10+ Years of Experience)\n\n"
                + "## Requirements\n- 10+ years of experience in product management.\n").title());
        assertEquals("Delivery manager", parse("---\ntitle: Delivery manager job description\n---\n"
                + "We deliver services.\n\n## Requirements\n- Agile delivery.\n").title());
    }

    @Test
    void headingsAndSectionLabelsAreNeverTerms() throws Exception {
        JobAd ad = parse("PMO Analyst\n\nPERSON SPECIFICATION\n\nKey Skills\n- Strong Excel and Power BI.\n"
                + "Essential:\n- Experience of Jira\nExperience of Smartsheet\n");
        assertFalse(hasTerm(ad, "Key Skills"), ad.terms()::toString);
        assertFalse(hasTerm(ad, "PERSON SPECIFICATION"), ad.terms()::toString);
        assertEquals(JobAd.Part.HEADING, partOf(ad, "PERSON SPECIFICATION"));
        assertEquals(JobAd.Part.HEADING, partOf(ad, "Key Skills"));
        // A short line that names a skill is a requirement, not a heading.
        assertEquals(JobAd.Part.REQUIRED, partOf(ad, "Experience of Smartsheet"));
        assertTrue(term(ad, "Smartsheet").required());
    }

    @Test
    void theEmployersPartsNeverGiveRequirements() throws Exception {
        JobAd ad = parse("""
                # PMO Analyst
                Northgate Council – Transformation Programme Office
                Salary: £30,000

                ## About us
                We are a business transformation consultancy that runs Agile programmes.

                ## Requirements
                - Experience of RAID logs.
                - Strong Excel skills.

                ## Benefits
                - Stakeholder management training and a pension.

                We are an equal opportunity employer and value diversity in Programme management.

                ## How to apply
                Send your CV with a note on your Power BI experience.
                """);
        for (String employer : List.of("Northgate Council – Transformation Programme Office", "Salary: £30,000",
                "We are a business transformation consultancy that runs Agile programmes.",
                "Stakeholder management training and a pension.",
                "We are an equal opportunity employer and value diversity in Programme management.",
                "Send your CV with a note on your Power BI experience.")) {
            assertEquals(JobAd.Part.EMPLOYER, partOf(ad, employer), employer);
        }
        for (String notAsked : List.of("Business transformation", "Agile", "Stakeholder management", "Programme management",
                "Power BI")) {
            assertFalse(hasTerm(ad, notAsked), notAsked + " in " + ad.terms());
        }
        assertTrue(term(ad, "RAID log").required());
    }

    @Test
    void aCommonWordPairIsNeverExpandedIntoANamedMethod() throws Exception {
        JobAd ad = parse("Delivery Manager\n\n## Essential\n- Coach teams in lean and agile thinking.\n"
                + "- Experience of scaling agile across teams.\n- APM PMQ or PRINCE2 Foundation.\n");
        assertFalse(hasTerm(ad, "Lean Six Sigma"), ad.terms()::toString);
        assertFalse(hasTerm(ad, "SAFe"), ad.terms()::toString);
        assertFalse(hasTerm(ad, "Team leadership"), ad.terms()::toString);
        assertTrue(hasTerm(ad, "APM PMQ") && hasTerm(ad, "PRINCE2 Foundation"), ad.terms()::toString);
        assertFalse(hasTerm(ad, "APM") || hasTerm(ad, "PRINCE2"), "counted twice: " + ad.terms());
    }

    @Test
    void yearsAreReadInTheSingularToo() throws Exception {
        JobAd ad = parse("IT Project Manager\n\nQualification:\nExperience: Minimum 1 year as project manager\n");
        assertEquals(1, ad.yearsRequired());
        assertEquals(JobAd.Part.REQUIRED, partOf(ad, "Experience: Minimum 1 year as project manager"));
    }

    @Test
    void aSummaryHeadingsProseDescribesTheJobAndItsBulletsAreDuties() throws Exception {
        JobAd ad = parse("PMO Officer\n\n## About the role\nOur transformation programme runs 14 projects.\n"
                + "- Keep the RAID log up to date.\n");
        assertEquals(JobAd.Part.OTHER, partOf(ad, "Our transformation programme runs 14 projects."));
        assertEquals(JobAd.Part.DUTY, partOf(ad, "Keep the RAID log up to date."));
        assertFalse(hasTerm(ad, "Business transformation"), ad.terms()::toString);
    }
}

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
}

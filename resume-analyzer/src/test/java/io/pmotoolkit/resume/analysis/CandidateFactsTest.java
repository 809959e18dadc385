package io.pmotoolkit.resume.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pmotoolkit.core.model.SkillsModel;
import io.pmotoolkit.core.model.SkillsModelLoader;
import io.pmotoolkit.core.result.CareerLevel;
import io.pmotoolkit.core.result.CvAnalysis;
import io.pmotoolkit.resume.read.CvReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** The candidate's level on the PMO ladder and background, read from the dated job titles. */
class CandidateFactsTest {

    private static final SkillsModel MODEL = SkillsModelLoader.builtIn();
    private static final ResumeAnalyzer ANALYZER = new ResumeAnalyzer(MODEL, "test",
            Clock.fixed(Instant.parse("2026-12-01T12:00:00Z"), ZoneOffset.UTC));

    static CvAnalysis analyse(String roles, String target) throws Exception {
        String cv = "Sam Taylor\nsam@example.com | +44 7700 900111\n\nExperience\n" + roles
                + "\nEducation\nBSc Economics, University of Leeds, 2008\n";
        return ANALYZER.analyze(new CvReader().read("cv.txt", cv.getBytes(StandardCharsets.UTF_8)),
                MODEL.expectRole(target));
    }

    static Stream<Arguments> levels() {
        return Stream.of(
                Arguments.of("Senior PMO Analyst | Acme | Mar 2021 – Present\n- Ran the portfolio RAID log.\n"
                        + "PMO Analyst | Acme | Jul 2016 – Feb 2021\n- Built reports.\n", 2, "pmo-analyst"),
                Arguments.of("Manager, IT Project Management Office | Acme | Jun 2012 – Present\n- Led the PMO.\n",
                        3, "pmo-manager"),
                Arguments.of("Head of Enterprise PMO | Acme | 2019 – Present\n- Ran portfolio reviews.\n"
                        + "PMO Manager | Beta | 2012 – 2019\n- Led the PMO team.\n", 4, "head-of-pmo"),
                Arguments.of("Project Support Officer | Acme | Jan 2024 – Present\n- Kept the logs.\n", 1,
                        "pmo-administrator"),
                // PMO work long ago, not now: rung 0.
                Arguments.of("Senior Software Engineer | Acme | 2016 – Present\n- Built services.\n"
                        + "PMO Analyst | Beta | 2008 – 2011\n- Built reports.\n", 0, null));
    }

    @ParameterizedTest
    @MethodSource("levels")
    void theLevelComesFromRecentDatedPmoTitles(String roles, int rung, String roleId) throws Exception {
        CareerLevel level = analyse(roles, "pmo-analyst").candidate().level();
        assertEquals(rung, level.rung(), level.toString());
        assertEquals(roleId, level.roleId(), level.toString());
        assertTrue(level.evidence().stream().allMatch(e -> e.length() <= CandidateFacts.MAX_EVIDENCE), level.toString());
    }

    @Test
    void theEvidenceIsTheTitleLineWithItsDates() throws Exception {
        CareerLevel level = analyse("Senior PMO Analyst | Acme | Mar 2021 – Present\n- Ran reports.\n", "pmo-analyst")
                .candidate().level();
        assertEquals("Senior PMO Analyst, Mar 2021 – present", level.evidence().get(0));
        assertEquals(5.8, level.yearsInPmo());
    }

    @Test
    void aTargetBelowTheLevelGetsANoteNamingABetterFit() throws Exception {
        CvAnalysis a = analyse("PMO Director | Acme | 2018 – Present\n- Led portfolio prioritisation.\n"
                + "PMO Manager | Beta | 2010 – 2018\n- Led the PMO.\n", "pmo-analyst");
        CareerLevel level = a.candidate().level();
        assertEquals(4, level.rung());
        assertNotNull(level.note());
        assertTrue(level.note().contains("below the level") && level.note().contains("Head of PMO"), level.note());
        assertEquals(4, level.adviceLevel(2), "advice is never below the person's own level");
    }

    @Test
    void aTargetFarAboveTheLevelNamesTheNextRung() throws Exception {
        CareerLevel level = analyse("Project Administrator | Acme | Jan 2023 – Present\n- Kept the logs.\n",
                "head-of-pmo").candidate().level();
        assertTrue(level.note().contains("PMO Analyst"), level.note());
    }

    @Test
    void anExperiencedProjectManagerIsNotAdvisedAsABeginner() throws Exception {
        CvAnalysis a = analyse("Senior Project Manager | Acme | Apr 2018 – Present\n- Chaired project boards.\n"
                + "Project Manager | Beta | 2014 – 2018\n- Delivered projects.\n", "pmo-analyst");
        assertEquals(0, a.candidate().level().rung());
        assertEquals("project-manager", a.candidate().background().id());
        assertEquals("Senior Project Manager, Apr 2018 – present", a.candidate().background().evidence());
        assertEquals(3, a.candidate().level().adviceRung());
    }

    @Test
    void aLongCareerWithACoordinatorTitleIsNotAGraduate() throws Exception {
        CvAnalysis a = analyse("Operations Coordinator | Acme | Jan 2008 – Present\n- Ran the rota.\n"
                + "Customer Service Adviser | Beta | 2005 – 2008\n- Answered calls.\n", "pmo-administrator");
        assertNull(a.candidate().background(), String.valueOf(a.candidate().background()));
    }

    @Test
    void oneStrayManagerTitleInATechnicalCareerDecidesNothing() throws Exception {
        CvAnalysis a = analyse("Senior Software Engineer | Acme | 2014 – Present\n- Built services.\n"
                + "Service Manager | Beta | Jan 2013 – Jun 2013\n- Covered a leave.\n"
                + "Software Engineer | Gamma | 2006 – 2012\n- Wrote code.\n", "pmo-analyst");
        assertNull(a.candidate().background(), String.valueOf(a.candidate().background()));
        assertEquals(0, a.candidate().level().rung());
    }

    @Test
    void undatedRolesOutweighAShortDatedOne() throws Exception {
        // Three roles without dates and one of four months: the dated months are not the whole career.
        CvAnalysis a = analyseText("Company Details\ncompany - Acme Build\ndescription - January 2025 to April 2025\n"
                + "Site Engineer\n- Checked the drawings.\ncompany - Beta Works\ndescription - Position Civil Engineer\n"
                + "- Planned the site work.\ncompany - Gamma Roads\ndescription - Prepared the material submittals.\n"
                + "company - Delta Infra\ndescription - Measured the works.\n", "pmo-administrator");
        assertNull(a.candidate().background(), String.valueOf(a.candidate().background()));
    }

    @Test
    void aRecentGraduateWithLittleExperienceIsAGraduate() throws Exception {
        CvAnalysis a = analyse("Sales Assistant | Shop | Jun 2025 – Present\n- Served customers.\n", "pmo-administrator");
        assertEquals("graduate-career-changer", a.candidate().background().id());
    }

    @Test
    void theTitleOfTheLongestRecentRouteWins() throws Exception {
        CvAnalysis a = analyse("Senior Business Analyst | Acme | 2019 – Present\n- Mapped processes.\n"
                + "Project Manager | Beta | 2017 – 2019\n- Delivered a project.\n", "pmo-analyst");
        assertEquals("business-analyst", a.candidate().background().id());
        assertEquals(8.0, a.candidate().background().years());
    }

    static CvAnalysis analyseText(String cv, String target) throws Exception {
        return ANALYZER.analyze(new CvReader().read("cv.txt", cv.getBytes(StandardCharsets.UTF_8)),
                MODEL.expectRole(target));
    }

    @Test
    void aToolNamedLikeATitleInTheHeaderGivesNoRoute() throws Exception {
        // A pasted CV's first line lists tools; "Service Manager" there is software, not the person's title.
        CvAnalysis a = analyseText("Technical Expertise Operating Systems Windows Server 2012 Monitoring and Ticketing "
                + "Tools HP Service Manager 9.0, JIRA and Ops Manager\n\nExperience\nDatabase Administrator\n"
                + "- Installed and configured database servers.\n- Monitored backups and refresh jobs.\n", "pmo-analyst");
        assertNull(a.candidate().background(), String.valueOf(a.candidate().background()));
    }

    @Test
    void aProfileThatOpensWithATitleStillGivesTheRoute() throws Exception {
        CvAnalysis a = analyseText("Sam Taylor\nOperations Manager with 9 years of experience in logistics\n\n"
                + "Skills\nExcel, budgeting\n", "pmo-manager");
        assertEquals("business-unit-leader", a.candidate().background().id(), String.valueOf(a.candidate().background()));
    }

    @Test
    void anHrAssistantWithLittleWorkIsAGraduate() throws Exception {
        CvAnalysis a = analyse("HR Assistant | Acme | Jun 2025 – Present\n- Filed records.\n", "pmo-administrator");
        assertEquals("graduate-career-changer", a.candidate().background().id());
        assertEquals("HR Assistant, Jun 2025 – present", a.candidate().background().evidence());
    }

    @Test
    void aBeginnerAimingFarAboveIsToldTheCredentialForTheRoleThatFitsFirst() throws Exception {
        CvAnalysis a = analyse("Sales Assistant | Shop | Jun 2025 – Present\n- Served customers.\n", "head-of-pmo");
        var next = a.keywords().nextCredential();
        assertEquals("pmo-administrator", next.forRole().id(), next.toString());
        assertTrue(next.sentence("head-of-pmo").contains("PMO Administrator"), next.sentence("head-of-pmo"));
    }

    @Test
    void aPmoAnalystAimingAtHeadOfPmoIsToldTheCredentialForTheNextRung() throws Exception {
        CvAnalysis a = analyse("PMO Analyst | Acme | Jul 2020 – Present\n- Built the portfolio reports.\n",
                "head-of-pmo");
        assertEquals("pmo-manager", a.keywords().nextCredential().forRole().id(), a.keywords().nextCredential().toString());
    }

    @Test
    void aCareerWithNoRouteAimingAtManagerIsToldAnEntryLevelCredential() throws Exception {
        CvAnalysis a = analyse("Senior Software Engineer | Acme | 2014 – Present\n- Built services.\n", "pmo-manager");
        assertNull(a.candidate().background());
        assertTrue(a.keywords().nextCredential().forRole().id().matches("pmo-(administrator|analyst)"),
                a.keywords().nextCredential().toString());
    }

    @Test
    void aProjectManagerAimingAtTheRouteTargetIsToldTheTargetsCredential() throws Exception {
        CvAnalysis a = analyse("Senior Project Manager | Acme | Apr 2018 – Present\n- Chaired project boards.\n"
                + "Project Manager | Beta | 2014 – 2018\n- Delivered projects.\n", "pmo-manager");
        assertEquals("pmo-manager", a.keywords().nextCredential().forRole().id());
    }

    @Test
    void aPastedCvsTitleLineWrittenAroundPmoGivesTheLevel() throws Exception {
        // A pasted CV names the job on a line of its own, after the education; no role title of the model.
        CvAnalysis a = analyseText("Skills Reporting, governance, MIS\nEducation Details\nBBA Business Administration\n"
                + "Senior Manager - PMO\n\nSkill Details\nTRAINING- Experience - 30 months\nCompany Details\n"
                + "company - Acme\ndescription - Ran the portfolio reporting cycle for 40 projects.\n", "pmo-manager");
        assertEquals(3, a.candidate().level().rung(), a.candidate().level().toString());
        assertEquals("Senior Manager - PMO", a.candidate().level().evidence().get(0));
        assertNull(a.candidate().level().yearsInPmo(), "an undated title line says nothing of how long");
    }

    @Test
    void aShortLineAboutSomeoneElsesPmoIsNoTitle() throws Exception {
        CvAnalysis a = analyseText("Experience\nSoftware Engineer | Acme | 2018 – Present\n- Built services.\n"
                + "Tools used by the PMO and its managers\n", "pmo-analyst");
        assertEquals(0, a.candidate().level().rung(), a.candidate().level().toString());
    }
}

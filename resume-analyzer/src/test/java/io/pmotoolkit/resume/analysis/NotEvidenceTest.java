package io.pmotoolkit.resume.analysis;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pmotoolkit.core.model.SkillsModelLoader;
import io.pmotoolkit.core.result.CvAnalysis;
import io.pmotoolkit.resume.read.CvReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Words that name a term but are not the candidate's evidence of it. */
class NotEvidenceTest {

    private static final ResumeAnalyzer ANALYZER = new ResumeAnalyzer(SkillsModelLoader.builtIn(), "test",
            Clock.fixed(Instant.parse("2026-12-01T12:00:00Z"), ZoneOffset.UTC));

    private static List<String> terms(String cv) throws Exception {
        CvAnalysis a = ANALYZER.analyze(new CvReader().read("cv.txt", cv.getBytes(StandardCharsets.UTF_8)),
                ANALYZER.model().expectRole("pmo-analyst"));
        return a.keywords().found().stream().map(CvAnalysis.FoundTerm::term).toList();
    }

    @Test
    void aTermInAnOrganisationsNameIsNotEvidence() throws Exception {
        List<String> found = terms("""
                Jo Bloggs
                Experience
                Analyst, Base Information Management Pvt. Ltd., 2019 - 2021
                - Produced the weekly data analysis pack for 12 projects.
                """);
        assertFalse(found.contains("Information management"), found::toString);
        assertTrue(found.contains("Data analysis"), found::toString);
    }

    @Test
    void aGoalOrATopicTaughtToOthersIsNotEvidence() throws Exception {
        List<String> found = terms("""
                Jo Bloggs
                Profile
                I want to move into a PMO Analyst role with more data analysis and dashboard work.
                Experience
                Trainer, 2019 - 2021
                - Ran workshops on negotiation for 40 sales staff.
                """);
        assertFalse(found.contains("Data analysis"), found::toString);
        assertFalse(found.contains("Negotiation"), found::toString);
    }

    @Test
    void aCourseAttendedIsNotEvidenceButItsCredentialIs() throws Exception {
        List<String> found = terms("""
                Jo Bloggs
                Experience
                Coordinator, 2019 - 2021
                - Kept the risk register for 6 projects and cut overdue actions by 30%.
                Trainings attended
                1 Negotiation skill & Northgate Training Pvt Ltd, 2 days
                2 Presentation skills, Acme Learning Ltd, 1 Day
                3 PRINCE2 Foundation, Acme Learning Ltd, 3 days
                """);
        assertFalse(found.contains("Negotiation"), found::toString);
        assertFalse(found.contains("Presentation skills"), found::toString);
        assertTrue(found.contains("PRINCE2 Foundation"), found::toString);
        assertTrue(found.contains("Risk register"), found::toString);
    }

    @Test
    void aTimeSavedIsNotACourse() throws Exception {
        List<String> found = terms("""
                Jo Bloggs
                Experience
                Project Coordinator, Acme Ltd, 2019 - 2021
                - Cut the month-end close at Acme Ltd by 2 days with a new accruals workbook.
                """);
        assertTrue(found.contains("Month-end reporting"), found::toString);
    }

    @Test
    void anAcronymTheCvDefinesOtherwiseIsNotEvidence() throws Exception {
        List<String> found = terms("""
                Jo Bloggs
                Experience
                Clerk, Provost Marshal Office (PMO), 2010 - 2014
                - Filed PMO records and kept the duty rota.
                """);
        assertFalse(found.contains("PMO"), found::toString);
    }
}

package io.pmotoolkit.resume.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pmotoolkit.core.result.Evidence;
import org.junit.jupiter.api.Test;

/** An achievement grade needs a figure or something done; outcome nouns alone name an area (made-up lines). */
class AchievementGradeTest {

    @Test
    void aLineReportsADeedThroughAVerbInThePast() {
        assertTrue(ResumeAnalyzer.reportsADeed("Improved the intake process for change requests"));
        assertTrue(ResumeAnalyzer.reportsADeed("Cut the reporting cycle for the portfolio"));
        assertTrue(ResumeAnalyzer.reportsADeed("New gateway process was adopted by every programme"));
        assertFalse(ResumeAnalyzer.reportsADeed("Continuous improvement in reporting process & Cost saving opportunities."));
        assertFalse(ResumeAnalyzer.reportsADeed("Effort Estimation, Impact & Gap Analysis"));
    }

    @Test
    void outcomeNounsWithNoDeedAndNoFigureAreExperience() throws Exception {
        assertEquals(Evidence.EXPERIENCE, ListingGradeTest.grade(ListingGradeTest.cvWithBullets(
                "Continuous improvement in reporting process & Cost saving opportunities."), "Continuous improvement"));
    }

    @Test
    void aDeedWithAFigureStaysAnAchievement() throws Exception {
        assertEquals(Evidence.ACHIEVEMENT, ListingGradeTest.grade(ListingGradeTest.cvWithBullets(
                "Rebuilt the monthly status reporting pack, cutting its preparation from 5 days to 2."), "Status reporting"));
    }
}

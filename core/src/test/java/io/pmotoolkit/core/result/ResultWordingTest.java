package io.pmotoolkit.core.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pmotoolkit.core.result.CvAnalysis.LineResult;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResultWordingTest {

    @Test
    void theLevelLineNamesTheTitlesThatDecidedIt() {
        CareerLevel out = new CareerLevel(0, null, CareerLevel.NOT_IN_PMO, 2.8,
                List.of("Project Coordinator, Sep 2013 \u2013 May 2016"), 2, null);
        assertEquals("Not yet in PMO work, 2.8 years in PMO work \u00B7 from \u201CProject Coordinator, Sep 2013 "
                + "\u2013 May 2016\u201D", out.withEvidence(" \u00B7 "));
        CareerLevel in = new CareerLevel(2, "pmo-analyst", "PMO Analyst", null, List.of(), 2, null);
        assertEquals("PMO Analyst (level 2)", in.withEvidence(", "));
        assertEquals("Business Analyst, from \u201CBA, 2020\u201D",
                new CvAnalysis.BackgroundRef("ba", "Business Analyst", "BA, 2020").withEvidence(", "));
        assertEquals("Business Analyst", new CvAnalysis.BackgroundRef("ba", "Business Analyst", null).withEvidence(", "));
    }

    @Test
    void aSuggestionSplitsAroundItsQuotedRewrite() {
        String rewrite = "Ran the RAID log, so that <result>";
        LineResult l = line("Add the result: \"" + rewrite + "\". Say which part was yours.", rewrite);
        LineResult.SuggestionParts p = l.suggestionParts();
        assertEquals("Add the result: ", p.instruction());
        assertEquals(rewrite, p.rewrite());
        assertEquals(". Say which part was yours.", p.after());
        assertEquals(l.suggestion(), p.instruction() + "\"" + p.rewrite() + "\"" + p.after());

        LineResult.SuggestionParts guidance = line("This reads as a heading.", null).suggestionParts();
        assertEquals("This reads as a heading.", guidance.instruction());
        assertNull(guidance.rewrite());
        assertEquals("", guidance.after());
        assertNull(line(null, null).suggestionParts());
    }

    @Test
    void theBuilderDefaultsTheOptionalPartsAndNamesAMissingOne() {
        CvAnalysis.Builder b = CvAnalysis.builder().file("cv.pdf").format("pdf")
                .candidate(new CvAnalysis.Candidate("Sam", null, null, null, 10, 1))
                .role(new CvAnalysis.RoleRef("pmo-analyst", "PMO Analyst")).score(new CvAnalysis.Score(0, List.of()))
                .keywords(new CvAnalysis.Keywords(List.of(), List.of()));
        IllegalStateException e = assertThrows(IllegalStateException.class, b::build);
        assertTrue(e.getMessage().contains("versions"), e.getMessage());
        CvAnalysis a = b.versions(new CvAnalysis.Versions("t", "m")).build();
        assertEquals(CvAnalysis.SCHEMA_VERSION, a.schemaVersion());
        assertEquals(CvAnalysis.CV, a.documentKind());
        assertNull(a.jobAd());
        assertEquals(List.of(), a.lines());
        assertEquals(a, a.toBuilder().build());
    }

    private static LineResult line(String suggestion, String rewrite) {
        return new LineResult("Ran the RAID log", "experience", 3, LineKind.RESPONSIBILITY, false, List.of(), "Ran",
                suggestion, rewrite, null);
    }
}

package io.pmotoolkit.resume.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pmotoolkit.core.model.SkillsModel;
import io.pmotoolkit.core.model.SkillsModelLoader;
import io.pmotoolkit.core.result.CvAnalysis;
import io.pmotoolkit.core.result.Evidence;
import io.pmotoolkit.core.text.AnalyzedText;
import io.pmotoolkit.core.text.Nlp;
import io.pmotoolkit.resume.read.CvReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** When a term is only listed, and when the words around it say what was done (made-up lines). */
class ListingGradeTest {

    private static final SkillsModel MODEL = SkillsModelLoader.builtIn();
    private static final ResumeAnalyzer ANALYZER = new ResumeAnalyzer(MODEL, "test",
            Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC));
    private static final Function<String, AnalyzedText> NLP = t -> Nlp.get().analyze(t);

    /** A made-up CV whose experience section holds one role and the given bullet lines. */
    static String cvWithBullets(String... bullets) {
        StringBuilder b = new StringBuilder("Sam Taylor\nsam@example.com\n\nExperience\nAnalyst | Acme | Jan 2021 – Present\n");
        for (String line : bullets) {
            b.append("- ").append(line).append('\n');
        }
        return b.toString();
    }

    /** The grade of {@code term} in {@code cv}, analysed for the PMO analyst role. */
    static Evidence grade(String cv, String term) throws Exception {
        CvAnalysis a = ANALYZER.analyze(new CvReader().read("cv.txt", cv.getBytes(StandardCharsets.UTF_8)),
                MODEL.expectRole("pmo-analyst"));
        return a.keywords().found().stream().filter(t -> t.term().equals(term)).findFirst()
                .orElseThrow(() -> new AssertionError(term + " not found in " + a.keywords().found())).evidence();
    }

    @Test
    void shortNamesSeparatedByCommasAreNames() {
        assertTrue(ResumeAnalyzer.shortNames("MS Access, SQL, Oracle", 3));
        assertFalse(ResumeAnalyzer.shortNames("MS Access, SQL", 3));
        assertFalse(ResumeAnalyzer.shortNames("Kept the budget and the risk log for 12 projects, weekly", 2));
    }

    @Test
    void aDutyWrittenAsShortPartsIsNotANameList() {
        assertTrue(ResumeAnalyzer.namesNotDuties("MS Access, Excel, Oracle", NLP));
        assertFalse(ResumeAnalyzer.namesNotDuties("Managed budgets, risks, vendors", NLP));
        assertFalse(ResumeAnalyzer.namesNotDuties("Budgets, risks, vendors handled", NLP));
    }

    @Test
    void namesBeforeGluedOnTextAreListed() {
        String item = "MS Excel, MS Visio, Windows Key Projects Handled Route Planner";
        assertTrue(ResumeAnalyzer.inLeadingNames(item, "MS Excel", NLP));
        assertFalse(ResumeAnalyzer.inLeadingNames(item, "Windows", NLP), "the last part runs on into a sentence");
        assertFalse(ResumeAnalyzer.inLeadingNames("Tracked the budget, risks and issues weekly", "budget", NLP));
    }

    @Test
    void aShortLineOpeningWithAPastVerbSaysWhatWasDone() {
        assertTrue(ResumeAnalyzer.opensWithPastVerb("Mentored three new analysts on reporting"));
        assertFalse(ResumeAnalyzer.opensWithPastVerb("Mentoring"));
        assertFalse(ResumeAnalyzer.opensWithPastVerb("Java, Python, SQL, Kafka"));
    }

    @Test
    void aListOfNamesUnderALabelLineIsListedInExperience() throws Exception {
        String cv = """
                Sam Taylor
                sam@example.com

                Experience
                Reporting Analyst | Acme | Jan 2021 – Present
                - Built the weekly status report for the delivery teams and cut its preparation time by 30%.
                Databases used:
                MS Access, SQL, Oracle
                """;
        assertEquals(Evidence.LISTED, grade(cv, "SQL"));
    }
}

package io.pmotoolkit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pmotoolkit.core.model.SkillsModelLoader;
import io.pmotoolkit.core.result.CvAnalysis;
import io.pmotoolkit.resume.analysis.ResumeAnalyzer;
import io.pmotoolkit.resume.read.CvReader;
import io.pmotoolkit.resume.report.Quote;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The quote checks the report tests rely on find what they look for. */
class ReportReadingTest {

    private static final String LONG = "Directed and organised multi-million dollar construction projects and "
            + "renovations across power plants, government, healthcare and housing settings";

    @Test
    void aLongCurlyQuoteIsFoundAcrossLineBreaks() {
        String text = "Your CV reads as (from \u201C" + LONG.substring(0, 60) + "\n" + LONG.substring(60) + "\u201D).";
        assertEquals(1, ReportReading.longCurlyQuotes(text).size());
        assertTrue(ReportReading.longCurlyQuotes("from \u201C" + Quote.cut(LONG) + "\u201D").isEmpty());
    }

    @Test
    void aLongPassageOfTheCvIsFoundButNotInsideARewrite() throws Exception {
        var analyzer = new ResumeAnalyzer(SkillsModelLoader.builtIn(), "test",
                Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC));
        String cv = "Experience\nProject Manager, Acme Ltd, March 2021 – Present\n• Responsible for " + LONG + ".\n";
        CvAnalysis a = analyzer.analyze(new CvReader().read("x.txt", cv.getBytes(StandardCharsets.UTF_8)),
                analyzer.model().expectRole("pmo-analyst"));
        String line = a.lines().get(0).text();
        assertTrue(line.length() > Quote.MAX, line);
        List<String> texts = List.of(line);
        String wrapped = "Line 3 " + line.substring(0, 70) + "\n" + line.substring(70) + " Duty none";
        assertEquals(texts, ReportReading.longPassages(wrapped, a, texts));
        assertTrue(ReportReading.longPassages("Line 3 \u201C" + Quote.cut(line) + "\u201D", a, texts).isEmpty());
        String suggestion = a.lines().get(0).suggestion();
        assertTrue(ReportReading.longPassages("→ " + suggestion, a, texts).isEmpty(), "a rewrite is never cut: " + suggestion);
    }
}

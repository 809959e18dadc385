package io.pmotoolkit.cli.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pmotoolkit.core.model.SkillsModelLoader;
import io.pmotoolkit.core.result.CvAnalysis;
import io.pmotoolkit.interview.feedback.AnswerCoach;
import io.pmotoolkit.interview.feedback.AnswerContext;
import io.pmotoolkit.interview.feedback.AnswerFeedback;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The text renderers laid out to the terminal's width, and coloured without changing a character. */
class LayoutTest {

    static Stream<Arguments> samples() {
        return Stream.of(Arguments.of("amelia-hart-project-manager.pdf", "pmo-manager"),
                Arguments.of("chloe-dubois-project-support-officer.docx", "pmo-analyst"),
                Arguments.of("marcus-lee-software-engineer.pdf", "pmo-analyst"));
    }

    /** Lines longer than {@code width}; a single word (a path) standing alone on its line may be longer. */
    private static List<String> overflowing(String text, int width) {
        return text.lines().filter(l -> l.length() > width && l.strip().contains(" ")).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void reportFitsSixtyAndFortyColumns(String sample, String role) throws IOException {
        CvAnalysis a = Rendered.sample(sample, role);
        for (int width : new int[] {60, 40}) {
            String text = TextReport.render(a, new Terminal(width, false));
            assertEquals(List.of(), overflowing(text, width), width + " columns:\n" + text);
        }
        String sixty = TextReport.render(a, new Terminal(60, false));
        assertTrue(sixty.lines().anyMatch(l -> l.length() > 50), "uses the width it has:\n" + sixty);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void competencyNamesWrapAndAreNeverCut(String sample, String role) throws IOException {
        CvAnalysis a = Rendered.sample(sample, role);
        for (int width : new int[] {40, 60, 80, 120}) {
            String text = TextReport.render(a, new Terminal(width, false));
            assertFalse(text.contains("…"), text);
            String coverage = text.substring(text.indexOf("COMPETENCY COVERAGE"), text.indexOf("EXPERIENCE LINES"));
            String flat = String.join(" ", coverage.replaceAll("[#.]{10} +\\d+%  weight \\d+", " ").split("\\s+"));
            for (CvAnalysis.CompetencyCoverage c : a.competencies()) {
                assertTrue(flat.contains(c.name()), c.name() + " whole at " + width + " columns:\n" + text);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void colourChangesNoCharacter(String sample, String role) throws IOException {
        CvAnalysis a = Rendered.sample(sample, role);
        String coloured = TextReport.render(a, new Terminal(80, true));
        assertTrue(coloured.contains("\u001b["), coloured);
        assertEquals(TextReport.render(a), Rendered.strip(coloured));
    }

    @Test
    void fixLinesTheScoreAndHeadingsStandOut() throws IOException {
        Terminal t = new Terminal(80, true);
        String coloured = TextReport.render(Rendered.sample("marcus-lee-software-engineer.pdf", "pmo-analyst"), t);
        assertTrue(coloured.contains(t.bad("FIX")), coloured);
        assertTrue(coloured.contains(t.heading("CHECKS")), coloured);
        assertTrue(coloured.lines().anyMatch(l -> l.startsWith("\u001b[") && Rendered.strip(l).startsWith("SCORE ")),
                coloured);
    }

    @Test
    void plainIsTheEightyColumnReport() throws IOException {
        CvAnalysis a = Rendered.sample("amelia-hart-project-manager.pdf", "pmo-manager");
        assertEquals(TextReport.render(a), TextReport.render(a, Terminal.PLAIN));
        assertFalse(TextReport.render(a).contains("\u001b"));
    }

    @Test
    void feedbackFitsSixtyColumnsAndColourChangesNoCharacter() throws IOException {
        String answer = Files.readString(Path.of(System.getProperty("pmo.samples.dir", "../samples"))
                .resolve("answers/weekly-report-collation.txt"), StandardCharsets.UTF_8);
        AnswerFeedback f = new AnswerCoach(SkillsModelLoader.builtIn())
                .assess(answer, new AnswerContext(null, "Tell me about a report you improved", null, null, List.of(), null));
        String sixty = FeedbackText.render(f, null, new Terminal(60, false));
        assertEquals(List.of(), overflowing(sixty, 60), sixty);
        assertEquals(List.of(), overflowing(FeedbackText.compact(f, new Terminal(60, false)), 60));
        assertEquals(FeedbackText.render(f, null), Rendered.strip(FeedbackText.render(f, null, new Terminal(80, true))));
        assertEquals(FeedbackText.compact(f), Rendered.strip(FeedbackText.compact(f, new Terminal(80, true))));
    }
}

package io.pmotoolkit.core.text;

import static io.pmotoolkit.core.text.PatternScanCases.assertSameMatches;
import static io.pmotoolkit.core.text.PatternScanCases.field;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every pattern {@link MetricExtractor} runs through {@link PatternScan}, each with the start positions it is
 * given there, finds what {@code Matcher.find()} finds on a varied text set ({@link PatternScanCases}): the
 * metric patterns on the text as the extractor masks it, the others on the raw lines. {@code PatternScanTest}
 * checks the scan itself on patterns made for it; this checks the patterns it serves. The outcome and date
 * patterns of resume-analyzer have the same test there ({@code PatternScanPatternsTest}).
 */
class PatternScanProductionTest {

    /** MetricExtractor's patterns that run with a plain {@code Matcher}, not through PatternScan. */
    private static final Set<String> NOT_SCANNED = Set.of("ANY_NUMBER_WORD", "LIST_MARKER", "YEAR_AS_COUNT",
            "SENTENCE_START");

    private static List<String> lines;
    private static List<String> masked;

    @BeforeAll
    static void texts() throws Exception {
        lines = PatternScanCases.texts(Path.of("..", "samples"),
                Path.of(System.getProperty("pmo.shared.dir", "../../shared")));
        Method mask = MetricExtractor.class.getDeclaredMethod("maskNonMetrics", String.class, char[].class);
        mask.setAccessible(true);
        Set<String> out = new LinkedHashSet<>();
        for (String line : lines) {
            char[] chars = line.toCharArray();
            mask.invoke(null, line, chars);
            out.add(new String(chars));
        }
        masked = List.copyOf(out);
    }

    @Test
    void metricPatternsFindWhatFindFinds() {
        @SuppressWarnings("unchecked")
        List<Pattern> metrics = (List<Pattern>) field(MetricExtractor.class, "METRICS");
        @SuppressWarnings("unchecked")
        List<Boolean> numberFirst = (List<Boolean>) field(MetricExtractor.class, "NUMBER_FIRST");
        for (int k = 0; k < metrics.size(); k++) {
            Function<String, int[]> starts = numberFirst.get(k) ? PatternScan::digitStarts : PatternScan::wordStarts;
            assertSameMatches("METRICS[" + k + "]", metrics.get(k), starts, masked);
        }
    }

    @Test
    void maskingPatternsFindWhatFindFinds() throws IOException {
        @SuppressWarnings("unchecked")
        List<Pattern> afterWord = (List<Pattern>) field(MetricExtractor.class, "NOT_METRICS_AFTER_WORD");
        @SuppressWarnings("unchecked")
        List<Pattern> atDigit = (List<Pattern>) field(MetricExtractor.class, "NOT_METRICS_AT_DIGIT");
        for (int k = 0; k < afterWord.size(); k++) {
            assertSameMatches("NOT_METRICS_AFTER_WORD[" + k + "]", afterWord.get(k), PatternScan::wordStarts, lines);
        }
        for (int k = 0; k < atDigit.size(); k++) {
            assertSameMatches("NOT_METRICS_AT_DIGIT[" + k + "]", atDigit.get(k), PatternScan::digitStarts, lines);
        }
        assertSameMatches("PHONE", (Pattern) field(MetricExtractor.class, "PHONE"), starts("phoneStarts"), lines);
        assertSameMatches("YEAR", (Pattern) field(MetricExtractor.class, "YEAR"), PatternScan::digitStarts, lines);
        assertSameMatches("NAME_NUMBER", (Pattern) field(MetricExtractor.class, "NAME_NUMBER"),
                starts("capitalStarts"), lines);
    }

    /** A new pattern field must be added to the tests above, or to NOT_SCANNED when it does not go through PatternScan. */
    @Test
    void everyPatternOfTheExtractorIsCovered() {
        List<String> covered = new ArrayList<>(List.of("METRICS", "NOT_METRICS_AFTER_WORD", "NOT_METRICS_AT_DIGIT",
                "PHONE", "YEAR", "NAME_NUMBER"));
        covered.addAll(NOT_SCANNED);
        assertEquals(Set.copyOf(covered), PatternScanCases.patternFields(MetricExtractor.class));
    }

    private static Function<String, int[]> starts(String method) {
        try {
            Method m = MetricExtractor.class.getDeclaredMethod(method, String.class);
            m.setAccessible(true);
            return text -> {
                try {
                    return (int[]) m.invoke(null, text);
                } catch (ReflectiveOperationException e) {
                    throw new AssertionError(e);
                }
            };
        } catch (NoSuchMethodException e) {
            throw new AssertionError("MetricExtractor." + method + " is gone: update this test", e);
        }
    }
}

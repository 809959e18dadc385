package io.pmotoolkit.resume.lines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pmotoolkit.core.text.PatternScan;
import io.pmotoolkit.resume.checks.DateRangeParser;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The two patterns of this module that run through {@link PatternScan} (the outcome phrases of
 * {@link OutcomeLanguage}, the date points of {@link DateRangeParser}), each with the start positions it is
 * given there, find what {@code Matcher.find()} finds, on the sample CVs, CV lines of the Kaggle texts in
 * {@code ../shared} when present, and generated lines of dates, outcome phrases and odd characters. Core's
 * {@code PatternScanProductionTest} does the same for the metric patterns.
 */
class PatternScanPatternsTest {

    private static final String[] TOKENS = {
        "Jan", "january", "Sept.", "sept", "May", "June", "dec", "2019", "2020", "1999", "03/2021", "3 / 2020", "3.2021",
        "2019-03", "2019-13", "12", "00", "20", "–", "-", "—", "to", "present", "Present", "Summer", "Q3", "FY2022", "'21",
        "reduced", "Reduced", "cut", "saved", "increases", "in", "improved", "halved", "sped", "up", "minimised",
        "resulting", "led", "which", "so", "that", "ahead", "of", "schedule", "under", "on", "budget", "time", "first",
        "line", "point", "zero", "adopted", "by", "across", "rolled", "out", "now", "been", "used", "became", "the",
        "standard", "top", "5%", "10", "ranked", "with", "no", "findings", "overruns", "passed", "confirmed", "over",
        "-over", "aimed", "hoping", "projects", "Café", "İstanbul", "ŞİRKET", "𝐌ay", "٢٠٢٠", "(", ")", ",", ".", "/", "|"};
    private static final String[] GAPS = {" ", " ", "", "\u00a0", ", ", "-", "/", ". ", "  "};

    private static List<String> texts;

    @BeforeAll
    static void texts() throws IOException {
        Set<String> out = new LinkedHashSet<>(List.of(
                "Jan 2020 – March 2021 | Sept. 2019 - Present | 03/2021 to 12/2022 | 2019-03 – 2020-11 | 2016 - 2019",
                "Reduced reporting time by 40%, resulting in on-time delivery ahead of schedule and under budget",
                "Worked with teams to improve reporting; first-line support; now used by 12 teams; top 5% performer",
                "Rolled out to 3 sites, adopted by finance, became the standard, with no findings; cut-over planning"));
        try (Stream<Path> files = Files.walk(Path.of("..", "samples"))) {
            for (Path p : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                Files.readAllLines(p).stream().filter(l -> !l.isBlank()).forEach(out::add);
            }
        }
        Path kaggle = Path.of(System.getProperty("pmo.shared.dir", "../../shared"), "corpus/kaggle/UpdatedResumeDataSet.csv");
        if (Files.isRegularFile(kaggle)) {
            Files.readAllLines(kaggle).stream().flatMap(l -> Arrays.stream(l.split("\\s*[•\u2022]\\s*|(?<=\\.)\\s+")))
                    .filter(l -> !l.isBlank() && l.length() <= 300).limit(3_000).forEach(out::add);
        }
        Random random = new Random(20261201);
        for (int i = 0; i < 4_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int w = random.nextInt(12); w >= 0; w--) {
                text.append(TOKENS[random.nextInt(TOKENS.length)]).append(GAPS[random.nextInt(GAPS.length)]);
            }
            out.add(text.toString());
        }
        texts = List.copyOf(out);
    }

    /** As {@code OutcomeLanguage.statesOutcome}: the lower-cased line, word starts from a given position on. */
    @Test
    void outcomePhrasesFindWhatFindFinds() {
        Pattern outcome = (Pattern) field(OutcomeLanguage.class, "OUTCOME");
        Random random = new Random(7);
        int matches = 0;
        for (String text : texts) {
            String lower = text.toLowerCase(Locale.ROOT);
            int[] words = PatternScan.wordStarts(lower);
            int from = words.length == 0 || random.nextBoolean() ? 0 : words[random.nextInt(words.length)];
            int[] starts = Arrays.stream(words).filter(at -> at >= from).toArray();
            matches += assertSame("OUTCOME", outcome, lower, from, PatternScan.findAll(outcome, lower, starts));
        }
        assertTrue(matches > 100, "too few outcome matches compared: " + matches);
    }

    /** As {@code DateRangeParser}: the line, its word starts. */
    @Test
    void datePointsFindWhatFindFinds() {
        Pattern point = (Pattern) field(DateRangeParser.class, "POINT");
        int matches = 0;
        for (String text : texts) {
            matches += assertSame("POINT", point, text, 0, PatternScan.findAll(point, text, PatternScan.wordStarts(text)));
        }
        assertTrue(matches > 100, "too few date matches compared: " + matches);
    }

    private static int assertSame(String name, Pattern p, String text, int from, List<MatchResult> got) {
        List<String> expected = new ArrayList<>();
        Matcher m = p.matcher(text);
        if (m.find(from)) {
            do {
                expected.add(spans(m));
            } while (m.find());
        }
        assertEquals(expected, got.stream().map(PatternScanPatternsTest::spans).toList(),
                () -> name + " from " + from + " in \"" + text + "\"");
        return expected.size();
    }

    private static String spans(MatchResult m) {
        StringBuilder s = new StringBuilder();
        for (int g = 0; g <= m.groupCount(); g++) {
            s.append(m.start(g)).append('-').append(m.end(g)).append(' ');
        }
        return s.toString();
    }

    private static Object field(Class<?> type, String name) {
        try {
            Field f = type.getDeclaredField(name);
            f.setAccessible(true);
            return f.get(null);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(type.getSimpleName() + "." + name + " is gone: point this test at the new pattern", e);
        }
    }
}

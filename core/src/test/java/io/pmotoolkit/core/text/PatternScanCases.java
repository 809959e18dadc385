package io.pmotoolkit.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The varied text set and the comparison for the tests of {@link PatternScan}'s production patterns:
 * hand-written lines aimed at each pattern, the sample CVs, the Kaggle CV texts of {@code ../shared} when
 * present, and generated lines mixing dates, numbers, money, phone numbers, names, outcome words, non-ASCII
 * letters and digits, surrogate pairs and odd spacing.
 */
final class PatternScanCases {

    private static final List<String> AIMED = List.of(
            "Cut reporting from 10 days to 4 days across 12 projects; saved £2.4m (GBP 3m, $500k, €1.2 million).",
            "Jan 2020 – March 2018, Sept. 2020, sept 2019, 03/2021, 12/03/2021, 2019-03, 2019/20, 09:30, 3.2021",
            "Tel: +44 (0)20 7946 0958 · 07700 900123 · (555) 123-4567 · 555.123.4567",
            "Windows 10, Java 17, ISO 9001, Level 4, NHS 111, PRINCE2, P3M3, Office 365, v2.1, Phase 3 of 4",
            "Led a team of 8 analysts, team of eight, a group of 12 people, portfolio of 40+ projects, zero defects",
            "Rated 4.5/5 and 9/10; ratio 2:1; 3x faster, 2× the output, 3-fold; 30%, 12.5 %, 30 per cent, 10-15%",
            "Reduced costs by 30% and improved delivery, resulting in on-time releases ahead of schedule",
            "Worked with teams to improve reporting; aiming to reduce risk; top 5% performer, ranked first",
            "Two months, 6 weeks, 12-month plan, 3-5 days, 1.2 million users, 500k, 2bn, 3 PMO analysts",
            "𝐌anaged 𝟏𝟐 projects 2019—2021; Ünited 2020; ٣ مشاريع 2018; ＰＭＯ １２; Café 2020 ; x30% _2019",
            "1. Delivered 2. Managed 3) Reviewed 10. Ran 12 sprints in 2023 and 2024",
            "May 2021 – Present | 2016 - 2019 | Summer 2018 | Q3/2021 | FY2022 | 2022–23 | 1999-2001");

    private static final String[] TOKENS = {
        "Jan", "January", "feb", "Mar.", "march", "Sept.", "sept", "May", "june", "Dec", "2019", "2020", "1999",
        "2049", "1950", "20", "'21", "03/2021", "12/03/2021", "3.2021", "2019-03", "2019/20", "2019–2021", "09:30",
        "30%", "12.5", "%", "per", "cent", "percentage", "points", "pp", "£2m", "£", "$", "€", "500k", "GBP", "USD",
        "EUR", "3m", "1.2", "million", "bn", "k", "3x", "2×", "3-fold", "2:1", "4.5/5", "9/10", "from", "to", "by",
        "days", "weeks", "months", "hours", "sprints", "working", "team", "group", "portfolio", "programme", "of",
        "eight", "twelve", "a", "dozen", "zero", "the", "projects", "stakeholders", "people", "staff", "PMOs",
        "analysts", "is", "was", "Windows", "Java", "ISO", "Level", "level", "v", "Phase", "NHS", "PRINCE2", "P3M3",
        "Managed", "Led", "Reduced", "reduced", "cut", "saved", "improved", "resulting", "in", "ahead", "schedule",
        "on", "time", "under", "budget", "first", "line", "top", "5%", "rated", "adopted", "across", "with", "no",
        "findings", "aimed", "+44", "(0)20", "7946", "0958", "07700", "900123", "(555)", "123-4567", "555.123.4567",
        "1.", "2)", "_2019", "é2020", "x30%", "Q3/2021", "(", ")", ",", ".", "-", "–", "—", "/", ":", ";", "•", "|",
        "#", "##", "Café", "Ünited", "𝐌anaged", "𝟏𝟐", "٣", "１２", "ＰＭＯ", "İstanbul", "ß", "Present", "FY2022",
        "10,000", "1,234.56", "40+", "1-2", "6-month", "over", "-over", "passed", "confirmed"};
    private static final String[] GAPS = {" ", " ", " ", "", "\u00a0", "  ", "\t", ", ", "-", "/", ". "};

    private static final int KAGGLE_LINES = 3_000;
    private static final int GENERATED = 4_000;

    private PatternScanCases() {
    }

    /** The texts, in a fixed order; generated ones from a fixed seed. */
    static List<String> texts(Path samples, Path shared) throws IOException {
        Set<String> out = new LinkedHashSet<>(AIMED);
        if (Files.isDirectory(samples)) {
            try (Stream<Path> files = Files.walk(samples)) {
                for (Path p : files.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".md"))
                        .sorted().toList()) {
                    Files.readAllLines(p).stream().filter(l -> !l.isBlank()).forEach(out::add);
                }
            }
        }
        Path kaggle = shared.resolve("corpus/kaggle/UpdatedResumeDataSet.csv");
        if (Files.isRegularFile(kaggle)) {
            // not a CSV parser: lines of the file, cut at bullets and full stops, which is about what a CV line
            // is; the first few thousand keep the test quick (find() on long lines is what PatternScan avoids)
            int kept = 0;
            for (String line : Files.readAllLines(kaggle)) {
                for (String part : line.split("\\s*[•\u2022]\\s*|(?<=\\.)\\s+")) {
                    if (!part.isBlank() && part.length() <= 300 && kept < KAGGLE_LINES && out.add(part.strip())) {
                        kept++;
                    }
                }
            }
        }
        Random random = new Random(20261201);
        for (int i = 0; i < GENERATED; i++) {
            StringBuilder text = new StringBuilder();
            for (int w = random.nextInt(12); w >= 0; w--) {
                text.append(TOKENS[random.nextInt(TOKENS.length)]).append(GAPS[random.nextInt(GAPS.length)]);
            }
            out.add(text.toString());
        }
        return List.copyOf(out);
    }

    /**
     * Asserts that {@link PatternScan#findAll} with the given starts finds what {@code Matcher.find()} finds
     * (every group's span included) in each text, and that the pattern matched somewhere.
     *
     * @return how many matches were compared
     */
    static int assertSameMatches(String name, Pattern p, Function<String, int[]> starts,
                                        Collection<String> texts) {
        int matches = 0;
        for (String t : texts) {
            List<String> expected = new ArrayList<>();
            Matcher m = p.matcher(t);
            while (m.find()) {
                expected.add(spans(m));
            }
            List<String> got = PatternScan.findAll(p, t, starts.apply(t)).stream().map(PatternScanCases::spans).toList();
            assertEquals(expected, got, () -> name + " in \"" + t + "\"");
            MatchResult first = PatternScan.findFirst(p, t, starts.apply(t));
            assertEquals(expected.isEmpty() ? null : expected.get(0), first == null ? null : spans(first),
                    () -> name + ", first match in \"" + t + "\"");
            matches += expected.size();
        }
        assertTrue(matches > 0, name + " matched none of the " + texts.size() + " texts: add one it matches");
        return matches;
    }

    private static String spans(MatchResult m) {
        StringBuilder s = new StringBuilder();
        for (int g = 0; g <= m.groupCount(); g++) {
            s.append(g == 0 ? "" : " ").append(m.start(g)).append('-').append(m.end(g));
        }
        return s.toString();
    }

    /** The private static {@code Pattern} and {@code List<Pattern>} fields of a class, by name. */
    static Set<String> patternFields(Class<?> type) {
        Set<String> out = new LinkedHashSet<>();
        for (Field f : type.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers())
                    && (f.getType() == Pattern.class || f.getGenericType().getTypeName().equals("java.util.List<java.util.regex.Pattern>"))) {
                out.add(f.getName());
            }
        }
        return out;
    }

    /** A static field's value, read reflectively (the production patterns are private). */
    static Object field(Class<?> type, String name) {
        try {
            Field f = type.getDeclaredField(name);
            f.setAccessible(true);
            return f.get(null);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(type.getSimpleName() + "." + name + " is gone: update this test to the new pattern", e);
        }
    }
}

package io.pmotoolkit.core.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PatternScanTest {

    private static final List<Pattern> AFTER_WORD = List.of(
            Pattern.compile("(?i)\\b(?:jan|march|sept?)\\.?\\s\\d{4}\\b"),
            Pattern.compile("(?<![\\p{L}\\p{N}.,])\\d+(?:\\.\\d+)?\\s?%"),
            Pattern.compile("[£$€]\\d+m?|\\bGBP\\s?\\d+"),
            Pattern.compile("(?i)\\b(?:team|group)\\sof\\s\\d+"));
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(?:19|20)\\d{2}(?!\\d)");
    private static final String[] WORDS = {"Jan", "2020", "march", "Sept.", "30%", "12.5 %", "£2m", "GBP 3", "team",
        "of", "8", "_2019", "é2020", "x30%", "Q3/2021", "1999-2001", "(", ")", ",", "-", "£", "group of 12"};

    @Test
    void findsWhatFindFinds() {
        Random random = new Random(20261123);
        for (int i = 0; i < 5_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int w = random.nextInt(10); w >= 0; w--) {
                text.append(WORDS[random.nextInt(WORDS.length)]).append(random.nextBoolean() ? " " : "");
            }
            String t = text.toString();
            for (Pattern p : AFTER_WORD) {
                assertEquals(find(p, t), spans(PatternScan.findAll(p, t, PatternScan.wordStarts(t))), p + " in " + t);
            }
            assertEquals(find(YEAR, t), spans(PatternScan.findAll(YEAR, t, PatternScan.digitStarts(t))), t);
        }
    }

    @Test
    void startsAreWordsNumbersAndCurrencySigns() {
        assertArrayEquals(new int[] {0, 4, 7, 13, 14}, PatternScan.wordStarts("Led 12 PMOs (£2m)"));
        assertArrayEquals(new int[] {4, 14}, PatternScan.digitStarts("Led 12 PMOs, £2m"));
        assertArrayEquals(new int[] {}, PatternScan.wordStarts("— … !"));
    }

    @Test
    void findFirstIsTheLeftmostMatch() {
        String t = "Q3 report: 2019 and 2021";
        assertEquals(11, PatternScan.findFirst(YEAR, t, PatternScan.digitStarts(t)).start());
        assertNull(PatternScan.findFirst(YEAR, "no year here", PatternScan.digitStarts("no year here")));
    }

    private static List<String> find(Pattern p, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            out.add(m.start() + "-" + m.end());
        }
        return out;
    }

    private static List<String> spans(List<MatchResult> matches) {
        return matches.stream().map(m -> m.start() + "-" + m.end()).toList();
    }
}

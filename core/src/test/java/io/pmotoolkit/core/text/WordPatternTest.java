package io.pmotoolkit.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The grouped word patterns find what the plain alternation of the same words finds, match for match. */
class WordPatternTest {

    private static final String BEFORE = "(?<![\\p{L}\\p{N}])";
    private static final String AFTER = "(?![\\p{L}\\p{N}])";
    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** The pattern {@link WordPattern#whole} made before its words were grouped by first letter. */
    private static Pattern plain(List<String> words, boolean ignoreCase, boolean flexibleSpaces) {
        return Pattern.compile(BEFORE + "(?:" + WordPattern.alternatives(words, flexibleSpaces) + ")" + AFTER,
                ignoreCase ? CI : 0);
    }

    private static Pattern plainGroups(List<List<String>> lists, boolean ignoreCase, boolean flexibleSpaces) {
        StringBuilder sb = new StringBuilder(BEFORE).append("(?:");
        for (int i = 0; i < lists.size(); i++) {
            sb.append(i == 0 ? "(" : "|(").append(WordPattern.alternatives(lists.get(i), flexibleSpaces)).append(')');
        }
        return Pattern.compile(sb.append(')').append(AFTER).toString(), ignoreCase ? CI : 0);
    }

    /** Every match, with its span and the groups that took part. */
    private static List<String> all(Pattern p, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            StringBuilder s = new StringBuilder().append(m.start()).append('-').append(m.end());
            for (int g = 1; g <= m.groupCount(); g++) {
                s.append(m.start(g) >= 0 ? " g" + g : "");
            }
            out.add(s.toString());
        }
        return out;
    }

    @Test
    void wordsAreGroupedByTheirFirstLetter() {
        assertEquals("\\Qa\\E(?:\\Qction\\E|\\Qgile\\E)|\\Qr\\E(?:\\Qisk\\E)",
                WordPattern.grouped(List.of("risk", "action", "agile"), true, false));
        assertEquals("\\Qp\\E(?:\\Qlan\\E)|\\QP\\E(?:\\QMO\\E)", WordPattern.grouped(List.of("plan", "PMO"), false, false));
        assertEquals("\\Qp\\E(?:\\Qlan\\E|\\QMO\\E)", WordPattern.grouped(List.of("plan", "PMO"), true, false));
    }

    @Test
    void theLongestWordStillWins() {
        Pattern p = WordPattern.whole(List.of("issue", "issue log", "Issue logs"), true, true);
        Matcher m = p.matcher("Kept the ISSUE   logs and the issue list");
        assertTrue(m.find());
        assertEquals("ISSUE   logs", m.group());
        assertTrue(m.find());
        assertEquals("issue", m.group());
    }

    @Test
    void aCharacterMatchedDifferentlyAloneKeepsThePlainAlternation() {
        // under UNICODE_CASE the literal "ßa" matches "ẞa", a lone "ß" does not: such words are not grouped
        assertEquals(WordPattern.alternatives(List.of("ßa", "sb"), false), WordPattern.grouped(List.of("ßa", "sb"), true, false));
        assertEquals("ẞa", matchOf(WordPattern.whole(List.of("ßa"), true, false), "x ẞa y"));
    }

    private static String matchOf(Pattern p, String text) {
        Matcher m = p.matcher(text);
        return m.find() ? m.group() : null;
    }

    @Test
    void randomWordsAndTextsMatchAsThePlainAlternation() {
        // letters that fold in odd ways (Kelvin sign, dotted and dotless i, long s, final sigma), digits, marks, spaces
        String[] pieces = {"a", "b", "k", "K", "\u212A", "i", "I", "\u0130", "\u0131", "s", "S", "\u017F", "\u03C3",
            "\u03C2", "\u03A3", "é", "É", "1", "-", "&", ".", " ", "  ", "\n", "ß", "ẞ", "pm", "PM", "o"};
        Random random = new Random(13);
        for (int round = 0; round < 400; round++) {
            List<String> words = new ArrayList<>();
            for (int k = random.nextInt(12) + 1; k > 0; k--) {
                words.add(text(random, pieces, 1 + random.nextInt(4)).strip());
            }
            words.removeIf(String::isEmpty);
            if (words.isEmpty()) {
                continue;
            }
            boolean ignoreCase = random.nextBoolean();
            boolean flexible = random.nextBoolean();
            Pattern grouped = WordPattern.whole(words, ignoreCase, flexible);
            Pattern plain = plain(words, ignoreCase, flexible);
            List<List<String>> lists = List.of(words.subList(0, words.size() / 2), words.subList(words.size() / 2, words.size()));
            Pattern groups = WordPattern.wholeGroups(lists, ignoreCase, flexible);
            Pattern plainGroups = plainGroups(lists, ignoreCase, flexible);
            for (int t = 0; t < 60; t++) {
                String text = text(random, pieces, random.nextInt(14));
                assertEquals(all(plain, text), all(grouped, text), () -> words + " in \"" + text + "\": " + grouped);
                assertEquals(all(plainGroups, text), all(groups, text), () -> lists + " in \"" + text + "\": " + groups);
            }
        }
    }

    private static String text(Random random, String[] pieces, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(pieces[random.nextInt(pieces.length)]);
        }
        return sb.toString();
    }
}

package io.pmotoolkit.core.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs a pattern only where one of its matches can start, instead of at every position of the text.
 *
 * <p>Patterns that open with a look-behind or with {@code \b} and a long alternation cost
 * {@code Matcher.find()} a full attempt at every character; for the metric, date and topic patterns that
 * was a tenth of a batch's CPU. The caller gives the positions where a match may start (a superset of the
 * real starts, such as {@link #wordStarts}); {@link #findAll} tries only those, in order, and goes on after
 * each match as {@code find()} does, so it returns the same matches.
 *
 * {@snippet :
 * Pattern year = Pattern.compile("(?<!\\d)(?:19|20)\\d{2}(?!\\d)");
 * PatternScan.findAll(year, "PMO Analyst 2019-2023", PatternScan.digitStarts("PMO Analyst 2019-2023"));
 * // two matches: 2019 and 2023
 * }
 *
 * <p>Thread-safe: stateless.
 */
public final class PatternScan {

    private PatternScan() {
    }

    /**
     * The matches of {@code p} in {@code text}, as repeated {@code Matcher.find()} calls give them, when every
     * match starts at one of {@code starts}.
     *
     * @param p      the pattern; look-behinds and {@code \b} see the whole text
     * @param text   the text
     * @param starts the positions where a match may start, ascending
     * @return the matches, in order
     */
    public static List<MatchResult> findAll(Pattern p, String text, int[] starts) {
        List<MatchResult> out = List.of();
        Matcher m = p.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int after = 0;
        for (int at : starts) {
            if (at < after || !m.region(at, text.length()).lookingAt()) {
                continue;
            }
            if (out.isEmpty()) {
                out = new ArrayList<>(2);
            }
            out.add(m.toMatchResult());
            after = m.end() == at ? at + 1 : m.end();
        }
        return out;
    }

    /** The first match of {@code p} in {@code text}, as {@code Matcher.find()} gives it, or null. */
    public static MatchResult findFirst(Pattern p, String text, int[] starts) {
        Matcher m = p.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        for (int at : starts) {
            if (m.region(at, text.length()).lookingAt()) {
                return m.toMatchResult();
            }
        }
        return null;
    }

    /**
     * Where a currency sign (£, $, €) stands, and where an ASCII letter or digit follows anything but an ASCII
     * letter or digit: every start of an ASCII word behind {@code \b} and of a number behind a look-behind
     * that refuses letters and digits.
     */
    public static int[] wordStarts(String text) {
        int[] starts = new int[text.length()];
        int n = 0;
        for (int p = 0; p < text.length(); p++) {
            char c = text.charAt(p);
            if (c == '£' || c == '$' || c == '€' || isAsciiAlnum(c) && (p == 0 || !isAsciiAlnum(text.charAt(p - 1)))) {
                starts[n++] = p;
            }
        }
        return Arrays.copyOf(starts, n);
    }

    /** Where an ASCII digit follows anything but an ASCII digit: every start of a number. */
    public static int[] digitStarts(String text) {
        int[] starts = new int[text.length()];
        int n = 0;
        for (int p = 0; p < text.length(); p++) {
            if (isAsciiDigit(text.charAt(p)) && (p == 0 || !isAsciiDigit(text.charAt(p - 1)))) {
                starts[n++] = p;
            }
        }
        return Arrays.copyOf(starts, n);
    }

    static boolean isAsciiAlnum(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || isAsciiDigit(c);
    }

    static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}

package io.pmotoolkit.resume.lines;

import java.util.Locale;
import java.util.List;
import java.util.Set;

/**
 * How a CV writes money and spelling, so that the words a rewrite adds follow the CV: the currency sign it uses
 * most ({@code £}, {@code $}, {@code €}, {@code ₹}; null when it shows none, or two as often) and whether it mostly
 * spells -ize ("organize") rather than -ise.
 *
 * {@snippet :
 * CvLocale l = CvLocale.of(List.of("Organized a $2m budget review"));
 * l.currency();            // "$"
 * l.words("prioritised");  // "prioritized"
 * }
 *
 * <p>Thread-safe: an immutable record.
 *
 * @param currency the currency sign, or null
 * @param ize      whether the CV mostly spells -ize
 */
public record CvLocale(String currency, boolean ize) {

    /** No currency, -ise spelling: the wording used when nothing is known about the CV. */
    public static final CvLocale NEUTRAL = new CvLocale(null, false);

    /** Reads the locale from a CV's lines: the currency it shows most, and its -ise/-ize majority. */
    public static CvLocale of(Iterable<String> lines) {
        RewriteVocabulary v = RewriteVocabulary.builtIn();
        int[] money = new int[v.currencies().size()];
        int ise = 0;
        int ize = 0;
        for (String line : lines) {
            String lower = asciiLower(line);
            for (int i = 0; i < money.length; i++) {
                money[i] += shown(line, lower, v.currencies().get(i).forms());
            }
            ise += spellings(line, v.iseStems(), 's');
            ize += spellings(line, v.iseStems(), 'z');
        }
        String currency = null;
        int best = 0;
        for (int i = 0; i < money.length; i++) {
            if (money[i] > best) {
                best = money[i];
                currency = v.currencies().get(i).sign();
            } else if (money[i] == best && best > 0) {
                currency = null;  // a tie: no currency is safer than a wrong one
            }
        }
        return new CvLocale(currency, ize > ise);
    }

    /**
     * How many times {@code line} shows one of a currency's {@code forms}: as many as its pattern
     * ({@link RewriteVocabulary.Currency#shownBy()}) finds, searched with {@code indexOf} rather than by trying the
     * pattern at every position. As the pattern does: the leftmost match, the first form in the list's order at
     * that place, then on after it; a form starting with a letter only as a whole word (no letter or digit on
     * either side); ASCII case ignored.
     *
     * @param lower the line with its ASCII letters in lower case ({@link #asciiLower})
     * @param forms the currency's forms, likewise in lower case
     */
    static int shown(String line, String lower, List<String> forms) {
        int n = 0;
        int[] next = new int[forms.size()];   // each form's next match at or after `from`, -1 for none, -2 unknown
        java.util.Arrays.fill(next, -2);
        int from = 0;
        while (true) {
            int best = -1;
            int at = Integer.MAX_VALUE;
            for (int f = 0; f < next.length; f++) {
                if (next[f] == -2 || next[f] >= 0 && next[f] < from) {
                    next[f] = nextMatch(line, lower, forms.get(f), from);
                }
                if (next[f] >= 0 && next[f] < at) {
                    at = next[f];
                    best = f;
                }
            }
            if (best < 0) {
                return n;
            }
            n++;
            from = at + forms.get(best).length();
        }
    }

    private static int nextMatch(String line, String lower, String form, int from) {
        boolean word = Character.isLetter(form.codePointAt(0));
        for (int at = lower.indexOf(form, from); at >= 0; at = lower.indexOf(form, at + 1)) {
            int end = at + form.length();
            // The char before as the pattern's look-behind reads it: a lone low surrogate is no letter.
            if (!word || (at == 0 || !isLetterOrDigit(Character.codePointAt(line, at - 1)))
                    && (end == line.length() || !isLetterOrDigit(Character.codePointAt(line, end)))) {
                return at;
            }
        }
        return -1;
    }

    /** {@code [\p{L}\d]} of the patterns: a letter, or an ASCII digit. */
    private static boolean isLetterOrDigit(int c) {
        return Character.isLetter(c) || c >= '0' && c <= '9';
    }

    /** The text with A-Z as a-z and every other character as it is: the patterns' ASCII-only case folding. */
    static String asciiLower(String s) {
        char[] c = null;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch >= 'A' && ch <= 'Z') {
                if (c == null) {
                    c = s.toCharArray();
                }
                c[i] = (char) (ch + ('a' - 'A'));
            }
        }
        return c == null ? s : new String(c);
    }

    /**
     * How many words of {@code line} are a stem of {@code stems} spelt with "is" ({@code s = 's'}) or "iz" and an
     * ending ("organised", "Prioritizing"): as many as {@link RewriteVocabulary#iseWords()} (or {@code izeWords()})
     * finds, each a whole word between {@code \b}s, but by looking each word's stem up rather than running the
     * patterns' alternation of every stem over every line. A word is what {@code \b} bounds: a run of ASCII
     * letters, digits and underscores; the patterns ignore ASCII case only.
     */
    static int spellings(String line, Set<String> stems, char s) {
        int n = 0;
        int len = line.length();
        int i = 0;
        while (i < len) {
            if (!isWordChar(line.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < len && isWordChar(line.charAt(i))) {
                i++;
            }
            if (isSpelling(line, start, i, stems, s)) {
                n++;
            }
        }
        return n;
    }

    private static boolean isSpelling(String line, int start, int end, Set<String> stems, char s) {
        for (String ending : RewriteVocabulary.SPELLING_ENDINGS) {
            int cut = end - ending.length() - 2;   // where "is"/"iz" starts
            if (cut > start && line.regionMatches(true, end - ending.length(), ending, 0, ending.length())
                    && Character.toLowerCase(line.charAt(cut)) == 'i' && Character.toLowerCase(line.charAt(cut + 1)) == s
                    && stems.contains(line.substring(start, cut).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isWordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }

    /** Our own words respelt for the CV: -ise stems become -ize when the CV mostly writes -ize. */
    String words(String text) {
        if (!ize) {
            return text;
        }
        return RewriteVocabulary.builtIn().iseWords().matcher(text).replaceAll(m -> m.group(1)
                + (m.group().equals(m.group().toUpperCase(Locale.ROOT)) ? "IZ" : "iz") + m.group(2));
    }
}

package io.pmotoolkit.core.text;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns a word into the key used for matching, so that the inflections and UK/US spellings of one word
 * meet, and different words do not.
 *
 * <p>The key is lower-case (in {@link Locale#ROOT}, so matching never depends on the user's locale), with
 * a possessive {@code 's} dropped, US spellings folded to UK ones (organization → organisation;
 * program → programme is NOT folded: "program" is also a software word), irregular verb forms taken to
 * their base (led → lead, ran → run) and the <em>inflectional</em> endings removed: plural -s/-es/-ies,
 * verb -ed/-ing, a doubled consonant and a final e (the first step of Porter's algorithm), so that
 * manage, manages, managed and managing share a key, and policy and policies do.
 *
 * <p>Derivational endings are kept on purpose: government is not governance, community is not
 * communication, information is not inform, projection is not project. Where the skills model wants two
 * such words to meet (negotiate and negotiation, track and tracker), it says so in its word families.
 *
 * <p>Thread-safe; keys are memoised in a bounded concurrent map, which cannot change a result.
 */
public final class WordKeys {

    private static final Pattern POSSESSIVE = Pattern.compile("(?i)['’]s?$");
    // -ize/-ization/-izing... → -ise...; -yze → -yse (analyze → analyse).
    private static final Pattern IZE = Pattern.compile("(\\p{L}{2,})iz(e|es|ed|ing|ation|ations|er|ers)$");
    private static final Pattern YZE = Pattern.compile("(\\p{L}{2,})yz(e|es|ed|ing|er|ers)$");
    // behavior → behaviour, color → colour (only where the -our form is the UK one).
    private static final Pattern OR_WORDS = Pattern.compile("^(behavi|col|fav|hon|lab|neighb|endeav|harb)or(s|al|ed|ing)?$");
    // center → centre, meter stays (instrument), fiber → fibre.
    private static final Pattern ER_WORDS = Pattern.compile("^(cent|fib|theat)er(s)?$");

    /** Irregular verb forms (and a few irregular plurals) to their base: English grammar, not PMO vocabulary. */
    private static final Map<String, String> IRREGULAR = loadIrregular();

    private WordKeys() {
    }

    private static final int CACHE_LIMIT = 100_000;
    private static final java.util.concurrent.ConcurrentHashMap<String, String> CACHE =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** The matching key of one token (memoised: CVs reuse a small vocabulary). */
    public static String key(String token) {
        String known = CACHE.get(token);
        if (known != null) {
            return known;
        }
        String key = computeKey(token);
        if (CACHE.size() > CACHE_LIMIT) {
            CACHE.clear();
        }
        CACHE.put(token, key);
        return key;
    }

    private static final Pattern ACRONYM_PLURAL = Pattern.compile("\\p{Lu}[\\p{Lu}\\d]+s");

    private static String computeKey(String token) {
        if (ACRONYM_PLURAL.matcher(token).matches()) {
            return token.substring(0, token.length() - 1).toLowerCase(Locale.ROOT);  // KPIs, APIs
        }
        String w = token.toLowerCase(Locale.ROOT);
        if (w.length() > 2) {
            w = POSSESSIVE.matcher(w).replaceFirst("");
        }
        w = ukSpelling(w);
        String base = IRREGULAR.get(w);
        if (base != null) {
            w = base;
        }
        if (w.length() <= 3 || !isAlphabetic(w)) {
            return w;
        }
        return inflectionStem(w);
    }

    /** Folds common US spellings of a lower-case word to the UK form. */
    public static String ukSpelling(String w) {
        String s = fold(w, IZE, 'i', IZE_ENDINGS);
        s = fold(s, YZE, 'y', YZE_ENDINGS);
        s = OR_WORDS.matcher(s).replaceFirst("$1our$2");
        s = ER_WORDS.matcher(s).replaceFirst("$1re$2");
        if (s.equals("catalog") || s.equals("catalogs")) {
            s = s.replace("catalog", "catalogue");
        }
        return s;
    }

    private static final String[] IZE_ENDINGS = {"e", "es", "ed", "ing", "ation", "ations", "er", "ers"};
    private static final String[] YZE_ENDINGS = {"e", "es", "ed", "ing", "er", "ers"};

    /**
     * What {@code pattern.matcher(w).replaceFirst("$1" + vowel + "s$2")} gives for {@link #IZE} or {@link #YZE},
     * in time linear in the word: the pattern tries every start and, from each, every length of its leading
     * letters, which took over a minute on one word of 32,000 letters. The {@code z} to fold is the one before
     * the shortest ending the word ends with, when at least two letters come before its vowel.
     */
    private static String fold(String w, Pattern pattern, char vowel, String[] endings) {
        int n = w.length();
        if (n > 0 && isLineTerminator(w.charAt(n - 1))) {
            return pattern.matcher(w).replaceFirst("$1" + vowel + "s$2");  // "$" may match before it: keep the pattern's reading
        }
        int at = -1;  // the index of the vowel before the z
        for (String e : endings) {
            int p = n - e.length() - 2;
            if (p > at && w.endsWith(e) && w.charAt(p) == vowel && w.charAt(p + 1) == 'z') {
                at = p;
            }
        }
        if (at < 0) {
            return w;
        }
        int letters = 0;
        for (int i = at; i > 0 && letters < 2; ) {
            int cp = w.codePointBefore(i);
            if (!Character.isLetter(cp)) {
                break;
            }
            letters++;
            i -= Character.charCount(cp);
        }
        return letters < 2 ? w : w.substring(0, at + 1) + "s" + w.substring(at + 2);
    }

    private static boolean isLineTerminator(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    // --- inflectional stemming: Porter's step 1, a final double l and a final e ----------------------

    /** The word without its inflectional ending (lower-case letters, at least four of them). */
    static String inflectionStem(String w) {
        String s = plural(w);
        s = verbEnding(s);
        if (s.endsWith("y") && s.length() > 2 && hasVowel(s, s.length() - 1)) {
            s = s.substring(0, s.length() - 1) + "i";
        }
        if (s.endsWith("ll") && measure(s, s.length() - 1) > 1) {
            s = s.substring(0, s.length() - 1);  // controlled, control; modelling, modeling
        }
        if (s.endsWith("e") && s.length() > 3) {
            s = s.substring(0, s.length() - 1);  // manage, managed, managing: "manag"
        }
        return s;
    }

    private static String plural(String w) {
        if (w.endsWith("sses")) {
            return w.substring(0, w.length() - 2);
        }
        if (w.endsWith("ies") && w.length() > 4) {
            return w.substring(0, w.length() - 2);  // policies → polici (policy → polici below)
        }
        if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    private static String verbEnding(String w) {
        if (w.endsWith("eed")) {
            return measure(w, w.length() - 3) > 0 ? w.substring(0, w.length() - 1) : w;
        }
        String stem;
        if (w.endsWith("ed") && hasVowel(w, w.length() - 2)) {
            stem = w.substring(0, w.length() - 2);
        } else if (w.endsWith("ing") && hasVowel(w, w.length() - 3)) {
            stem = w.substring(0, w.length() - 3);
        } else {
            return w;
        }
        if (stem.endsWith("at") || stem.endsWith("bl") || stem.endsWith("iz") || stem.endsWith("is")) {
            return stem + "e";
        }
        int n = stem.length();
        if (n >= 2 && stem.charAt(n - 1) == stem.charAt(n - 2) && consonant(stem, n - 1)
                && "lsz".indexOf(stem.charAt(n - 1)) < 0) {
            return stem.substring(0, n - 1);  // planned → plan
        }
        if (measure(stem, n) == 1 && cvc(stem)) {
            return stem + "e";  // filing → file
        }
        return stem;
    }

    private static boolean consonant(String s, int i) {
        char c = s.charAt(i);
        if ("aeiou".indexOf(c) >= 0) {
            return false;
        }
        return c != 'y' || i == 0 || !consonant(s, i - 1);
    }

    /** Porter's m: the number of vowel-consonant sequences in the first {@code end} letters. */
    private static int measure(String s, int end) {
        int m = 0;
        int i = 0;
        while (i < end && consonant(s, i)) {
            i++;
        }
        while (i < end) {
            while (i < end && !consonant(s, i)) {
                i++;
            }
            if (i >= end) {
                break;
            }
            while (i < end && consonant(s, i)) {
                i++;
            }
            m++;
        }
        return m;
    }

    private static boolean hasVowel(String s, int end) {
        for (int i = 0; i < end; i++) {
            if (!consonant(s, i)) {
                return true;
            }
        }
        return false;
    }

    /** Consonant-vowel-consonant at the end, the last not w, x or y (hop, file). */
    private static boolean cvc(String s) {
        int n = s.length();
        if (n < 3 || !consonant(s, n - 1) || consonant(s, n - 2) || !consonant(s, n - 3)) {
            return false;
        }
        char c = s.charAt(n - 1);
        return c != 'w' && c != 'x' && c != 'y';
    }

    private static boolean isAlphabetic(String w) {
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return true;
    }

    private static Map<String, String> loadIrregular() {
        Map<String, String> map = new HashMap<>();
        for (List<String> row : IrregularForms.ROWS) {
            for (int i = 1; i < row.size(); i++) {
                map.put(row.get(i), row.get(0));
            }
        }
        return Map.copyOf(map);
    }
}

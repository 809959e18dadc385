package io.pmotoolkit.core.text;

import java.util.Locale;
import java.util.regex.Pattern;
import opennlp.tools.stemmer.PorterStemmer;

/**
 * Turns a word into the key used for matching, so that inflections and UK/US spellings of a word meet.
 *
 * <p>The key is lower-case (in {@link Locale#ROOT}, so matching never depends on the user's locale), with
 * a possessive {@code 's} dropped, US spellings folded to UK ones (organization → organisation,
 * program → programme is NOT folded: "program" is also a software word) and then Porter-stemmed, so that
 * manage, managed, managing and management share a key. Agent nouns (manager, programmer, stakeholder)
 * are not stemmed: "project manager" is a job title, not the practice "project management".
 *
 * <p>Thread-safe: the stemmer is created per call (it is tiny and not thread-safe); keys are memoised in a
 * bounded concurrent map, which cannot change a result.
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

    private static final Pattern AGENT_NOUN = Pattern.compile("\\p{L}{3,}(?<!e)ers?");

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

    private static String computeKey(String token) {
        String w = token.toLowerCase(Locale.ROOT);
        if (w.length() > 2) {
            w = POSSESSIVE.matcher(w).replaceFirst("");
        }
        w = ukSpelling(w);
        if (w.length() <= 3 || !isAlphabetic(w)) {
            return w;
        }
        if (AGENT_NOUN.matcher(w).matches()) {
            // Porter folds "manager" into "management" and "programmer" into "programme": a person is not
            // a practice, so agent nouns keep their own key (singular).
            return w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
        }
        PorterStemmer stemmer = new PorterStemmer();
        return stemmer.stem(w);
    }

    /** Folds common US spellings of a lower-case word to the UK form. */
    static String ukSpelling(String w) {
        String s = IZE.matcher(w).replaceFirst("$1is$2");
        s = YZE.matcher(s).replaceFirst("$1ys$2");
        s = OR_WORDS.matcher(s).replaceFirst("$1our$2");
        s = ER_WORDS.matcher(s).replaceFirst("$1re$2");
        if (s.equals("catalog") || s.equals("catalogs")) {
            s = s.replace("catalog", "catalogue");
        }
        return s;
    }

    private static boolean isAlphabetic(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (!Character.isLetter(w.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}

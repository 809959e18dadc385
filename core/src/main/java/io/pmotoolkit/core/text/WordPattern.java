package io.pmotoolkit.core.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one builder of a pattern from a word list: alternatives quoted, longest first (so that "vice president"
 * wins over "president" and "issue log" over "issue"), matched as whole words. Used by the vocabularies the CV
 * readers and the rewrites load from data. Stateless and thread-safe.
 *
 * {@snippet :
 * Pattern p = WordPattern.whole(List.of("lead", "team lead"), true, false);
 * p.matcher("Team Lead, PMO").find();  // true; "leader" would not match
 * }
 */
public final class WordPattern {

    /** Not inside a longer word or number: nothing of it just before the match, and just after it. */
    private static final String BEFORE = "(?<![\\p{L}\\p{N}])";
    private static final String AFTER = "(?![\\p{L}\\p{N}])";

    private WordPattern() {
    }

    /**
     * The words as one alternation, without the brackets: each quoted, longest first, a word listed twice (in
     * any case) once. With {@code flexibleSpaces} a space in a word matches any run of white space.
     */
    public static String alternatives(Collection<String> words, boolean flexibleSpaces) {
        Set<String> seen = new LinkedHashSet<>();
        List<String> sorted = new ArrayList<>();
        for (String w : words) {
            String s = w.strip();
            if (seen.add(s.toLowerCase(Locale.ROOT))) {
                sorted.add(s);
            }
        }
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder sb = new StringBuilder();
        for (String w : sorted) {
            String quoted = Pattern.quote(w);
            sb.append(sb.isEmpty() ? "" : "|").append(flexibleSpaces ? quoted.replace(" ", "\\E\\s+\\Q") : quoted);
        }
        return sb.toString();
    }

    /**
     * The words as whole words: not inside a longer word or number ("lead" does not match "leader"), in any
     * case (Unicode-aware) when {@code ignoreCase}.
     */
    public static Pattern whole(Collection<String> words, boolean ignoreCase, boolean flexibleSpaces) {
        return Pattern.compile(BEFORE + "(?:" + alternatives(words, flexibleSpaces) + ")" + AFTER,
                ignoreCase ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0);
    }

    /**
     * Several word lists as one pattern, list {@code i} as capturing group {@code i + 1}: {@code find()} stops at the
     * first position where any list has a whole-word match, in the group of the first list listed that matches
     * there, so it tells what one {@link #whole} pattern per list would, by the earliest start, a tie to the first
     * list, with one scan of the text instead of one per list (the word boundaries tried once a position).
     */
    public static Pattern wholeGroups(List<? extends Collection<String>> lists, boolean ignoreCase, boolean flexibleSpaces) {
        StringBuilder sb = new StringBuilder(BEFORE).append("(?:");
        for (int i = 0; i < lists.size(); i++) {
            sb.append(i == 0 ? "(" : "|(").append(alternatives(lists.get(i), flexibleSpaces)).append(')');
        }
        return Pattern.compile(sb.append(')').append(AFTER).toString(),
                ignoreCase ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0);
    }
}

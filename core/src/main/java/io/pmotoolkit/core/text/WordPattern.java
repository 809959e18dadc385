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
        StringBuilder sb = new StringBuilder();
        for (String w : sorted(words)) {
            sb.append(sb.isEmpty() ? "" : "|").append(quote(w, flexibleSpaces));
        }
        return sb.toString();
    }

    /** The words stripped, a word listed twice (in any case) once, longest first (a tie in the order given). */
    private static List<String> sorted(Collection<String> words) {
        Set<String> seen = new LinkedHashSet<>();
        List<String> sorted = new ArrayList<>();
        for (String w : words) {
            String s = w.strip();
            if (seen.add(s.toLowerCase(Locale.ROOT))) {
                sorted.add(s);
            }
        }
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        return sorted;
    }

    private static String quote(String w, boolean flexibleSpaces) {
        String quoted = Pattern.quote(w);
        return flexibleSpaces ? quoted.replace(" ", "\\E\\s+\\Q") : quoted;
    }

    /**
     * The alternation of {@link #alternatives} with the words grouped by their first letter, the letter matched
     * once a group: {@code a(?:gile|ction)|r(?:isk)}. Java's regex engine tries an alternation's words one by one at
     * every position it scans, so a list of hundreds of words cost hundreds of comparisons a position (most of the
     * CPU of the vocabularies' patterns); grouped, a position costs a comparison a letter group and then only the
     * words of its group.
     *
     * <p>It matches exactly what the plain alternation matches, with the same word chosen, by construction: two
     * words of different groups can never both match at one position (their first letters match disjoint sets of
     * characters), and within a group the words keep their order, so the words that can match at a position are
     * tried in the same order as before. That needs the first letter, matched alone, to match the same characters
     * as it does inside the word: true of every character with an upper and a lower case and of ASCII, with or
     * without {@code ignoreCase}; for any other character in a word (a German sharp s, say) the plain alternation
     * is returned.
     */
    static String grouped(Collection<String> words, boolean ignoreCase, boolean flexibleSpaces) {
        java.util.Map<Integer, List<String>> groups = new java.util.LinkedHashMap<>();
        for (String w : sorted(words)) {
            if (w.isEmpty() || !w.chars().allMatch(WordPattern::alike)) {
                return alternatives(words, flexibleSpaces);
            }
            char first = w.charAt(0);
            int key = ignoreCase ? fold(first) : first;
            if (ignoreCase && fold(key) != key) {
                return alternatives(words, flexibleSpaces);
            }
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(w);
        }
        StringBuilder sb = new StringBuilder();
        for (List<String> group : groups.values()) {
            sb.append(sb.isEmpty() ? "" : "|").append(Pattern.quote(group.getFirst().substring(0, 1))).append("(?:");
            for (int i = 0; i < group.size(); i++) {
                sb.append(i == 0 ? "" : "|").append(quote(group.get(i).substring(1), flexibleSpaces));
            }
            sb.append(')');
        }
        return sb.toString();
    }

    /**
     * A character that Java's regex engine matches the same way alone and inside a longer literal, in any case
     * mode: one with distinct cases (compared by {@link #fold} either way), or ASCII. Surrogates are not.
     */
    private static boolean alike(int c) {
        if (Character.isSurrogate((char) c)) {
            return false;
        }
        int upper = Character.toUpperCase(c);
        return c < 0x80 || upper != Character.toLowerCase(upper);
    }

    /** The case fold Java's regex engine compares with under {@code CASE_INSENSITIVE | UNICODE_CASE}. */
    private static int fold(int c) {
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    /**
     * The words as whole words: not inside a longer word or number ("lead" does not match "leader"), in any
     * case (Unicode-aware) when {@code ignoreCase}.
     */
    public static Pattern whole(Collection<String> words, boolean ignoreCase, boolean flexibleSpaces) {
        return Pattern.compile(BEFORE + "(?:" + grouped(words, ignoreCase, flexibleSpaces) + ")" + AFTER,
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
            sb.append(i == 0 ? "(" : "|(").append(grouped(lists.get(i), ignoreCase, flexibleSpaces)).append(')');
        }
        return Pattern.compile(sb.append(')').append(AFTER).toString(),
                ignoreCase ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0);
    }
}

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
        return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives(words, flexibleSpaces) + ")(?![\\p{L}\\p{N}])",
                ignoreCase ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0);
    }
}

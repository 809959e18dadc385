package io.pmotoolkit.app;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * "Did you mean": the nearest valid values for a mistyped role or question id, in one line such as
 * {@code unknown role 'pmo-analist'; did you mean pmo-analyst?}, by edit distance (commons-text's
 * {@link LevenshteinDistance}) or by a shared long word ({@code report-collation} finds
 * {@code weekly-report-collation}). Every surface (the command line, a web app) words it the same way; the
 * command line adds picocli's suggestions for commands and options. Stateless and thread-safe.
 */
public final class Suggestions {

    /** Suggestions listed at most. */
    public static final int MAX = 3;
    /** Shortest word that counts as shared between a mistyped value and a valid one. */
    private static final int SHARED_WORD = 5;

    private Suggestions() {
    }

    /**
     * The valid values nearest to {@code given}, best first, at most {@value #MAX}: those within an edit
     * distance of a third of its length (at least 2), or sharing a word of {@value #SHARED_WORD} letters or
     * more. Case is ignored. Empty when nothing is close.
     */
    public static List<String> nearest(String given, Collection<String> valid) {
        LevenshteinDistance distance = LevenshteinDistance.getDefaultInstance();
        String wanted = given.toLowerCase(Locale.ROOT);
        int limit = Math.max(2, wanted.length() / 3);
        return valid.stream().distinct()
                .sorted(Comparator.comparingInt((String v) -> distance.apply(wanted, v.toLowerCase(Locale.ROOT)))
                        .thenComparing(Comparator.naturalOrder()))
                .filter(v -> distance.apply(wanted, v.toLowerCase(Locale.ROOT)) <= limit || sharesAWord(wanted, v))
                .limit(MAX).toList();
    }

    /** "; did you mean a?" or "; did you mean a, b or c?", or "" when nothing is close. */
    public static String didYouMean(String given, Collection<String> valid) {
        return phrase(nearest(given, valid));
    }

    /**
     * "unknown role 'x'; did you mean y?" when a role is close, else "unknown role 'x': choose one of a, b".
     */
    public static String unknownRole(String given, List<String> roles) {
        String hint = didYouMean(given, roles);
        return "unknown role '" + given + "'" + (hint.isEmpty() ? ": choose one of " + String.join(", ", roles) : hint);
    }

    /** "; did you mean a?" or "; did you mean a, b or c?" for these values, or "" when there are none. */
    public static String phrase(List<String> close) {
        if (close.isEmpty()) {
            return "";
        }
        if (close.size() == 1) {
            return "; did you mean " + close.get(0) + "?";
        }
        return "; did you mean " + String.join(", ", close.subList(0, close.size() - 1)) + " or "
                + close.get(close.size() - 1) + "?";
    }

    private static boolean sharesAWord(String a, String b) {
        for (String w : a.split("-")) {
            if (w.length() >= SHARED_WORD && b.toLowerCase(Locale.ROOT).contains(w)) {
                return true;
            }
        }
        return false;
    }
}

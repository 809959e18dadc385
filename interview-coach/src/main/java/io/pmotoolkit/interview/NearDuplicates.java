package io.pmotoolkit.interview;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.text.similarity.CosineSimilarity;

/**
 * Whether two questions say nearly the same thing: the cosine similarity of their content words (stop
 * words and the usual question openers removed). Stateless and thread-safe.
 */
final class NearDuplicates {

    /** Questions of the same competency and type at or above this similarity count as near-duplicates. */
    static final double THRESHOLD = 0.5;

    private static final CosineSimilarity COSINE = new CosineSimilarity();
    private static final Set<String> STOP = Set.of("a", "an", "the", "and", "or", "of", "to", "in", "on", "for",
            "with", "you", "your", "we", "i", "me", "my", "it", "its", "that", "this", "what", "how", "why", "when",
            "which", "who", "was", "were", "is", "are", "be", "been", "did", "do", "does", "have", "had", "has",
            "tell", "about", "time", "walk", "through", "describe", "give", "example", "would", "could", "there",
            "they", "them", "their", "at", "as", "by", "from", "into", "so", "if", "but", "not", "one", "some");

    private NearDuplicates() {
    }

    static double similarity(String a, String b) {
        Double s = COSINE.cosineSimilarity(vector(a), vector(b));
        return s == null || s.isNaN() ? 0 : s;
    }

    static boolean nearDuplicate(Question a, Question b) {
        return a.competency().equals(b.competency()) && a.type() == b.type()
                && similarity(a.text(), b.text()) >= THRESHOLD;
    }

    private static Map<CharSequence, Integer> vector(String text) {
        Map<CharSequence, Integer> v = new HashMap<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() > 1 && !STOP.contains(w)) {
                String stem = w.length() > 4 && w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
                v.merge(stem, 1, Integer::sum);
            }
        }
        return v;
    }
}

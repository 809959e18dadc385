package io.pmotoolkit.interview.feedback;

import io.pmotoolkit.core.text.WordKeys;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Text as a sequence of word keys ({@link WordKeys}), and phrases found in it as whole key sequences: "gate
 * reviews" meets "gate review", "prioritised" meets "prioritized", "risk" does not meet "brisk". The last word
 * of a phrase, when it has four letters or more, also matches as the start of a word, so that the bank can
 * write a stem ("escalat" for escalate, escalation).
 *
 * <p>Thread-safe: stateless.
 */
final class KeyPhrases {

    private KeyPhrases() {
    }

    /** The words of a text, lower-case, split at anything but letters, digits, apostrophes and hyphens. */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String w : text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').split("[^\\p{L}\\p{N}'%/-]+")) {
            String t = w.replaceAll("^['-]+|['-]+$", "");
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    /** The keys of a text's words. */
    static List<String> keys(String text) {
        return words(text).stream().map(WordKeys::key).toList();
    }

    /**
     * Whether {@code phrase} occurs in the text whose words and keys are given: every word of the phrase in order,
     * each by key, or the phrase's last word as the beginning of the text's word when it is a stem the bank wrote
     * short ("escalat" for escalate, escalation).
     */
    static boolean contains(List<String> words, List<String> keys, String phrase) {
        List<String> p = words(phrase);
        if (p.isEmpty()) {
            return false;
        }
        List<String> pk = p.stream().map(WordKeys::key).toList();
        for (int i = 0; i + p.size() <= words.size(); i++) {
            boolean all = true;
            for (int j = 0; j < p.size() && all; j++) {
                String w = words.get(i + j);
                all = keys.get(i + j).equals(pk.get(j)) || w.equals(p.get(j))
                        || (j == p.size() - 1 && p.get(j).length() >= 4 && w.startsWith(p.get(j)));
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether every word of a phrase of two words or more occurs, by key, within a few words of the others, in any
     * order: "log of decisions" for "decision log", "request a change" for "change request". The same idea in
     * other word order; a phrase of one word is {@link #contains} only.
     */
    static boolean near(List<String> words, List<String> keys, String phrase) {
        List<String> p = words(phrase);
        if (p.size() < 2) {
            return contains(words, keys, phrase);
        }
        List<String> pk = p.stream().map(WordKeys::key).toList();
        int window = p.size() + NEAR_SLACK;
        for (int i = 0; i < keys.size(); i++) {
            if (!pk.contains(keys.get(i))) {
                continue;
            }
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (int j = i; j < Math.min(keys.size(), i + window); j++) {
                if (pk.contains(keys.get(j))) {
                    seen.add(keys.get(j));
                }
            }
            if (seen.containsAll(pk)) {
                return true;
            }
        }
        return false;
    }

    /** How many other words may come between the words of a phrase found by {@link #near}. */
    static final int NEAR_SLACK = 2;
}

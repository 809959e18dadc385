package io.pmotoolkit.interview.feedback;

import io.pmotoolkit.core.text.WordKeys;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A check that an answer is about its question: a well-built STAR story told to the wrong question is the
 * commonest way a practised answer fails. Deterministic and deliberately lenient: it only speaks up when the
 * answer shares no content word with the question and uses none of the terms the question expects.
 */
final class Relevance {

    /** Words every question uses that say nothing about its subject. */
    private static final Set<String> QUESTION_WORDS = Set.of("tell", "about", "time", "when", "describe",
            "example", "give", "would", "could", "should", "what", "which", "where", "your", "you", "have", "been",
            "with", "that", "this", "there", "their", "they", "them", "from", "into", "were", "walk", "through",
            "explain", "situation", "approach", "handle", "handled", "done", "make", "made", "sure", "did", "how",
            "why", "does", "doing", "most", "some", "more", "work", "worked", "working", "role", "also", "first",
            "last", "other", "others", "think", "know", "want", "like", "take", "took", "need", "needed", "any",
            "once", "ever", "already", "after", "before", "while", "over", "will", "just", "than", "then", "very", "really");

    private Relevance() {
    }

    /** A next step when the answer seems to be about something else, or null. */
    static String warning(String question, String answer, List<String> termsUsed, List<String> expected) {
        if (question == null || question.isBlank()) {
            return null;
        }
        if (!expected.isEmpty() && termsUsed.stream().anyMatch(expected::contains)) {
            return null;
        }
        Set<String> asked = keys(question);
        if (asked.isEmpty()) {
            return null;
        }
        Set<String> said = keys(answer);
        for (String k : asked) {
            if (said.contains(k)) {
                return null;
            }
        }
        List<String> subject = words(question);
        return "Check that your answer is about the question: it never mentions what it asks about ("
                + String.join(", ", subject.subList(0, Math.min(3, subject.size())))
                + "). Open with one sentence that answers it directly, then tell the story.";
    }

    private static Set<String> keys(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : words(text)) {
            out.add(WordKeys.key(w));
        }
        return out;
    }

    private static List<String> words(String text) {
        return java.util.Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+"))
                .filter(w -> w.length() >= 4 && !QUESTION_WORDS.contains(w)).distinct().toList();
    }
}

package io.pmotoolkit.interview.feedback;

import java.util.ArrayList;
import java.util.List;

/**
 * What changed between two attempts at the same question (a retry in {@code pmo practice} and on the web app's
 * Practise page): the score (when shown), the relevance, each rubric part whose status changed, the fillers and
 * the words.
 *
 * <p>Thread-safe: stateless.
 */
public final class Retry {

    private Retry() {
    }

    /**
     * The changes, each as "WHAT BEFORE → AFTER" ("score 40 → 78", "Result MISSING → PRESENT"); empty when none of
     * them changed.
     *
     * @param scored whether to compare the scores (not in a session without scores)
     */
    public static List<String> changes(AnswerFeedback before, AnswerFeedback after, boolean scored) {
        List<String> changes = new ArrayList<>();
        if (scored) {
            changes.add("score " + before.score() + " → " + after.score());
        }
        if (!before.relevance().level().equals(after.relevance().level())) {
            changes.add("relevance " + before.relevance().level() + " → " + after.relevance().level());
        }
        for (int k = 0; k < after.rubric().criteria().size() && k < before.rubric().criteria().size(); k++) {
            Criterion b = before.rubric().criteria().get(k);
            Criterion a = after.rubric().criteria().get(k);
            if (b.status() != a.status()) {
                changes.add(a.name() + " " + b.status() + " → " + a.status());
            }
        }
        if (before.fillerCount() != after.fillerCount()) {
            changes.add("fillers " + before.fillerCount() + " → " + after.fillerCount());
        }
        if (before.words() != after.words()) {
            changes.add("words " + before.words() + " → " + after.words());
        }
        return changes;
    }
}

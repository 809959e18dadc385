package io.pmotoolkit.interview.feedback;

import io.pmotoolkit.interview.QuestionType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The next steps for an answer, most important first: a missing or weak result, missing actions or "we"
 * throughout, the scene and the brief, length, fillers, then the terms the question expects.
 *
 * <p>Thread-safe: stateless.
 */
final class Suggestions {

    /** The most next steps shown: more is a list nobody acts on. */
    static final int MAX = 5;

    private Suggestions() {
    }

    static List<String> of(Components c, boolean quantified, int seconds, Map<String, Integer> fillers,
                           List<String> missed, QuestionType type, int situationPercent, int sentenceCount,
                           List<String> repeated) {
        List<String> out = new ArrayList<>();
        boolean hypothetical = type == QuestionType.SITUATIONAL;
        switch (c.result().status()) {
            case MISSING -> out.add(hypothetical
                    ? "Your answer has no outcome: say what your approach would achieve and how you would know it "
                    + "had worked (a measure, a date, a decision made)."
                    : "Your answer has no result: say what changed and by how much (time saved, errors cut, money, "
                    + "how many people now use it).");
            case WEAK -> out.add("Your result says what happened but not what improved: name the outcome and "
                    + "put a number on it, before and after.");
            case PRESENT -> {
                if (!quantified) {
                    out.add("Put a number on your result: a before-and-after figure, a percentage, days or money "
                            + "saved. If you do not know it exactly, say how you would estimate it.");
                }
            }
        }
        switch (c.action().status()) {
            case MISSING -> out.add("Your answer does not say what you did: describe three or four steps you took "
                    + "yourself, each starting with \"I\", including one obstacle and how you got past it.");
            case WEAK -> out.add("Your actions are all \"we\": the panel is hiring you. Keep \"we\" for the team's "
                    + "work and say \"I\" for what you decided, built or persuaded others to do.");
            case PRESENT -> {
            }
        }
        if (c.situation().status() == Status.MISSING) {
            out.add(hypothetical
                    ? "Start by restating the situation in your own words, so the panel hears how you read it."
                    : "Set the scene in one or two sentences: where you were, what was wrong or at stake, and for "
                    + "whom.");
        }
        if (c.task().status() == Status.MISSING) {
            out.add("Say what your own job was: what you were asked to do, or what you decided needed doing, "
                    + "and what you were accountable for.");
        }
        if (situationPercent > 50 && sentenceCount > 3) {
            out.add("The set-up takes " + situationPercent + "% of your answer: cut the situation to two sentences "
                    + "and spend the time on what you did and what changed.");
        }
        if (seconds < AnswerCoach.SHORT_SECONDS) {
            out.add("At about " + Durations.spoken(seconds) + " spoken, the answer is short: most STAR answers take "
                    + "one to three minutes. " + (c.result().status() == Status.MISSING ? "Add the steps you took "
                    + "and the result." : "Add the steps you took, one obstacle and how you got past it."));
        } else if (seconds > AnswerCoach.LONG_SECONDS) {
            out.add("At about " + Durations.spoken(seconds) + " spoken, the answer is long: keep to three minutes "
                    + "with a two-sentence set-up and three or four actions; the panel will ask for more.");
        }
        fillerStep(fillers).ifPresent(out::add);
        repeatedStep(repeated).ifPresent(out::add);
        if (!missed.isEmpty()) {
            List<String> top = missed.subList(0, Math.min(3, missed.size()));
            out.add("Name the PMO practice you used, where it is true: this question expects terms such as "
                    + join(top) + ".");
        }
        if (out.isEmpty()) {
            out.add("A complete STAR answer: practise saying it aloud in under three minutes, and prepare for the "
                    + "follow-up questions on how you measured the result.");
        }
        return List.copyOf(out.subList(0, Math.min(MAX, out.size())));
    }

    /**
     * The next steps for a situational, knowledge or motivation answer: the rubric's gaps (most points first),
     * length, fillers, words said too often, then the terms the question expects.
     */
    static List<String> ofRubric(FeedbackVocabulary.RubricDef def, Rubric rubric, int seconds,
                                 Map<String, Integer> fillers, List<String> repeated, List<String> missed) {
        List<String> out = new ArrayList<>();
        List<FeedbackVocabulary.CriterionDef> byPoints = new ArrayList<>(def.criteria());
        byPoints.sort((a, b) -> b.points() - a.points());
        for (FeedbackVocabulary.CriterionDef d : byPoints) {
            rubric.criteria().stream().filter(c -> c.id().equals(d.id()) && c.status() != Status.PRESENT)
                    .findFirst().ifPresent(c -> out.add(c.note()));
        }
        if (seconds < def.minSeconds()) {
            out.add("At about " + Durations.spoken(seconds) + " spoken, the answer is short: give it "
                    + Durations.spoken(def.minSeconds()) + " to " + Durations.spoken(def.maxSeconds())
                    + ", with the reason behind each point.");
        } else if (seconds > def.maxSeconds()) {
            out.add("At about " + Durations.spoken(seconds) + " spoken, the answer is long: keep to "
                    + Durations.spoken(def.maxSeconds()) + " and let the panel ask for more.");
        }
        fillerStep(fillers).ifPresent(out::add);
        repeatedStep(repeated).ifPresent(out::add);
        if (!missed.isEmpty()) {
            List<String> top = missed.subList(0, Math.min(3, missed.size()));
            out.add("Name the PMO practice behind your answer, where it is true: this question expects terms such as "
                    + join(top) + ".");
        }
        if (out.isEmpty()) {
            out.add("A complete answer: practise saying it aloud, and prepare for the follow-up questions.");
        }
        return List.copyOf(out.subList(0, Math.min(MAX, out.size())));
    }

    private static java.util.Optional<String> fillerStep(Map<String, Integer> fillers) {
        int fillerTotal = fillers.values().stream().mapToInt(Integer::intValue).sum();
        if (fillerTotal < 3) {
            return java.util.Optional.empty();
        }
        StringBuilder list = new StringBuilder();
        fillers.forEach((f, n) -> list.append(list.isEmpty() ? "" : ", ").append('"').append(f).append("\" ×")
                .append(n));
        return java.util.Optional.of("You used " + fillerTotal + " filler words (" + list + "): pause instead; a "
                + "short silence sounds more confident than a filler.");
    }

    static java.util.Optional<String> repeatedStep(List<String> repeated) {
        if (repeated.isEmpty()) {
            return java.util.Optional.empty();
        }
        List<String> quoted = repeated.stream().limit(3).map(w -> "\"" + w + "\"").toList();
        return java.util.Optional.of("You say " + join(quoted) + " again and again: vary the word or cut it; "
                + "a listener notices a word that keeps coming back.");
    }

    private static String join(List<String> terms) {
        if (terms.size() == 1) {
            return terms.get(0);
        }
        return String.join(", ", terms.subList(0, terms.size() - 1)) + " and " + terms.get(terms.size() - 1);
    }
}

package io.pmotoolkit.interview.feedback;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The 0–100 answer score in five parts (documented in {@code docs/feedback.md}):
 * <ul>
 *   <li>STAR structure, 50: situation 10, task 10, action 15, result 15; a weak component earns half;</li>
 *   <li>quantified result, 20: a metric that describes the outcome in a result sentence (a PMO panel's first
 *       follow-up is "by how much?"); 10 for a concrete outcome without a number ("so that leaders could use
 *       the dashboard");</li>
 *   <li>length, 10: one to three minutes spoken; half for 30–60 seconds or 3–4 minutes;</li>
 *   <li>delivery, 10: filler words per 100 words, full at up to 2, half at up to 5;</li>
 *   <li>PMO terms, 10: three relevant terms earn it all (an expected term counts 1, another PMO term ½).</li>
 * </ul>
 * "We" is not scored: an answer whose actions are all "we" loses half the action points through the weak
 * action, which is the real problem, and no more.
 *
 * <p>Thread-safe: stateless.
 */
final class FeedbackScore {

    static final int SITUATION = 10;
    static final int TASK = 10;
    static final int ACTION = 15;
    static final int RESULT = 15;
    static final int QUANTIFIED = 20;

    private FeedbackScore() {
    }

    /**
     * The parts of a situational, knowledge or motivation answer's score: each criterion of its rubric (a weak
     * criterion half; the concepts in proportion to those covered, half with a misconception), then the terms,
     * length (the rubric's range in full, half up to a quarter outside it) and delivery (docs/feedback.md).
     */
    static List<ScorePart> rubricParts(FeedbackVocabulary.RubricDef def, Rubric rubric, List<ConceptCheck> concepts,
                                       boolean misconception, int seconds, int words, int fillers, List<String> used,
                                       List<String> expected) {
        List<ScorePart> out = new ArrayList<>();
        for (FeedbackVocabulary.CriterionDef c : def.criteria()) {
            Criterion found = rubric.criteria().stream().filter(k -> k.id().equals(c.id())).findFirst().orElseThrow();
            int points;
            String detail;
            if (c.id().equals("concepts") && !concepts.isEmpty()) {
                long covered = concepts.stream().filter(ConceptCheck::covered).count();
                double share = Math.min(1.0, covered / (double) RubricReader.needed(concepts.size()));
                boolean explained = rubric.criteria().stream().anyMatch(k -> !k.id().equals("concepts")
                        && k.status() != Status.MISSING);
                // Under the rubric's shortest length the ideas are named, not explained, whatever the cue words.
                boolean brief = seconds < def.minSeconds();
                points = (int) Math.round(c.points() * share * (misconception ? 0.5 : 1.0)
                        * (explained && !brief ? 1.0 : 0.5));
                detail = covered + " of " + concepts.size() + " ideas" + (misconception ? ", and a misconception"
                        : !explained ? ", named but not explained" : brief ? ", too briefly to explain them" : "");
            } else {
                points = switch (found.status()) {
                    case PRESENT -> c.points();
                    case WEAK -> c.points() / 2;
                    case MISSING -> 0;
                };
                detail = found.status() == Status.MISSING ? "not shown" : found.evidence().size() + " sentence"
                        + (found.evidence().size() == 1 ? "" : "s");
            }
            out.add(new ScorePart(c.id(), c.name(), points, c.points(), detail));
        }
        out.add(terms(def.termPoints(), used, expected));
        out.add(length(seconds, def.minSeconds(), def.maxSeconds()));
        out.add(delivery(fillers, words));
        return List.copyOf(out);
    }

    /** Points for a result that names a concrete outcome ("leaders could use the dashboard") but no number. */
    static final int CONCRETE = 10;

    static List<ScorePart> parts(Components c, boolean quantified, boolean concrete, int seconds, int words,
                                 int fillers, List<String> used, List<String> expected) {
        int star = points(c.situation(), SITUATION) + points(c.task(), TASK) + points(c.action(), ACTION)
                + points(c.result(), RESULT);
        String starDetail = starDetail(c);
        ScorePart quant = new ScorePart("quantified", "Quantified result", quantified ? QUANTIFIED : concrete
                ? CONCRETE : 0, QUANTIFIED, quantified ? "a number in the result" : concrete
                ? "a concrete outcome, but no number" : "no number in the result");
        return List.of(new ScorePart("star", "STAR structure", star, SITUATION + TASK + ACTION + RESULT, starDetail),
                quant, length(seconds, AnswerCoach.SHORT_SECONDS, AnswerCoach.LONG_SECONDS), delivery(fillers, words),
                terms(10, used, expected));
    }

    /** Full points from {@code min} to {@code max} seconds; half from half of min to max plus a third. */
    private static ScorePart length(int seconds, int min, int max) {
        int lengthPoints = seconds >= min && seconds <= max ? 10 : seconds >= min / 2 && seconds <= max * 4 / 3 ? 5 : 0;
        return new ScorePart("length", "Length", lengthPoints, 10,
                "about " + Durations.spoken(seconds) + (lengthPoints == 10 ? ", within " + range(min, max)
                        : seconds < min ? ", under " + (min == 60 ? "a minute" : Durations.spoken(min))
                        : ", over " + (max == 180 ? "3 minutes" : Durations.spoken(max))));
    }

    private static String range(int min, int max) {
        return min == 60 && max == 180 ? "1–3 minutes" : Durations.spoken(min) + "–" + Durations.spoken(max);
    }

    private static ScorePart delivery(int fillers, int words) {
        double rate = fillers * 100.0 / words;
        int deliveryPoints = rate <= 2 ? 10 : rate <= 5 ? 5 : 0;
        return new ScorePart("delivery", "Delivery", deliveryPoints, 10, fillers == 0
                ? "no filler words"
                : String.format(Locale.ROOT, "%d filler word%s, %.1f per 100 words", fillers, fillers == 1 ? "" : "s",
                rate));
    }

    private static ScorePart terms(int max, List<String> used, List<String> expected) {
        long expectedUsed = used.stream().filter(expected::contains).count();
        long otherUsed = used.size() - expectedUsed;
        double relevant = expectedUsed + otherUsed / 2.0;
        int termPoints = (int) Math.round(max * Math.min(1.0, relevant / 3.0));
        return new ScorePart("terms", "PMO terms", termPoints, max,
                used.isEmpty() ? "no PMO terms" : expected.isEmpty() ? used.size() + " PMO term"
                        + (used.size() == 1 ? "" : "s") + " used"
                        : expectedUsed + " expected and " + otherUsed + " other PMO term" + (otherUsed == 1 ? "" : "s"));
    }
    private static int points(Component c, int max) {
        return switch (c.status()) {
            case PRESENT -> max;
            case WEAK -> max / 2;
            case MISSING -> 0;
        };
    }

    private static String starDetail(Components c) {
        StringBuilder missing = new StringBuilder();
        StringBuilder weak = new StringBuilder();
        for (Part p : Part.values()) {
            StringBuilder b = switch (c.get(p).status()) {
                case MISSING -> missing;
                case WEAK -> weak;
                case PRESENT -> null;
            };
            if (b != null) {
                b.append(b.isEmpty() ? "" : ", ").append(p.id());
            }
        }
        if (missing.isEmpty() && weak.isEmpty()) {
            return "all four parts";
        }
        String out = missing.isEmpty() ? "" : "no " + missing;
        if (!weak.isEmpty()) {
            out += (out.isEmpty() ? "" : "; ") + "weak " + weak;
        }
        return out;
    }
}

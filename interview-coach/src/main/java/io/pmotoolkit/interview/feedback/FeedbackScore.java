package io.pmotoolkit.interview.feedback;

import java.util.List;
import java.util.Locale;

/**
 * The 0–100 answer score in five parts (documented in {@code docs/feedback.md}):
 * <ul>
 *   <li>STAR structure, 50: situation 10, task 10, action 15, result 15; a weak component earns half;</li>
 *   <li>quantified result, 20: a metric in a result sentence (a PMO panel's first follow-up is "by how
 *       much?", so a result without a number costs as much as a missing task and situation);</li>
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

    static List<ScorePart> parts(Components c, boolean quantified, int seconds, int words, int fillers,
                                 List<String> used, List<String> expected) {
        int star = points(c.situation(), SITUATION) + points(c.task(), TASK) + points(c.action(), ACTION)
                + points(c.result(), RESULT);
        String starDetail = starDetail(c);
        ScorePart quant = new ScorePart("quantified", "Quantified result", quantified ? QUANTIFIED : 0, QUANTIFIED,
                quantified ? "a number in the result" : "no number in the result");
        int lengthPoints = seconds >= AnswerCoach.SHORT_SECONDS && seconds <= AnswerCoach.LONG_SECONDS ? 10
                : seconds >= 30 && seconds <= 240 ? 5 : 0;
        ScorePart length = new ScorePart("length", "Length", lengthPoints, 10,
                "about " + Durations.spoken(seconds) + (lengthPoints == 10 ? ", within 1–3 minutes"
                        : seconds < AnswerCoach.SHORT_SECONDS ? ", under a minute" : ", over 3 minutes"));
        double rate = fillers * 100.0 / words;
        int deliveryPoints = rate <= 2 ? 10 : rate <= 5 ? 5 : 0;
        ScorePart delivery = new ScorePart("delivery", "Delivery", deliveryPoints, 10, fillers == 0
                ? "no filler words"
                : String.format(Locale.ROOT, "%d filler word%s, %.1f per 100 words", fillers, fillers == 1 ? "" : "s",
                rate));
        long expectedUsed = used.stream().filter(expected::contains).count();
        long otherUsed = used.size() - expectedUsed;
        double relevant = expectedUsed + otherUsed / 2.0;
        int termPoints = (int) Math.round(10 * Math.min(1.0, relevant / 3.0));
        ScorePart terms = new ScorePart("terms", "PMO terms", termPoints, 10,
                used.isEmpty() ? "no PMO terms" : expected.isEmpty() ? used.size() + " PMO term"
                        + (used.size() == 1 ? "" : "s") + " used"
                        : expectedUsed + " expected and " + otherUsed + " other PMO term" + (otherUsed == 1 ? "" : "s"));
        return List.of(new ScorePart("star", "STAR structure", star, SITUATION + TASK + ACTION + RESULT, starDetail),
                quant, length, delivery, terms);
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

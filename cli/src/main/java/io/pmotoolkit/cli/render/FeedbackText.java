package io.pmotoolkit.cli.render;

import io.pmotoolkit.interview.feedback.AnswerFeedback;
import io.pmotoolkit.interview.feedback.Component;
import io.pmotoolkit.interview.feedback.Durations;
import io.pmotoolkit.interview.feedback.Part;
import io.pmotoolkit.interview.feedback.ScorePart;
import io.pmotoolkit.interview.feedback.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Answer feedback for an 80-column terminal: in full for {@code pmo feedback}, shorter for a practice session. */
public final class FeedbackText {

    static final int WIDTH = 80;
    /** Evidence sentences quoted per component; the rest are counted. */
    private static final int QUOTED = 2;
    /** Longest quoted sentence, in characters. */
    private static final int QUOTE_MAX = 150;

    private FeedbackText() {
    }

    /**
     * The full feedback.
     *
     * @param f     the feedback
     * @param label a line under the question (id, competency, type), or null
     */
    public static String render(AnswerFeedback f, String label) {
        StringBuilder b = new StringBuilder();
        b.append("PMO Toolkit · Answer feedback\n\n");
        if (f.question() != null) {
            b.append(Wrap.hanging("Question  ", f.question(), WIDTH));
            if (label != null) {
                b.append(Wrap.hanging("          ", "(" + label + ")", WIDTH));
            }
        }
        b.append(Wrap.hanging("Answer    ", length(f), WIDTH)).append('\n');
        b.append(score(f)).append('\n');
        b.append(star(f)).append('\n');
        b.append(delivery(f)).append('\n');
        b.append(terms(f)).append('\n');
        b.append(nextSteps(f));
        return b.toString();
    }

    /** The feedback shown after each answer of a practice session: score, STAR, delivery, next steps. */
    public static String compact(AnswerFeedback f) {
        StringBuilder b = new StringBuilder();
        b.append("FEEDBACK  ").append(f.score()).append("/100 · ").append(length(f)).append('\n');
        for (Part p : Part.values()) {
            Component c = f.components().get(p);
            String note = c.status() == Status.PRESENT ? quote(c.evidence().get(0), WIDTH - 23) : c.note();
            b.append(Wrap.hanging(String.format(Locale.ROOT, "  %-10s %-8s ", p.title(), c.status()), note, WIDTH));
        }
        b.append(Wrap.hanging("  Pronouns   ", pronouns(f), WIDTH));
        b.append(Wrap.hanging("  Fillers    ", fillers(f), WIDTH));
        if (!f.termsUsed().isEmpty()) {
            b.append(Wrap.hanging("  PMO terms  ", String.join(", ", f.termsUsed()), WIDTH));
        }
        b.append('\n').append(nextSteps(f));
        return b.toString();
    }

    private static String length(AnswerFeedback f) {
        String flag = switch (f.length()) {
            case "short" -> " (short: aim for 1–3 minutes)";
            case "long" -> " (long: aim for 1–3 minutes)";
            default -> "";
        };
        return f.words() + " words · about " + Durations.spoken(f.speakingSeconds()) + " spoken" + flag;
    }

    private static String score(AnswerFeedback f) {
        StringBuilder b = new StringBuilder("SCORE " + f.score() + "/100\n");
        for (ScorePart p : f.scoreParts()) {
            String head = String.format(Locale.ROOT, "  %-19s %2d/%-3d ", p.name(), p.points(), p.max());
            b.append(Wrap.hanging(head, p.detail(), WIDTH));
        }
        return b.toString();
    }

    private static String star(AnswerFeedback f) {
        StringBuilder b = new StringBuilder("STAR\n");
        for (Part p : Part.values()) {
            Component c = f.components().get(p);
            String head = String.format(Locale.ROOT, "  %-10s %-8s ", p.title(), c.status());
            String indent = " ".repeat(head.length());
            List<String> items = new ArrayList<>();
            if (c.note() != null) {
                items.add(c.note());
            }
            for (int i = 0; i < Math.min(QUOTED, c.evidence().size()); i++) {
                items.add("\"" + quote(c.evidence().get(i), QUOTE_MAX) + "\"");
            }
            if (c.evidence().size() > QUOTED) {
                items.add("(and " + (c.evidence().size() - QUOTED) + " more sentence"
                        + (c.evidence().size() - QUOTED == 1 ? "" : "s") + ")");
            }
            for (int i = 0; i < items.size(); i++) {
                b.append(Wrap.hanging(i == 0 ? head : indent, items.get(i), WIDTH));
            }
        }
        List<String> numbers = f.sentences().stream().filter(s -> s.has(Part.RESULT))
                .flatMap(s -> s.metrics().stream()).toList();
        b.append(Wrap.hanging(String.format(Locale.ROOT, "  %-10s %-8s ", "Measured", f.quantifiedResult() ? "YES" : "NO"),
                numbers.isEmpty() ? "The result has no number." : "The result has a number: "
                        + String.join(", ", numbers.stream().map(n -> "\"" + n + "\"").toList()) + ".", WIDTH));
        return b.toString();
    }

    private static String delivery(AnswerFeedback f) {
        return "DELIVERY\n" + Wrap.hanging("  \"I\" and \"we\"  ", pronouns(f), WIDTH)
                + Wrap.hanging("  Fillers       ", fillers(f), WIDTH);
    }

    private static String pronouns(AnswerFeedback f) {
        return "I ×" + f.pronouns().i() + ", we ×" + f.pronouns().we() + ". " + f.pronounNote();
    }

    private static String fillers(AnswerFeedback f) {
        if (f.fillers().isEmpty()) {
            return "none";
        }
        StringBuilder b = new StringBuilder();
        f.fillers().forEach((k, n) -> b.append(b.isEmpty() ? "" : ", ").append(k).append(" ×").append(n));
        return b.toString();
    }

    private static String terms(AnswerFeedback f) {
        StringBuilder b = new StringBuilder("PMO TERMS\n");
        b.append(Wrap.hanging(String.format(Locale.ROOT, "  %-20s", "Used (" + f.termsUsed().size() + ")"),
                f.termsUsed().isEmpty() ? "none" : String.join(", ", f.termsUsed()), WIDTH));
        if (f.question() != null || !f.termsMissed().isEmpty()) {
            b.append(Wrap.hanging("  Expected, not used  ",
                    f.termsMissed().isEmpty() ? "none" : String.join(", ", f.termsMissed()), WIDTH));
        }
        return b.toString();
    }

    private static String nextSteps(AnswerFeedback f) {
        StringBuilder b = new StringBuilder("NEXT STEPS\n");
        for (int i = 0; i < f.suggestions().size(); i++) {
            b.append(Wrap.hanging("  " + (i + 1) + ". ", f.suggestions().get(i), WIDTH));
        }
        return b.toString();
    }

    /** A sentence cut at a word boundary to at most {@code max} characters, with an ellipsis. */
    static String quote(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        int cut = s.lastIndexOf(' ', max - 1);
        return s.substring(0, cut > max / 2 ? cut : max - 1).replaceAll("[,;:]$", "") + "…";
    }
}

package io.pmotoolkit.cli.render;

import io.pmotoolkit.interview.feedback.AnswerFeedback;
import io.pmotoolkit.interview.feedback.Component;
import io.pmotoolkit.interview.feedback.Criterion;
import io.pmotoolkit.interview.feedback.Durations;
import io.pmotoolkit.interview.feedback.Part;
import io.pmotoolkit.interview.feedback.Relevance;
import io.pmotoolkit.interview.feedback.ScorePart;
import io.pmotoolkit.interview.feedback.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Answer feedback for a terminal (80 columns when piped): in full for {@code pmo feedback}, shorter for a
 * practice session. Headings and the STAR statuses are emphasised when the terminal takes colour. Stateless and
 * thread-safe.
 */
public final class FeedbackText {

    /** Evidence sentences quoted per component; the rest are counted. */
    private static final int QUOTED = 2;
    /** Longest quoted sentence, in characters. */
    private static final int QUOTE_MAX = 150;

    private final Terminal t;
    private final int width;

    private FeedbackText(Terminal t) {
        this.t = t;
        this.width = t.width();
    }

    /**
     * The full feedback.
     *
     * @param f     the feedback
     * @param label a line under the question (id, competency, type), or null
     */
    public static String render(AnswerFeedback f, String label) {
        return render(f, label, Terminal.PLAIN);
    }

    /** As {@link #render(AnswerFeedback, String)}, laid out for {@code terminal}. */
    public static String render(AnswerFeedback f, String label, Terminal terminal) {
        return new FeedbackText(terminal).full(f, label);
    }

    private String full(AnswerFeedback f, String label) {
        StringBuilder b = new StringBuilder();
        b.append(t.heading("PMO Toolkit · Answer feedback")).append("\n\n");
        if (f.question() != null) {
            b.append(Wrap.hanging("Question  ", f.question(), width));
            if (label != null) {
                b.append(Wrap.hanging("          ", "(" + label + ")", width));
            }
        }
        b.append(Wrap.hanging("Answer    ", length(f), width));
        b.append(Wrap.hanging("Rubric    ", f.rubric().name(), width)).append('\n');
        String relevance = relevance(f);
        if (!relevance.isEmpty()) {
            b.append(relevance).append('\n');
        }
        b.append(score(f)).append('\n');
        b.append(isStar(f) ? star(f) : rubric(f)).append('\n');
        b.append(delivery(f)).append('\n');
        b.append(terms(f)).append('\n');
        b.append(nextSteps(f));
        return b.toString();
    }

    /** The feedback shown after each answer of a practice session: score, STAR, delivery, next steps. */
    public static String compact(AnswerFeedback f) {
        return compact(f, Terminal.PLAIN);
    }

    /** As {@link #compact(AnswerFeedback)}, laid out for {@code terminal}. */
    public static String compact(AnswerFeedback f, Terminal terminal) {
        return new FeedbackText(terminal).shorter(f);
    }

    /** As {@link #compact(AnswerFeedback, Terminal)}, without the score when {@code scored} is false. */
    public static String compact(AnswerFeedback f, Terminal terminal, boolean scored) {
        return new FeedbackText(terminal).shorter(f, scored);
    }

    private String shorter(AnswerFeedback f) {
        return shorter(f, true);
    }

    private String shorter(AnswerFeedback f, boolean scored) {
        StringBuilder b = new StringBuilder();
        String title = scored ? "FEEDBACK  " + f.score() + "/100" : "FEEDBACK";
        String plain = title + (scored ? " · " + f.verdict() : "") + " · " + length(f);
        String line = plain.length() <= width ? plain + "\n" : title + "\n" + Wrap.hanging("  ", plain.substring(
                title.length() + 3), width);
        b.append(scored ? t.restyle(line, line, title, t.score(f.score(), title)) : t.restyle(line, line, title,
                t.heading(title)));
        if (!Relevance.UNKNOWN.equals(f.relevance().level())) {
            String head = String.format(Locale.ROOT, "  %-10s %-8s ", "Relevance", relevanceWord(f));
            b.append(Wrap.hanging(head, f.relevance().note() == null ? topicLine(f) : f.relevance().note(), width));
        }
        for (Criterion c : f.rubric().criteria()) {
            String note = c.status() == Status.PRESENT ? quote(c.evidence().get(0), width - 23) : c.note();
            String head = String.format(Locale.ROOT, "  %-10s %-8s ", cut(c.name(), 10), c.status());
            b.append(status(Wrap.hanging(head, note, width), head, c.status()));
        }
        b.append(Wrap.hanging("  Pronouns   ", pronouns(f), width));
        b.append(Wrap.hanging("  Fillers    ", fillers(f), width));
        if (!f.mostUsedWords().isEmpty()) {
            b.append(Wrap.hanging("  Most used  ", mostUsed(f), width));
        }
        if (!f.termsUsed().isEmpty()) {
            b.append(Wrap.hanging("  PMO terms  ", String.join(", ", f.termsUsed()), width));
        }
        b.append('\n').append(nextSteps(f));
        return b.toString();
    }

    private String length(AnswerFeedback f) {
        String flag = switch (f.length()) {
            case "short" -> " (short: aim for 1–3 minutes)";
            case "long" -> " (long: aim for 1–3 minutes)";
            default -> "";
        };
        return f.words() + " words · about " + Durations.spoken(f.speakingSeconds()) + " spoken" + flag;
    }

    private String score(AnswerFeedback f) {
        StringBuilder b = new StringBuilder(t.score(f.score(), "SCORE " + f.score() + "/100") + " · " + f.verdict()
                + "\n");
        for (ScorePart p : f.scoreParts()) {
            String head = String.format(Locale.ROOT, "  %-19s %2d/%-3d ", p.name(), p.points(), p.max());
            b.append(Wrap.hanging(head, p.detail(), width));
        }
        int sum = f.scoreParts().stream().mapToInt(ScorePart::points).sum();
        if (f.relevance().scoreCap() != null && sum > f.score()) {
            b.append(Wrap.hanging(String.format(Locale.ROOT, "  %-19s ", "Capped at " + f.relevance().scoreCap()),
                    "the parts add up to " + sum + ", but an answer that is " + f.relevance().level()
                            + " cannot score more", width));
        }
        return b.toString();
    }

    private String star(AnswerFeedback f) {
        StringBuilder b = new StringBuilder(t.heading("STAR") + "\n");
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
                String block = Wrap.hanging(i == 0 ? head : indent, items.get(i), width);
                b.append(i == 0 ? status(block, head, c.status()) : block);
            }
        }
        List<String> numbers = f.sentences().stream().filter(s -> s.has(Part.RESULT))
                .flatMap(s -> s.metrics().stream()).toList();
        b.append(Wrap.hanging(String.format(Locale.ROOT, "  %-10s %-8s ", "Measured", f.quantifiedResult() ? "YES" : "NO"),
                numbers.isEmpty() ? "The result has no number." : "The result has a number: "
                        + String.join(", ", numbers.stream().map(n -> "\"" + n + "\"").toList()) + ".", width));
        return b.toString();
    }

    private String delivery(AnswerFeedback f) {
        return t.heading("DELIVERY") + "\n" + Wrap.hanging("  \"I\" and \"we\"  ", pronouns(f), width)
                + Wrap.hanging("  Fillers       ", fillers(f), width)
                + (f.mostUsedWords().isEmpty() ? "" : Wrap.hanging("  Most used     ", mostUsed(f)
                + (f.repeatedWords().isEmpty() ? "" : " (said often: " + String.join(", ", f.repeatedWords()) + ")"),
                width));
    }

    private String pronouns(AnswerFeedback f) {
        return "I ×" + f.pronouns().i() + ", we ×" + f.pronouns().we() + ". " + f.pronounNote();
    }

    private String fillers(AnswerFeedback f) {
        if (f.fillers().isEmpty()) {
            return "none";
        }
        StringBuilder b = new StringBuilder();
        f.fillers().forEach((k, n) -> b.append(b.isEmpty() ? "" : ", ").append(k).append(" ×").append(n));
        return b.toString();
    }

    private String terms(AnswerFeedback f) {
        StringBuilder b = new StringBuilder(t.heading("PMO TERMS") + "\n");
        b.append(Wrap.hanging(String.format(Locale.ROOT, "  %-20s", "Used (" + f.termsUsed().size() + ")"),
                f.termsUsed().isEmpty() ? "none" : String.join(", ", f.termsUsed()), width));
        if (f.question() != null || !f.termsMissed().isEmpty()) {
            b.append(Wrap.hanging("  Expected, not used  ",
                    f.termsMissed().isEmpty() ? "none" : String.join(", ", f.termsMissed()), width));
        }
        return b.toString();
    }

    private String nextSteps(AnswerFeedback f) {
        StringBuilder b = new StringBuilder(t.heading("NEXT STEPS") + "\n");
        for (int i = 0; i < f.suggestions().size(); i++) {
            b.append(Wrap.hanging("  " + (i + 1) + ". ", f.suggestions().get(i), width));
        }
        return b.toString();
    }

    private static boolean isStar(AnswerFeedback f) {
        return "star".equals(f.rubric().id());
    }

    /** The relevance block, first of all (empty without a question). */
    private String relevance(AnswerFeedback f) {
        if (Relevance.UNKNOWN.equals(f.relevance().level())) {
            return "";
        }
        String head = "RELEVANCE " + relevanceWord(f) + " ";
        String line = f.relevance().note() == null ? topicLine(f) : f.relevance().note();
        String block = Wrap.hanging(head, line, width);
        String word = relevanceWord(f);
        return t.restyle(block, head, word, f.relevance().onTopic() ? t.good(word)
                : Relevance.PARTIAL.equals(f.relevance().level()) ? t.warn(word) : t.bad(word));
    }

    private static String relevanceWord(AnswerFeedback f) {
        return f.relevance().level().toUpperCase(Locale.ROOT);
    }

    /** "Uses the question's gate, review; and its terms Stage gates": why an answer is on-topic. */
    private static String topicLine(AnswerFeedback f) {
        return f.relevance().reason();
    }

    /** The criteria of a situational, knowledge or motivation rubric, and a knowledge question's ideas. */
    private String rubric(AnswerFeedback f) {
        StringBuilder b = new StringBuilder(t.heading(f.rubric().name().replaceAll(" \\(.*\\)$", "")
                .toUpperCase(Locale.ROOT)) + "\n");
        for (Criterion c : f.rubric().criteria()) {
            String head = String.format(Locale.ROOT, "  %-11s %-8s ", cut(c.name(), 11), c.status());
            List<String> items = new ArrayList<>();
            if (c.note() != null) {
                items.add(c.note());
            }
            if (!c.id().equals("concepts")) {
                for (int i = 0; i < Math.min(1, c.evidence().size()); i++) {
                    items.add("\"" + quote(c.evidence().get(i), QUOTE_MAX) + "\"");
                }
            }
            block(b, head, items, c.status());
        }
        if (!f.concepts().isEmpty()) {
            b.append(Wrap.hanging("  Ideas       ", f.concepts().stream().map(k -> (k.covered() ? "✓ " : "✗ ")
                    + k.name()).reduce((x, y) -> x + "; " + y).orElse(""), width));
        }
        return b.toString();
    }

    private void block(StringBuilder b, String head, List<String> items, Status status) {
        String indent = " ".repeat(head.length());
        for (int i = 0; i < items.size(); i++) {
            String block = Wrap.hanging(i == 0 ? head : indent, items.get(i), width);
            b.append(i == 0 ? status(block, head, status) : block);
        }
        if (items.isEmpty()) {
            b.append(status(head.stripTrailing() + "\n", head.stripTrailing(), status));
        }
    }

    private static String mostUsed(AnswerFeedback f) {
        return String.join(", ", f.mostUsedWords().stream().map(w -> w.word() + " ×" + w.count()).toList());
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    /** {@code block} with the status in its head coloured: present green, weak yellow, missing red. */
    private String status(String block, String head, Status status) {
        String word = status.toString();
        return t.restyle(block, head, word, switch (status) {
            case PRESENT -> t.good(word);
            case WEAK -> t.warn(word);
            case MISSING -> t.bad(word);
        });
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

package io.pmotoolkit.cli.render;

import io.pmotoolkit.app.render.Escape;
import io.pmotoolkit.core.model.Role;
import io.pmotoolkit.interview.PackQuestion;
import io.pmotoolkit.interview.QuestionPack;
import io.pmotoolkit.interview.feedback.AnswerFeedback;
import io.pmotoolkit.interview.feedback.Component;
import io.pmotoolkit.interview.feedback.Durations;
import io.pmotoolkit.interview.feedback.Part;
import io.pmotoolkit.interview.feedback.Status;
import java.util.ArrayList;
import java.util.List;

/**
 * The Markdown transcript of a practice session: each question, the answer as typed, the feedback, a summary.
 * The answers, and questions that quote the CV, are {@linkplain Escape#markdown escaped}: the transcript shows
 * what was typed, never HTML or links made from it. Stateless and thread-safe.
 */
public final class PracticeTranscript {

    /**
     * One question of a session.
     *
     * @param question         the question asked
     * @param answer           the answer as typed, or null when skipped
     * @param feedback         the feedback, or null when skipped
     * @param followUp         the follow-up offered, or null
     * @param followUpAnswer   the answer to it, or null when not answered
     * @param followUpFeedback feedback on that answer, or null
     * @param skipped          whether the question was skipped; when neither skipped nor with feedback, the
     *                         session stopped (Ctrl-C, quit) while this question was open, and {@code answer} holds
     *                         what had been typed, or null
     */
    public record Entry(PackQuestion question, String answer, AnswerFeedback feedback, String followUp,
                        String followUpAnswer, AnswerFeedback followUpFeedback, boolean skipped) {
    }

    private PracticeTranscript() {
    }

    /** The transcript; {@code notAsked} are the questions the session did not reach. */
    public static String render(QuestionPack pack, Role role, List<Entry> entries, List<PackQuestion> notAsked) {
        return Escape.controls(markdown(pack, role, entries, notAsked));
    }

    private static String markdown(QuestionPack pack, Role role, List<Entry> entries, List<PackQuestion> notAsked) {
        StringBuilder b = new StringBuilder();
        b.append("# Interview practice: ").append(role.title()).append("\n\n");
        b.append("Role `").append(role.id()).append("` · seed ").append(pack.seed());
        if (pack.cvFile() != null) {
            b.append(" · CV ").append(Escape.markdown(pack.cvFile()));
        }
        b.append(" · question bank ").append(pack.versions().questionBank()).append(" · skills model ")
                .append(pack.versions().skillsModel()).append("\n");
        int n = 0;
        for (Entry e : entries) {
            n++;
            b.append("\n## ").append(n).append(". ").append(Escape.markdown(e.question().text())).append("\n\n");
            b.append('*').append(e.question().competencyName()).append(" · ").append(e.question().type())
                    .append(" · `").append(e.question().id()).append("`*\n\n");
            if (e.feedback() == null) {
                if (e.skipped()) {
                    b.append("*Skipped.*\n");
                } else {
                    b.append("*The session stopped before this answer was finished.*\n\n**Typed so far**\n\n")
                            .append(quote(e.answer()));
                }
                continue;
            }
            b.append("**Your answer**\n\n").append(quote(e.answer()));
            feedback(b, e.feedback());
            if (e.followUp() != null) {
                b.append("\n**Follow-up:** ").append(Escape.markdown(e.followUp())).append("\n\n");
                b.append(e.followUpAnswer() == null ? "*Not answered.*\n" : quote(e.followUpAnswer()));
            }
        }
        for (PackQuestion q : notAsked) {
            n++;
            b.append("\n## ").append(n).append(". ").append(Escape.markdown(q.text())).append("\n\n*Not answered.*\n");
        }
        b.append("\n## Summary\n\n| # | Score | Missing or weak | Question |\n|---|---|---|---|\n");
        n = 0;
        for (Entry e : entries) {
            n++;
            b.append("| ").append(n).append(" | ")
                    .append(e.feedback() == null ? e.skipped() ? "skipped" : "stopped"
                            : String.valueOf(e.feedback().score())).append(" | ")
                    .append(e.feedback() == null ? "" : gapLine(e.feedback())).append(" | ")
                    .append(Escape.markdown(e.question().text())).append(" |\n");
        }
        return b.toString();
    }

    /** "missing: result; weak: action", or "all four STAR parts". */
    public static String gapLine(AnswerFeedback f) {
        List<String> missing = new ArrayList<>();
        List<String> weak = new ArrayList<>();
        for (Part p : Part.values()) {
            Status s = f.components().get(p).status();
            if (s == Status.MISSING) {
                missing.add(p.id());
            } else if (s == Status.WEAK) {
                weak.add(p.id());
            }
        }
        if (missing.isEmpty() && weak.isEmpty()) {
            return "all four STAR parts" + (f.quantifiedResult() ? ", result measured" : "; result has no number");
        }
        String out = missing.isEmpty() ? "" : "missing: " + String.join(", ", missing);
        if (!weak.isEmpty()) {
            out += (out.isEmpty() ? "" : "; ") + "weak: " + String.join(", ", weak);
        }
        return out;
    }

    private static void feedback(StringBuilder b, AnswerFeedback f) {
        b.append("\n**Feedback: ").append(f.score()).append("/100** · ").append(f.words()).append(" words, about ")
                .append(Durations.spoken(f.speakingSeconds())).append(" spoken\n\n");
        for (Part p : Part.values()) {
            Component c = f.components().get(p);
            b.append("- **").append(p.title()).append("**: ").append(c.status());
            if (c.note() != null) {
                b.append(" – ").append(c.note());
            }
            if (!c.evidence().isEmpty()) {
                b.append(" – \"").append(Escape.markdown(c.evidence().get(0))).append('"');
                if (c.evidence().size() > 1) {
                    b.append(" (and ").append(c.evidence().size() - 1).append(" more)");
                }
            }
            b.append('\n');
        }
        b.append("- **Quantified result**: ").append(f.quantifiedResult() ? "yes" : "no").append('\n');
        b.append("- **\"I\" and \"we\"**: ").append(f.pronouns().i()).append(" / ").append(f.pronouns().we())
                .append(" – ").append(f.pronounNote()).append('\n');
        StringBuilder fillers = new StringBuilder();
        f.fillers().forEach((k, v) -> fillers.append(fillers.isEmpty() ? "" : ", ").append(k).append(" ×").append(v));
        b.append("- **Fillers**: ").append(fillers.isEmpty() ? "none" : fillers).append('\n');
        b.append("- **PMO terms used**: ").append(f.termsUsed().isEmpty() ? "none" : String.join(", ", f.termsUsed()))
                .append('\n');
        if (!f.termsMissed().isEmpty()) {
            b.append("- **Expected, not used**: ").append(String.join(", ", f.termsMissed())).append('\n');
        }
        b.append("\nNext steps:\n\n");
        for (int i = 0; i < f.suggestions().size(); i++) {
            b.append(i + 1).append(". ").append(Escape.markdown(f.suggestions().get(i))).append('\n');
        }
    }

    private static String quote(String text) {
        StringBuilder b = new StringBuilder();
        for (String line : text.strip().split("\n")) {
            b.append("> ").append(Escape.markdown(line)).append('\n');
        }
        return b.toString();
    }
}

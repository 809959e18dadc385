package io.pmotoolkit.cli.render;

import io.pmotoolkit.app.render.Escape;
import io.pmotoolkit.core.model.Role;
import io.pmotoolkit.interview.PackQuestion;
import io.pmotoolkit.interview.QuestionPack;
import io.pmotoolkit.interview.feedback.AnswerFeedback;
import io.pmotoolkit.interview.feedback.Criterion;
import io.pmotoolkit.interview.feedback.Durations;
import io.pmotoolkit.interview.feedback.Relevance;
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
     * @param earlier          earlier attempts at the question in this session (retries), oldest first
     */
    public record Entry(PackQuestion question, String answer, AnswerFeedback feedback, String followUp,
                        String followUpAnswer, AnswerFeedback followUpFeedback, boolean skipped,
                        List<Attempt> earlier) {

        public Entry {
            earlier = earlier == null ? List.of() : List.copyOf(earlier);
        }

        /** An entry without retries. */
        public Entry(PackQuestion question, String answer, AnswerFeedback feedback, String followUp,
                     String followUpAnswer, AnswerFeedback followUpFeedback, boolean skipped) {
            this(question, answer, feedback, followUp, followUpAnswer, followUpFeedback, skipped, List.of());
        }
    }

    /**
     * An earlier answer to a question that was then retried.
     *
     * @param answer   the answer as typed
     * @param feedback its feedback
     */
    public record Attempt(String answer, AnswerFeedback feedback) {
    }

    private PracticeTranscript() {
    }

    /** The transcript; {@code notAsked} are the questions the session did not reach. */
    public static String render(QuestionPack pack, Role role, List<Entry> entries, List<PackQuestion> notAsked) {
        return render(pack, role, entries, notAsked, true);
    }

    /** As {@link #render(QuestionPack, Role, List, List)}, without scores when {@code scored} is false. */
    public static String render(QuestionPack pack, Role role, List<Entry> entries, List<PackQuestion> notAsked,
                                boolean scored) {
        return Escape.controls(markdown(pack, role, entries, notAsked, scored));
    }

    private static String markdown(QuestionPack pack, Role role, List<Entry> entries, List<PackQuestion> notAsked,
                                   boolean scored) {
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
            int attempt = 0;
            for (Attempt a : e.earlier()) {
                attempt++;
                b.append("**Attempt ").append(attempt).append("**\n\n").append(quote(a.answer()));
                feedback(b, a.feedback(), scored);
                b.append('\n');
            }
            b.append(e.earlier().isEmpty() ? "**Your answer**\n\n" : "**Attempt " + (attempt + 1) + "**\n\n")
                    .append(quote(e.answer()));
            feedback(b, e.feedback(), scored);
            if (e.followUp() != null) {
                b.append("\n**Follow-up:** ").append(Escape.markdown(e.followUp())).append("\n\n");
                b.append(e.followUpAnswer() == null ? "*Not answered.*\n" : quote(e.followUpAnswer()));
            }
        }
        for (PackQuestion q : notAsked) {
            n++;
            b.append("\n## ").append(n).append(". ").append(Escape.markdown(q.text())).append("\n\n*Not answered.*\n");
        }
        b.append(scored ? "\n## Summary\n\n| # | Score | Missing or weak | Question |\n|---|---|---|---|\n"
                : "\n## Summary\n\n| # | Missing or weak | Question |\n|---|---|---|\n");
        n = 0;
        for (Entry e : entries) {
            n++;
            String state = e.feedback() == null ? e.skipped() ? "skipped" : "stopped" : null;
            b.append("| ").append(n).append(" | ");
            if (scored) {
                b.append(state != null ? state : String.valueOf(e.feedback().score())).append(" | ")
                        .append(e.feedback() == null ? "" : gapLine(e.feedback())).append(" | ");
            } else {
                b.append(state != null ? state : gapLine(e.feedback())).append(" | ");
            }
            b
                    .append(Escape.markdown(e.question().text())).append(" |\n");
        }
        return b.toString();
    }

    /**
     * "missing: result; weak: action", or "all four STAR parts": the parts of the answer's rubric that are weak
     * or missing, and whether the answer is about its question.
     */
    public static String gapLine(AnswerFeedback f) {
        List<String> missing = new ArrayList<>();
        List<String> weak = new ArrayList<>();
        for (Criterion c : f.rubric().criteria()) {
            if (c.status() == Status.MISSING) {
                missing.add(c.id());
            } else if (c.status() == Status.WEAK) {
                weak.add(c.id());
            }
        }
        String topic = f.relevance().onTopic() ? "" : f.relevance().level() + "; ";
        if (missing.isEmpty() && weak.isEmpty()) {
            boolean star = "star".equals(f.rubric().id());
            return topic + (star ? "all four STAR parts" + (f.quantifiedResult() ? ", result measured"
                    : "; result has no number") : "all " + f.rubric().criteria().size() + " parts of the "
                    + f.rubric().id() + " rubric");
        }
        String out = missing.isEmpty() ? "" : "missing: " + String.join(", ", missing);
        if (!weak.isEmpty()) {
            out += (out.isEmpty() ? "" : "; ") + "weak: " + String.join(", ", weak);
        }
        return topic + out;
    }

    private static void feedback(StringBuilder b, AnswerFeedback f, boolean scored) {
        b.append("\n**Feedback").append(scored ? ": " + f.score() + "/100** · " + f.verdict() + " · " : "** · ")
                .append(f.words()).append(" words, about ").append(Durations.spoken(f.speakingSeconds()))
                .append(" spoken · ").append(f.rubric().name()).append("\n\n");
        if (!Relevance.UNKNOWN.equals(f.relevance().level())) {
            b.append("- **Relevance**: ").append(f.relevance().level());
            if (f.relevance().note() != null) {
                b.append(" – ").append(f.relevance().note());
            }
            b.append('\n');
        }
        for (Criterion c : f.rubric().criteria()) {
            b.append("- **").append(c.name()).append("**: ").append(c.status());
            if (c.note() != null) {
                b.append(" – ").append(c.note());
            }
            if (!c.evidence().isEmpty() && !c.id().equals("concepts")) {
                b.append(" – \"").append(Escape.markdown(c.evidence().get(0))).append('"');
                if (c.evidence().size() > 1) {
                    b.append(" (and ").append(c.evidence().size() - 1).append(" more)");
                }
            }
            b.append('\n');
        }
        if ("star".equals(f.rubric().id())) {
            b.append("- **Quantified result**: ").append(f.quantifiedResult() ? "yes" : "no").append('\n');
        }
        b.append("- **\"I\" and \"we\"**: ").append(f.pronouns().i()).append(" / ").append(f.pronouns().we())
                .append(" – ").append(f.pronounNote()).append('\n');
        StringBuilder fillers = new StringBuilder();
        f.fillers().forEach((k, v) -> fillers.append(fillers.isEmpty() ? "" : ", ").append(k).append(" ×").append(v));
        b.append("- **Fillers**: ").append(fillers.isEmpty() ? "none" : fillers).append('\n');
        if (!f.mostUsedWords().isEmpty()) {
            b.append("- **Most used words**: ").append(String.join(", ", f.mostUsedWords().stream()
                    .map(w -> w.word() + " ×" + w.count()).toList())).append('\n');
        }
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

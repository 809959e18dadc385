package io.pmotoolkit.app.render;

import io.pmotoolkit.interview.PackQuestion;
import io.pmotoolkit.interview.QuestionPack;
import io.pmotoolkit.interview.Reason;
import io.pmotoolkit.interview.Star;
import java.util.List;

/**
 * An interview practice pack as Markdown: a short STAR primer, then the questions grouped by why they are in
 * the pack (gaps, the candidate's own CV lines, core questions), each with what the panel assesses, what a
 * strong answer contains, pitfalls and follow-ups. Text that can come from the CV or the advert (names, quoted
 * lines, questions built on them) is {@linkplain Escape#markdown escaped}. Stateless and thread-safe.
 */
public final class QuestionPackMarkdown {

    private QuestionPackMarkdown() {
    }

    public static String render(QuestionPack pack) {
        return Escape.controls(markdown(pack));
    }

    private static String markdown(QuestionPack pack) {
        StringBuilder b = new StringBuilder();
        String role = shortTitle(pack.role().title());
        b.append("# Interview practice: ").append(pack.candidate() != null ? esc(pack.candidate()) + " for " : "")
                .append(role).append("\n\n");
        int n = pack.questions().size();
        long gaps = pack.count(Reason.GAP);
        long fromCv = pack.count(Reason.CV_EVIDENCE);
        long core = pack.count(Reason.CORE);
        if (pack.cvFile() != null) {
            b.append(n).append(" questions for a **").append(pack.role().title()).append("** interview, built from your CV (")
                    .append(esc(pack.cvFile())).append("):\n\n");
            if (pack.level() != null) {
                b.append("Level now: ").append(esc(pack.level().withEvidence(", "))).append(".").append(pack.level().note() == null ? "" : " " + esc(pack.level().note())).append("\n\n");
            }
            if (gaps > 0) {
                b.append("- **").append(gaps).append(plural(gaps, " gap")).append("**: what a ").append(role)
                        .append(" panel is likely to probe that your CV does not show yet, with advice on answering "
                                + "honestly from what you have done.\n");
            }
            if (pack.count(Reason.JOB_AD) > 0) {
                b.append("- **").append(pack.count(Reason.JOB_AD)).append(" from the job advert**: its "
                        + "responsibilities, put to you as a panel for that job would.\n");
            }
            if (fromCv > 0) {
                b.append("- **").append(fromCv).append(" about your own CV**: panels test the strongest lines on a CV. "
                        + "The notes say what your line already gives and what you still need to bring.\n");
            }
            if (core > 0) {
                b.append("- **").append(core).append(plural(core, " core question")).append("** for the role, "
                        + "chosen by how much each competency weighs for a ").append(role).append(".\n");
            }
            b.append('\n');
        } else {
            b.append(n).append(" questions for a **").append(pack.role().title()).append("** interview, chosen by how "
                    + "much each competency weighs for the role. Add `--cv YOUR-CV` for questions on your own gaps "
                    + "and achievements.\n\n");
        }
        b.append("Seed ").append(pack.seed()).append(": run again with another `--seed` for a different selection.\n\n");
        b.append("""
                ## Answering with STAR

                - **Situation**: where you were and what was at stake, in two sentences.
                - **Task**: what was yours to do. Say "I", not "we".
                - **Action**: three or four steps you took yourself, including one obstacle and how you got past it.
                - **Result**: what changed, with a number if you have one, and what you learned.

                Aim for about two minutes an answer, most of it on Action and Result. Write your notes under each
                question, then say the answer out loud: the follow-ups are what the panel asks next.
                """);
        int i = 0;
        Reason section = null;
        for (PackQuestion q : pack.questions()) {
            if (q.reason() != section) {
                section = q.reason();
                b.append("\n## ").append(switch (section) {
                    case GAP -> "Gaps the panel is likely to probe";
                    case JOB_AD -> "What the advert says the job involves";
                    case CV_EVIDENCE -> "Questions about your own CV";
                    case CORE -> "Core questions for a " + role;
                }).append('\n');
            }
            question(b, ++i, q);
        }
        return b.toString();
    }

    private static void question(StringBuilder b, int number, PackQuestion q) {
        b.append("\n### ").append(number).append(". ").append(esc(q.text())).append("\n\n");
        b.append('*').append(q.competencyName()).append(" · ").append(q.type()).append("*\n\n");
        if (q.cvEvidence() != null) {
            b.append("> Line ").append(q.cvLine()).append(" of your CV: ").append(esc(q.cvEvidence())).append("\n\n");
        }
        b.append("**What they are assessing:** ").append(esc(q.why())).append("\n\n");
        if (q.advice() != null) {
            b.append("**Answering honestly:** ").append(esc(q.advice())).append("\n\n");
        }
        Star s = q.star();
        b.append(q.reason() == Reason.CV_EVIDENCE ? "**Your STAR notes**\n\n" : "**A strong answer**\n\n");
        b.append("- **S:** ").append(esc(s.situation())).append('\n');
        b.append("- **T:** ").append(esc(s.task())).append('\n');
        b.append("- **A:** ").append(esc(s.action())).append('\n');
        b.append("- **R:** ").append(esc(s.result())).append("\n\n");
        b.append("**Pitfalls:** ").append(esc(String.join(" ", q.pitfalls()))).append("\n\n");
        b.append("**Follow-ups to expect**\n\n");
        List<String> f = q.followUps();
        for (String s2 : f) {
            b.append("- ").append(esc(s2)).append('\n');
        }
    }

    private static String esc(String s) {
        return Escape.markdown(s);
    }

    private static String plural(long n, String word) {
        return n == 1 ? word : word + "s";
    }

    private static String shortTitle(String title) {
        int slash = title.indexOf(" / ");
        return slash > 0 ? title.substring(0, slash) : title;
    }
}

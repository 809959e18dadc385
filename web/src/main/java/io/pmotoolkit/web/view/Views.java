package io.pmotoolkit.web.view;

import io.pmotoolkit.core.model.Role;
import io.pmotoolkit.core.result.CheckResult;
import io.pmotoolkit.core.result.CvAnalysis;
import io.pmotoolkit.core.result.CvAnalysis.MissingTerm;
import io.pmotoolkit.core.result.JobAdSummary;
import io.pmotoolkit.interview.feedback.AnswerFeedback;
import java.util.List;

/** The page records. */
public final class Views {

    private Views() {
    }

    /**
     * The Analyse page.
     *
     * @param csrf    the form token
     * @param roles   the roles of the skills model, in its order
     * @param maxSize the size limit, as the page states it ("20 MB")
     */
    public record Analyse(String csrf, List<RoleOption> roles, String maxSize) {
    }

    /**
     * A role of the select.
     *
     * @param id    the role id, the option's value
     * @param title the role's title
     */
    public record RoleOption(String id, String title) {
        /** The option of a model role. */
        public static RoleOption of(Role r) {
            return new RoleOption(r.id(), r.title());
        }
    }

    /**
     * The Results page.
     *
     * @param csrf     the form token
     * @param analysis the analysis
     * @param lines    the CV's text, line by line, with its marks
     * @param missing  missing terms by competency
     * @param atsText  the text as read, as an applicant tracking system would
     * @param carry    what each download and practice form re-posts
     */
    public record Results(String csrf, CvAnalysis analysis, List<CvLine> lines, List<MissingGroup> missing,
                          String atsText, Carry carry) {

        /** The advert's part, or null without an advert. */
        public JobAdSummary advert() {
            return analysis.jobAd();
        }

        /** The checks, failed first. */
        public List<CheckResult> checks() {
            return analysis.checks();
        }
    }

    /**
     * One line of the CV as read.
     *
     * @param number   its number, as the analysis counts (from 1)
     * @param segments its text, cut where terms were found
     * @param rewrites the rewrites of its duty sentences (empty for any other line)
     * @param heading  whether the reader saw a heading
     */
    public record CvLine(int number, List<Segment> segments, List<Rewrite> rewrites, boolean heading) {
        /** Whether it states a duty the analysis offers a rewrite for. */
        public boolean duty() {
            return !rewrites.isEmpty();
        }
    }

    /**
     * A piece of a line: plain text, or a found term with the grade of its evidence there.
     *
     * @param text     the words as written
     * @param evidence {@code achievement}, {@code experience} or {@code listed}; null for plain text
     * @param term     the canonical term found; null for plain text
     */
    public record Segment(String text, String evidence, String term) {
    }

    /**
     * The suggestion for a duty sentence.
     *
     * @param instruction what to do ("Add the result: ")
     * @param rewrite     the rewritten line, or null when the suggestion is guidance only
     * @param after       the rest of the suggestion
     */
    public record Rewrite(String instruction, String rewrite, String after) {
    }

    /**
     * The missing terms of one competency.
     *
     * @param competency the competency's name
     * @param terms      its missing terms
     */
    public record MissingGroup(String competency, List<MissingTerm> terms) {
    }

    /**
     * The inputs a results page re-posts, so the server keeps nothing between requests.
     *
     * @param cvName      the CV's file name
     * @param cv          the CV, base64
     * @param role        the role id chosen, or "" to take the advert's
     * @param jobAdName   the advert file's name, or ""
     * @param jobAd       the advert file, base64, or ""
     * @param jobAdText   the pasted advert, or ""
     */
    public record Carry(String cvName, String cv, String role, String jobAdName, String jobAd, String jobAdText) {
    }

    /**
     * The Practise page.
     *
     * @param csrf      the form token
     * @param roleId    the role id
     * @param roleTitle the role's title
     * @param questions the questions of the session, in order
     * @param index     the question shown (0-based); equal to the count on the summary
     * @param answer    the answer in the box (the last one, on a retry), or ""
     * @param feedback  the feedback on the answer just given, or null
     * @param scores    the latest score of each question, "" when not answered
     */
    public record Practise(String csrf, String roleId, String roleTitle, List<Asked> questions, int index,
                           String answer, Feedback feedback, List<String> scores) {

        /** Whether every question has been seen: the summary. */
        public boolean done() {
            return index >= questions.size();
        }

        /** The question shown. */
        public Asked question() {
            return questions.get(index);
        }

        /** The question ids, comma-separated, for the hidden field. */
        public String ids() {
            return String.join(",", questions.stream().map(Asked::id).toList());
        }

        /** The scores, comma-separated, for the hidden field. */
        public String scoreList() {
            return String.join(",", scores);
        }

        /** How many questions were answered. */
        public long answered() {
            return scores.stream().filter(s -> !s.isEmpty()).count();
        }
    }

    /**
     * A practice question.
     *
     * @param id         the pack's id: a bank id, or {@code cv-line-N} and the like
     * @param text       the question
     * @param competency the competency's name, or ""
     */
    public record Asked(String id, String text, String competency) {
    }

    /**
     * Feedback on one answer.
     *
     * @param result    the coach's feedback
     * @param sentences the answer's sentences with their STAR parts
     * @param changes   on a retry, what changed since the attempt before ("score 40 → 78"), as
     *                  {@code pmo practice} shows it; null when this is not a retry
     */
    public record Feedback(AnswerFeedback result, List<Sentence> sentences, List<String> changes) {
    }

    /**
     * One sentence of an answer.
     *
     * @param text  the sentence
     * @param part  the first STAR part it gives (situation, task, action, result), or {@code none}
     * @param label the parts, as the page names them ("Action, Result"), or ""
     */
    public record Sentence(String text, String part, String label) {
    }

    /**
     * The error page.
     *
     * @param status  the HTTP status
     * @param title   the heading
     * @param message the one line, as the CLI would print it
     */
    public record Error(int status, String title, String message) {
    }
}

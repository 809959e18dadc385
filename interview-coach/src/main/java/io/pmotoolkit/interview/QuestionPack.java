package io.pmotoolkit.interview;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.pmotoolkit.core.result.CareerLevel;
import io.pmotoolkit.core.result.CvAnalysis.RoleRef;
import java.util.List;

/**
 * A practice pack: the JSON contract of {@code pmo questions --format json}, documented in
 * {@code docs/json-format.md}.
 *
 * @param schemaVersion 1
 * @param role          the target role
 * @param candidate     the name on the CV, or null (no CV, or no name found)
 * @param cvFile        the CV file the pack was built from, or null
 * @param seed          the seed that chose the questions; the same seed gives the same pack
 * @param questions     gap questions first, then CV questions, then core questions
 * @param versions      the question bank and skills model versions, to reproduce the pack
 * @param level         the candidate's level on the PMO ladder as the CV analysis read it, or null without a CV
 *                      (omitted from JSON); added after version 1, optional
 */
@JsonPropertyOrder({"schemaVersion", "role", "candidate", "cvFile", "seed", "questions", "versions", "level"})
public record QuestionPack(int schemaVersion, RoleRef role, String candidate, String cvFile, long seed,
                           List<PackQuestion> questions, Versions versions,
                           @com.fasterxml.jackson.annotation.JsonInclude(
                                   com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL) CareerLevel level) {

    public static final int SCHEMA_VERSION = 1;

    public QuestionPack {
        questions = List.copyOf(questions);
    }

    /** A pack without a level. */
    public QuestionPack(int schemaVersion, RoleRef role, String candidate, String cvFile, long seed,
                        List<PackQuestion> questions, Versions versions) {
        this(schemaVersion, role, candidate, cvFile, seed, questions, versions, null);
    }

    /** How many questions have this reason. */
    public long count(Reason reason) {
        return questions.stream().filter(q -> q.reason() == reason).count();
    }

    /**
     * @param questionBank the question bank version
     * @param skillsModel  the skills model version
     */
    public record Versions(String questionBank, String skillsModel) {
    }
}

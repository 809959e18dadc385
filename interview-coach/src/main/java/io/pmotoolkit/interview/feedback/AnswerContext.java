package io.pmotoolkit.interview.feedback;

import io.pmotoolkit.core.model.Role;
import io.pmotoolkit.interview.Concept;
import io.pmotoolkit.interview.PackQuestion;
import io.pmotoolkit.interview.Question;
import io.pmotoolkit.interview.QuestionType;
import java.util.List;

/**
 * What an answer answers: the question, its competency and the terms the bank expects, and the target role.
 * Every field may be null (an answer given without a question).
 *
 * @param questionId   the bank id, or null
 * @param questionText the question as asked, or null
 * @param type         behavioural, situational, knowledge or motivation, or null when unknown
 * @param competency   the competency id the question probes, or null (then no terms are expected)
 * @param keywords     skills-model terms a good answer to this question uses (from the bank), may be empty
 * @param role         the target role, or null
 * @param concepts     for a knowledge question, the ideas a correct answer covers (from the bank), may be empty
 * @param misconceptions for a knowledge question, wrong statements to watch for (from the bank), may be empty
 */
public record AnswerContext(String questionId, String questionText, QuestionType type, String competency,
                            List<String> keywords, Role role, List<Concept> concepts, List<Concept> misconceptions) {

    public AnswerContext {
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        concepts = concepts == null ? List.of() : List.copyOf(concepts);
        misconceptions = misconceptions == null ? List.of() : List.copyOf(misconceptions);
    }

    /** A context without concepts (a question that is not from the bank, or not a knowledge question). */
    public AnswerContext(String questionId, String questionText, QuestionType type, String competency,
                         List<String> keywords, Role role) {
        this(questionId, questionText, type, competency, keywords, role, List.of(), List.of());
    }

    /** No question and no role: feedback on the structure and delivery only. */
    public static AnswerContext none() {
        return new AnswerContext(null, null, null, null, List.of(), null);
    }

    /** A question of the bank, for a role (or null). */
    public static AnswerContext of(Question q, Role role) {
        return new AnswerContext(q.id(), q.text(), q.type(), q.competency(), q.keywords(), role, q.concepts(),
                q.misconceptions());
    }

    /** A question of a practice pack; the bank's keywords, when the pack question came from the bank. */
    public static AnswerContext of(PackQuestion q, List<String> keywords, Role role) {
        return new AnswerContext(q.id(), q.text(), q.type(), q.competency(), keywords, role);
    }

    /** A question of a practice pack with what the bank knows of it (keywords, concepts), when it came from it. */
    public static AnswerContext of(PackQuestion q, java.util.Optional<Question> fromBank, Role role) {
        return fromBank.map(b -> new AnswerContext(q.id(), q.text(), q.type(), q.competency(), b.keywords(), role,
                b.concepts(), b.misconceptions())).orElseGet(() -> of(q, List.of(), role));
    }
}

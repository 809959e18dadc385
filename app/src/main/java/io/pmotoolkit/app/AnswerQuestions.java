package io.pmotoolkit.app;

import io.pmotoolkit.core.match.KeywordMatch;
import io.pmotoolkit.core.match.KeywordMatcher;
import io.pmotoolkit.core.model.Role;
import io.pmotoolkit.core.model.SkillsModel;
import io.pmotoolkit.interview.Question;
import io.pmotoolkit.interview.QuestionBank;
import io.pmotoolkit.interview.feedback.AnswerContext;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Which question an answer is for: a bank id (with "did you mean" when unknown), a question's text, or none. */
final class AnswerQuestions {

    private final SkillsModel model;
    private final QuestionBank bank;

    AnswerQuestions(SkillsModel model, QuestionBank bank) {
        this.model = model;
        this.bank = bank;
    }

    AnswerContext context(String questionId, String questionText, Role target) {
        if (questionId != null) {
            Question q = bank.find(questionId).orElseThrow(() -> AppException.usage(
                    "unknown question id '" + questionId + "'" + hint(questionId)));
            return AnswerContext.of(q, target);
        }
        if (questionText != null) {
            for (Question q : bank.questions()) {
                if (q.text().strip().equalsIgnoreCase(questionText.strip())) {
                    return AnswerContext.of(q, target);
                }
            }
            String competency = competencyOf(model, questionText);
            return new AnswerContext(null, questionText.strip(), null, competency != null ? competency
                    : topicOf(questionText), List.of(), target);
        }
        return new AnswerContext(null, null, null, null, List.of(), target);
    }

    /** The competency most of the question's own PMO terms belong to, or null when it names none. */
    static String competencyOf(SkillsModel model, String question) {
        Map<String, Integer> votes = new LinkedHashMap<>();
        for (KeywordMatch m : KeywordMatcher.of(model).find(question)) {
            votes.merge(m.keyword().competency(), 1, Integer::sum);
        }
        return votes.entrySet().stream().max(Comparator.comparingInt(Map.Entry::getValue))
                .map(Map.Entry::getKey).orElse(null);
    }

    /**
     * The competency of a question that names no PMO term, from the bank's {@code dutyTopics} ("a risk you
     * spotted" → risk-issue-management): the first whose words the question has, or null.
     */
    String topicOf(String question) {
        String lower = question.toLowerCase(java.util.Locale.ROOT);
        return bank.dutyTopics().entrySet().stream().filter(e -> e.getValue().matcher(lower).find())
                .map(Map.Entry::getKey).findFirst().orElse(null);
    }

    /** Up to three ids close to the one given, and where to find them all. */
    private String hint(String id) {
        String close = Suggestions.didYouMean(id, bank.questions().stream().map(Question::id).toList());
        return (close.isEmpty() ? ":" : close) + " The ids are in 'pmo questions --list', or use --question TEXT";
    }

    /** "id · competency · type" of the bank question, or null when the answer was not given a question id. */
    String label(String questionId) {
        if (questionId == null) {
            return null;
        }
        Question q = bank.find(questionId).orElseThrow();
        String competency = model.findCompetency(q.competency()).map(c -> c.name()).orElse(q.competency());
        return q.id() + " · " + competency + " · " + q.type().id();
    }
}

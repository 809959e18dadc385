package io.pmotoolkit.interview.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pmotoolkit.interview.QuestionType;
import org.junit.jupiter.api.Test;

/** The data file {@code feedback-vocabulary.yaml}: loads, its lists are not empty, every rubric adds up to 100. */
class FeedbackVocabularyTest {

    private static final FeedbackVocabulary V = FeedbackVocabulary.BUILT;

    @Test
    void everyListHasEntries() {
        V.sizes().forEach((list, n) -> assertTrue(n > 0, list));
        assertFalse(V.relatedWords.isEmpty());
        assertFalse(V.activityBeforeNumber.isEmpty());
    }

    @Test
    void everyRubricAddsUpToOneHundredPoints() {
        for (QuestionType t : QuestionType.values()) {
            FeedbackVocabulary.RubricDef r = V.rubric(t);
            if (r.criteria().isEmpty()) {
                continue;
            }
            int total = r.criteria().stream().mapToInt(FeedbackVocabulary.CriterionDef::points).sum()
                    + r.termPoints() + 10 + 10;
            assertEquals(100, total, t.id());
            r.criteria().forEach(c -> assertTrue(c.missing() != null && !c.missing().isBlank(), c.id()));
        }
        assertTrue(V.rubric(QuestionType.BEHAVIOURAL).criteria().isEmpty(), "behavioural is scored as STAR");
        assertEquals("star", V.rubric(null).id());
    }
}

package io.pmotoolkit.interview.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.pmotoolkit.interview.QuestionType;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RelevanceTest {

    private static final String REPORT_STORY = "I was the project support officer. Every Friday I collated the "
            + "highlight reports into the programme report and chased late updates.";
    private static final String STAGE_GATE = "Talk me through how a stage-gate process should work. What should a "
            + "gate review actually decide, and who should be in the room?";

    private static Set<String> keys(String text) {
        return Set.copyOf(KeyPhrases.keys(text));
    }

    @Test
    void anAnswerToAnotherQuestionIsOffTopicAndCapped() {
        Relevance r = Relevance.assess(STAGE_GATE, QuestionType.KNOWLEDGE, keys(REPORT_STORY), List.of(), 0, 0);
        assertEquals(Relevance.OFF_TOPIC, r.level());
        assertEquals(Relevance.OFF_TOPIC_CAP, r.scoreCap());
        assertEquals(List.of("stage", "gate", "process"), r.topicWords().subList(0, 3));
        assertEquals(List.of(), r.topicUsed());
    }

    @Test
    void twoTopicWordsMakeAnAnswerOnTopicWhateverTheirForm() {
        Relevance r = Relevance.assess(STAGE_GATE, QuestionType.KNOWLEDGE,
                keys("Each gate reviews the business case and decides to stop or go on."), List.of(), 0, 0);
        assertEquals(Relevance.ON_TOPIC, r.level());
        assertNull(r.scoreCap());
        assertEquals(List.of("gate", "review", "decide"), r.topicUsed());
    }

    @Test
    void oneTopicWordAloneIsPartial() {
        Relevance r = Relevance.assess(STAGE_GATE, QuestionType.KNOWLEDGE, keys("The process was slow."), List.of(),
                0, 0);
        assertEquals(Relevance.PARTIAL, r.level());
        assertEquals(Relevance.PARTIAL_CAP, r.scoreCap());
    }

    @Test
    void aMotivationAnswerIsOnTopicWhenItGivesReasonsAndAims() {
        Relevance r = Relevance.assess("Why do you want this role, and why with us rather than another organisation?",
                QuestionType.MOTIVATION, keys(REPORT_STORY), List.of(), 0, 2);
        assertEquals(Relevance.ON_TOPIC, r.level());
        assertEquals(Relevance.OFF_TOPIC, Relevance.assess("Why do you want this role?", QuestionType.MOTIVATION,
                keys(REPORT_STORY), List.of(), 0, 0).level());
    }

    @Test
    void noQuestionNothingToCompare() {
        Relevance r = Relevance.assess(null, null, keys(REPORT_STORY), List.of(), 0, 0);
        assertEquals(Relevance.UNKNOWN, r.level());
        assertNull(r.scoreCap());
        assertNull(r.suggestion());
    }
}

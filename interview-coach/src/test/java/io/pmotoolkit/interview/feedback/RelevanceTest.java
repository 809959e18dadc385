package io.pmotoolkit.interview.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class RelevanceTest {

    private static final String REPORT_STORY = "I was the project support officer. Every Friday I collated the "
            + "highlight reports into the programme report and chased late updates.";

    @Test
    void anAnswerAboutSomethingElseGetsAWarningNamingWhatTheQuestionAsks() {
        String warning = Relevance.warning("Why do you want to move into PMO work, and what have you already done "
                + "to prepare for it?", REPORT_STORY, List.of("Highlight reports"), List.of("Continuing professional development"));
        assertEquals("Check that your answer is about the question: it never mentions what it asks about (move, "
                + "prepare). Open with one sentence that answers it directly, then tell the story.", warning);
    }

    @Test
    void sharingAWordWithTheQuestionIsEnough() {
        assertNull(Relevance.warning("Tell me about a weekly report you produced from other people's updates.",
                REPORT_STORY, List.of(), List.of()));
    }

    @Test
    void usingAnExpectedTermIsEnough() {
        assertNull(Relevance.warning("How do you keep a RAID log useful?", REPORT_STORY, List.of("Highlight reports"),
                List.of("Highlight reports")));
    }

    @Test
    void noQuestionNoWarning() {
        assertNull(Relevance.warning(null, REPORT_STORY, List.of(), List.of()));
    }
}

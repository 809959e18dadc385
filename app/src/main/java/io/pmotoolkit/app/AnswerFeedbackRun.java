package io.pmotoolkit.app;

import io.pmotoolkit.interview.feedback.AnswerFeedback;

/**
 * The feedback on one answer, with the label of the bank question it answers.
 *
 * @param feedback      the feedback
 * @param questionLabel "id · competency · type" of the bank question, or null when none was named by id
 */
public record AnswerFeedbackRun(AnswerFeedback feedback, String questionLabel) {
}

/**
 * Feedback on a written interview answer: the STAR components found sentence by sentence, whether the result
 * is quantified, "I" and "we", filler words, length and speaking time, PMO terms used and missed, concrete next
 * steps and a 0–100 score with its parts (see {@code docs/feedback.md}).
 *
 * {@snippet :
 * SkillsModel model = SkillsModelLoader.builtIn();
 * AnswerCoach coach = new AnswerCoach(model);
 * Question q = QuestionBankLoader.builtIn(model).find("minutes-and-actions-that-stick").orElseThrow();
 * AnswerFeedback f = coach.assess(answerText, AnswerContext.of(q, model.expectRole("pmo-analyst")));
 * f.components().result().status();   // PRESENT, WEAK or MISSING
 * f.suggestions();                      // "Your answer has no result: ..."
 * }
 *
 * <p>No network, no randomness: the same answer, question and model always give the same feedback.
 */
package io.pmotoolkit.interview.feedback;

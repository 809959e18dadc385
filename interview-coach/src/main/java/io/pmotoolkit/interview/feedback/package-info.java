/**
 * Feedback on a written interview answer: whether it is about the question asked ({@link
 * io.pmotoolkit.interview.feedback.Relevance}, read first and capping the score), the rubric of the question's
 * type ({@link io.pmotoolkit.interview.feedback.Rubric}: STAR for behavioural questions, approach, options,
 * judgement and outcome for situational ones, the bank's concepts for knowledge questions, reasons, evidence,
 * fit and aims for motivation), the STAR components found sentence by sentence, whether the result is
 * quantified, "I" and "we", filler words and most-used words, length and speaking time, PMO terms used and
 * missed, concrete next steps and a 0–100 score with its parts (see {@code docs/feedback.md}). The vocabulary
 * is data: {@code feedback-vocabulary.yaml} beside these classes.
 *
 * {@snippet :
 * SkillsModel model = SkillsModelLoader.builtIn();
 * AnswerCoach coach = new AnswerCoach(model, QuestionBankLoader.builtIn(model));
 * Question q = QuestionBankLoader.builtIn(model).find("minutes-and-actions-that-stick").orElseThrow();
 * AnswerFeedback f = coach.assess(answerText, AnswerContext.of(q, model.expectRole("pmo-analyst")));
 * f.components().result().status();   // PRESENT, WEAK or MISSING
 * f.suggestions();                      // "Your answer has no result: ..."
 * }
 *
 * <p>No network, no randomness: the same answer, question and model always give the same feedback.
 */
package io.pmotoolkit.interview.feedback;

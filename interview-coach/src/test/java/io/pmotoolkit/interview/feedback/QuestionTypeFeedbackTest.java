package io.pmotoolkit.interview.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pmotoolkit.core.model.SkillsModel;
import io.pmotoolkit.core.model.SkillsModelLoader;
import io.pmotoolkit.interview.Question;
import io.pmotoolkit.interview.QuestionBank;
import io.pmotoolkit.interview.QuestionBankLoader;
import io.pmotoolkit.interview.QuestionType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Feedback that follows the question: its type's rubric, its relevance, the terms it expects. */
class QuestionTypeFeedbackTest {

    static final SkillsModel MODEL = SkillsModelLoader.builtIn();
    static final QuestionBank BANK = QuestionBankLoader.builtIn(MODEL);
    static final AnswerCoach COACH = new AnswerCoach(MODEL, BANK);

    static final String TEXTBOOK = "A stage-gate process splits a project into stages, with a gate review at the end "
            + "of each one. At the gate the decision is whether to continue, stop, or change direction, and that "
            + "decision should be made against the business case: is the project still worth doing, given the updated "
            + "costs, benefits and risks? The evidence for the gate is the refreshed business case, the plan for the "
            + "next stage, the main risks and whether the organisation is ready. The people in the room should be the "
            + "sponsor or a board with authority over the money, the project manager presenting, and assurance or the "
            + "PMO advising, not deciding. For small projects the gates should be lighter, so that governance does not "
            + "slow everything down.";

    static AnswerFeedback assess(String questionId, String answer) {
        Question q = BANK.find(questionId).orElseThrow();
        return COACH.assess(answer, AnswerContext.of(q, MODEL.expectRole("pmo-analyst")));
    }

    @Test
    void aTextbookAnswerToAKnowledgeQuestionIsScoredOnItsConceptsNotOnStar() {
        AnswerFeedback f = assess("stage-gate-design", TEXTBOOK);
        assertEquals("knowledge", f.type());
        assertEquals("knowledge", f.rubric().id());
        assertEquals(Relevance.ON_TOPIC, f.relevance().level());
        assertEquals(Status.PRESENT, f.rubric().criteria().get(0).status(), f.rubric()::toString);
        assertTrue(f.score() >= AnswerFeedback.STRONG, () -> f.score() + " " + f.scoreParts());
        assertTrue(f.suggestions().stream().noneMatch(s -> s.contains("\"I\"") || s.contains("STAR")),
                f.suggestions()::toString);
        assertTrue(f.scoreParts().stream().noneMatch(p -> p.id().equals("star")));
    }

    @Test
    void theWeeklyReportStoryGivenForTheStageGateQuestionScoresLowAndSaysWhy() throws IOException {
        String story = Files.readString(Path.of("..", "samples", "answers", "weekly-report-collation.txt"));
        AnswerFeedback f = assess("stage-gate-design", story);
        assertEquals(Relevance.OFF_TOPIC, f.relevance().level());
        assertTrue(f.score() <= Relevance.OFF_TOPIC_CAP, () -> String.valueOf(f.score()));
        assertEquals("weak", f.verdict());
        assertTrue(f.suggestions().get(0).startsWith("Answer the question asked (stage, gate, process)"),
                f.suggestions().get(0));
        assertTrue(f.concepts().stream().noneMatch(ConceptCheck::covered), "no credit for coincidences");
        AnswerFeedback own = assess("weekly-report-collation", story);
        assertEquals(Relevance.ON_TOPIC, own.relevance().level());
        assertTrue(own.score() >= AnswerFeedback.STRONG, () -> String.valueOf(own.score()));
    }

    @Test
    void aBehaviouralAnswerThatTellsNoStoryIsPartialAndAskedForOne() {
        AnswerFeedback f = assess("difficult-message-to-a-team", "I have had to give teams news they did not want to "
                + "hear many times. Giving a team news they don't want to hear is never "
                + "easy, but I think it is important to be honest and clear with the team. I always make sure the team "
                + "hears the news from me first and that they have a chance to ask questions.");
        assertEquals(Relevance.PARTIAL, f.relevance().level());
        assertEquals(Relevance.NO_STORY, f.relevance().note());
        assertTrue(f.suggestions().get(0).startsWith("Tell one real time it happened"), f.suggestions()::toString);
    }

    @Test
    void aStoryToldWithoutTheUsualCueWordsStillHasItsSceneActionAndResult() {
        AnswerFeedback f = assess("qualification-and-practice", "A project manager asked me for the full risk report "
                + "the day before the board. At work our log had risks and issues mixed together. I split them into two "
                + "logs and explained the difference to the project managers. The committee stopped asking about it, "
                + "and now the reviews are much clearer.");
        assertEquals(Status.PRESENT, f.components().situation().status(), f.sentences()::toString);
        assertEquals(Status.PRESENT, f.components().action().status(), f.sentences()::toString);
        assertTrue(f.components().result().status() != Status.MISSING, f.sentences()::toString);
    }

    @Test
    void aKnowledgeAnswerTooShortToExplainItsIdeasEarnsHalfTheirPoints() {
        AnswerFeedback f = assess("capex-opex-basics", "Capital is for buying things like buildings and equipment and "
                + "operating is the day-to-day running costs. It matters because they come from different budgets.");
        ScorePart concepts = f.scoreParts().stream().filter(p -> p.id().equals("concepts")).findFirst().orElseThrow();
        assertTrue(concepts.detail().endsWith("too briefly to explain them"), concepts::toString);
        assertEquals("weak", f.verdict(), () -> f.score() + " " + f.scoreParts());
    }

    @Test
    void aWrongAnswerToAKnowledgeQuestionIsToldWhatIsWrong() {
        AnswerFeedback f = assess("stage-gate-design", "A stage gate is where the PMO checks that the project has "
                + "filled in all the templates before it moves on. The PMO ticks them off against the checklist. It "
                + "is mainly an administrative check.");
        assertEquals(List.of("a gate as a paperwork or template check"), f.misconceptions());
        assertEquals(Status.MISSING, f.rubric().criteria().get(0).status());
        assertEquals("weak", f.verdict());
    }

    @Test
    void aSituationalAnswerIsReadForApproachOptionsJudgementAndOutcome() {
        AnswerFeedback f = assess("green-status-while-slipping", "I would first check the milestone history against "
                + "the baseline. Then I would talk to the project manager, because there may be an approved re-plan. "
                + "One option is that they re-rate it amber with a recovery plan; otherwise I raise it with the "
                + "sponsor. I would know it had worked when the next report matched the data.");
        assertEquals("situational", f.rubric().id());
        assertEquals(List.of("approach", "options", "judgement", "outcome"),
                f.rubric().criteria().stream().map(Criterion::id).toList());
        assertTrue(f.rubric().gaps().isEmpty(), f.rubric()::toString);
    }

    @Test
    void aMotivationAnswerWithoutReasonsAimsOrFitIsOffTopic() {
        AnswerFeedback f = assess("why-this-pmo-role", "A risk is an uncertain event that might affect the project, "
                + "and an issue is something that has already happened.");
        assertEquals("motivation", f.rubric().id());
        assertEquals(Relevance.OFF_TOPIC, f.relevance().level());
    }

    @Test
    void aFreeTextQuestionNeverExpectsATraitTerm() {
        AnswerFeedback f = COACH.assess("I logged the risk and told the sponsor.", new AnswerContext(null,
                "Tell me about a time you kept the meeting actions and minutes in order", null,
                "administration-coordination", List.of(), MODEL.expectRole("pmo-administrator")));
        assertFalse(f.termsMissed().contains("Attention to detail"), f.termsMissed()::toString);
        assertTrue(f.termsMissed().contains("Minute taking"), "the practice terms are still expected");
        Question named = BANK.find("mistake-you-caught").orElseThrow();
        assertTrue(COACH.assess("I checked it.", AnswerContext.of(named, null)).termsMissed()
                .contains("Attention to detail"), "a question that names the trait expects it");
    }

    @Test
    void everyKnowledgeQuestionOfTheBankListsItsConcepts() {
        for (Question q : BANK.questions()) {
            assertEquals(q.type() == QuestionType.KNOWLEDGE, !q.concepts().isEmpty(), q.id());
        }
        assertTrue(BANK.questions().stream().anyMatch(q -> q.type() == QuestionType.MOTIVATION));
    }
}

package io.pmotoolkit.interview.feedback;

import static io.pmotoolkit.interview.feedback.QuestionTypeFeedbackTest.assess;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pmotoolkit.interview.Concept;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The reading rules of 2 December 2026 (session 8), each on made-up answers: generic "you" advice tells no story,
 * ideas covered only by the question's own words are not covered, a scene sentence that states the brief shows
 * the task, states are not actions, and the outcome, judgement, example and motivation cues of that round.
 */
class AnswerReadingRulesTest {

    private static Status part(AnswerFeedback f, String id) {
        return f.rubric().criteria().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow().status();
    }

    @Test
    void adviceInTheSecondPersonTellsNoStoryAndIsPartial() {
        AnswerFeedback f = assess("explaining-complex-information-simply", "You have to start from what the listeners "
                + "already know. You cut the acronyms, you draw one simple picture instead of a table, and you ask them "
                + "to repeat the point back. If you do that, the audience follows you far more easily.");
        assertTrue(f.sentences().stream().allMatch(s -> s.parts().isEmpty()), f.sentences()::toString);
        assertEquals(Relevance.PARTIAL, f.relevance().level());
        assertEquals(Relevance.NO_STORY, f.relevance().note());
    }

    @Test
    void youKnowAsAFillerDoesNotMakeASentenceGeneric() {
        AnswerFeedback f = assess("covering-an-absent-colleague", "You know, when my colleague went off sick I took "
                + "over her supplier invoices with no handover. I rang each supplier to ask what they were waiting "
                + "for. Every invoice was paid on the planned date.");
        assertFalse(f.sentences().get(0).parts().isEmpty(), f.sentences()::toString);
    }

    @Test
    void ideasCoveredOnlyByTheQuestionsOwnWordsAreNotCovered() {
        List<Concept> concepts = List.of(new Concept("how much risk is accepted", List.of("appetite", "willing to accept")),
                new Concept("set by the executive", List.of("executive", "categor")),
                new Concept("reported", List.of("dashboard", "review")));
        String question = "How would you help the executive team set a risk appetite for the portfolio?";
        String echo = "Risk appetite is the list of every risk, which I would send to the executive.";
        List<ConceptCheck> none = RubricReader.concepts(concepts, KeyPhrases.words(echo), KeyPhrases.keys(echo),
                question);
        assertTrue(none.stream().noneMatch(ConceptCheck::covered), none::toString);
        String own = "The appetite says how much risk the executive is willing to accept in each category, shown "
                + "on the dashboard.";
        List<ConceptCheck> some = RubricReader.concepts(concepts, KeyPhrases.words(own), KeyPhrases.keys(own), question);
        assertEquals(3, some.stream().filter(ConceptCheck::covered).count(), some::toString);
        assertEquals("willing to accept", some.get(0).signal(), "the signal that is not an echo is reported");
    }

    @Test
    void aWrongDefinitionThatOnlyNamesCapexAndOpexCoversNoIdea() {
        AnswerFeedback f = assess("capex-opex-basics", "Capex is what we pay our own staff on the project and opex is "
                + "what we pay the contractors. It matters because contractors need a purchase order.");
        assertTrue(f.concepts().stream().limit(2).noneMatch(ConceptCheck::covered), f.concepts()::toString);
    }

    @Test
    void aSceneSentenceThatStatesTheBriefShowsTheTaskToo() {
        AnswerFeedback f = assess("trend-you-spotted-in-data", "In my last job I was asked to find out why invoices were "
                + "paid late. I pulled a year of payment dates into a spreadsheet and plotted them by supplier. I sent "
                + "the chart to the finance manager.");
        assertEquals(Status.PRESENT, f.components().situation().status());
        assertEquals(Status.PRESENT, f.components().task().status(), f.sentences()::toString);
    }

    @Test
    void aStateToldWithWeOrIIsNotAnAction() {
        AnswerFeedback f = assess("method-you-have-worked-in", "Where I worked before we used a light stage-gate method. "
                + "Every project had a sponsor and a monthly board.");
        assertEquals(Status.MISSING, f.components().action().status(), f.sentences()::toString);
    }

    @Test
    void finishingEarlyAndMeetingTheDeadlineAreResults() {
        AnswerFeedback f = assess("schedule-slip-recovery", "On a depot upgrade the inspections kept slipping because one "
                + "inspector covered the whole county. I regrouped the visits by area with the site lead, and the "
                + "upgrade finished three days early.");
        assertEquals(Status.PRESENT, f.components().result().status(), f.sentences()::toString);
        AnswerFeedback g = assess("emotional-intelligence-under-pressure", "During budget season my team of four was "
                + "working every weekend. I moved the routine reports back a week and took the largest bid myself. We "
                + "sent every bid on the deadline.");
        assertEquals(Status.PRESENT, g.components().result().status(), g.sentences()::toString);
    }

    @Test
    void aStoryOpenedAtTheEndOfAProjectHasItsScene() {
        AnswerFeedback f = assess("lessons-learned-that-change-things", "At the end of a payroll upgrade project I ran "
                + "the closing review with the team. I wrote each lesson with an owner in the next project's plan. The "
                + "next upgrade booked its testers three months ahead.");
        assertEquals(Status.PRESENT, f.components().situation().status(), f.sentences()::toString);
    }

    @Test
    void situationalCuesForKnowingItWorksAndForWhatItDependsOn() {
        AnswerFeedback f = assess("standing-up-a-pmo", "I would first meet each director and list every project in "
                + "flight. It depends a lot on what they struggle with, so I would start with a simple monthly status. "
                + "People will know it is working when the directors use the status to stop or start a project.");
        assertEquals(Status.PRESENT, part(f, "judgement"), f.rubric()::toString);
        assertEquals(Status.PRESENT, part(f, "outcome"), f.rubric()::toString);
    }

    @Test
    void anExampleFromTheLastPmoShowsTheKnowledgeIsReal() {
        AnswerFeedback f = assess("pmo-services-catalogue", "A PMO can offer reporting, governance and assurance, "
                + "planning, and training for project managers. I would decide from what the sponsors say they need, "
                + "because an office that offers everything at once is ignored. In my last PMO we began with reporting "
                + "and added resource planning a year later.");
        assertEquals(Status.PRESENT, part(f, "example"), f.rubric()::toString);
    }

    @Test
    void aMotivatedPersonIsNoReasonAndEmptyWordsArePartialNotOffTopic() {
        AnswerFeedback f = assess("why-this-pmo-role", "Honestly it's a really exciting opportunity with a fantastic "
                + "organisation, and I'm a very motivated person, so it's a perfect match.");
        assertEquals(Status.MISSING, part(f, "reasons"), f.rubric()::toString);
        assertEquals(Relevance.PARTIAL, f.relevance().level());
        assertNotEquals(Status.MISSING, part(assess("why-this-pmo-role", "What motivates me is turning project figures "
                + "into decisions for the board."), "reasons"));
    }

    @Test
    void doneACourseIsEvidence() {
        AnswerFeedback f = assess("career-move-into-pmo", "I've done a PRINCE2 Foundation course and I keep the risk log "
                + "for my team.");
        assertEquals(Status.PRESENT, part(f, "evidence"), f.rubric()::toString);
    }
}

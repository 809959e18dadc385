package io.pmotoolkit.interview.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.pmotoolkit.core.model.SkillsModel;
import io.pmotoolkit.core.model.SkillsModelLoader;
import io.pmotoolkit.interview.Question;
import io.pmotoolkit.interview.QuestionBankLoader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The labelled example answers under {@code src/test/resources/answers/} and what the coach must find in them. */
class AnswerCoachTest {

    static final SkillsModel MODEL = SkillsModelLoader.builtIn();
    static final AnswerCoach COACH = new AnswerCoach(MODEL);

    static String answer(String name) {
        try (InputStream in = AnswerCoachTest.class.getResourceAsStream("/answers/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static AnswerFeedback assess(String name) {
        return COACH.assess(answer(name), AnswerContext.none());
    }

    /** file, situation, task, action, result, quantified result. */
    static Stream<Arguments> labelledAnswers() {
        return Stream.of(
                arguments("strong.txt", Status.PRESENT, Status.PRESENT, Status.PRESENT, Status.PRESENT, true),
                arguments("no-result.txt", Status.PRESENT, Status.PRESENT, Status.PRESENT, Status.MISSING, false),
                arguments("all-we.txt", Status.PRESENT, Status.MISSING, Status.WEAK, Status.PRESENT, true),
                arguments("rambling.txt", Status.PRESENT, Status.MISSING, Status.PRESENT, Status.WEAK, false),
                arguments("fillers.txt", Status.PRESENT, Status.PRESENT, Status.PRESENT, Status.PRESENT, false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("labelledAnswers")
    void findsTheExpectedComponents(String file, Status s, Status t, Status a, Status r, boolean quantified) {
        AnswerFeedback f = assess(file);
        String shown = file + ": " + f.sentences();
        assertEquals(s, f.components().situation().status(), shown);
        assertEquals(t, f.components().task().status(), shown);
        assertEquals(a, f.components().action().status(), shown);
        assertEquals(r, f.components().result().status(), shown);
        assertEquals(quantified, f.quantifiedResult(), shown);
    }

    @Test
    void strongAnswerQuotesItsSentencesAndScoresHigh() {
        AnswerFeedback f = assess("strong.txt");
        assertTrue(f.components().result().evidence().get(0).startsWith("As a result, the reporting cycle fell"),
                f.components().result()::toString);
        assertTrue(f.components().task().evidence().get(0).startsWith("My job as the PMO analyst"));
        assertEquals(3, f.components().action().evidence().size(), f.sentences()::toString);
        assertTrue(f.score() >= 90, () -> "score " + f.score() + " " + f.scoreParts());
        assertEquals(100, f.scoreParts().stream().mapToInt(ScorePart::max).sum());
        assertEquals(f.score(), f.scoreParts().stream().mapToInt(ScorePart::points).sum());
        assertTrue(f.termsUsed().contains("RAG status"), f.termsUsed()::toString);
        assertEquals("ok", f.length());
    }

    @Test
    void missingResultIsTheFirstNextStep() {
        AnswerFeedback f = assess("no-result.txt");
        assertTrue(f.suggestions().get(0).startsWith("Your answer has no result: say what changed and by how much"),
                f.suggestions()::toString);
        assertTrue(f.score() < 70, () -> "score " + f.score());
    }

    @Test
    void allWeIsReportedAndExplainedWithoutAPronounPenalty() {
        AnswerFeedback f = assess("all-we.txt");
        assertEquals(new Pronouns(0, 4), f.pronouns());
        assertTrue(f.pronounNote().startsWith("Only \"we\""), f.pronounNote());
        assertTrue(f.suggestions().stream().anyMatch(s -> s.startsWith("Your actions are all \"we\"")),
                f.suggestions()::toString);
        // Only the weak action costs points (half of 20): no separate pronoun part.
        assertTrue(f.scoreParts().stream().noneMatch(p -> p.id().contains("pronoun")));
        ScorePart star = f.scoreParts().get(0);
        assertEquals(FeedbackScore.SITUATION + FeedbackScore.ACTION / 2 + FeedbackScore.RESULT, star.points(),
                star::toString);
    }

    @Test
    void ramblingAnswerIsLongAndMostlySetUp() {
        AnswerFeedback f = assess("rambling.txt");
        assertEquals("long", f.length());
        assertTrue(f.speakingSeconds() > AnswerCoach.LONG_SECONDS);
        assertTrue(f.suggestions().stream().anyMatch(s -> s.startsWith("The set-up takes")), f.suggestions()::toString);
        assertTrue(f.suggestions().stream().anyMatch(s -> s.contains("the answer is long")), f.suggestions()::toString);
    }

    @Test
    void fillersAreCountedEach() {
        AnswerFeedback f = assess("fillers.txt");
        assertEquals(3, f.fillers().get("um"), f.fillers()::toString);
        assertEquals(1, f.fillers().get("uh"));
        assertEquals(2, f.fillers().get("like"));
        assertEquals(2, f.fillers().get("you know"));
        assertEquals(2, f.fillers().get("basically"));
        assertEquals(1, f.fillers().get("actually"));
        assertEquals(1, f.fillers().get("sort of"));
        assertEquals(1, f.fillers().get("kind of"));
        assertEquals(1, f.fillers().get("I mean"));
        assertTrue(f.suggestions().stream().anyMatch(s -> s.startsWith("You used 14 filler words")),
                f.suggestions()::toString);
    }

    static Stream<Arguments> notFillers() {
        return Stream.of(
                arguments("I would like to explain the RAID log."),
                arguments("It felt like a failure at the time."),
                arguments("What kind of report did the board want?"),
                arguments("That sort of problem needs a process."),
                arguments("Do you know how the gate works?"),
                arguments("I mean that the process was broken."));
    }

    @ParameterizedTest
    @MethodSource("notFillers")
    void ordinaryWordsAreNotFillers(String sentence) {
        assertEquals(java.util.Map.of(), Fillers.count(sentence));
    }

    @Test
    void wordsAndSpeakingTimeAt145WordsAMinute() {
        AnswerFeedback f = COACH.assess("I built the tracker. " .repeat(29).strip(), AnswerContext.none());
        assertEquals(116, f.words());
        assertEquals(48, f.speakingSeconds());
        assertEquals(List.of(44, 54), f.speakingRange());
        assertEquals("short", f.length());
    }

    @Test
    void expectedTermsComeFromTheQuestionThenTheRole() {
        Question q = QuestionBankLoader.builtIn(MODEL).find("competing-deadlines-from-several-pms").orElseThrow();
        AnswerContext c = AnswerContext.of(q, MODEL.expectRole("pmo-administrator"));
        AnswerFeedback f = COACH.assess(answer("no-result.txt"), c);
        assertEquals(List.of("Managing competing priorities", "Time management"), f.termsMissed().subList(0, 2),
                f.termsMissed()::toString);
        assertTrue(f.termsMissed().size() <= AnswerCoach.MAX_MISSED);
        assertEquals(q.id(), f.questionId());
        assertTrue(f.suggestions().stream().anyMatch(s -> s.contains("Managing competing priorities")));
    }

    @Test
    void sameAnswerGivesTheSameFeedbackUnderAnyLocale() {
        Locale before = Locale.getDefault();
        AnswerFeedback english = assess("strong.txt");
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            assertEquals(english, new AnswerCoach(MODEL).assess(answer("strong.txt"), AnswerContext.none()));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void anAnswerWithoutWordsIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> COACH.assess(" \n ... \n", AnswerContext.none()));
    }

    @Test
    void anActionAndItsResultInOneSentenceAreTwoClausesOfOnePartEach() {
        AnswerFeedback f = COACH.assess("I built a shared tracker, which cut the reporting cycle from 10 days to 4 days.",
                AnswerContext.none());
        assertEquals(2, f.sentences().size(), f.sentences()::toString);
        assertEquals(List.of(Part.ACTION), f.sentences().get(0).parts(), f.sentences()::toString);
        assertEquals(List.of(Part.RESULT), f.sentences().get(1).parts(), f.sentences()::toString);
        assertTrue(f.quantifiedResult());
        assertFalse(f.components().situation().status() == Status.PRESENT);
    }

    @Test
    void everySentenceCarriesOnePrimaryPartAtMost() {
        AnswerFeedback f = COACH.assess("I was asked to cover the programme office while my manager was away, and I "
                + "kept the action log going.", AnswerContext.none());
        assertEquals(List.of(Part.TASK), f.sentences().get(0).parts(), f.sentences()::toString);
        for (LabelledSentence s : assess("strong.txt").sentences()) {
            assertTrue(s.parts().size() <= 1, s::toString);
        }
    }

    @Test
    void anOutcomePhraseWithoutANumberIsAResult() {
        AnswerFeedback f = COACH.assess("Our portfolio report was a forty-slide deck rebuilt by hand every month. I "
                + "built a dashboard on the tracker and retired the deck, so that within a quarter leaders could use "
                + "the dashboard in the portfolio board.", AnswerContext.none());
        assertEquals(Status.PRESENT, f.components().result().status(), f.sentences()::toString);
        assertFalse(f.quantifiedResult(), "a quarter is when, not how much");
    }

    @Test
    void numbersInsideTheActionsAreNotAMeasuredResult() {
        AnswerFeedback f = COACH.assess("I spent three months cleaning up the risk register. I went through 60 stale "
                + "risks with the owners and closed 25 of them, and as a result the register was trusted again.",
                AnswerContext.none());
        assertFalse(f.quantifiedResult(), f.sentences()::toString);
        AnswerFeedback measured = COACH.assess("I rebuilt the approval form. As a result the average approval fell "
                + "from eleven days to three.", AnswerContext.none());
        assertTrue(measured.quantifiedResult(), measured.sentences()::toString);
    }

    static Stream<Arguments> fillers() {
        return Stream.of(
                arguments("It was, like, really hard.", "like", 1),
                arguments("I'd like to show you the tracker I would like to build.", "like", 0),
                arguments("It felt like a failure and things like RAID logs were missing.", "like", 0),
                arguments("It was literally the worst report.", "literally", 1),
                arguments("So yeah, that was it. So yeah.", "so yeah", 2),
                arguments("It was a mess, right? Right, so I started again.", "right", 2),
                arguments("I found the right owner and fixed it right away.", "right", 0),
                arguments("It was kind of late, you know, and I kind of rushed it.", "kind of", 2),
                arguments("What kind of report do you need?", "kind of", 0));
    }

    @ParameterizedTest
    @MethodSource
    void fillers(String text, String filler, int count) {
        assertEquals(count, Fillers.count(text).getOrDefault(filler, 0), text);
    }

    @Test
    void mostUsedWordsLeaveOutFunctionWordsAndCountInflectionsTogether() {
        AnswerFeedback f = COACH.assess("I chased the reports. The report was late, so I rebuilt the report template "
                + "and the reports arrived on time. The template is still used.", AnswerContext.none());
        assertEquals(new WordCount("reports", 4), f.mostUsedWords().get(0), f.mostUsedWords()::toString);
        assertEquals(new WordCount("template", 2), f.mostUsedWords().get(1));
        assertTrue(f.mostUsedWords().stream().noneMatch(w -> w.word().equals("the")));
    }
}

package io.pmotoolkit.resume.lines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.pmotoolkit.core.result.CvAnalysis.LineResult.Advice;
import io.pmotoolkit.core.text.Nlp;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rewrites issue 14 found broken, each as it is now built: grammatical, from the line's own verb, object and
 * numbers, with a placeholder that fits the line and is honestly labelled, or guidance when the parse is unsure.
 */
class RewriteTest {

    private final LineClassifier classifier = new LineClassifier();

    private LineAssessment classify(String line, CvLocale locale) {
        return classifier.classify(line, Nlp.get()::analyze, locale);
    }

    /** line as written in a CV, the rewrite sentence. */
    static Stream<Arguments> rewrites() {
        return Stream.of(
                // a base-form verb list is put in the past, not given a second verb ("Managed encourage and...")
                arguments("Encourage and require PMP certification for all project managers",
                        "Encouraged and required PMP certification for all project managers, so that <N people gained"
                                + " the qualification>"),
                arguments("Organise and facilitate the weekly project board",
                        "Organised and facilitated the weekly project board, so that <approvals took N days instead"
                                + " of M>"),
                // a past form the verb list does not know is kept, not given a second verb ("Managed performed...")
                arguments("Performed 2 full system upgrades",
                        "Performed 2 full system upgrades, so that <N users went live on time>"),
                // both verbs of the list follow the first into the past, past "up to date"
                arguments("Keeping the requirements traceability matrix up to date and supporting user acceptance testing",
                        "Kept the requirements traceability matrix up to date and supported user acceptance testing,"
                                + " so that <N hours a week were saved or N people were helped>"),
                // the placeholder fits the topic: minutes and actions ask for actions closed, not people trained
                arguments("Took minutes and tracked actions for the monthly programme board",
                        "Took minutes and tracked actions for the monthly programme board, so that <N of M actions"
                                + " were closed on time>"),
                // a third-person verb is a verb, not a noun ("Managed monitors and assists...")
                arguments("Monitors and assists the project managers with their plans",
                        "Monitored and assisted the project managers with their plans, so that <N hours a week"
                                + " were saved or N people were helped>"),
                // past forms are real words: no "Setuped", "Reconcileed", "Troubleshooted"
                arguments("Setup the PMO SharePoint site",
                        "Set up the PMO SharePoint site, so that <N hours a week were saved or N people were helped>"),
                arguments("Reconcile the monthly bank statements",
                        "Reconciled the monthly bank statements, so that <N hours a week were saved or N people were"
                                + " helped>"),
                arguments("Troubleshooting printer faults for the office",
                        "Troubleshot printer faults for the office, so that <N tickets a month were resolved within"
                                + " the agreed time>"),
                // a list that opened in the past goes on in the past
                arguments("Implemented navigation rules for the application, written controllers using annotations",
                        "Implemented navigation rules for the application, wrote controllers using annotations, so"
                                + " that <N hours a week were saved or N people were helped>"),
                // a word that adds nothing before the verb is dropped (droppedOpeners)
                arguments("Also performed hardware testing, debugging of hardware boards.",
                        "Performed hardware testing, debugging of hardware boards, so that <N defects were caught"
                                + " before release>"),
                // a process used is no process others adopted (the process topic's notAfter)
                arguments("Utilized Agile process and Jira to track sprint cycles.",
                        "Utilized Agile process and Jira to track sprint cycles, so that <N hours a week were saved"
                                + " or N people were helped>"),
                // a name the CV wrote in lower case takes its capitals (casings); building software takes the
                // general result, not manual hours saved
                arguments("Developing web application using JSP servlet and hibernate.",
                        "Developed web application using JSP servlet and Hibernate, so that <N hours a week were"
                                + " saved or N people were helped>"),
                // a data export's field name before the duty is dropped
                arguments("description - Prepared the mapping documents for every data migration",
                        "Prepared the mapping documents for every data migration, so that <N hours a week were"
                                + " saved or N people were helped>"));
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("rewrites")
    void buildsAGrammaticalRewriteFromTheLinesOwnWords(String line, String rewrite) {
        LineAssessment a = classify(line, CvLocale.NEUTRAL);
        assertEquals(rewrite, a.rewrite(), line);
        assertEquals(Advice.ADD_RESULT, a.advice());
        assertEquals("Add the result: \"" + rewrite + "\".", a.suggestion());
    }

    /** line, the guidance reason: no sentence can be built safely. */
    static Stream<Arguments> refusals() {
        return Stream.of(
                // a noun list after an -ing word ("Filed and the move...", "Served customers, cash handling...")
                arguments("Filing and the move to a shared drive", LineShape.UNSURE),
                arguments("Serving customers, cash handling and stock replenishment", LineShape.UNSURE),
                // an employer, title or date line ("Managed company Name From 1989...", "Managed royal Alliance...")
                arguments("Company Name From 1989 to 1995", LineShape.NOT_A_DUTY),
                arguments("Royal Alliance Associates quarterly reviews", LineShape.UNSURE),
                arguments("IT Director | March 2015 – July 2016 | Los Angeles", LineShape.NOT_A_DUTY),
                arguments("company - Parkar Consulting and Labs", LineShape.NOT_A_DUTY),
                // a heading run into the bullet after it ("Led property Tax Led a team...")
                arguments("Property Tax Led a team of 4 analysts", LineShape.MERGED),
                arguments("Built the reporting pack. Trained six analysts to use it", LineShape.MERGED),
                // an adjective is not a verb ("Collaboratived"), a skill is not a duty
                arguments("Collaborative approach to stakeholder workshops", LineShape.UNSURE),
                arguments("Experience in writing SQL statements", LineShape.SKILL),
                // a line cut from its sentence, a sentence about someone else, a template's text
                arguments("to take a sinking ship and try to make it float", LineShape.FRAGMENT),
                arguments("They have offices in six continents and over 100 countries", LineShape.NOT_A_DUTY),
                arguments("[Describe your key responsibilities here]", LineShape.NOT_A_DUTY),
                // a verb put in the past would leave the rest in the present (a clause right after "that" is put
                // in the past with it: RewriteStrictReadingTest)
                arguments("Maintain the risk tracker which is reviewed by the board", LineShape.UNSURE));
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("refusals")
    void givesGuidanceWhenNoSafeSentenceCanBeBuilt(String line, String reason) {
        LineAssessment a = classify(line, CvLocale.NEUTRAL);
        assertNull(a.rewrite(), () -> line + " → " + a.suggestion());
        assertEquals(Advice.GUIDANCE, a.advice());
        String expected = RewriteVocabulary.builtIn().guidance(reason);
        String prefix = expected.substring(0, Math.min(40, expected.indexOf('{') < 0 ? expected.length()
                : expected.indexOf('{')));
        assertTrue(a.suggestion().startsWith(prefix), () -> line + " → " + a.suggestion());
    }

    @Test
    void aDollarCvGetsDollarsNeverPounds() {
        CvLocale dollars = CvLocale.of(List.of("Managed a $2m budget", "Saved USD 40k on licences"));
        assertEquals("$", dollars.currency());
        LineAssessment a = classify("Responsible for the annual budget of the programme", dollars);
        assertEquals("Managed the annual budget of the programme, so that <$N was saved or spend stayed within N% of"
                + " budget>", a.rewrite());
        assertFalse(a.suggestion().contains("£"), a.suggestion());
        assertFalse(classify("Improved stakeholder engagement across the portfolio", dollars).suggestion().contains("£"));
    }

    @Test
    void aCvWithoutMoneyGetsWordsWithoutACurrency() {
        CvLocale none = CvLocale.of(List.of("Managed the weekly reporting cycle"));
        assertNull(none.currency());
        assertEquals("Managed the annual budget of the programme, so that <costs fell by N% or spend stayed within N%"
                + " of budget>", classify("Responsible for the annual budget of the programme", none).rewrite());
    }

    @Test
    void twoCurrenciesAsOftenGiveNone() {
        assertNull(CvLocale.of(List.of("a £2m budget", "a $3m budget")).currency());
        assertEquals("€", CvLocale.of(List.of("a €2m budget", "saved €300k", "a $3m budget")).currency());
    }

    @Test
    void anIzeCvGetsIzeSpelling() {
        CvLocale ize = CvLocale.of(List.of("Organized the annual conference", "Prioritized the backlog; standardized"
                + " reports"));
        assertTrue(ize.ize());
        assertEquals("Owned the process templates, so that <N teams adopted the standardized process, saving N hours a"
                + " month>", classify("Responsible for the process templates", ize).rewrite());
        // a verb the rewrite puts in front follows the CV too
        assertEquals("Organized events for 200 guests, so that <N guests came and N% rated it good or better>",
                classify("Responsible for events for 200 guests", ize).rewrite());
        CvLocale ise = CvLocale.of(List.of("Organised the annual conference"));
        assertEquals("Organised events for 200 guests, so that <N guests came and N% rated it good or better>",
                classify("Responsible for events for 200 guests", ise).rewrite());
    }

    @Test
    void theLinesOwnSpellingIsNeverChanged() {
        CvLocale ize = CvLocale.of(List.of("Organized", "Prioritized"));
        assertTrue(classify("Organising the quarterly supplier reviews", ize).rewrite().startsWith("Organised"));
    }

    @Test
    void theVocabularyFileHasEveryGuidanceAndAGeneralTopicLast() {
        RewriteVocabulary v = RewriteVocabulary.builtIn();
        for (String reason : List.of(LineShape.NOT_A_DUTY, LineShape.MERGED, LineShape.SKILL, LineShape.FRAGMENT,
                LineShape.UNSURE, LineShape.OWN_ACTION)) {
            assertFalse(v.guidance(reason).isBlank(), reason);
        }
        assertEquals("general", v.topics().getLast().id());
        assertNull(v.topics().getLast().keywords());
    }

    @Test
    void aVocabularyWithoutAGeneralTopicIsRefused() {
        String yaml = "topics:\n  - id: risk\n    words: [risk]\n    result: N risks were closed\n";
        IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> RewriteVocabulary.load(new java.io.ByteArrayInputStream(yaml.getBytes(
                        java.nio.charset.StandardCharsets.UTF_8))));
        assertTrue(e.getMessage().contains("general"), e.getMessage());
    }
}

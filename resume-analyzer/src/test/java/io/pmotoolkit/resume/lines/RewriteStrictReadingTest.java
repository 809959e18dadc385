package io.pmotoolkit.resume.lines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The failure patterns of the strict second reading of the rewrites (gold/rewrites/judgements-second.yaml), on
 * made-up lines of the same shapes: easy duties get a sentence, descriptions and tenure get no result slot, a
 * cut-off purpose clause reads as a fragment, the result slot follows the line's activity, "Helped X do Y".
 */
class RewriteStrictReadingTest {

    private final LineClassifier classifier = new LineClassifier();
    private static final String NOT_A_DUTY = "This line does not say what you did";

    private String suggestion(String line) {
        String s = classifier.classify(line).suggestion();
        assertNotNull(s, line);
        return s;
    }

    @Test
    void putsATwoWordVerbInThePastWithAHyphen() {
        assertTrue(suggestion("Fine tuning the monthly reporting templates.")
                .startsWith("Add the result: \"Fine-tuned the monthly reporting templates, so that"));
        assertTrue(suggestion("Cross checking supplier invoices against orders")
                .startsWith("Add the result: \"Cross-checked supplier invoices against orders, so that"));
        String noun = classifier.classify("Spot checks of supplier invoices").rewrite();
        assertFalse(noun != null && noun.startsWith("Spot-checked of"), noun);  // a noun, not a verb
    }

    @Test
    void putsAReportedClauseInThePastWithItsVerb() {
        assertEquals("Ensured that all supplier invoices were approved before payment",
                classifier.classify("Ensure that all supplier invoices are approved before payment.").rewrite()
                        .split(", so that")[0]);
    }

    @Test
    void keepsALeadingAdverbBeforeTheVerbPutInThePast() {
        assertEquals("Regularly reviewed supplier invoices for errors",
                classifier.classify("Regularly reviewing supplier invoices for errors.").rewrite().split(", so that")[0]);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Atlas is a billing platform used by regional banks.",
        "The platform allows members to book meeting rooms and pay for them online.",
        "Northwind Care Network includes four hospitals and twenty clinics.",
        // issue 14 item 4: more describing verbs, a letter's closing
        "The tool gives managers a weekly view of risks.",
        "Hoping for your kind consideration.",
        "Thank you for reading my application."})
    void readsADescriptionOfAProjectOrClientAsNoDuty(String line) {
        assertTrue(suggestion(line).startsWith(NOT_A_DUTY), line);
    }

    @Test
    void doesNotTakeADutyWithAClauseForADescription() {
        String s = suggestion("Ensure that weekly backups are checked before the release.");
        assertFalse(s.startsWith(NOT_A_DUTY), s);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Worked as a payroll clerk for 6 years",
        "Admitted to the state bar since 2015",
        "Served as treasurer of the parish council for the past 3 years",
        "Appointed by the board in 2019 to chair the steering group"})
    void givesATitleOrTenureNoResultSlot(String line) {
        String s = suggestion(line);
        assertTrue(s.startsWith(NOT_A_DUTY), s);
        assertFalse(s.contains("so that"), s);
    }

    @Test
    void readsACutOffPurposeClauseAsAFragment() {
        String s = suggestion("To manage incoming");
        assertTrue(s.startsWith("This reads as part of a sentence"), s);
    }

    @Test
    void takesTheResultSlotFromTheActivityNotFromATrailingClause() {
        String s = suggestion("Ran weekly supplier reviews, improving the release pipeline.");
        assertFalse(s.contains("manual work"), s);  // "pipeline" is in the clause after the comma
        assertTrue(suggestion("Supervised the fit-out of three retail units").contains("work packages"));
        assertTrue(suggestion("Fine tuning the slow database queries").contains("response times"));
    }

    @Test
    void keepsHelpedBeforeAnObjectAndABareVerb() {
        String s = classifier.classify("Assisted the finance team prepare the quarterly accounts").rewrite();
        assertNotNull(s);
        assertTrue(s.startsWith("Helped the finance team prepare the quarterly accounts"), s);
        assertEquals(0, s.indexOf("Helped"));
    }
}

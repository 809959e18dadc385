package io.pmotoolkit.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ActionVerbsTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"collaborate, collaborated", "reconcile, reconciled", "reconciling, reconciled", "setup, set up",
            "troubleshoot, troubleshot", "troubleshooting, troubleshot", "reviews, reviewed", "liaises, liaised",
            "assists, assisted", "copies, copied", "plan, planned", "lead, led", "managing, managed"})
    void putsVerbsInThePastWithRealWords(String word, String past) {
        assertEquals(past, ActionVerbs.past(word));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Collaboratived", "Reconcileed", "Setuped", "Troubleshooted", "Reviewsed"})
    void rejectsInventedPastForms(String word) {
        assertFalse(ActionVerbs.isPlausiblePast(word), word);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Managed", "Led", "Set up", "Planned", "Performed", "Reconciled", "Agreed", "Analysed",
            "Processed", "Conducted"})
    void acceptsRealPastForms(String word) {
        assertTrue(ActionVerbs.isPlausiblePast(word), word);
    }

    @Test
    void readsThirdPersonFormsOfKnownVerbsOnly() {
        assertEquals("review", ActionVerbs.baseOfThirdPerson("Reviews"));
        assertEquals("liaise", ActionVerbs.baseOfThirdPerson("liaises"));
        assertNull(ActionVerbs.baseOfThirdPerson("process"));
        assertNull(ActionVerbs.baseOfThirdPerson("stakeholders"));
    }

    @Test
    void turnsIrregularParticiplesIntoThePast() {
        assertEquals("wrote", ActionVerbs.pastOfParticiple("written"));
        assertEquals("undertook", ActionVerbs.pastOfParticiple("undertaken"));
        assertNull(ActionVerbs.pastOfParticiple("managed"));
    }

    @Test
    void noVerbIsListedAsBothAnActionVerbAndAnotherVerb() {
        assertEquals(java.util.Set.of(), ActionVerbs.listedTwice());
    }
}

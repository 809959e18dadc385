package io.pmotoolkit.resume.lines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Duties that name their work as a noun and "of" (issue 14 item 4, session 8 round two: "guidance is a dodge" on
 * easy duties): the noun's verb, read from {@code actionNouns} in rewrite-vocabulary.yaml, with the object after
 * "of", where every part of the sentence is safe; guidance where it is not. Made-up lines.
 */
class RewriteActionNounTest {

    private final LineClassifier classifier = new LineClassifier();

    private String rewrite(String line) {
        String r = classifier.classify(line).rewrite();
        assertNotNull(r, () -> line + " -> " + classifier.classify(line).suggestion());
        return r.split(", so that")[0];
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Preparation of weekly cost reports for the site team. | Prepared weekly cost reports for the site team",
        "Selection of pumps and valves for the cooling loop. | Selected pumps and valves for the cooling loop",
        "Installation of the new panels in the plant room | Installed the new panels in the plant room",
        "Analysis of supplier invoices against the purchase orders. | Analysed supplier invoices against the purchase orders",
        "Maintenance of reorder levels and safety stock. | Maintained reorder levels and safety stock",
        "Coordination of site visits with the client. | Coordinated site visits with the client",
        "Testing of the payment screens before each release. | Tested the payment screens before each release",
        "Preparation of BOM for each order. | Prepared BOM for each order",
        "Preparation of drawings and installation of the cable trays. | Prepared drawings and installed the cable trays",
        "Creation of user accounts, maintenance of access rights. | Created user accounts, maintained access rights",
    })
    void aNounLedDutyTakesItsVerb(String line, String expected) {
        assertEquals(expected, rewrite(line));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Preparation of material submittals and follow up with consultant.",  // a second duty in another form
        "Preparation of the Monthly Cost Report for the board.",                // title case carried mid-sentence
        "Maintenance of the MCC Panel.",                                        // a capital after an acronym
        "Creation of user accounts, managing access rights.",                   // an -ing duty in the list
        "Preparation of reports is done by the team.",                          // a sentence of its own
        "Provision of spare parts to the depots.",                              // no verb listed for the noun
        "Cloning of servers and migrate to another cluster.",                   // a second duty in another form
        "Warehousing of spare parts for the depots.",                           // not "Warehoused of spare parts"
    })
    void anUnsafePartKeepsTheGuidance(String line) {
        assertNull(classifier.classify(line).rewrite(), () -> classifier.classify(line).suggestion());
    }

    @Test
    void aVerbThatTakesOfKeepsIt() {
        assertEquals("Disposed of the old stock", rewrite("Disposed of the old stock at the depot.").split(" at ")[0]);
    }

    @Test
    void theVerbIsReadFromTheVocabularyNotGuessed() {
        RewriteVocabulary v = RewriteVocabulary.builtIn();
        assertEquals("analysed", v.verbOfActionNoun("Analysis"));
        assertEquals("procured", v.verbOfActionNoun("procurement"));
        assertNull(v.verbOfActionNoun("provision"));
        assertNull(v.verbOfActionNoun("responsibility"));
    }

    @Test
    void aTitleCaseNounLedLineIsAskedForItsVerbNotCalledNoDuty() {
        String s = classifier.classify("Selection of Cables, Switchgear & Panels for the Substation").suggestion();
        assertEquals("Start with a past-tense verb", s.substring(0, 28), s);
    }

    @Test
    void aNounAfterAnOpenerThatIsAllTheWritersTakesItsVerb() {
        assertEquals("Prepared the weekly reports", rewrite("Responsible for preparation of the weekly reports."));
        // a shared opener keeps its own verb: the work was not all the writer's
        assertEquals("Supported preparation of the weekly reports", rewrite("Involved in preparation of the weekly reports."));
    }
}

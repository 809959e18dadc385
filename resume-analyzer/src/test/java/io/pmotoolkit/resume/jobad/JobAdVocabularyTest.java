package io.pmotoolkit.resume.jobad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JobAdVocabularyTest {

    @Test
    void everyListIsInTheFileAndNonEmpty() {
        Map<String, List<String>> lists = JobAdVocabulary.load();
        assertEquals(JobAdVocabulary.LISTS, List.copyOf(lists.keySet()));
        lists.forEach((name, entries) -> assertFalse(entries.isEmpty(), name));
    }

    @Test
    void headingsMatchAsWholeWordsWhateverTheCase() {
        JobAdVocabulary v = JobAdVocabulary.builtIn();
        assertTrue(v.requiredHeading.matcher("PERSON SPECIFICATION").find());
        assertTrue(v.employerHeading.matcher("About Harbour Logistics").find());
        assertFalse(v.employerHeading.matcher("About you").find());
        assertFalse(v.employerHeading.matcher("About the role").find());
        assertFalse(v.employerHeading.matcher("Payroll").find(), "pay is a whole word");
        assertTrue(v.titleLabel.matcher("POST TITLE: Delivery Manager").matches());
        assertTrue(v.employerLabel.matcher("Location - Leeds").find());
    }

    @Test
    void doesNotDependOnTheDefaultLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr"));
            assertTrue(JobAdVocabulary.builtIn().requiredHeading.matcher("QUALIFICATIONS").find());
            assertTrue(JobAdVocabulary.builtIn().noise.contains("it"));
        } finally {
            Locale.setDefault(saved);
        }
    }
}

package io.pmotoolkit.resume.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CvVocabularyTest {

    private static CvVocabulary.FileShape bound() throws IOException {
        try (InputStream in = CvVocabulary.class.getResourceAsStream(CvVocabulary.BUILT_IN)) {
            return new ObjectMapper(new YAMLFactory()).configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
                    .readValue(in, CvVocabulary.FileShape.class);
        }
    }

    private static List<Object> fields(CvVocabulary.FileShape f) {
        return List.of(f.titleWords, f.notEmploymentTitles, f.employerWords, f.qualificationWords,
                f.institutionWords, f.regions, f.declarations, f.notNameWords);
    }

    @Test
    void readsTheBuiltInFileAsJacksonsDataBindingDoes() throws IOException {
        try (InputStream in = CvVocabulary.class.getResourceAsStream(CvVocabulary.BUILT_IN)) {
            List<Object> read = fields(CvVocabulary.read(in));
            assertEquals(fields(bound()), read);
            assertEquals(List.of("membership", "volunteering", "talk"),
                    List.copyOf(CvVocabulary.read(CvVocabulary.class.getResourceAsStream(CvVocabulary.BUILT_IN))
                            .notEmploymentTitles.keySet()));
        }
    }

    @Test
    void refusesAnUnknownFieldOrAMappingWhereWordsBelong() {
        assertThrows(IOException.class, () -> CvVocabulary.read(yaml("titleWord: [manager]\n")));
        assertThrows(IOException.class, () -> CvVocabulary.read(yaml("regions: {a: b}\n")));
        assertThrows(IOException.class, () -> CvVocabulary.read(yaml("regions: [[a]]\n")));
    }

    @Test
    void refusesAWordListedTwiceNamingTheListAndTheWord() {
        IOException e = assertThrows(IOException.class, () -> CvVocabulary.read(yaml("titleWords: [officer, lead, Officer]\n")));
        assertTrue(e.getMessage().contains("'titleWords' lists 'Officer' twice"), e.getMessage());
    }

    private static InputStream yaml(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}

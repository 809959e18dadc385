package io.pmotoolkit.resume.sections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pmotoolkit.core.model.SkillsModel;
import io.pmotoolkit.core.model.SkillsModelException;
import io.pmotoolkit.core.model.SkillsModelLoader;
import io.pmotoolkit.resume.read.CvLine;
import io.pmotoolkit.resume.read.LineOrigin;
import io.pmotoolkit.resume.structure.CvVocabulary;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The heading names are data that a skills file's {@code cvVocabulary} extends, or replaces with {@code replace: true}. */
class HeadingVocabularyTest {

    private static final String ROLES = """
            competencies:
              - {id: delivery, name: Delivery, area: methods-governance}
            roles:
              - {id: junior, title: Junior, level: 1, competencies: {delivery: 3}}
            """;

    private static Optional<SectionKind> kind(SectionDetector d, String text) {
        return d.kindOf(new CvLine(text, 1, false, false, LineOrigin.BODY));
    }

    @Test
    void theBuiltInHeadingsComeFromTheVocabularyFile() {
        SectionDetector d = new SectionDetector();
        assertEquals(Optional.of(SectionKind.EXPERIENCE), kind(d, "Work History"));
        assertEquals(Optional.of(SectionKind.CERTIFICATIONS), kind(d, "Licenses & Certifications"));
        assertEquals(Optional.of(SectionKind.SKILLS), kind(d, "SKILLSET"));
        assertTrue(CvVocabulary.builtIn().headings().get(SectionKind.PROFILE).contains("professional summary"));
    }

    @Test
    void aSkillsFileAddsHeadings() {
        SkillsModel model = SkillsModelLoader.parse("mine.yaml", """
                version: "1"
                cvVocabulary:
                  headings.experience: [Berufserfahrung]
                """, SkillsModelLoader.builtIn());
        SectionDetector d = new SectionDetector(CvVocabulary.of(model));
        assertEquals(Optional.of(SectionKind.EXPERIENCE), kind(d, "BERUFSERFAHRUNG"));
        assertEquals(Optional.of(SectionKind.EXPERIENCE), kind(d, "Work experience"));
    }

    @Test
    void aReplacingSkillsFileReplacesTheListsItNames() {
        SkillsModel model = SkillsModelLoader.parse("own.yaml", "version: \"1\"\nreplace: true\n" + ROLES + """
                cvVocabulary:
                  headings.experience: [Berufserfahrung, Werdegang]
                """, SkillsModelLoader.builtIn());
        SectionDetector d = new SectionDetector(CvVocabulary.of(model));
        assertEquals(Optional.of(SectionKind.EXPERIENCE), kind(d, "Werdegang"));
        assertEquals(Optional.empty(), kind(d, "Work experience"));
        assertEquals(Optional.of(SectionKind.EDUCATION), kind(d, "Education"), "lists it does not name stay");
    }

    @Test
    void anUnknownListOrKindIsRefusedAtLoadNamingTheFileAndLine() {
        var e = assertThrows(SkillsModelException.class, () -> SkillsModelLoader.parse("mine.yaml",
                "version: \"1\"\ncvVocabulary:\n  titelWords: [Leiter]\n", SkillsModelLoader.builtIn()));
        assertTrue(e.getMessage().startsWith("mine.yaml line 3: cvVocabulary.titelWords: unknown list 'titelWords':"
                + " the lists are titleWords, "), e.getMessage());
        var k = assertThrows(SkillsModelException.class, () -> SkillsModelLoader.parse("mine.yaml",
                "version: \"1\"\ncvVocabulary:\n  headings.hobbys: [Hobbys]\n", SkillsModelLoader.builtIn()));
        assertTrue(k.getMessage().startsWith("mine.yaml line 3: cvVocabulary.headings.hobbys: unknown section kind"
                + " 'hobbys'"), k.getMessage());
    }

    @Test
    void aSkillsFilesHeadlineAspirationsAreInItsVocabulary() {
        // the analyzer hands this vocabulary to CandidateFacts (title labels, other people's words, aspirations)
        SkillsModel model = SkillsModelLoader.parse("mine.yaml", """
                version: "1"
                cvVocabulary:
                  headlineAspirations: [auf der Suche nach]
                """, SkillsModelLoader.builtIn());
        assertTrue(CvVocabulary.of(model).hasHeadlineAspiration("auf der suche nach "));
        assertTrue(!CvVocabulary.builtIn().hasHeadlineAspiration("auf der suche nach "));
    }
}

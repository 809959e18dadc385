package io.pmotoolkit.resume.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FrontMatterTest {

    static Stream<Arguments> texts() {
        return Stream.of(
                Arguments.of("---\ntitle: 'PMO Analyst'\nlayout: job\nmetadata:\n    apertura: 07/06/2021\n---\nText", "Text", "PMO Analyst"),
                Arguments.of("---\nsidebar_label: 'PMO'\n---\n\n# PMO\n", "\n# PMO\n", null),
                Arguments.of("\uFEFF---\ntitle: \"Head of PMO\"\n...\nBody", "Body", "Head of PMO"),
                // Not front matter: rules around text, a rule with nothing between, no closing line.
                Arguments.of("---\nJane Doe, PMO Analyst\n---\nExperience", "---\nJane Doe, PMO Analyst\n---\nExperience", null),
                Arguments.of("---\n---\nText", "---\n---\nText", null),
                Arguments.of("---\ntitle: x\nno end", "---\ntitle: x\nno end", null),
                Arguments.of("Jane Doe\n---\ntitle: x\n---", "Jane Doe\n---\ntitle: x\n---", null));
    }

    @ParameterizedTest
    @MethodSource("texts")
    void takesOffOnlyAYamlBlockAtTheTop(String text, String body, String title) {
        FrontMatter f = FrontMatter.split(text);
        assertEquals(body, f.body());
        if (title == null) {
            assertNull(f.title());
        } else {
            assertEquals(title, f.title());
        }
    }
}

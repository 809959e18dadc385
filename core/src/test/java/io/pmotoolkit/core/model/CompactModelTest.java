package io.pmotoolkit.core.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pmotoolkit.core.model.SkillsModelLoader.ModelFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CompactModelTest {

    static byte[] resource(String name) throws IOException {
        try (InputStream in = CompactModelTest.class.getResourceAsStream(name)) {
            assertNotNull(in, name + " is missing from the class path");
            return in.readAllBytes();
        }
    }

    private static ModelFile boundFromYaml(byte[] yaml) {
        return SkillsModelLoader.bind("built-in skills model", new String(yaml, StandardCharsets.UTF_8));
    }

    @Test
    void shippedCompactFormHoldsExactlyWhatJacksonBindsFromTheYaml() throws IOException {
        byte[] yaml = resource(SkillsModelLoader.BUILT_IN);
        byte[] compact = resource(CompactModel.RESOURCE);
        ModelFile expected = boundFromYaml(yaml);
        assertEquals(expected, CompactModel.decode(compact, yaml).orElseThrow(() -> new AssertionError(
                "skills-model.bin was not made from this skills-model.yaml: regenerate it with "
                        + "mvn -pl core test -Dtest=CompactModelRegenerator -Dsurefire.failIfNoSpecifiedTests=false "
                        + "-Dpmo.regenerate=true")));
        assertArrayEquals(CompactModel.encode(expected, yaml), compact, "the form is not the one encode() makes");
    }

    @Test
    void aFileWithNullsAndEmptyListsRoundTrips() {
        String text = """
                version: "1"
                replace: true
                competencies:
                  - id: a
                    name: "Ünïcode – £ €"
                    area: business
                roles:
                  - id: r
                    title: R
                    level: 1
                    titles: []
                    competencies: {a: 3}
                keywords:
                  - term: x
                    competency: a
                    aliases: [y]
                    caseSensitive: false
                    importance: {r: essential}
                    renewal:
                      - every: 3
                        forms: [z]
                wordFamilies: [[plan, planning]]
                """;
        byte[] yaml = text.getBytes(StandardCharsets.UTF_8);
        ModelFile file = boundFromYaml(yaml);
        assertEquals(file, CompactModel.decode(CompactModel.encode(file, yaml), yaml).orElseThrow());
    }

    @Test
    void aFormMadeFromOtherYamlOrCutShortIsIgnored() throws IOException {
        byte[] yaml = resource(SkillsModelLoader.BUILT_IN);
        byte[] compact = resource(CompactModel.RESOURCE);
        byte[] edited = Arrays.copyOf(yaml, yaml.length);
        edited[edited.length - 2] ^= 1;
        assertTrue(CompactModel.decode(compact, edited).isEmpty(), "a form made from other YAML was used");
        assertTrue(CompactModel.decode(Arrays.copyOf(compact, compact.length / 2), yaml).isEmpty());
        assertTrue(CompactModel.decode(new byte[0], yaml).isEmpty());
    }
}

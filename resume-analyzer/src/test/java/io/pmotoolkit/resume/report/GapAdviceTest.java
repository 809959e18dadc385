package io.pmotoolkit.resume.report;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pmotoolkit.core.model.Competency;
import io.pmotoolkit.core.model.SkillsModel;
import io.pmotoolkit.core.model.SkillsModelLoader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class GapAdviceTest {

    private static final SkillsModel MODEL = SkillsModelLoader.builtIn();

    @Test
    void builtInAdviceCoversEveryCompetencyAtEveryLevel() {
        GapAdvice advice = GapAdvice.builtIn();
        for (Competency c : MODEL.competencies()) {
            for (int level = 1; level <= 4; level++) {
                int l = level;
                assertTrue(advice.find(c.id(), level).isPresent(), () -> c.id() + " level " + l);
            }
        }
        assertTrue(advice.certificationFor(1).contains("Essentials for PMO Administrators"));
        assertTrue(advice.certificationFor(3).contains("P3O"));
        assertTrue(advice.certificationFor(4).contains("MoP"));
    }

    @Test
    void unknownCompetencyIsAClearError() {
        String yaml = """
                version: "t"
                levelCertifications: {1: a, 2: b, 3: c, 4: d}
                generalRoute: [x]
                competencies:
                  governance:
                    - learn: a
                      do: [b]
                      cvLine: c
                """;
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> GapAdvice.parse(
                new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yaml", MODEL));
        assertTrue(e.getMessage().contains("test.yaml: competencies.governance: unknown competency 'governance'"),
                e.getMessage());
    }
}

package io.pmotoolkit.resume.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
    void aFifthLevelGetsTheNearestLevelsAdvice() {
        GapAdvice advice = GapAdvice.builtIn();
        assertEquals(advice.certificationFor(4), advice.certificationFor(5));
        assertEquals(advice.stepUpTo(4), advice.stepUpTo(5));
        assertEquals(advice.find("governance-assurance", 4), advice.find("governance-assurance", 5));
        assertTrue(advice.stepUpTo(1).isEmpty());
    }

    @Test
    void aLevelOffTheModelsLadderIsAClearError() {
        String yaml = """
                version: "t"
                levelCertifications: {1: a, 2: b, 3: c, 4: d, 6: e}
                generalRoute: [x]
                """;
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> GapAdvice.parse(
                new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yaml", MODEL));
        assertEquals("test.yaml: levelCertifications.6: level 6 is not on the skills model's ladder (1 to 4)",
                e.getMessage());
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

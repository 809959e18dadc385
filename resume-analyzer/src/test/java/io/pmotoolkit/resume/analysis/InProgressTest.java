package io.pmotoolkit.resume.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pmotoolkit.core.model.SkillsModel;
import io.pmotoolkit.core.model.SkillsModelLoader;
import io.pmotoolkit.core.result.CvAnalysis;
import io.pmotoolkit.core.result.CvAnalysis.FoundTerm;
import io.pmotoolkit.resume.read.CvReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class InProgressTest {

    private static final SkillsModel MODEL = SkillsModelLoader.builtIn();
    private static final ResumeAnalyzer ANALYZER = new ResumeAnalyzer(MODEL, "test",
            Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC));

    static CvAnalysis analyse(String certifications) throws Exception {
        return ANALYZER.analyze(new CvReader().read("cv.txt", cv(certifications).getBytes(StandardCharsets.UTF_8)),
                MODEL.expectRole("pmo-manager"));
    }

    /** A short administrator's CV ending in a certifications section with these lines. */
    static String cv(String certifications) {
        return """
                Sam Taylor
                sam@example.com | +44 7700 900111

                Experience
                Project Administrator | Acme | Jan 2022 – Present
                - Kept the RAID log for 6 projects and cut late updates by 40%.

                Certifications
                """ + certifications;
    }

    static FoundTerm found(CvAnalysis a, String term) {
        return a.keywords().found().stream().filter(f -> f.term().equals(term)).findFirst()
                .orElseThrow(() -> new AssertionError(term + " not found"));
    }

    @Test
    void aQualificationStillBeingStudiedIsFoundButMarkedAndCountsHalf() throws Exception {
        CvAnalysis held = analyse("- PRINCE2 Practitioner (2023)\n- PMP (2021)\n- P3O Foundation (2022)\n");
        CvAnalysis studying = analyse("- PRINCE2 Practitioner – in progress, exam booked for March\n"
                + "- PMP: studying for the exam\n- P3O Foundation (due 2027)\n");
        assertFalse(found(held, "PRINCE2 Practitioner").inProgress());
        assertTrue(found(studying, "PRINCE2 Practitioner").inProgress());
        assertTrue(found(studying, "PMP").inProgress());
        assertTrue(found(studying, "P3O").inProgress());
        int heldPoints = held.score().parts().get(0).points();
        int studyingPoints = studying.score().parts().get(0).points();
        assertTrue(studyingPoints < heldPoints, heldPoints + " vs " + studyingPoints);
    }

    @Test
    void heldIfAnyMentionSaysSo() throws Exception {
        CvAnalysis a = analyse("- PRINCE2 Practitioner (2023)\n- Studying for PRINCE2 Practitioner re-registration\n");
        assertEquals(false, found(a, "PRINCE2 Practitioner").inProgress());
    }
}

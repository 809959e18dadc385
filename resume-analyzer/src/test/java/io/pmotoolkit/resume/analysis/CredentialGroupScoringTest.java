package io.pmotoolkit.resume.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pmotoolkit.core.model.SkillsModel;
import io.pmotoolkit.core.model.SkillsModelLoader;
import io.pmotoolkit.core.result.CvAnalysis;
import io.pmotoolkit.core.result.CvAnalysis.CompetencyCoverage;
import io.pmotoolkit.core.result.CvAnalysis.MissingTerm;
import io.pmotoolkit.resume.read.CvReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A role asks for one credential of each kind: any member satisfies the kind, in the score and in the gaps. */
class CredentialGroupScoringTest {

    private static final SkillsModel MODEL = SkillsModelLoader.builtIn();
    private static final ResumeAnalyzer ANALYZER = new ResumeAnalyzer(MODEL, "test",
            Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC));

    /**
     * A project manager of about five years aiming at PMO Manager, the role the route leads to, so that the next
     * credential is pitched at the target (an administrator aiming two rungs up is pitched at the next rung).
     */
    private static CvAnalysis manager(String certifications) throws Exception {
        String cv = InProgressTest.cv(certifications).replace("Project Administrator", "Senior Project Manager");
        return ANALYZER.analyze(new CvReader().read("cv.txt", cv.getBytes(StandardCharsets.UTF_8)),
                MODEL.expectRole("pmo-manager"));
    }

    private static int essentialPoints(CvAnalysis a) {
        return a.score().parts().get(0).points();
    }

    private static CompetencyCoverage certifications(CvAnalysis a) {
        return a.competencies().stream().filter(c -> c.id().equals("certifications")).findFirst().orElseThrow();
    }

    private static MissingTerm missingGroup(CvAnalysis a, String group) {
        return a.keywords().missing().stream().filter(m -> group.equals(m.group())).findFirst()
                .orElseThrow(() -> new AssertionError(group + " not missing: " + a.keywords().missing()));
    }

    @Test
    void aPrince2PractitionerIsNotMarkedDownForLackingPmp() throws Exception {
        CvAnalysis prince2 = manager("- PRINCE2 Practitioner (2023)\n");
        CvAnalysis pmp = manager("- PMP (2021)\n");
        CvAnalysis both = manager("- PRINCE2 Practitioner (2023)\n- PMP (2021)\n");
        CvAnalysis none = manager("- First aid at work\n");

        var found = InProgressTest.found(prince2, "PRINCE2 Practitioner");
        assertEquals("project-practitioner", found.satisfies());
        assertEquals("essential", found.importance(), "the group's importance");
        List<String> missingTerms = prince2.keywords().missing().stream().map(MissingTerm::term).toList();
        assertFalse(missingTerms.contains("PMP"), missingTerms::toString);
        assertFalse(missingTerms.contains("P3O"), missingTerms::toString);
        assertTrue(prince2.keywords().missing().stream().noneMatch(m -> "project-practitioner".equals(m.group())));

        assertEquals(essentialPoints(pmp), essentialPoints(prince2), "one of a kind: either will do");
        assertEquals(essentialPoints(prince2), essentialPoints(both), "a second of the same kind adds nothing");
        assertTrue(essentialPoints(none) < essentialPoints(prince2));
        assertEquals(List.of("PRINCE2 Practitioner"), certifications(both).found().subList(0, 1),
                "the kind is covered once, by its first member found");
        assertEquals(certifications(prince2).coverage(), certifications(both).coverage());

        MissingTerm kind = missingGroup(none, "project-practitioner");
        assertEquals("a practitioner-level project credential", kind.term());
        assertEquals("essential", kind.importance());
        assertEquals(List.of("PRINCE2 Practitioner", "PMP", "APM PMQ", "APM PPQ", "ChPP"), kind.oneOf());
        assertEquals("a practitioner-level project credential (PRINCE2 Practitioner, PMP, APM PMQ or 2 more)",
                kind.label());
    }

    @Test
    void theNextCredentialIsOfAKindNotHeld() throws Exception {
        CvAnalysis prince2 = manager("- PRINCE2 Practitioner (2023)\n");
        CvAnalysis.NextCredential next = prince2.keywords().nextCredential();
        assertEquals("P3O", next.term());
        assertEquals("pmo-credential", next.group());
        assertEquals("pmo-manager", next.forRole().id());
        assertEquals("PMP", manager("- First aid at work\n").keywords().nextCredential().term());
    }

    @Test
    void aCredentialOnlyInProgressDoesNotSatisfyItsKindButIsNamed() throws Exception {
        CvAnalysis studying = manager("- PMP: studying for the exam\n");
        assertTrue(InProgressTest.found(studying, "PMP").inProgress());
        assertNull(InProgressTest.found(studying, "PMP").satisfies());
        MissingTerm kind = missingGroup(studying, "project-practitioner");
        assertEquals(List.of("PMP"), kind.inProgress());
        assertTrue(kind.label().endsWith("; in progress: PMP)"), kind.label());
        assertEquals(essentialPoints(manager("- First aid at work\n")), essentialPoints(studying));
        CvAnalysis.NextCredential next = studying.keywords().nextCredential();
        assertEquals("PMP", next.term());
        assertTrue(next.inProgress());
    }

    @Test
    void theJsonCarriesTheGroupFields() throws Exception {
        String json = new com.fasterxml.jackson.databind.ObjectMapper()
                .writeValueAsString(manager("- PRINCE2 Practitioner (2023)\n").keywords());
        assertTrue(json.contains("\"satisfies\":\"project-practitioner\""), json);
        assertTrue(json.contains("\"term\":\"a PMO credential\",\"competency\":\"certifications\","
                + "\"importance\":\"desirable\",\"group\":\"pmo-credential\",\"oneOf\":[\"P3O\",\"PMO-CP\"]}"), json);
        assertTrue(json.contains("\"nextCredential\":{\"term\":\"P3O\",\"alternatives\":[\"PMO-CP\"],"
                + "\"group\":\"pmo-credential\",\"kind\":\"a PMO credential\""), json);
        assertFalse(json.contains("\"oneOf\":[]"), "an empty oneOf is left out");
    }

    /** End to end on a sample CV: the PRINCE2 Practitioner project manager of the issue. */
    @Test
    void theSampleProjectManagerIsPointedAtAPmoCredential() throws Exception {
        Path sample = Path.of("../samples/amelia-hart-project-manager.txt");
        CvAnalysis a = ANALYZER.analyze(new CvReader().read(sample.getFileName().toString(), Files.readAllBytes(sample)),
                MODEL.expectRole("pmo-manager"));
        assertEquals("project-practitioner", InProgressTest.found(a, "PRINCE2 Practitioner").satisfies());
        assertTrue(a.keywords().missing().stream().noneMatch(m -> m.importance().equals("essential")
                && m.competency().equals("certifications")), a.keywords().missing()::toString);
        assertTrue(certifications(a).coverage() >= 0.5, "coverage " + certifications(a).coverage());
        assertEquals("P3O", a.keywords().nextCredential().term());
        assertFalse(a.keywords().nextCredential().sentence("pmo-manager").contains("PRINCE2"));
    }

    @Test
    void anAdvertThatNamesACredentialAsksForItInsteadOfTheKind() throws Exception {
        String ad = """
                PMO Manager

                Requirements
                - PMP certification is essential
                - Experience of RAID logs
                """;
        var jobAd = new io.pmotoolkit.resume.jobad.JobAdParser(MODEL, io.pmotoolkit.core.match.KeywordMatcher.of(MODEL))
                .parse(new CvReader().read("ad.txt", ad.getBytes(StandardCharsets.UTF_8)));
        String cv = InProgressTest.cv("- PRINCE2 Practitioner (2023)\n");
        CvAnalysis a = ANALYZER.analyze(new CvReader().read("cv.txt", cv.getBytes(StandardCharsets.UTF_8)),
                MODEL.expectRole("pmo-manager"), jobAd);
        assertTrue(a.keywords().missing().stream().anyMatch(m -> m.term().equals("PMP")), "the advert asks for PMP");
        assertTrue(a.keywords().missing().stream().noneMatch(m -> "project-practitioner".equals(m.group())));
    }
}

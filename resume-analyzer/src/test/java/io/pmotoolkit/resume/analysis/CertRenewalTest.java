package io.pmotoolkit.resume.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pmotoolkit.core.model.SkillsModel;
import io.pmotoolkit.core.model.SkillsModelLoader;
import io.pmotoolkit.core.result.CheckResult;
import io.pmotoolkit.core.result.CvAnalysis;
import io.pmotoolkit.resume.checks.CertificationCurrency;
import io.pmotoolkit.resume.read.CvReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The cert-renewal check, from CV text to message, on the built-in rules and a fixed date (November 2026). */
class CertRenewalTest {

    private static final SkillsModel MODEL = SkillsModelLoader.builtIn();
    private static final ResumeAnalyzer ANALYZER = new ResumeAnalyzer(MODEL, "test",
            Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC));

    private static CvAnalysis analyse(String certifications) {
        String cv = """
                Sam Taylor
                sam@example.com | +44 7700 900111

                Experience
                Project Manager | Acme | PMP team | Jan 2016 – Dec 2019
                - Kept the RAID log for 6 projects and cut late updates by 40%.

                Certifications
                """ + certifications;
        try {
            return ANALYZER.analyze(new CvReader().read("cv.txt", cv.getBytes(StandardCharsets.UTF_8)),
                    MODEL.expectRole("pmo-manager"));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static Optional<CheckResult> check(String certifications) {
        return analyse(certifications).checks().stream().filter(c -> c.id().equals(CertificationCurrency.ID))
                .findFirst();
    }

    private static String message(String certifications) {
        CheckResult r = check(certifications).orElseThrow(() -> new AssertionError("no check for " + certifications));
        assertFalse(r.passed());
        return r.message();
    }

    @Test
    void aPmpFromYearsAgoIsDueWithTheRuleAndWhatToWrite() {
        assertEquals("PMP (2019): PMI certifications run in three-year cycles, renewed with PDUs (60 for the PMP and"
                + " the PgMP, 30 for the PMI-ACP); one not renewed is suspended, then expires. If it has not been"
                + " renewed since, its renewal was due in 2022: say on the CV that it is current ('PMP, renewed"
                + " 2025').", message("- PMP, 2019\n"));
    }

    @Test
    void credentialsUnderOneRuleShareOneSentence() {
        String m = message("- PRINCE2 Practitioner (2018)\n- MSP Practitioner (2021)\n- Certified ScrumMaster – 2021\n");
        assertTrue(m.startsWith("PRINCE2 Practitioner (2018, due 2023) and MSP Practitioner (2021, due 2024):"
                + " PeopleCert asks for its certificates to be renewed every three years"), m);
        assertTrue(m.contains("Certified ScrumMaster (2021): Scrum Alliance certifications are renewed every two"
                + " years"), m);
        assertTrue(m.contains("its renewal was due in 2023"), m);
    }

    @Test
    void aRenewalDueThisYearSaysSo() {
        assertTrue(message("- PMP (2023)\n").contains("its renewal falls due this year (2026): once renewed, say so"
                + " on the CV ('PMP, renewed 2026')"));
    }

    @Test
    void aRenewalOrExpiryTheCvGivesIsUsed() {
        assertEquals("PMP (valid until 2024): the CV says it expired in 2024: renew it, or give the date it is now"
                + " valid until.", message("- PMP (2018) – expires 2024\n"));
        assertTrue(message("- PMP (2015, renewed 2021)\n").startsWith("PMP (renewed 2021): PMI certifications"));
    }

    @Test
    void aCredentialWithAnEntryLineIsReadFromIt() {
        assertTrue(message("Project Management Professional (PMP)\nIssued Mar 2019\n")
                .startsWith("Project Management Professional (2019): PMI"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "- PMP, renewed 2025\n",                          // renewed and still current
        "- PMP (2018), valid until 2027\n",               // the CV gives a validity that has not ended
        "- PMP (2025)\n",                                 // the first cycle has not ended
        "- PMP\n",                                        // no year
        "- PMP – in progress, exam booked for 2027\n",    // not held yet
        "- Studying for PRINCE2 Practitioner (2019 syllabus)\n",
        "- PMP | Acme Bootcamp | 2016 – 2019\n",          // a range is a course's span, not the year obtained
        "- APM Project Management Qualification (PMQ) (2010)\n", // no known rule
        "- CAPM (2020)\n",                                // the year the CAPM rule changed: unclear, so nothing
        "- PRINCE2 Practitioner (2005)\n",                // before the editions PeopleCert's rule names
        "PMP\nAWS Certified Developer (2019)\n"           // another credential's year on the next line
    })
    void saysNothingWhereNothingIsDueOrNoRuleIsKnown(String certifications) {
        assertEquals(Optional.empty(), check(certifications), certifications);
    }

    @Test
    void theCheckNeverChangesTheScore() {
        CvAnalysis due = analyse("- PMP, 2015\n");
        CvAnalysis current = analyse("- PMP, 2025\n");
        assertTrue(due.checks().stream().anyMatch(c -> c.id().equals(CertificationCurrency.ID)));
        assertTrue(current.checks().stream().noneMatch(c -> c.id().equals(CertificationCurrency.ID)));
        assertEquals(current.score(), due.score());
    }
}

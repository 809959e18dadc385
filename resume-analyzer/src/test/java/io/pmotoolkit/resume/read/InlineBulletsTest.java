package io.pmotoolkit.resume.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class InlineBulletsTest {

    @Test
    void bulletsRunTogetherOnOneLineAreSplitBack() {
        String pasted = "CORE COMPETENCIES \u00e2\u0080\u00a2 Maintain project documentation and plans "
                + "\u00e2\u0080\u00a2 Report automation and dashboards \u00e2\u0080\u00a2 Risk management and control";
        assertEquals(List.of("CORE COMPETENCIES", "• Maintain project documentation and plans",
                "• Report automation and dashboards", "• Risk management and control"),
                TextCvReader.splitInlineBullets(pasted));
    }

    @Test
    void aShortLineOrASingleBulletIsLeftAlone() {
        assertEquals(List.of("• Led the PMO"), TextCvReader.splitInlineBullets("• Led the PMO"));
        assertEquals(List.of("Skills • Excel • Jira"), TextCvReader.splitInlineBullets("Skills • Excel • Jira"));
    }

    @Test
    void theReaderGivesAHeadingAndBulletLines() throws Exception {
        String cv = "Skills \u2022 Planning and scheduling of complex programmes \u2022 RAID logs and reporting "
                + "\u2022 Stakeholder management across five sites\n";
        CvDocument doc = new CvReader().read("cv.txt", cv.getBytes(StandardCharsets.UTF_8));
        assertEquals(4, doc.lines().size(), doc.lines()::toString);
        assertEquals("Skills", doc.lines().get(0).text());
        assertEquals(true, doc.lines().get(1).bullet());
        assertEquals("RAID logs and reporting", doc.lines().get(2).text());
    }
}

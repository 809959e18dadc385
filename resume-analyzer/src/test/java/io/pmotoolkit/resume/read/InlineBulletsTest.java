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

    @Test
    void aFormLabelGluedToTheLineBeforeBecomesItsOwnLine() {
        assertEquals(List.of("Python- Experience - 24 months", "Company Details"),
                TextCvReader.splitGluedHeading("Python- Experience - 24 monthsCompany Details "));
        assertEquals(List.of("Excel- Experience - Less than 1 year months", "Education Details"),
                TextCvReader.splitGluedHeading("Excel- Experience - Less than 1 year monthsEducation Details"));
        assertEquals(List.of("Apache Tomcat 7.0", "Education Details"),
                TextCvReader.splitGluedHeading("Apache Tomcat 7.0Education Details "));
        assertEquals(List.of("• CIVIL 3D", "Education Details"), TextCvReader.splitGluedHeading("• CIVIL 3DEducation Details "));
        assertEquals(List.of("• Hindi • Marathi", "Education Details"),
                TextCvReader.splitGluedHeading("• Hindi • Marathi Education Details "));
        // another label after a space, a camel-case word or a label inside the line is left alone
        assertEquals(List.of("Key skills Company Details"), TextCvReader.splitGluedHeading("Key skills Company Details"));
        assertEquals(List.of("Worked in DevOps"), TextCvReader.splitGluedHeading("Worked in DevOps"));
        assertEquals(List.of("monthsCompany Details company - Acme"),
                TextCvReader.splitGluedHeading("monthsCompany Details company - Acme"));
    }

    @Test
    void theGluedLabelOpensItsSection() throws Exception {
        String cv = "Skill Details\nPython- Experience - 24 monthsCompany Details\ncompany - Acme Ltd\n"
                + "description - Ran the PMO reporting cycle for 12 projects\n";
        CvDocument doc = new CvReader().read("cv.txt", cv.getBytes(StandardCharsets.UTF_8));
        List<String> texts = doc.lines().stream().map(CvLine::text).toList();
        assertEquals(List.of("Skill Details", "Python- Experience - 24 months", "Company Details",
                "company - Acme Ltd", "description - Ran the PMO reporting cycle for 12 projects"), texts);
        var sections = new io.pmotoolkit.resume.sections.SectionDetector().detect(doc);
        assertEquals(true, sections.stream().anyMatch(s -> s.kind() == io.pmotoolkit.resume.sections.SectionKind.EXPERIENCE),
                sections::toString);
    }
}

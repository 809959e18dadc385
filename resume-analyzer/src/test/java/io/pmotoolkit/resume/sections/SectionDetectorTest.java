package io.pmotoolkit.resume.sections;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pmotoolkit.resume.read.CvDocument;
import io.pmotoolkit.resume.read.CvLine;
import io.pmotoolkit.resume.read.DocumentFormat;
import io.pmotoolkit.resume.read.LineOrigin;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SectionDetectorTest {

    private static final SectionDetector DETECTOR = new SectionDetector();

    private static CvLine line(String text) {
        return new CvLine(text, 1, false, false, LineOrigin.BODY);
    }

    private static CvLine hinted(String text) {
        return new CvLine(text, 1, false, true, LineOrigin.BODY);
    }

    static Stream<Arguments> headings() {
        return Stream.of(
                Arguments.of(line("EXPERIENCE"), SectionKind.EXPERIENCE),
                Arguments.of(line("Work experience:"), SectionKind.EXPERIENCE),
                Arguments.of(line("Professional Experience"), SectionKind.EXPERIENCE),
                Arguments.of(line("Employment History"), SectionKind.EXPERIENCE),
                Arguments.of(line("Personal profile"), SectionKind.PROFILE),
                Arguments.of(line("PROFESSIONAL SUMMARY"), SectionKind.PROFILE),
                Arguments.of(line("About me"), SectionKind.PROFILE),
                Arguments.of(line("Career objective"), SectionKind.PROFILE),
                Arguments.of(line("Key projects"), SectionKind.PROJECTS),
                Arguments.of(line("Key Achievements"), SectionKind.ACHIEVEMENTS),
                Arguments.of(line("Awards"), SectionKind.ACHIEVEMENTS),
                Arguments.of(line("Education and training"), SectionKind.EDUCATION),
                Arguments.of(line("EDUCATION & TRAINING"), SectionKind.EDUCATION),
                Arguments.of(line("Qualifications"), SectionKind.EDUCATION),
                Arguments.of(line("Licenses & Certifications"), SectionKind.CERTIFICATIONS),
                Arguments.of(line("Licences and certifications"), SectionKind.CERTIFICATIONS),
                Arguments.of(line("Professional development"), SectionKind.CERTIFICATIONS),
                Arguments.of(line("Top Skills"), SectionKind.SKILLS),
                Arguments.of(line("Core competencies"), SectionKind.SKILLS),
                Arguments.of(line("Volunteer experience"), SectionKind.VOLUNTEERING),
                Arguments.of(line("Languages"), SectionKind.LANGUAGES),
                Arguments.of(line("Hobbies"), SectionKind.INTERESTS),
                Arguments.of(line("References"), SectionKind.REFERENCES),
                Arguments.of(line("Contact"), SectionKind.OTHER),
                Arguments.of(line("Publications"), SectionKind.OTHER),
                Arguments.of(line("WORKEXPERIENCE"), SectionKind.EXPERIENCE),
                Arguments.of(hinted("SKILLS & INTERESTS"), SectionKind.SKILLS),
                Arguments.of(hinted("Experience and Leadership"), SectionKind.EXPERIENCE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("headings")
    void recognisesHeadings(CvLine line, SectionKind kind) {
        assertEquals(Optional.of(kind), SectionDetector.headingKind(line));
    }

    static Stream<CvLine> notHeadings() {
        return Stream.of(
                hinted("Senior Project Manager"),
                hinted("PMO MANAGER"),
                hinted("Acme Ltd"),
                line("Experience in managing budgets of 2m."),
                line("Managed the experience team for a bank."),
                line("Skills, training and coaching for new starters in the PMO"),
                new CvLine("Experience", 1, true, false, LineOrigin.BODY),
                hinted("Education 2019"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notHeadings")
    void jobTitlesAndSentencesAreNotHeadings(CvLine line) {
        assertEquals(Optional.empty(), SectionDetector.headingKind(line));
    }

    @Test
    void splitsLinesUnderTheirHeadingsWithAHeaderFirst() {
        CvDocument doc = new CvDocument("cv.txt", DocumentFormat.TXT, List.of(
                line("Jane Doe"), line("jane@example.com"), line("PROFILE"), line("Calm PMO analyst."),
                line("Experience"), line("PMO Analyst, Acme"), line("Skills"), line("Jira")), 1, List.of());
        List<Section> sections = DETECTOR.detect(doc);
        assertEquals(List.of(SectionKind.HEADER, SectionKind.PROFILE, SectionKind.EXPERIENCE, SectionKind.SKILLS),
                sections.stream().map(Section::kind).toList());
        assertEquals("", sections.get(0).heading());
        assertEquals(List.of(1, 2), sections.get(0).lines().stream().map(NumberedLine::number).toList());
        assertEquals("Experience", sections.get(2).heading());
        assertEquals("PMO Analyst, Acme", sections.get(2).lines().get(0).text());
        assertEquals(6, sections.get(2).lines().get(0).number());
    }

    @Test
    void anAchievementsLabelInsideARoleStaysInTheExperience() {
        CvLine bullet = new CvLine("Cut reporting time from 5 days to 2", 1, true, false, LineOrigin.BODY);
        CvDocument doc = new CvDocument("cv.txt", DocumentFormat.TXT, List.of(
                line("Experience"), line("PMO Analyst, Acme Ltd"), line("Jan 2020 - Present"),
                line("Key Achievements"), bullet,
                line("Project Coordinator, Beta plc"), line("Mar 2017 - Dec 2019"), line("Scheduled project boards"),
                line("Education"), line("BSc, Leeds, 2016")), 1, List.of());
        List<Section> sections = DETECTOR.detect(doc);
        // the achievements heading is followed by another dated role: it belongs to the first role
        assertEquals(List.of(SectionKind.EXPERIENCE, SectionKind.EDUCATION), sections.stream().map(Section::kind).toList());
        assertEquals(List.of(2, 3, 4, 5, 6, 7, 8),
                sections.get(0).lines().stream().map(NumberedLine::number).toList());
    }

    @Test
    void anAchievementsSectionOfItsOwnAfterTheExperienceStaysASection() {
        CvDocument doc = new CvDocument("cv.txt", DocumentFormat.TXT, List.of(
                line("Experience"), line("PMO Analyst, Acme Ltd"), line("Jan 2020 - Present"),
                line("Key Achievements"), line("Cut reporting time from 5 days to 2 across the portfolio"),
                line("Education"), line("BSc, Leeds, 2016")), 1, List.of());
        assertEquals(List.of(SectionKind.EXPERIENCE, SectionKind.ACHIEVEMENTS, SectionKind.EDUCATION),
                DETECTOR.detect(doc).stream().map(Section::kind).toList());
        // written as a label, it is the role's
        CvDocument labelled = new CvDocument("cv.txt", DocumentFormat.TXT, List.of(
                line("Experience"), line("PMO Analyst, Acme Ltd"), line("Key achievements:"), line("Cut costs by 5%"),
                line("Education"), line("BSc, Leeds, 2016")), 1, List.of());
        assertEquals(List.of(SectionKind.EXPERIENCE, SectionKind.EDUCATION),
                DETECTOR.detect(labelled).stream().map(Section::kind).toList());
    }

    @Test
    void sidebarLinesFormTheirOwnSectionsAndTheMainSectionCarriesOn() {
        CvLine side1 = new CvLine("Skills", 1, false, true, LineOrigin.SIDEBAR);
        CvLine side2 = new CvLine("Jira", 1, false, false, LineOrigin.SIDEBAR);
        CvDocument doc = new CvDocument("cv.pdf", DocumentFormat.PDF, List.of(
                line("Experience"), line("PMO Analyst, Acme"), side1, side2,
                new CvLine("Ran the RAID log", 2, true, false, LineOrigin.BODY)), 2, List.of());
        List<Section> sections = DETECTOR.detect(doc);
        assertEquals(List.of(SectionKind.EXPERIENCE, SectionKind.SKILLS), sections.stream().map(Section::kind).toList());
        assertEquals(List.of("PMO Analyst, Acme", "Ran the RAID log"),
                sections.get(0).lines().stream().map(NumberedLine::text).toList());
        assertEquals(List.of("Jira"), sections.get(1).lines().stream().map(NumberedLine::text).toList());
    }

    @Test
    void headingsMatchUnderTheTurkishLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            assertEquals(Optional.of(SectionKind.INTERESTS), SectionDetector.headingKind(line("INTERESTS")));
            assertEquals(Optional.of(SectionKind.CERTIFICATIONS), SectionDetector.headingKind(line("CERTIFICATIONS")));
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void aTableRowWithAHeadingCellOpensTheSection() {
        CvDocument doc = new CvDocument("cv.pdf", DocumentFormat.PDF, List.of(
                line("Chloé Dubois"),
                line("Experience | Project Support Officer | Brighton"),
                new CvLine("Kept the RAID log for 11 projects", 1, true, false, LineOrigin.BODY),
                line("Skills | • SharePoint and document control")), 1, List.of());
        List<Section> sections = DETECTOR.detect(doc);
        assertEquals(List.of(SectionKind.HEADER, SectionKind.EXPERIENCE, SectionKind.SKILLS),
                sections.stream().map(Section::kind).toList());
        assertEquals("Project Support Officer | Brighton", sections.get(1).lines().get(0).text());
        assertEquals(2, sections.get(1).lines().get(0).number());
        NumberedLine skill = sections.get(2).lines().get(0);
        assertEquals("SharePoint and document control", skill.text());
        assertEquals(true, skill.line().bullet());
    }
}

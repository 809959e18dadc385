package io.pmotoolkit.resume.checks;

import io.pmotoolkit.core.result.CheckResult;
import static io.pmotoolkit.resume.checks.CvFixtures.CLOCK;
import static io.pmotoolkit.resume.checks.CvFixtures.cv;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.pmotoolkit.resume.read.LineOrigin;
import io.pmotoolkit.resume.sections.SectionKind;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CvChecksTest {

    private final CvChecks checks = new CvChecks(CLOCK);

    /** A complete CV that passes every check. */
    private static CvFixtures good() {
        return cv().line("Sam Taylor").line("sam.taylor@example.com | 07700 900123")
                .line("linkedin.com/in/sam-taylor")
                .section(SectionKind.PROFILE, "Profile").words(200)
                .section(SectionKind.EXPERIENCE, "Experience")
                .line("PMO Lead, Acme | Jan 2021 – Present")
                .line("Cut reporting from 10 days to 4 days")
                .line("PMO Analyst, Beta | Jun 2018 – Dec 2020")
                .section(SectionKind.EDUCATION, "Education").line("BSc Economics, University of York")
                .section(SectionKind.SKILLS, "Skills").words(100);
    }

    private CheckResult check(CvFixtures cv, String id) {
        CvFixtures.Cv built = cv.build();
        return checks.run(built.doc(), built.sections()).stream().filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no check " + id));
    }

    @Test
    void runsEveryCheckInAStableOrder() {
        CvFixtures.Cv built = good().build();
        List<CheckResult> results = checks.run(built.doc(), built.sections());
        assertEquals(List.of("email", "phone", "linkedin", "headings", "length", "date-format", "experience-years",
                "employment-gaps"), results.stream().map(CheckResult::id).toList());
        assertEquals(List.of(), results.stream().filter(r -> !r.passed()).toList());
    }

    /** id, CV, passed, message. */
    static Stream<Arguments> results() {
        return Stream.of(
                arguments("email", good(), true, "Email address found at the top of the CV (line 2)."),
                arguments("email", cv().line("Sam Taylor"), false, "No email address found: add one at the top of the CV."),
                arguments("email", cv().line("Sam Taylor").section(SectionKind.EXPERIENCE, "Experience").words(5)
                                .words(5).words(5).words(5).words(5).words(5).words(5).line("Contact: sam@example.co.uk"),
                        true, "Email address found on line 10 in the Experience section: move it to the top so it is"
                                + " seen first."),
                arguments("email", cv().line("Sam Taylor").section(SectionKind.EXPERIENCE, "Experience").words(5)
                                .words(5).words(5).words(5).words(5).words(5).words(5).words(5)
                                .line("sam@example.com", LineOrigin.SIDEBAR),
                        true, "Email address found in the side column (line 11), which is read after the main"
                                + " column: some applicant tracking systems do the same, so also put it under your name."),
                arguments("email", cv().line("sam@example.com", LineOrigin.HEADER), true, "Email address found only in"
                        + " a page header (line 1), which some applicant tracking systems skip: repeat it in the body"
                        + " at the top."),
                arguments("phone", good(), true, "Phone number found at the top of the CV (line 2)."),
                arguments("phone", cv().line("Tel: +44 (0)20 7946 0958"), true,
                        "Phone number found at the top of the CV (line 1)."),
                arguments("phone", cv().line("Cell (555) 123-4567"), true,
                        "Phone number found at the top of the CV (line 1)."),
                arguments("phone", cv().line("Sam Taylor, 2019 – 2022, SW1A 1AA"), false,
                        "No phone number found: add one next to your email at the top of the CV."),
                arguments("linkedin", cv().line("Sam"), false, "No LinkedIn profile address found: add"
                        + " linkedin.com/in/your-name next to your email."),
                arguments("headings", cv().section(SectionKind.EXPERIENCE, "Work history").line("x"), false,
                        "Add the standard headings Education and Skills, which recruiters and applicant tracking"
                                + " systems look for by name."),
                arguments("headings", cv().section(SectionKind.EXPERIENCE, "Experience").line("x")
                                .section(SectionKind.EDUCATION, "Education").line("x"), false,
                        "Add the standard heading Skills, which recruiters and applicant tracking systems look for by"
                                + " name."),
                arguments("length", good(), true, "The CV has 341 words on 1 page, within 300–1,200 words and 3 pages."),
                arguments("length", cv().words(180), false, "The CV has only 180 words: add about 120, such as a result"
                        + " under each recent role (aim for 300–1,200 words)."),
                arguments("length", cv().words(1540).pages(4), false, "The CV has 1,540 words on 4 pages: cut about"
                        + " 340, starting with older roles and duty lists (aim for at most 1,200 words and 3 pages)."),
                arguments("length", cv().words(900).pages(4), false, "The CV runs to 4 pages: bring it down to 3 by"
                        + " shortening older roles and tightening the layout."),
                arguments("date-format", good(), true, "All dated roles use one date style (month name and year)."),
                arguments("date-format", experience("Jan 2019 – Present", "2015 – 2018", "03/2013 - 12/2014"), false,
                        "Dates mix month name and year (\"Jan 2019 – Present\"), numeric month and year"
                                + " (\"03/2013 - 12/2014\") and year only (\"2015 – 2018\"): use one style for every role,"
                                + " such as Jan 2019 – Mar 2022."),
                arguments("experience-years", good(), true, "About 9 years of experience from 2 dated roles."),
                arguments("experience-years", experience("Jan 2026 – Present"), true,
                        "Under a year of experience from 1 dated role."),
                arguments("experience-years", experience("PMO Analyst, Acme"), false, "No dated roles found: add start"
                        + " and end dates to each role, such as Jan 2019 – Mar 2022."),
                arguments("employment-gaps", good(), true, "No gaps over 6 months between dated roles."),
                arguments("employment-gaps", experience("Jan 2021 – Present", "Jan 2019 – Mar 2020"), false,
                        "Gap over 6 months: Mar 2020 – Jan 2021 (10 months); add a line that explains it, such as"
                                + " study, caring, travel or a career break."),
                arguments("employment-gaps", experience("2022 – Present", "Jan 2019 – Mar 2020", "2010 – 2016"),
                        false, "Gaps over 6 months: 2016 – Jan 2019 (25 months); Mar 2020 – 2022 (22 months); add a"
                                + " line that explains each, such as study, caring, travel or a career break."));
    }

    private static CvFixtures experience(String... lines) {
        CvFixtures cv = cv().section(SectionKind.EXPERIENCE, "Experience");
        for (String line : lines) {
            cv.line(line);
        }
        return cv;
    }

    @ParameterizedTest(name = "{index}: {0} {3}")
    @MethodSource("results")
    void reportsEachCheckInOnePlainSentence(String id, CvFixtures cv, boolean passed, String message) {
        CheckResult r = check(cv, id);
        assertEquals(new CheckResult(id, passed, message), r);
    }

    @Test
    void formatsNumbersTheSameUnderATurkishLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            assertEquals("The CV has 1,540 words on 1 page: cut about 340, starting with older roles and duty lists"
                    + " (aim for at most 1,200 words and 3 pages).", check(cv().words(1540), "length").message());
            assertEquals(true, check(cv().line("LINKEDIN.COM/IN/SAM"), "linkedin").passed());
        } finally {
            Locale.setDefault(saved);
        }
    }

}

package io.pmotoolkit.resume.checks;

import static io.pmotoolkit.resume.checks.CvFixtures.CLOCK;
import static io.pmotoolkit.resume.checks.CvFixtures.cv;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.pmotoolkit.resume.sections.SectionKind;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ExperienceTimelineTest {

    private static Timeline timeline(String... experienceLines) {
        CvFixtures cv = cv().section(SectionKind.EXPERIENCE, "Experience");
        for (String line : experienceLines) {
            cv.line(line);
        }
        return ExperienceTimeline.of(cv.build().sections(), CLOCK);
    }

    /** roles, total months, gaps as described. */
    static Stream<Arguments> timelines() {
        return Stream.of(
                arguments(List.of("PMO Lead, Acme | Jan 2021 – Present", "PMO Analyst, Beta | Jan 2019 – Mar 2020"),
                        71 + 15, List.of("Mar 2020 – Jan 2021 (10 months)")),
                arguments(List.of("Jan 2019 – Dec 2020", "Jun 2020 – Jun 2021"), 30, List.of()),
                arguments(List.of("Jan 2015 – Dec 2022", "Mar 2017 – Apr 2018"), 96, List.of()),
                arguments(List.of("2015 – 2018", "2019 – 2022"), 36 + 36, List.of()),
                arguments(List.of("2012 – 2015", "2017 – 2020"), 36 + 36, List.of("2015 – 2017 (13 months)")),
                arguments(List.of("Jan 2020 – Jun 2020", "Jan 2021 – Jun 2021"), 12, List.of("Jun 2020 – Jan 2021 (7 months)")),
                arguments(List.of("Jan 2020 – Jun 2020", "Dec 2020 – Jun 2021"), 13, List.of()),
                arguments(List.of("Just words", "Managed 12 projects"), 0, List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("timelines")
    void countsOverlapsOnceAndFindsGapsOverSixMonths(List<String> lines, int months, List<String> gaps) {
        Timeline t = timeline(lines.toArray(String[]::new));
        assertEquals(months, t.totalMonths(), t::toString);
        assertEquals(gaps, t.gaps().stream().map(Gap::describe).toList(), t::toString);
    }

    @Test
    void readsOnlyExperienceLikeSections() {
        Timeline t = ExperienceTimeline.of(cv()
                .section(SectionKind.EDUCATION, "Education").line("BSc, York 2010 – 2013")
                .section(SectionKind.EXPERIENCE, "Experience").line("Analyst, Acme | Jan 2019 – Dec 2019")
                .section(SectionKind.VOLUNTEERING, "Volunteering").line("Treasurer | Jan 2020 – Dec 2020")
                .build().sections(), CLOCK);
        assertEquals(List.of(4, 6), t.roles().stream().map(DatedRole::lineNumber).toList());
        assertEquals(24, t.totalMonths());
        assertEquals(2, t.roundedYears());
        assertEquals(2.0, t.years());
    }

    @Test
    void collectsEveryDateStyleInEnumOrder() {
        Timeline t = timeline("2014 – 2016", "Jan 2017 – 03/2019", "Apr 2019 – Present");
        assertEquals(List.of(DateStyle.MONTH_NAME_YEAR, DateStyle.NUMERIC_MONTH_YEAR, DateStyle.YEAR_ONLY), t.styles());
    }
}

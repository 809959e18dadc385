package io.pmotoolkit.resume.checks;

import static io.pmotoolkit.resume.checks.DateStyle.ISO;
import static io.pmotoolkit.resume.checks.DateStyle.MONTH_NAME_YEAR;
import static io.pmotoolkit.resume.checks.DateStyle.NUMERIC_MONTH_YEAR;
import static io.pmotoolkit.resume.checks.DateStyle.YEAR_ONLY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DateRangeParserTest {

    static final YearMonth NOW = YearMonth.of(2026, 11);

    private final DateRangeParser parser = new DateRangeParser();

    /** line, text, start, end (inclusive), style, ongoing. */
    static Stream<Arguments> ranges() {
        return Stream.of(
                arguments("PMO Analyst, Acme | Jan 2019 – Mar 2022", "Jan 2019 – Mar 2022",
                        "2019-01", "2022-03", MONTH_NAME_YEAR, false),
                arguments("January 2019 - Present", "January 2019 - Present", "2019-01", "2026-11", MONTH_NAME_YEAR, true),
                arguments("Sept 2020 – current", "Sept 2020 – current", "2020-09", "2026-11", MONTH_NAME_YEAR, true),
                arguments("March 2018 - Present (6 years 8 months)", "March 2018 - Present", "2018-03", "2026-11",
                        MONTH_NAME_YEAR, true),
                arguments("Acme Ltd 2019 – 2022", "2019 – 2022", "2019-01", "2021-12", YEAR_ONLY, false),
                arguments("2021 - 2021", "2021 - 2021", "2021-01", "2021-12", YEAR_ONLY, false),
                arguments("03/2019 - 04/2021", "03/2019 - 04/2021", "2019-03", "2021-04", NUMERIC_MONTH_YEAR, false),
                arguments("2019-03 to 2021-04", "2019-03 to 2021-04", "2019-03", "2021-04", ISO, false),
                arguments("Feb. 2015 to Aug. 2016", "Feb. 2015 to Aug. 2016", "2015-02", "2016-08", MONTH_NAME_YEAR, false),
                arguments("DEC 2023 – NOW", "DEC 2023 – NOW", "2023-12", "2026-11", MONTH_NAME_YEAR, true),
                arguments("2012 to date", "2012 to date", "2012-01", "2026-11", YEAR_ONLY, true),
                arguments("Acme 2016-2018", "2016-2018", "2016-01", "2017-12", YEAR_ONLY, false),
                arguments("Jan 2019-Present", "Jan 2019-Present", "2019-01", "2026-11", MONTH_NAME_YEAR, true),
                arguments("2010-11 – 2012-02", "2010-11 – 2012-02", "2010-11", "2012-02", ISO, false),
                arguments("Jun 2025 – Dec 2027 (fixed term)", "Jun 2025 – Dec 2027", "2025-06", "2026-11",
                        MONTH_NAME_YEAR, false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ranges")
    void readsRangeStartEndAndStyle(String line, String text, String start, String end, DateStyle style,
                                    boolean ongoing) {
        List<DateRange> found = parser.parse(line, NOW);
        assertEquals(1, found.size(), () -> line + " -> " + found);
        DateRange r = found.getFirst();
        assertEquals(text, r.text());
        assertEquals(YearMonth.parse(start), r.start());
        assertEquals(YearMonth.parse(end), r.end());
        assertEquals(style, r.startStyle());
        assertEquals(ongoing, r.ongoing());
    }

    static Stream<String> notRanges() {
        return Stream.of("Graduated 2015", "Cut reporting from 10 days to 4 days", "Managed 12 projects",
                "Mar 2022 – Jan 2019", "Jan 2030 – Present", "Windows 10 - 2 sites", "Tel 020 7946 0958");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notRanges")
    void ignoresSingleDatesNumbersAndBackwardsRanges(String line) {
        assertEquals(List.of(), parser.parse(line, NOW));
    }

    @Test
    void findsTwoRangesOnOneLine() {
        List<DateRange> found = parser.parse("Jan 2015 – Mar 2016; Apr 2017 – Present", NOW);
        assertEquals(List.of("Jan 2015 – Mar 2016", "Apr 2017 – Present"), found.stream().map(DateRange::text).toList());
    }

    @Test
    void readsAnApostropheYearAfterAMonthAndTillDate() {
        DateRange r = parser.parse("ABC – January ‘15 – Present", NOW).getFirst();
        assertEquals(YearMonth.of(2015, 1), r.start());
        assertEquals(YearMonth.of(1998, 6), parser.parse("June '98 - May '01", NOW).getFirst().start());
        assertEquals(true, parser.parse("Feb 2017 to Till Date", NOW).getFirst().ongoing());
    }

    @Test
    void readsMonthNamesWhateverTheDefaultLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            DateRange r = parser.parse("APRIL 2019 – MAY 2020", NOW).getFirst();
            assertEquals(YearMonth.of(2019, 4), r.start());
            assertEquals(YearMonth.of(2020, 5), r.end());
        } finally {
            Locale.setDefault(saved);
        }
    }
}

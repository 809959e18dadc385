package io.pmotoolkit.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MetricExtractorTest {

    private final MetricExtractor extractor = new MetricExtractor();

    static Stream<Arguments> linesWithMetrics() {
        return Stream.of(
                arguments("Cut invoice errors by 30%", List.of("30%")),
                arguments("Raised on-time delivery by 12.5 % in a year", List.of("12.5 %")),
                arguments("Lowered rework by 30 per cent", List.of("30 per cent")),
                arguments("Trimmed overtime by 8 percent", List.of("8 percent")),
                arguments("Kept forecast variance within 5 percentage points", List.of("5 percentage points")),
                arguments("Managed a £2.4m portfolio", List.of("£2.4m")),
                arguments("Saved $500k on licences", List.of("$500k")),
                arguments("Secured €1.2 million of funding", List.of("€1.2 million")),
                arguments("Ran a £250,000 budget", List.of("£250,000")),
                arguments("Oversaw GBP 3m of spend", List.of("GBP 3m")),
                arguments("Won a 2bn contract", List.of("2bn")),
                arguments("Delivered 12 projects", List.of("12 projects")),
                // where a match may start: a currency sign after a letter, dates and phones next to metrics
                arguments("Saved£2m on licences", List.of("£2m")),
                arguments("Q3/2021 review of 12 projects", List.of("12 projects")),
                arguments("Call +44 161 496 0000 about 3 teams", List.of("3 teams")),
                arguments("Cut costs (by 25%) in Jan 2020", List.of("25%")),
                arguments("Led a team of eight analysts, zero defects", List.of("a team of eight analysts", "zero defects")),
                arguments("Engaged 40+ stakeholders", List.of("40+ stakeholders")),
                arguments("Led a team of 8", List.of("a team of 8")),
                arguments("Led a team of eight analysts", List.of("a team of eight analysts")),
                arguments("Line-managed 3 PMO analysts", List.of("3 PMO analysts")),
                arguments("Trained 40 staff", List.of("40 staff")),
                arguments("Made approvals 3x faster", List.of("3x")),
                arguments("Ran the migration in 6 weeks", List.of("6 weeks")),
                arguments("Closed the audit actions in two months", List.of("two months")),
                arguments("Planned a 12-month transformation", List.of("12-month")),
                arguments("Cut reporting from 10 days to 4 days", List.of("from 10 days to 4 days")),
                arguments("Lifted schedule adherence from 65% to 92%", List.of("from 65% to 92%")),
                arguments("Brought costs down from £3m to £2.2m", List.of("from £3m to £2.2m")),
                arguments("Kept a 2:1 ratio of analysts to projects", List.of("2:1")),
                arguments("Led 5 workstreams and 1,200 users", List.of("5 workstreams", "1,200 users")),
                arguments("Signed off 2000 invoices", List.of("2000 invoices")),
                arguments("Introduced Jira 8 for 200 users", List.of("200 users")),
                arguments("Rolled out Windows 10 to 300 staff across 4 sites", List.of("300 staff", "4 sites")),
                arguments("Led a team of 8 across 3 regions, cutting reporting time from 10 days to 4 days",
                        List.of("a team of 8", "3 regions", "from 10 days to 4 days")),
                arguments("Cut cycle time by 10-15%", List.of("10-15%")),
                arguments("Saved 3,500 hours a year", List.of("3,500 hours")),
                arguments("Closed the year with zero missed milestones", List.of("zero missed milestones")),
                arguments("Cut month-end close from 12 to 7 working days", List.of("from 12 to 7 working days")),
                arguments("Supported 25 project managers across 4 business units",
                        List.of("25 project managers", "4 business units")),
                arguments("Ran 15 lessons-learned workshops", List.of("15 lessons-learned workshops")),
                arguments("Achieved a 4.5/5 satisfaction score", List.of("4.5/5")),
                arguments("Handled 3 to 4 audits a year", List.of("3 to 4 audits")),
                arguments("Managed a portfolio of 40 projects worth $25M", List.of("a portfolio of 40 projects", "$25M")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("linesWithMetrics")
    void findsMetricsAsWritten(String line, List<String> expected) {
        assertEquals(expected, extractor.extract(line), line);
    }

    static Stream<String> linesWithoutMetrics() {
        return Stream.of(
                "Project Manager 2019 – 2022",
                "Joined the PMO in 2019",
                "Jan 2020 – Mar 2022",
                "March 2018 - Present",
                "03/2021 - 04/2022",
                "2019-03 to 2021-04",
                "Started 12/03/2021",
                "Mobile: 07700 900123",
                "Tel +44 20 7946 0958",
                "Call (555) 123-4567",
                "London SW1A 1AA",
                "Manchester M1 1AE",
                "Built tools in Java 17",
                "Upgraded Windows 10 laptops",
                "Audited against ISO 9001",
                "PRINCE2 Practitioner",
                "Assessed maturity with P3M3",
                "Holds a Level 4 qualification",
                "1. Managed the RAID log",
                "2) Produced weekly reports",
                "Finished 1st in the cohort",
                "Ran phase 2 of the programme",
                "Stand-up every day at 09:30",
                "Office 365 champion",
                "Managed the risk register",
                "Supported the NHS 111 service",
                "MSc Project Management, 2015",
                "FY2023 planning round",
                "Q3 2021 portfolio review",
                "Agile and Scrum",
                "Sept. 2020 – current");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("linesWithoutMetrics")
    void ignoresDatesNamesAndContactNumbers(String line) {
        assertEquals(List.of(), extractor.extract(line), line);
    }

    @Test
    void rejectsNullLine() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> extractor.extract(null));
        assertEquals("line", e.getMessage());
    }
}

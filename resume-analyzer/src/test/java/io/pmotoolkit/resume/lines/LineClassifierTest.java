package io.pmotoolkit.resume.lines;

import static io.pmotoolkit.core.result.LineKind.ACHIEVEMENT;
import static io.pmotoolkit.core.result.LineKind.RESPONSIBILITY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.pmotoolkit.core.result.LineKind;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LineClassifierTest {

    private final LineClassifier classifier = new LineClassifier();

    /** line, kind, metrics, action verb, weak opener. */
    static Stream<Arguments> lines() {
        return Stream.of(
                arguments("• Led a team of 8 PMO analysts, cutting reporting time from 10 days to 4 days",
                        ACHIEVEMENT, List.of("a team of 8 PMO analysts", "from 10 days to 4 days"), "Led", null),
                arguments("Delivered the £2.4m ERP programme 3 weeks ahead of schedule",
                        ACHIEVEMENT, List.of("£2.4m", "3 weeks"), "Delivered", null),
                arguments("Designed a gate process with finance; it is now used on all 27 capital projects",
                        ACHIEVEMENT, List.of("27 capital projects"), "Designed", null),
                arguments("Set up two PMOs from scratch, each running a full governance cycle within 6 months",
                        ACHIEVEMENT, List.of("6 months"), "Set", null),
                arguments("Managed a team of 6 PMO analysts and coordinators",
                        RESPONSIBILITY, List.of("a team of 6 PMO analysts"), "Managed", null),
                arguments("Introduced a change control process adopted by 14 teams",
                        ACHIEVEMENT, List.of("14 teams"), "Introduced", null),
                arguments("Reduced invoice processing costs by 35% and saved £120k a year",
                        ACHIEVEMENT, List.of("35%", "£120k"), "Reduced", null),
                arguments("Improved stakeholder engagement across the portfolio",
                        ACHIEVEMENT, List.of(), "Improved", null),
                arguments("Successfully delivered 12 projects on time and under budget",
                        ACHIEVEMENT, List.of("12 projects"), "delivered", null),
                arguments("Built the first portfolio dashboard in the division",
                        ACHIEVEMENT, List.of(), "Built", null),
                arguments("Made supplier onboarding 3x faster", ACHIEVEMENT, List.of("3x"), "Made", null),
                arguments("Rolled the new RAID template out, resulting in zero missed escalations",
                        ACHIEVEMENT, List.of("zero missed escalations"), "Rolled", null),
                arguments("Helped to deliver the PMO toolkit, which cut onboarding time by 30%",
                        ACHIEVEMENT, List.of("30%"), null, "Helped to"),
                arguments("Maintained 99.9% uptime for the PMO tools", ACHIEVEMENT, List.of("99.9%"), "Maintained", null),
                arguments("Achieved a 4.5/5 sponsor satisfaction score", ACHIEVEMENT, List.of("4.5/5"), "Achieved", null),
                arguments("Cut onboarding from 3 weeks to 5 days, saving 200 hours a year",
                        ACHIEVEMENT, List.of("from 3 weeks to 5 days", "200 hours"), "Cut", null),
                arguments("Top 10% performer in the 2023 review", ACHIEVEMENT, List.of("10%"), null, null),
                arguments("Used MS Project 2019 and Power BI", RESPONSIBILITY, List.of(), "Used", null),
                arguments("Contact: 0161 496 0000", RESPONSIBILITY, List.of(), null, null),
                arguments("Managed a £2m budget across 12 projects",
                        RESPONSIBILITY, List.of("£2m", "12 projects"), "Managed", null),
                arguments("Coordinated monthly steering committee meetings",
                        RESPONSIBILITY, List.of(), "Coordinated", null),
                arguments("Ran sprint reviews", RESPONSIBILITY, List.of(), "Ran", null),
                arguments("Set up the PMO from scratch", RESPONSIBILITY, List.of(), "Set", null),
                arguments("Worked with delivery teams to improve reporting",
                        RESPONSIBILITY, List.of(), "Worked", null),
                arguments("Managing the portfolio dashboard", RESPONSIBILITY, List.of(), null, null),
                arguments("Monthly reporting to the programme board", RESPONSIBILITY, List.of(), null, null),
                arguments("Responsible for maintaining the RAID log for 6 projects",
                        RESPONSIBILITY, List.of("6 projects"), null, "Responsible for"),
                arguments("Responsible for reducing supplier costs by 20%",
                        RESPONSIBILITY, List.of("20%"), null, "Responsible for"),
                arguments("responsible for the PMO intranet", RESPONSIBILITY, List.of(), null, "responsible for"),
                arguments("Duties included: weekly status reporting and RAID logs",
                        RESPONSIBILITY, List.of(), null, "Duties included"),
                arguments("Helped with the PMO set-up", RESPONSIBILITY, List.of(), null, "Helped with"),
                arguments("Assisted the programme manager with resource planning",
                        RESPONSIBILITY, List.of(), null, "Assisted"),
                arguments("Involved in the Windows 10 rollout for 300 staff",
                        RESPONSIBILITY, List.of("300 staff"), null, "Involved in"),
                arguments("Tasked with producing the master schedule",
                        RESPONSIBILITY, List.of(), null, "Tasked with"),
                arguments("Worked on first-line support tickets", RESPONSIBILITY, List.of(), null, "Worked on"),
                arguments("Lead PMO Analyst, Acme Ltd", RESPONSIBILITY, List.of(), null, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lines")
    void classifiesKindMetricsVerbAndOpener(String line, LineKind kind, List<String> metrics, String verb,
                                            String opener) {
        LineAssessment a = classifier.classify(line);
        assertEquals(kind, a.kind(), () -> line + " -> " + a);
        assertEquals(metrics, a.metrics(), () -> line + " -> " + a);
        assertEquals(!metrics.isEmpty(), a.quantified(), () -> line + " -> " + a);
        assertEquals(verb, a.actionVerb(), () -> line + " -> " + a);
        assertEquals(opener, a.weakOpener(), () -> line + " -> " + a);
    }

    /** line, exact suggestion (null for none). */
    static Stream<Arguments> suggestions() {
        return Stream.of(
                arguments("Responsible for maintaining the RAID log for 6 projects",
                        "Add the result: \"Maintained the RAID log for 6 projects, so that <N risks were closed "
                                + "before they became issues>\"."),
                arguments("Responsible for managing supplier invoices",
                        "Add the result: \"Managed supplier invoices, so that <costs fell by N% or spend stayed "
                                + "within N% of budget>\"."),
                arguments("Helped with the PMO set-up",
                        "Add the result: \"Supported the PMO set-up, so that <N hours a week were saved or N people "
                                + "were helped>\". Say which part was yours."),
                arguments("Duties included weekly status reporting, RAID logs and stakeholder updates",
                        "Add the result: \"Managed weekly status reporting, RAID logs and stakeholder updates, so "
                                + "that <decisions were made N days sooner>\"."),
                arguments("Responsible for stakeholder communications",
                        "Add the result: \"Coordinated stakeholder communications, so that <approvals took N days "
                                + "instead of M>\"."),
                arguments("Tasked with producing the master schedule",
                        "Add the result: \"Produced the master schedule, so that <N of M milestones were met on "
                                + "time>\"."),
                arguments("Responsible for the project templates",
                        "Add the result: \"Owned the project templates, so that <N teams adopted the standardised "
                                + "process, saving N hours a month>\"."),
                arguments("Monthly reporting to the programme board",
                        "Add the result: \"Produced monthly reporting to the programme board, so that <decisions "
                                + "were made N days sooner>\"."),
                arguments("Responsible for reducing supplier costs by 20%",
                        "If this was a result, not just a goal, say so: \"Reduced supplier costs by 20%\"."),
                arguments("Helped to deliver the PMO toolkit, which cut onboarding time by 30%",
                        "Open with your own action: \"Delivered the PMO toolkit, which cut onboarding time by 30%\". "
                                + "Say which part was yours."),
                arguments("Improved stakeholder engagement across the portfolio",
                        "How much? Add a number: %, money saved, time saved or count, e.g. \"approval time cut from "
                                + "N to M days\"."),
                arguments("Covered 3 maternity leaves in the PMO",
                        "Add the result: \"Covered 3 maternity leaves in the PMO, so that <N hours a week were saved "
                                + "or N people were helped>\"."),
                arguments("Since 2018, handled 500+ change requests",
                        "Start with a past-tense verb for what you did, keep the rest of the line, then add its "
                                + "result, e.g. <N hours a week were saved or N people were helped>."),
                arguments("Processed supplier timesheets",
                        "Add the result: \"Processed supplier timesheets, so that <N hours a week were saved or N "
                                + "people were helped>\"."),
                arguments("Worked on the SAP migration of 12 legal entities",
                        "Add the result: \"Worked on the SAP migration of 12 legal entities, so that <N users went "
                                + "live on time>\". Say which part was yours."),
                // verbs joined to the first one follow it into the past tense
                arguments("Monitoring and recording activity for accounts payable",
                        "Add the result: \"Monitored and recorded activity for accounts payable, so that <N hours "
                                + "a week were saved or N people were helped>\"."),
                arguments("Prepare, check and file the weekly timesheets for 40 contractors",
                        "Add the result: \"Prepared, checked and filed the weekly timesheets for 40 contractors, so "
                                + "that <N hours a week were saved or N people were helped>\"."),
                arguments("Check customers' identification and confirm it meets the legal age",
                        "Add the result: \"Checked customers' identification and confirmed it meets the legal age, "
                                + "so that <N customers were served a week and complaints fell by N%>\"."),
                arguments("Planning, scheduling and tracking projects across the portfolio",
                        "Add the result: \"Planned, scheduled and tracked projects across the portfolio, so that <N "
                                + "of M milestones were met on time>\"."),
                arguments("Answering phones, booking viewings and updating the lettings database",
                        "Add the result: \"Answered phones, booked viewings and updated the lettings database, so "
                                + "that <N hours a week were saved or N people were helped>\"."),
                arguments("Organising events, catering and security for 200 guests",
                        "Add the result: \"Organised events, catering and security for 200 guests, so that <N guests "
                                + "came and N% rated it good or better>\"."),
                // names, titles and asides keep their words
                arguments("SHOPPING MANAGEMENT SYSTEM developed in C++ for a local store",
                        "Start with a past-tense verb for what you did, keep the rest of the line, then add its "
                                + "result, e.g. <N hours a week were saved or N people were helped>."),
                arguments("Walking the floor (coaching and guiding the controllers) every day",
                        "Add the result: \"Walked the floor (coaching and guiding the controllers) every day, so "
                                + "that <N people were trained and N% rated it good or better>\"."),
                arguments("Use all forms of media to build, maintain and manage the reputation of clients",
                        "Add the result: \"Used all forms of media to build, maintain and manage the reputation of "
                                + "clients, so that <N hours a week were saved or N people were helped>\"."),
                // a compound noun after "and" stays a noun
                arguments("Managed budgets and support staff across three sites",
                        "Add the result: \"Managed budgets and support staff across three sites, so that <costs fell "
                                + "by N% or spend stayed within N% of budget>\"."),
                // a capitalised first verb the tagger takes for a noun, and verbs the list does not know
                arguments("Liaise with suppliers on delivery dates",
                        "Add the result: \"Liaised with suppliers on delivery dates, so that <N of M suppliers "
                                + "delivered on time and to contract>\"."),
                arguments("Work closely with the finance team on month-end",
                        "Add the result: \"Worked closely with the finance team on month-end, so that <N hours a "
                                + "week were saved or N people were helped>\"."),
                arguments("Sit on the change advisory board",
                        "Add the result: \"Sat on the change advisory board, so that <approvals took N days instead "
                                + "of M>\"."),
                arguments("Help PMO Trainer with the quarterly skills sessions",
                        "Add the result: \"Supported PMO Trainer with the quarterly skills sessions, so that <N "
                                + "hours a week were saved or N people were helped>\". Say which part was yours."),
                arguments("Co-ordinate with suppliers on delivery dates",
                        "Add the result: \"Co-ordinated with suppliers on delivery dates, so that <N of M suppliers "
                                + "delivered on time and to contract>\"."),
                // a role, not an action: say what the person served as
                arguments("Sponsor for the site consolidation programme",
                        "Add the result: \"Served as sponsor for the site consolidation programme, so that "
                                + "<approvals took N days instead of M>\"."),
                arguments("Achieved PRINCE2 Practitioner certification",
                        null),
                arguments("Delivered the £2.4m ERP programme 3 weeks ahead of schedule",
                        null),
                arguments("", null));
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("suggestions")
    void suggestsAnOutcomeFirstRewriteFromTheLinesOwnWords(String line, String expected) {
        assertEquals(expected, classifier.classify(line).suggestion(), line);
    }

    @Test
    void neverCutsARewriteShort() {
        String line = "Responsible for coordinating the weekly portfolio reporting cycle across finance, HR,"
                + " operations, technology, estates and the customer service directorates for the executive board";
        LineAssessment a = classifier.classify(line);
        assertEquals("Coordinated the weekly portfolio reporting cycle across finance, HR, operations, technology,"
                + " estates and the customer service directorates for the executive board, so that <decisions were"
                + " made N days sooner>", a.rewrite());
        assertEquals("Add the result: \"" + a.rewrite() + "\".", a.suggestion());
        assertTrue(!a.suggestion().contains("…"), a.suggestion());
    }

    @Test
    void matchesOpenersAndVerbsWhateverTheDefaultLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            LineAssessment duty = classifier.classify("DUTIES INCLUDED THE RISK LOG");
            assertEquals("DUTIES INCLUDED", duty.weakOpener());
            LineAssessment result = classifier.classify("Cut invoice processing time by 30 PER CENT, which INCREASED"
                    + " on-time payments");
            assertEquals(ACHIEVEMENT, result.kind());
            assertEquals(List.of("30 PER CENT"), result.metrics());
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void givesTheSameAnswersFromManyThreads() {
        List<String> lines = lines().map(a -> (String) a.get()[0]).toList();
        List<LineAssessment> sequential = lines.stream().map(classifier::classify).toList();
        List<List<LineAssessment>> parallel = IntStream.range(0, 8).parallel()
                .mapToObj(i -> lines.stream().map(classifier::classify).toList()).toList();
        parallel.forEach(p -> assertEquals(sequential, p));
    }

    @Test
    void treatsABlankLineAsAnEmptyResponsibility() {
        LineAssessment a = classifier.classify("  •  ");
        assertEquals(new LineAssessment(RESPONSIBILITY, false, List.of(), null, null, null, null, null), a);
        assertNull(a.suggestion());
    }
}

package io.pmotoolkit.core.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pmotoolkit.core.TestModels;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class KeywordMatcherTest {

    private static final KeywordMatcher MATCHER = KeywordMatcher.of(TestModels.small());

    static List<String> terms(String text) {
        return MATCHER.find(text).stream().map(m -> m.keyword().term()).distinct().toList();
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("Kept the RAID log for 12 projects", List.of("RAID log")),
                Arguments.of("Maintained RAID logs weekly", List.of("RAID log")),
                Arguments.of("Tracked risks, assumptions, issues and dependencies", List.of("RAID log")),
                Arguments.of("Ran stage-gate reviews", List.of("stage gate")),
                Arguments.of("Ran stage gates and gate reviews", List.of("stage gate")),
                Arguments.of("PMP certified", List.of("PMP")),
                Arguments.of("Studying for the PMPX exam", List.of()),
                Arguments.of("Project Management Professional (2021)", List.of("PMP")),
                Arguments.of("Built JavaScript front ends", List.of()),
                Arguments.of("Wrote Java services", List.of("Java")),
                Arguments.of("Project delivery", List.of()),
                Arguments.of("Programmed in C and Java", List.of("C", "Java")),
                Arguments.of("MoP Foundation", List.of("MoP")),
                Arguments.of("Bought a mop for the office", List.of()),
                Arguments.of("Set up the PMO CoE", List.of("PMO", "centre of excellence")),
                Arguments.of("Set up a center of excellence", List.of("centre of excellence")),
                Arguments.of("Shared coe tips", List.of()),
                Arguments.of("Prioritizing portfolios each quarter", List.of("portfolio prioritisation")),
                Arguments.of("Led portfolio prioritization", List.of("portfolio prioritisation")),
                Arguments.of("Managed stakeholders across 4 sites", List.of("stakeholder management")),
                Arguments.of("Managing stakeholder expectations", List.of("stakeholder management")),
                Arguments.of("Defined KPIs for the portfolio", List.of("KPI")),
                Arguments.of("Key performance indicators", List.of("KPI")),
                Arguments.of("Improved the PMO's reporting", List.of("PMO")),
                Arguments.of("Led the project management office", List.of("PMO")),
                Arguments.of("Worked on the stage. Gate access was restricted", List.of()),
                Arguments.of("Program management experience", List.of("programme management")),
                Arguments.of("Worked as a programmer management trainee", List.of()),
                Arguments.of("Programme managenent across 3 sites", List.of("programme management")),
                Arguments.of("PRINCE2 Practitioner", List.of("PRINCE2 Practitioner", "PRINCE2")),
                Arguments.of("prince2 foundation", List.of("PRINCE2")),
                Arguments.of("Engaged key stakeholders", List.of()),
                Arguments.of("Managed key stakeholders at board level", List.of("stakeholder management")),
                Arguments.of("Prioritised the portfolio every quarter", List.of("portfolio prioritisation")),
                Arguments.of("Managed the programme budget", List.of()),
                Arguments.of("Managed relationships with key stakeholders", List.of()),
                Arguments.of("Managed the office, and stakeholders", List.of()),
                Arguments.of("Programming experience and website management", List.of()),
                Arguments.of("Office, Problem Solving, Project", List.of()),
                Arguments.of("Managed a team; the programme was late", List.of()),
                Arguments.of("Managed the office move for a new programme", List.of()),
                Arguments.of("Practitioner of PRINCE2", List.of("PRINCE2")),
                Arguments.of("Worked with the project manager", List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void findsKeywordsAsPeopleWriteThem(String text, List<String> expected) {
        assertEquals(expected, terms(text), () -> "matches in: " + text + " -> " + MATCHER.find(text));
    }

    @Test
    void reportsTheWordsAsWrittenWithOffsets() {
        String text = "Owned the RAID logs and stage-gate packs";
        List<KeywordMatch> found = MATCHER.find(text);
        assertEquals(2, found.size(), found::toString);
        assertEquals("RAID logs", found.get(0).text());
        assertEquals("RAID logs", text.substring(found.get(0).start(), found.get(0).end()));
        assertEquals("stage-gate", found.get(1).text());
        assertFalse(found.get(0).fuzzy());
    }

    @Test
    void marksTypoMatchesAsFuzzy() {
        List<KeywordMatch> found = MATCHER.find("Programme managenent");
        assertEquals(1, found.size());
        assertTrue(found.get(0).fuzzy());
    }

    @Test
    void matchingDoesNotDependOnTheDefaultLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            KeywordMatcher turkish = KeywordMatcher.of(TestModels.small());
            assertEquals(List.of("PRINCE2"), turkish.find("PRINCE2 qualified, ITIL aware").stream()
                    .map(m -> m.keyword().term()).toList());
            assertEquals(List.of("KPI"), turkish.find("DEFINED KEY PERFORMANCE INDICATORS").stream()
                    .map(m -> m.keyword().term()).toList());
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void fuzzyNeverTurnsAWordIntoItsOwnPrefix() {
        assertFalse(KeywordMatcher.fuzzyEqual("programmer", "programme"));
        assertTrue(KeywordMatcher.fuzzyEqual("governence", "governance"));
        assertFalse(KeywordMatcher.fuzzyEqual("governance", "governances"));
    }
}

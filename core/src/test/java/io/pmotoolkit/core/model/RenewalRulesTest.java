package io.pmotoolkit.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The renewal rules on credential keywords: how they are read, validated, extended and applied. */
class RenewalRulesTest {

    private static final String HEAD = """
            version: "t"
            competencies:
              - {id: certs, name: Certifications, area: certifications}
            roles:
              - id: pmo-analyst
                title: PMO Analyst
                level: 2
                competencies: {certs: 3}
            keywords:
              - term: PMP
                competency: certs
                aliases: [Project Management Professional]
                importance: {pmo-analyst: desirable}
                renewal:
            """;
    private static final String GOOD = """
                  - every: 3
                    rule: "renewed every three years"
                    source: https://example.org/renew
                    summary: "The body's page: renew every three years."
            """;

    private static SkillsModel parse(String renewal) {
        return SkillsModelLoader.parse("x.yaml", HEAD + renewal, null);
    }

    @Test
    void builtInRulesEachNameAPublicSourceAndCoverTheMainCredentials() {
        SkillsModel model = SkillsModelLoader.builtIn();
        for (String term : List.of("PMP", "CAPM", "PgMP", "PfMP", "PMI-ACP", "PMI-RMP", "CSM", "PRINCE2 Foundation",
                "PRINCE2 Practitioner", "MSP", "MoP", "P3O", "SAFe Agilist")) {
            assertTrue(model.findRenewal(term).isPresent(), term);
        }
        for (var e : model.renewals().entrySet()) {
            for (Renewal.Period p : e.getValue().periods()) {
                assertTrue(p.source().startsWith("https://"), e.getKey() + ": " + p.source());
                assertFalse(p.summary().isBlank(), e.getKey());
            }
        }
        // No rule is known (or the source was unclear) for these: the check says nothing about them.
        for (String term : List.of("APM PMQ", "APM PFQ", "Professional Scrum Master", "AgilePM", "PMO-CP")) {
            assertTrue(model.findRenewal(term).isEmpty(), term);
        }
        assertTrue(model.certificationWords().renewed().contains("renewed"));
        assertTrue(model.certificationWords().validUntil().contains("valid until"));
    }

    @Test
    void periodsChooseTheRuleByYearAndForm() {
        SkillsModel model = SkillsModelLoader.builtIn();
        Renewal capm = model.findRenewal("CAPM").orElseThrow();
        assertEquals(5, capm.find(2018, "CAPM").orElseThrow().every());
        assertTrue(capm.find(2020, "CAPM").isEmpty(), "October 2020 changed the rule: a 2020 CAPM is unclear");
        assertEquals(3, capm.find(2022, "CAPM").orElseThrow().every());
        Renewal itil = model.findRenewal("ITIL Foundation").orElseThrow();
        assertTrue(itil.find(2021, "ITIL 4 Foundation").isPresent());
        assertTrue(itil.find(2021, "ITIL v3 Foundation").isEmpty(), "only ITIL 4 is under PeopleCert's rule");
        assertTrue(model.findRenewal("PRINCE2 Practitioner").orElseThrow().find(2005, "PRINCE2 Practitioner").isEmpty());
    }

    @Test
    void dueYearsFollowTheCycleAndTheEarliestRenewBy() {
        Renewal.Period pmi = new Renewal.Period(null, null, List.of(), 3, null, "r", "https://x.org", "s");
        assertEquals(2022, pmi.firstDue(2019));
        assertEquals(2025, pmi.lastRenewalBy(2019, 2026));
        assertEquals(2025, pmi.lastRenewalBy(2019, 2025));
        Renewal.Period peopleCert = new Renewal.Period(2009, null, List.of(), 3, 2023, "r", "https://x.org", "s");
        assertEquals(2023, peopleCert.firstDue(2015), "certificates from before mid-2020 were due by July 2023");
        assertEquals(2025, peopleCert.firstDue(2022));
        assertEquals(2026, peopleCert.lastRenewalBy(2015, 2026));
    }

    @Test
    void aSkillsFileCanGiveAKeywordARuleAndAddDateWords() {
        SkillsModel model = SkillsModelLoader.parse("mine.yaml", """
                version: "c"
                certificationWords:
                  renewed: [refreshed]
                keywords:
                  - term: APM PMQ
                    competency: certifications
                    aliases: [PMQ, Project Management Qualification, APM Project Management Qualification]
                    importance: {pmo-analyst: desirable}
                    renewal:
                      - every: 5
                        rule: "our client asks for a PMQ from the last five years"
                        source: https://intranet.example.org/pmo-policy
                        summary: "The client's PMO policy."
                  - term: PMP
                    competency: certifications
                    aliases: [Project Management Professional]
                    importance: {pmo-manager: essential}
                """, SkillsModelLoader.builtIn());
        assertEquals(5, model.findRenewal("APM PMQ").orElseThrow().periods().getFirst().every());
        assertTrue(model.findRenewal("PMP").isEmpty(), "a keyword entry replaces the built-in one, rules included");
        assertTrue(model.findRenewal("CSM").isPresent(), "other keywords keep theirs");
        assertTrue(model.certificationWords().renewed().containsAll(List.of("renewed", "refreshed")));
    }

    static Stream<Arguments> badRules() {
        return Stream.of(
                Arguments.of("""
                              - rule: "r"
                                source: https://example.org/renew
                                summary: "s"
                        """, "'every' must be the years between renewals, 1 to 10, not null"),
                Arguments.of("""
                              - every: 30
                                rule: "r"
                                source: https://example.org/renew
                                summary: "s"
                        """, "'every' must be the years between renewals, 1 to 10, not 30"),
                Arguments.of("""
                              - every: 3
                                source: https://example.org/renew
                                summary: "s"
                        """, "'rule' is missing"),
                Arguments.of("""
                              - every: 3
                                rule: "r"
                                summary: "s"
                        """, "'source' must be the address of the public page the rule comes from (https://...), not nothing"),
                Arguments.of("""
                              - every: 3
                                rule: "r"
                                source: the PMI handbook
                                summary: "s"
                        """, "not 'the PMI handbook'"),
                Arguments.of("""
                              - every: 3
                                rule: "r"
                                source: https://example.org/renew
                        """, "'summary' is missing"),
                Arguments.of("""
                              - every: 3
                                from: 2020
                                to: 2015
                                rule: "r"
                                source: https://example.org/renew
                                summary: "s"
                        """, "'from' 2020 is after 'to' 2015"),
                Arguments.of("""
                              - every: 3
                                forms: [PMP certified]
                                rule: "r"
                                source: https://example.org/renew
                                summary: "s"
                        """, "'PMP certified' is not one of the keyword's forms"),
                Arguments.of(GOOD + """
                              - every: 5
                                to: 2019
                                rule: "r"
                                source: https://example.org/old
                                summary: "s"
                        """, "renewal[1] covers years and forms that renewal[0] already covers"));
    }

    @ParameterizedTest
    @MethodSource("badRules")
    void aBadRuleIsRefusedWithAReason(String renewal, String expected) {
        var e = assertThrows(SkillsModelException.class, () -> parse(renewal));
        assertTrue(e.getMessage().startsWith("x.yaml line "), e.getMessage());
        assertTrue(e.getMessage().contains("keyword 'PMP': renewal["), e.getMessage());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @Test
    void periodsForDifferentYearsOrFormsAreAccepted() {
        SkillsModel model = parse("""
                      - every: 5
                        to: 2019
                        rule: "old"
                        source: https://example.org/old
                        summary: "s"
                      - every: 3
                        from: 2021
                        rule: "new"
                        source: https://example.org/new
                        summary: "s"
                      - every: 1
                        from: 2020
                        to: 2020
                        forms: [Project Management Professional]
                        rule: "a year of its own"
                        source: https://example.org/new
                        summary: "s"
                """);
        Renewal r = model.findRenewal("PMP").orElseThrow();
        assertEquals("old", r.find(2018, "PMP").orElseThrow().rule());
        assertEquals("new", r.find(2022, "Project Management Professional").orElseThrow().rule());
        assertTrue(r.find(2020, "PMP").isEmpty());
        assertEquals(1, r.find(2020, "Project Management Professional").orElseThrow().every());
    }
}

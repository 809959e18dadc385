package io.pmotoolkit.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordKeysTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({"managed, manage", "managing, manages", "policies, policy", "planned, plan", "scheduling, schedule",
        "controlled, control", "modelling, modeling", "cancelled, canceled", "prioritised, prioritize", "led, lead",
        "KPIs, KPI", "stakeholders, stakeholder", "analysed, analyze", "agreed, agree", "studies, studied",
        "organization, organisation", "boxes, box", "processes, process"})
    void inflectionsAndSpellingsMeet(String a, String b) {
        assertEquals(WordKeys.key(a), WordKeys.key(b));
    }

    @ParameterizedTest(name = "{0} != {1}")
    @CsvSource({"government, governance", "community, communication", "inform, information", "projection, project",
        "programming, programme", "manager, management", "negotiate, negotiation", "status, stat",
        "analysis, analyst", "organise, organisation"})
    void differentWordsStayApart(String a, String b) {
        assertNotEquals(WordKeys.key(a), WordKeys.key(b));
    }
}

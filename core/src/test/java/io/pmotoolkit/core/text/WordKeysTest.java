package io.pmotoolkit.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
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

    @Test
    void spellingFoldIsThePatternsReplacement() {
        Pattern ize = Pattern.compile("(\\p{L}{2,})iz(e|es|ed|ing|ation|ations|er|ers)$");
        Pattern yze = Pattern.compile("(\\p{L}{2,})yz(e|es|ed|ing|er|ers)$");
        String[] parts = {"iz", "yz", "e", "es", "ed", "ing", "ation", "s", "er", "a", "ré", "1", "-", " ", "\n", "𝒜"};
        Random random = new Random(16);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder w = new StringBuilder();
            for (int k = random.nextInt(6); k >= 0; k--) {
                w.append(parts[random.nextInt(parts.length)]);
            }
            String t = w.toString();
            String expected = yze.matcher(ize.matcher(t).replaceFirst("$1is$2")).replaceFirst("$1ys$2");
            assertEquals(expected, WordKeys.ukSpelling(t), t);  // no -or or -er word can be made of the parts
        }
    }

    @Test
    @Timeout(5)
    void aWordOf32000LettersIsKeyedQuickly() {
        String word = "a".repeat(32_000) + "ization";
        assertEquals("a".repeat(32_000) + "isation", WordKeys.ukSpelling(word));
        assertEquals("b".repeat(32_000), WordKeys.ukSpelling("b".repeat(32_000)));
    }
}

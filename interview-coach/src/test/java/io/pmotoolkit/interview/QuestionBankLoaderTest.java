package io.pmotoolkit.interview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class QuestionBankLoaderTest {

    private static final String GOOD = """
            version: "t1"
            questions:
              - id: raid-setup
                type: situational
                competency: risk-issue-management
                roles: [pmo-analyst]
                text: How would you set up a RAID log?
                why: Checks the basics.
                star: {situation: s, task: t, action: a, result: r}
                pitfalls: [Doing it alone.]
                followUps: ["Who owns a risk?", "How often would you review it?"]
                keywords: [RAID log]
            """;

    @Test
    void aValidBankLoads() {
        QuestionBank bank = QuestionBankLoader.parse("bank.yaml", GOOD, Fixtures.MODEL);
        assertEquals(1, bank.questions().size());
        Question q = bank.questions().get(0);
        assertEquals(QuestionType.SITUATIONAL, q.type());
        assertEquals("RAID log", q.keywords().get(0));
    }

    /** A type the bank gives no weight (a new type, or a bank without typeWeights) is drawn at the default weight. */
    @Test
    void aTypeWithoutAWeightGetsTheDefault() {
        QuestionBank bare = QuestionBankLoader.parse("bank.yaml", GOOD, Fixtures.MODEL);
        for (QuestionType t : QuestionType.values()) {
            assertEquals(QuestionBank.DEFAULT_TYPE_WEIGHT, bare.typeWeight(t));
        }
        QuestionBank some = QuestionBankLoader.parse("bank.yaml",
                GOOD.replace("questions:", "typeWeights: {behavioural: 3}\nquestions:"), Fixtures.MODEL);
        assertEquals(3.0, some.typeWeight(QuestionType.BEHAVIOURAL));
        assertEquals(QuestionBank.DEFAULT_TYPE_WEIGHT, some.typeWeight(QuestionType.KNOWLEDGE));
    }

    @Test
    void theBuiltInBankGivesEveryTypeAWeightAndTheDutyTopics() {
        QuestionBank bank = Fixtures.BANK;
        assertEquals(3.0, bank.typeWeight(QuestionType.BEHAVIOURAL));
        assertEquals(1.2, bank.typeWeight(QuestionType.KNOWLEDGE));
        assertTrue(bank.dutyTopics().get("planning-resourcing").matcher("scheduled the works").find());
        assertTrue(bank.dutyTopics().get("financial-management").matcher("saved £40k").find());
        assertTrue(!bank.dutyTopics().get("risk-issue-management").matcher("prioritised tasks").find());
    }

    static Stream<Arguments> brokenBanks() {
        return Stream.of(
                Arguments.of(GOOD.replace("questions:", "typeWeights: {hypothetical: 2}\nquestions:"),
                        "bank.yaml line 2: typeWeights: unknown question type 'hypothetical': use one of behavioural, situational, knowledge, motivation"),
                Arguments.of(GOOD.replace("questions:", "typeWeights: {knowledge: 0}\nquestions:"),
                        "bank.yaml line 2: typeWeights: the weight of 'knowledge' must be a number above 0, not 0.0"),
                Arguments.of(GOOD.replace("questions:", "dutyTopics: {risks: [risk]}\nquestions:"),
                        "bank.yaml line 2: dutyTopics: unknown competency 'risks'"),
                Arguments.of(GOOD.replace("competency: risk-issue-management", "competency: risk"),
                        "bank.yaml line 5: question 'raid-setup': unknown competency 'risk'"),
                Arguments.of(GOOD.replace("roles: [pmo-analyst]", "roles: [pmo-boss]"),
                        "bank.yaml line 6: question 'raid-setup': unknown role 'pmo-boss'"),
                Arguments.of(GOOD.replace("competency: risk-issue-management", "competency: team-leadership"),
                        "bank.yaml line 6: question 'raid-setup': role 'pmo-analyst' does not expect competency 'team-leadership'"),
                Arguments.of(GOOD.replace("    why: Checks the basics.\n", ""),
                        "bank.yaml line 3: question 'raid-setup': 'why' is missing"),
                Arguments.of(GOOD.replace("[\"Who owns a risk?\", \"How often would you review it?\"]", "[\"Who owns a risk?\"]"),
                        "bank.yaml line 11: question 'raid-setup': 'followUps' needs 2 to 3 items, found 1"),
                Arguments.of(GOOD.replace("keywords: [RAID log]", "keywords: [RAID book]"),
                        "bank.yaml line 12: question 'raid-setup': unknown keyword 'RAID book': use a term of the skills model"),
                Arguments.of(GOOD.replace("type: situational", "type: hypothetical"),
                        "bank.yaml line 4: question 'raid-setup': unknown type 'hypothetical': use one of behavioural, situational, knowledge, motivation"),
                Arguments.of(GOOD.replace("star: {situation: s, task: t, action: a, result: r}", "star: {situation: s, task: t, action: a}"),
                        "bank.yaml line 9: question 'raid-setup': 'star.result' is missing"),
                Arguments.of(GOOD + GOOD.substring(GOOD.indexOf("  - id:")),
                        "bank.yaml line 13: question 'raid-setup': duplicate id (first used at line 3)"),
                Arguments.of(GOOD.replace("    text: How would you set up a RAID log?\n", "    text: How?\n    colour: red\n"),
                        "bank.yaml line 8: question 'raid-setup': unknown field 'colour'; known fields: id, type, competency, roles, text, why, star, pitfalls, followUps, keywords, audience, concepts, misconceptions"),
                Arguments.of(GOOD.replace("    text: How would you set up a RAID log?\n", "    audience: managers\n    text: How?\n"),
                        "bank.yaml line 7: question 'raid-setup': unknown audience 'managers': use outside-pmo or in-pmo, or leave it out"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("brokenBanks")
    void aBrokenBankGivesOneLineNamingLineQuestionAndField(String yaml, String message) {
        QuestionBankException e = assertThrows(QuestionBankException.class,
                () -> QuestionBankLoader.parse("bank.yaml", yaml, Fixtures.MODEL));
        assertEquals(message, e.getMessage());
        assertTrue(!e.getMessage().contains("\n"));
    }
}

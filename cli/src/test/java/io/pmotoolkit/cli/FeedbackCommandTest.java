package io.pmotoolkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pmo feedback}: the JSON contract, the text output, standard input and the errors. */
class FeedbackCommandTest {

    private static final String SAMPLE = Cli.sample("answers/weekly-report-collation.txt");
    private static final String NO_RESULT = """
            In my last role the programme had a RAID log that nobody looked at.
            I was asked to make the risk process work for the six projects.
            I met each project manager and I set up a fortnightly risk review.
            """;

    @Test
    void jsonHasEveryContractField() throws IOException {
        Cli.Result r = Cli.run("feedback", "--answer", SAMPLE, "--question-id", "weekly-report-collation",
                "--role", "pmo-analyst", "--format", "json");
        assertEquals(0, r.code(), r::toString);
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals(1, json.get("schemaVersion").asInt());
        for (String part : List.of("situation", "task", "action", "result")) {
            JsonNode c = json.get("components").get(part);
            assertTrue(List.of("PRESENT", "WEAK", "MISSING").contains(c.get("status").asText()), r::toString);
            assertTrue(c.get("evidence").isArray(), part);
        }
        assertTrue(json.get("quantifiedResult").isBoolean());
        assertEquals(5, json.get("pronouns").get("i").asInt(), r::toString);
        assertEquals(1, json.get("pronouns").get("we").asInt());
        assertEquals(1, json.get("fillers").get("basically").asInt());
        assertTrue(json.get("words").asInt() > 150);
        assertEquals(Math.round(json.get("words").asInt() * 60f / 145), json.get("speakingSeconds").asInt());
        assertTrue(json.get("termsUsed").isArray() && json.get("termsUsed").size() > 0);
        assertTrue(json.get("termsMissed").isArray());
        assertTrue(json.get("score").isInt());
        assertTrue(json.get("suggestions").isArray() && json.get("suggestions").size() > 0);
        // The contract's fields come first, in its order.
        List<String> names = new java.util.ArrayList<>();
        json.fieldNames().forEachRemaining(names::add);
        assertEquals(List.of("schemaVersion", "components", "quantifiedResult", "pronouns", "fillers", "words",
                "speakingSeconds", "termsUsed", "termsMissed", "score", "suggestions"), names.subList(0, 11));
    }

    @Test
    void readsTheAnswerFromStandardInput() {
        Cli.Result r = Cli.runWithInput(NO_RESULT, "feedback", "--answer", "-");
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().contains("Result     MISSING"), r::toString);
        assertTrue(r.out().contains("1. Your answer has no result: say what changed and by how much"), r::toString);
    }

    @Test
    void textFitsEightyColumns() {
        Cli.Result r = Cli.run("feedback", "--answer", SAMPLE, "--question-id", "weekly-report-collation");
        assertEquals(0, r.code(), r::toString);
        for (String line : r.out().split("\n")) {
            assertTrue(line.length() <= 80, () -> "too wide: " + line);
        }
    }

    @Test
    void freeTextQuestionInfersTheCompetencyFromItsTerms() throws IOException {
        Cli.Result r = Cli.runWithInput(NO_RESULT, "feedback", "--answer", "-", "--question",
                "How would you set up a RAID log for a new programme?", "--format", "json");
        assertEquals(0, r.code(), r::toString);
        JsonNode missed = new ObjectMapper().readTree(r.out()).get("termsMissed");
        assertTrue(missed.size() > 0, r::toString);
        assertEquals("How would you set up a RAID log for a new programme?",
                new ObjectMapper().readTree(r.out()).get("question").asText());
    }

    @Test
    void unknownQuestionIdIsAUsageErrorWithAHint() {
        Cli.Result r = Cli.run("feedback", "--answer", SAMPLE, "--question-id", "weekly-report-colation");
        assertEquals(ExitCodes.USAGE, r.code(), r::toString);
        assertTrue(r.err().startsWith("pmo: unknown question id 'weekly-report-colation'; did you mean "
                + "weekly-report-collation"), r::toString);
        assertTrue(r.err().contains("pmo questions --list"), r::toString);
    }

    @Test
    void emptyAnswerIsBadInput(@TempDir Path dir) throws IOException {
        Path empty = dir.resolve("answer.txt");
        Files.writeString(empty, "  \n\n", StandardCharsets.UTF_8);
        Cli.Result r = Cli.run("feedback", "--answer", empty.toString());
        assertEquals(ExitCodes.BAD_INPUT, r.code(), r::toString);
        assertTrue(r.err().contains("has no answer in it"), r::toString);
        assertEquals(1, r.err().strip().lines().count(), r::toString);
    }

    @Test
    void missingAnswerFileIsBadInput() {
        Cli.Result r = Cli.run("feedback", "--answer", "no-such-answer.txt");
        assertEquals(ExitCodes.BAD_INPUT, r.code(), r::toString);
        assertTrue(r.err().contains("no-such-answer.txt does not exist"), r::toString);
    }

    @Test
    void questionIdAndQuestionTextTogetherIsAUsageError() {
        Cli.Result r = Cli.run("feedback", "--answer", SAMPLE, "--question-id", "weekly-report-collation",
                "--question", "Anything?");
        assertEquals(ExitCodes.USAGE, r.code(), r::toString);
    }

    @Test
    void unknownRoleIsAUsageError() {
        Cli.Result r = Cli.run("feedback", "--answer", SAMPLE, "--role", "chief-pmo");
        assertEquals(ExitCodes.USAGE, r.code(), r::toString);
        assertTrue(r.err().contains("unknown role 'chief-pmo'"), r::toString);
    }

    @Test
    void aFreeTextRiskQuestionExpectsRiskTermsAndNoTrait(@TempDir Path dir) throws IOException {
        Path answer = Files.writeString(dir.resolve("a.txt"), "I spotted that the supplier would be late, so I "
                + "logged it and told the sponsor. As a result we avoided a two-week delay.");
        Cli.Result r = Cli.run("feedback", "--answer", answer.toString(), "--question",
                "Tell me about a risk you spotted before anyone else did", "--role", "pmo-administrator",
                "--format", "json");
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().contains("\"RAID log\""), r::toString);
        assertFalse(r.out().contains("Attention to detail"), r::toString);
    }
}

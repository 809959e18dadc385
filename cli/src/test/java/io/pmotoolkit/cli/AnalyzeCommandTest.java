package io.pmotoolkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AnalyzeCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode analyzeJson(String file, String role) throws Exception {
        Cli.Result r = Cli.run("analyze", file, "--role", role, "--format", "json");
        assertEquals(0, r.code(), r::toString);
        return JSON.readTree(r.out());
    }

    private static List<String> terms(JsonNode list) {
        List<String> out = new ArrayList<>();
        list.forEach(n -> out.add(n.get("term").asText()));
        out.sort(null);
        return out;
    }

    @Test
    void sameCvAsTextDocxPdfAndTwoColumnPdfFindsTheSameTerms() throws Exception {
        JsonNode txt = analyzeJson(Cli.sample("amelia-hart-project-manager.txt"), "pmo-manager");
        List<String> found = terms(txt.at("/keywords/found"));
        List<String> missing = terms(txt.at("/keywords/missing"));
        assertTrue(found.size() >= 10, "found: " + found);
        for (String other : List.of("amelia-hart-project-manager.docx", "amelia-hart-project-manager.pdf",
                "amelia-hart-project-manager-two-column.pdf")) {
            JsonNode j = analyzeJson(Cli.sample(other), "pmo-manager");
            assertEquals(found, terms(j.at("/keywords/found")), other + " found");
            assertEquals(missing, terms(j.at("/keywords/missing")), other + " missing");
        }
    }

    @Test
    void jsonKeepsTheContractFields() throws Exception {
        JsonNode j = analyzeJson(Cli.sample("amelia-hart-project-manager.pdf"), "pmo-manager");
        for (String field : List.of("schemaVersion", "file", "format", "role", "score", "keywords", "competencies",
                "lines", "checks", "warnings", "versions", "experience", "education", "certifications", "otherEntries")) {
            assertTrue(j.has(field), field);
        }
        assertEquals(3, j.get("schemaVersion").asInt());
        for (String field : List.of("rung", "roleId", "title", "yearsInPmo", "evidence", "adviceRung")) {
            assertTrue(j.at("/candidate/level").has(field), field);
        }
        assertEquals("Senior Project Manager, Apr 2020 – present", j.at("/candidate/background/evidence").asText());
        for (String field : List.of("email", "phone", "location", "linkedin")) {
            assertTrue(j.at("/candidate/contact").has(field), field);
        }
        JsonNode role = j.at("/experience/0");
        assertEquals("Senior Project Manager", role.get("title").asText());
        assertEquals("Harrowgate Housing Partnership", role.get("employer").asText());
        assertEquals("2020-04", role.get("start").asText());
        assertTrue(role.get("end").isNull());
        assertTrue(role.get("current").asBoolean());
        assertEquals("pdf", j.get("format").asText());
        assertEquals("pmo-manager", j.at("/role/id").asText());
        int sum = 0;
        for (JsonNode p : j.at("/score/parts")) {
            sum += p.get("points").asInt();
        }
        assertEquals(j.at("/score/overall").asInt(), sum, "parts add up to the overall score");
        JsonNode line = j.at("/lines/0");
        for (String field : List.of("text", "section", "kind", "quantified", "metrics", "actionVerb", "suggestion")) {
            assertTrue(line.has(field), "lines[0]." + field);
        }
        JsonNode found = j.at("/keywords/found/0");
        for (String field : List.of("term", "competency", "evidence", "matches")) {
            assertTrue(found.has(field), "found[0]." + field);
        }
    }

    @Test
    void aPmoCvScoresWellAboveANonPmoCv() throws Exception {
        int pmo = analyzeJson(Cli.sample("james-whitaker-head-of-pmo.pdf"), "head-of-pmo").at("/score/overall").asInt();
        int dev = analyzeJson(Cli.sample("marcus-lee-software-engineer.pdf"), "head-of-pmo").at("/score/overall").asInt();
        assertTrue(pmo >= dev + 25, "PMO " + pmo + " vs developer " + dev);
    }

    @ParameterizedTest
    @ValueSource(strings = {"amelia-hart-project-manager.pdf", "chloe-dubois-project-support-officer.docx",
        "sofia-martinez-pmo-analyst.pdf", "tom-fletcher-graduate.docx"})
    void textOutputFitsAnEightyColumnTerminal(String sample) {
        Cli.Result r = Cli.run("analyze", Cli.sample(sample), "--role", "pmo-analyst");
        assertEquals(0, r.code(), r::toString);
        for (String line : r.out().split("\n")) {
            // A word longer than the width (the CV's path, in a deep checkout) goes whole on a line of its own,
            // so it can be copied (Wrap); every other line fits.
            boolean oneLongWord = !line.strip().contains(" ") && line.strip().length() > 60;
            assertTrue(line.length() <= 80 || oneLongWord, () -> "too wide (" + line.length() + "): " + line);
        }
    }

    @Test
    void missingFileIsOneLineWithExitCode3() {
        Cli.Result r = Cli.run("analyze", "no-such-cv.pdf", "--role", "pmo-manager");
        assertEquals(3, r.code(), r::toString);
        assertEquals(1, r.err().strip().lines().count(), r::toString);
        assertTrue(r.err().startsWith("pmo: "), r::toString);
        assertTrue(r.err().contains("no-such-cv.pdf"), r::toString);
        assertEquals("", r.out());
    }

    @Test
    void corruptDocumentIsOneLineWithExitCode3(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("cv.docx");
        Files.write(bad, new byte[] {'P', 'K', 3, 4, 1, 2, 3, 4, 5, 6, 7, 8, 9});
        Cli.Result r = Cli.run("analyze", bad.toString(), "--role", "pmo-manager");
        assertEquals(3, r.code(), r::toString);
        assertEquals(1, r.err().strip().lines().count(), r::toString);
        assertFalse(r.err().contains("Exception"), r::toString);
    }

    @Test
    void unknownRoleListsTheRolesWithExitCode2() {
        Cli.Result r = Cli.run("analyze", Cli.sample("amelia-hart-project-manager.pdf"), "--role", "pmo-boss");
        assertEquals(2, r.code(), r::toString);
        assertEquals("pmo: unknown role 'pmo-boss': choose one of pmo-administrator, pmo-analyst, pmo-manager, head-of-pmo\n",
                r.err());
    }

    @Test
    void missingRoleSaysWhatToAdd() {
        Cli.Result r = Cli.run("analyze", Cli.sample("amelia-hart-project-manager.pdf"));
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().startsWith("pmo: which role? Add --role with one of pmo-administrator"), r::toString);
    }

    @Test
    void unknownOptionIsAUsageError() {
        Cli.Result r = Cli.run("analyze", "x.pdf", "--colour");
        assertEquals(2, r.code(), r::toString);
        assertEquals("pmo: unknown option '--colour'; did you mean --color?\n", r.err());
    }

    @Test
    void invalidSkillsFileNamesTheLineWithExitCode4(@TempDir Path dir) throws Exception {
        Path model = dir.resolve("mine.yaml");
        Files.writeString(model, """
                version: "1"
                keywords:
                  - term: Smartsheet
                    competency: no-such-competency
                    importance: {pmo-analyst: essential}
                """);
        Cli.Result r = Cli.run("analyze", Cli.sample("amelia-hart-project-manager.pdf"), "--role", "pmo-analyst",
                "--skills-file", model.toString());
        assertEquals(4, r.code(), r::toString);
        assertTrue(r.err().startsWith("pmo: mine.yaml line 4: keyword 'Smartsheet': unknown competency 'no-such-competency'"),
                r::toString);
    }

    @Test
    void skillsFileAddsATermTheAnalysisThenFinds(@TempDir Path dir) throws Exception {
        Path model = dir.resolve("coach.yaml");
        Files.writeString(model, """
                version: "coach-1"
                keywords:
                  - term: Amelia
                    competency: digital-tools
                    importance: {pmo-manager: essential}
                """);
        Cli.Result r = Cli.run("analyze", Cli.sample("amelia-hart-project-manager.txt"), "--role", "pmo-manager",
                "--skills-file", model.toString(), "--format", "json");
        assertEquals(0, r.code(), r::toString);
        JsonNode j = JSON.readTree(r.out());
        assertTrue(terms(j.at("/keywords/found")).contains("Amelia"), r.out());
        assertTrue(j.at("/versions/skillsModel").asText().endsWith("+coach.yaml@coach-1"));
    }

    @Test
    void readsStandardInputForDash() throws Exception {
        var in = System.in;
        try {
            System.setIn(Files.newInputStream(Path.of(Cli.sample("amelia-hart-project-manager.txt"))));
            Cli.Result r = Cli.run("analyze", "-", "--role", "pmo-manager", "--format", "json");
            assertEquals(0, r.code(), r::toString);
            assertEquals("stdin", JSON.readTree(r.out()).get("file").asText());
        } finally {
            System.setIn(in);
        }
    }
}

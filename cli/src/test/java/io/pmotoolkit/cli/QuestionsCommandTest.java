package io.pmotoolkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pmotoolkit.core.model.SkillsModelLoader;
import io.pmotoolkit.core.result.CvAnalysis;
import io.pmotoolkit.resume.analysis.ResumeAnalyzer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuestionsCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String AMELIA = Cli.sample("amelia-hart-project-manager.pdf");

    @Test
    void jsonPackFollowsTheContract() throws IOException {
        Cli.Result r = Cli.run("questions", "--role", "pmo-analyst", "--format", "json", "--count", "6");
        assertEquals(0, r.code(), r::toString);
        JsonNode pack = JSON.readTree(r.out());
        assertEquals(1, pack.get("schemaVersion").asInt());
        assertEquals("pmo-analyst", pack.at("/role/id").asText());
        assertEquals(6, pack.get("questions").size());
        for (JsonNode q : pack.get("questions")) {
            for (String field : List.of("id", "competency", "text", "reason", "cvEvidence", "star", "followUps")) {
                assertTrue(q.has(field), field + " in " + q);
            }
            assertEquals("CORE", q.get("reason").asText());
            assertTrue(q.get("cvEvidence").isNull());
            for (String part : List.of("situation", "task", "action", "result")) {
                assertFalse(q.at("/star/" + part).asText().isBlank(), part);
            }
        }
    }

    @Test
    void theSameSeedGivesIdenticalJsonAndAnotherSeedAnotherPack() {
        String a = Cli.run("questions", "--role", "head-of-pmo", "--format", "json", "--seed", "11").out();
        String b = Cli.run("questions", "--role", "head-of-pmo", "--format", "json", "--seed", "11").out();
        String c = Cli.run("questions", "--role", "head-of-pmo", "--format", "json", "--seed", "12").out();
        assertEquals(a, b);
        assertFalse(a.equals(c), "seeds 11 and 12 gave the same pack");
    }

    @Test
    void withAmeliasCvGapsComeFirstAndQuotesAreHerOwnLines() throws IOException {
        Cli.Result r = Cli.run("questions", "--role", "pmo-manager", "--cv", AMELIA, "--format", "json", "--seed", "7");
        assertEquals(0, r.code(), r::toString);
        JsonNode questions = JSON.readTree(r.out()).get("questions");
        CvAnalysis analysis = new ResumeAnalyzer(SkillsModelLoader.builtIn(), Versions.tool(), Cli.TODAY)
                .analyze(Path.of(AMELIA), "pmo-manager");
        List<String> lines = analysis.lines().stream().map(CvAnalysis.LineResult::text).toList();
        List<String> reasons = new ArrayList<>();
        for (JsonNode q : questions) {
            reasons.add(q.get("reason").asText());
            if (q.get("reason").asText().equals("CV_EVIDENCE")) {
                String quoted = q.get("cvEvidence").asText();
                assertTrue(lines.contains(quoted), "not a line of the CV: " + quoted);
            }
        }
        assertEquals(List.of("GAP", "GAP", "GAP", "GAP", "CV_EVIDENCE", "CV_EVIDENCE", "CV_EVIDENCE", "CV_EVIDENCE",
                "CORE", "CORE", "CORE", "CORE"), reasons);
    }

    @Test
    void theCvMayBeGivenAsAnArgumentLikeForAnalyze() {
        String withOption = Cli.run("questions", "--role", "pmo-manager", "--cv", AMELIA, "--format", "json", "--seed", "7").out();
        Cli.Result positional = Cli.run("questions", AMELIA, "--role", "pmo-manager", "--format", "json", "--seed", "7");
        assertEquals(0, positional.code(), positional::toString);
        assertEquals(withOption, positional.out());
        Cli.Result both = Cli.run("questions", AMELIA, "--cv", Cli.sample("sofia-martinez-pmo-analyst.pdf"), "--role",
                "pmo-manager");
        assertEquals(2, both.code(), both::toString);
        assertTrue(both.err().contains("give the CV once"), both.err());
    }

    @Test
    void anUnknownRoleIsAUsageError() {
        Cli.Result r = Cli.run("questions", "--role", "pmo-boss");
        assertEquals(ExitCodes.USAGE, r.code(), r::toString);
        assertEquals("pmo: unknown role 'pmo-boss': choose one of pmo-administrator, pmo-analyst, pmo-manager, "
                + "head-of-pmo\n", r.err());
    }

    @Test
    void aCountOutOfRangeIsAUsageError() {
        for (String count : List.of("0", "2", "31")) {
            Cli.Result r = Cli.run("questions", "--role", "pmo-analyst", "--count", count);
            assertEquals(ExitCodes.USAGE, r.code(), r::toString);
            assertEquals("pmo: --count must be from 3 to 30, not " + count + "\n", r.err());
        }
        assertEquals(ExitCodes.USAGE, Cli.run("questions", "--role", "pmo-analyst", "--count", "many").code());
    }

    @Test
    void anExistingOutFileIsNotReplacedWithoutForce(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("pack.md");
        Files.writeString(out, "my notes", StandardCharsets.UTF_8);
        Cli.Result r = Cli.run("questions", "--role", "pmo-analyst", "--out", out.toString());
        assertEquals(ExitCodes.OUTPUT, r.code(), r::toString);
        assertEquals("pmo: " + out + " already exists: add --force to replace it, or choose another --out\n", r.err());
        assertEquals("my notes", Files.readString(out));

        Cli.Result forced = Cli.run("questions", "--role", "pmo-analyst", "--out", out.toString(), "--force");
        assertEquals(0, forced.code(), forced::toString);
        assertTrue(Files.readString(out).startsWith("# Interview practice: PMO Analyst\n"));
        assertEquals("Wrote 12 questions to " + out + "\n", forced.out());
        try (var files = Files.list(dir)) {
            assertEquals(List.of(out), files.toList(), "no temporary file left behind");
        }
    }

    @Test
    void anOutFileInAMissingFolderIsAnOutputError(@TempDir Path dir) {
        Cli.Result r = Cli.run("questions", "--role", "pmo-analyst", "--out", dir.resolve("no/such/pack.md").toString());
        assertEquals(ExitCodes.OUTPUT, r.code(), r::toString);
    }

    @Test
    void anUnreadableCvIsExitThree() {
        Cli.Result r = Cli.run("questions", "--role", "pmo-analyst", "--cv", "no-such-cv.pdf");
        assertEquals(ExitCodes.BAD_INPUT, r.code(), r::toString);
    }

    @Test
    void aPdfPackWithoutOutIsAUsageError() {
        Cli.Result r = Cli.run("questions", "--role", "pmo-analyst", "--format", "pdf");
        assertEquals(ExitCodes.USAGE, r.code(), r::toString);
        assertEquals("pmo: a PDF pack cannot go to the terminal: add --out FILE, e.g. --out pack.pdf\n", r.err());
        assertEquals("", r.out());
    }

    @Test
    void aPdfPackIsWrittenWithItsPageCountAndNeverReplacedWithoutForce(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("pack.pdf");
        Cli.Result r = Cli.run("questions", "--role", "pmo-manager", "--cv", AMELIA, "--seed", "7", "--format", "pdf",
                "--out", out.toString());
        assertEquals(0, r.code(), r::toString);
        assertEquals("", r.out());
        int pages;
        String text;
        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            pages = pdf.getNumberOfPages();
            text = new PDFTextStripper().getText(pdf);
        }
        assertEquals("Question pack written to " + out + " (" + pages + " pages)\n", r.err());
        assertTrue(text.contains("Amelia Hart") && text.contains("Answering with STAR"), text);
        assertTrue(text.contains("Line 10 of your CV"), text);

        byte[] before = Files.readAllBytes(out);
        Cli.Result again = Cli.run("questions", "--role", "pmo-analyst", "--format", "pdf", "--out", out.toString());
        assertEquals(ExitCodes.OUTPUT, again.code(), again::toString);
        assertEquals("pmo: " + out + " already exists: add --force to replace it, or choose another --out\n",
                again.err());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(out)), "the existing file is untouched");

        Cli.Result forced = Cli.run("questions", "--role", "pmo-analyst", "--format", "pdf", "--out", out.toString(),
                "--force");
        assertEquals(0, forced.code(), forced::toString);
        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            assertTrue(new PDFTextStripper().getText(pdf).contains("PMO Analyst"));
        }
        try (var files = Files.list(dir)) {
            assertEquals(List.of(out), files.toList(), "no temporary file left behind");
        }
    }

    @Test
    void helpListsThePdfFormatAndEveryExitCodeInOrder() {
        Cli.Result r = Cli.run("questions", "--help");
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().contains("markdown, json, pdf"), r.out());
        String codes = r.out().substring(r.out().indexOf("Exit codes:"));
        assertTrue(codes.contains("""
                  4     The --skills-file is invalid (the message names line and field).
                  5     An output could not be written: the file exists (add --force), its
                """), codes);
    }

    @Test
    void listShowsTheBankFilteredAndFitsTheTerminal() {
        Cli.Result all = Cli.run("questions", "--list");
        assertEquals(0, all.code(), all::toString);
        assertTrue(all.out().startsWith("131 of 131 questions\n"), all::toString);
        Cli.Result knowledge = Cli.run("questions", "--list", "--role", "pmo-analyst", "--type", "knowledge");
        assertTrue(knowledge.out().contains("stage-gate-design\n    knowledge · governance-assurance · pmo-analyst"),
                knowledge::toString);
        assertFalse(knowledge.out().contains("behavioural"), knowledge::toString);
        assertFalse(knowledge.out().contains("organising-yourself-in-a-new-role"), "an administrator's question");
        Cli.Result risk = Cli.run("questions", "--list", "--competency", "risk-issue-management", "--type",
                "situational");
        assertTrue(risk.out().contains("raid-log-for-new-programme"), risk::toString);
        for (String line : all.out().split("\n")) {
            assertTrue(line.length() <= 80, () -> "too wide: " + line);
        }
    }

    @Test
    void listFiltersAreCheckedAndNeedList() {
        assertEquals(ExitCodes.USAGE, Cli.run("questions", "--list", "--type", "hypothetical").code());
        assertTrue(Cli.run("questions", "--list", "--type", "hypothetical").err()
                .contains("use one of behavioural, situational, knowledge, motivation"));
        assertEquals(ExitCodes.USAGE, Cli.run("questions", "--list", "--competency", "risks").code());
        assertEquals(ExitCodes.USAGE, Cli.run("questions", "--role", "pmo-analyst", "--type", "knowledge").code());
    }
}

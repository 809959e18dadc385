package io.pmotoolkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A batch loses nothing silently: every input has its own result, the same CV is ranked once, and own outputs are skipped. */
class BatchSafetyTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static void copy(String sample, Path to) throws Exception {
        Files.createDirectories(to.getParent());
        Files.copy(Path.of(Cli.sample(sample)), to);
    }

    private static String candidate(Path json) throws Exception {
        return JSON.readTree(json.toFile()).at("/candidate/name").asText();
    }

    @Test
    void threeCvsNamedALikeEachGetTheirOwnResultAndTheSummarySaysWhich(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("in");
        copy("amelia-hart-project-manager.pdf", in.resolve("a-3.pdf"));
        copy("tom-fletcher-graduate.docx", in.resolve("a.docx"));
        copy("chloe-dubois-project-support-officer.pdf", in.resolve("a.pdf"));
        Path out = dir.resolve("out");
        Cli.Result r = Cli.run("analyze", in.toString(), "--role", "pmo-analyst", "--out", out.toString());
        assertEquals(0, r.code(), r::toString);
        assertEquals("Amelia Hart", candidate(out.resolve("a-3.json")));
        assertEquals("Tom Fletcher", candidate(out.resolve("a.json")));
        assertEquals("Chloé Dubois", candidate(out.resolve("a-pdf.json")), "two people, two results, neither overwritten");
        assertTrue(r.err().contains("wrote 3 analyses"), r.err());
        JsonNode rows = JSON.readTree(out.resolve("summary.json").toFile()).get("rows");
        for (JsonNode row : rows) {
            String file = Path.of(row.get("file").asText()).getFileName().toString();
            String expected = switch (file) {
                case "a-3.pdf" -> "a-3.json";
                case "a.docx" -> "a.json";
                default -> "a-pdf.json";
            };
            assertEquals(expected, row.get("output").asText(), row::toString);
            assertEquals(4, row.get("parts").size(), "the score's parts: " + row);
        }
    }

    @Test
    void theSameCvInTwoFormatsIsOneRowFromTheDocx(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("in");
        copy("tom-fletcher-graduate.pdf", in.resolve("a.pdf"));
        copy("tom-fletcher-graduate.docx", in.resolve("a.docx"));
        copy("james-whitaker-head-of-pmo.pdf", in.resolve("pdf/james.pdf"));
        copy("james-whitaker-head-of-pmo.docx", in.resolve("word/james.docx"));
        Path out = dir.resolve("out");
        Cli.Result r = Cli.run("analyze", in.toString(), "--role", "pmo-analyst", "--out", out.toString());
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().contains("(2 analysed, 0 failed)\n2 files held the same CV as another file and are listed "
                + "beside it."), r.out());
        assertTrue(r.out().contains("Tom Fletcher (a.docx → a.json; same CV: a.pdf)"), r.out());
        assertTrue(r.out().contains("(james.docx → james.json; same CV: james.pdf)"), r.out());
        List<String> csv = Files.readAllLines(out.resolve("summary.csv"));
        assertEquals(3, csv.size(), csv::toString);
        assertTrue(csv.get(1).contains("a.docx") && csv.get(1).matches(".*a\\.pdf\"?,cv,.*"), csv.get(1));
        assertFalse(Files.exists(out.resolve("a-pdf.json")), "the same CV is written once");

        Cli.Result json = Cli.run("analyze", in.toString(), "--role", "pmo-analyst", "--format", "json");
        JsonNode array = JSON.readTree(json.out());
        assertEquals(4, array.size(), "the array keeps one element per file");
        JsonNode pdf = array.get(1);
        assertTrue(pdf.get("file").asText().endsWith("a.pdf"), pdf::toString);
        assertTrue(pdf.get("sameCvAs").asText().endsWith("a.docx"), pdf::toString);
    }

    @Test
    void itsOwnOutputsInTheFolderAreSkippedAndListed(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("in");
        copy("tom-fletcher-graduate.docx", in.resolve("tom.docx"));
        copy("reports/tom-fletcher-graduate.pmo-administrator.gap.pdf", in.resolve("tom.gap.pdf"));
        Cli.Result first = Cli.run("analyze", in.toString(), "--role", "pmo-analyst", "--out", in.toString());
        assertEquals(0, first.code(), first::toString);
        Files.writeString(in.resolve("questions.md"), Cli.run("questions", in.resolve("tom.docx").toString(),
                "--role", "pmo-analyst", "--format", "markdown").out());
        Cli.Result again = Cli.run("analyze", in.toString(), "--role", "pmo-analyst");
        assertEquals(0, again.code(), again::toString);
        assertTrue(again.out().contains("(1 analysed, 0 failed, 5 not a CV)"), again.out());
        assertTrue(again.out().contains("summary.csv: this is a batch summary made by PMO Toolkit"), again.out());
        assertTrue(again.out().contains("summary.json: this is an analysis (JSON) made by PMO Toolkit"), again.out());
        assertTrue(again.out().contains("tom.json: this is an analysis (JSON) made by PMO Toolkit"), again.out());
        assertTrue(again.out().contains("tom.gap.pdf: this is a report or question pack made by PMO Toolkit"), again.out());
        assertTrue(again.out().contains("questions.md: this is a report or question pack"), again.out());
    }

    @Test
    void aFormulaInAFileNameIsNeutralisedAndEscapeCodesNeverReachTheTerminal(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("in");
        copy("amelia-hart-project-manager.txt", in.resolve("=HYPERLINK(\"https:evil.example\",\"x\").txt"));
        copy("tom-fletcher-graduate.docx", in.resolve("\u001b[2Jtom.docx"));
        Path out = dir.resolve("out");
        Cli.Result r = Cli.run("analyze", in.toString(), "--role", "pmo-analyst", "--out", out.toString());
        assertEquals(0, r.code(), r::toString);
        assertFalse(r.out().contains("\u001b") || r.err().contains("\u001b"), r::toString);
        assertTrue(r.out().contains("\\u001B[2Jtom.docx"), r.out());
        String csv = Files.readString(out.resolve("summary.csv"));
        for (String line : csv.split("\n")) {
            String first = line.startsWith("\"") ? line.substring(1) : line;
            assertFalse(first.startsWith("="), line);
        }
        assertTrue(csv.contains(",\"'=HYPERLINK(_https_evil.example_,_x_).json\","), "the output name is neutralised: " + csv);
        assertFalse(csv.contains("\u001b"), csv);
    }

    @Test
    void anUnreadableSubfolderIsOneSkippedEntry(@TempDir Path dir) throws Exception {
        assumeFalse("root".equals(System.getProperty("user.name")), "root reads any folder");
        Path in = dir.resolve("in");
        copy("tom-fletcher-graduate.docx", in.resolve("tom.docx"));
        Path locked = Files.createDirectories(in.resolve("locked"));
        Files.writeString(locked.resolve("cv.txt"), "x");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            Cli.Result r = Cli.run("analyze", in.toString(), "--role", "pmo-analyst");
            assertEquals(0, r.code(), r::toString);
            assertTrue(r.out().contains("Also skipped: 1 not read."), r.out());
            assertTrue(r.out().contains("cannot be read (permission denied)"), r.out());
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void invalidTimeoutOrJobsAreUsageErrors(@TempDir Path dir) throws Exception {
        copy("tom-fletcher-graduate.docx", dir.resolve("tom.docx"));
        Cli.Result timeout = Cli.run("analyze", dir.toString(), "--role", "pmo-analyst", "--timeout", "-5");
        assertEquals(2, timeout.code(), timeout::toString);
        assertTrue(timeout.err().contains("--timeout must be from 1 to 86400 seconds, not -5"), timeout.err());
        Cli.Result jobs = Cli.run("analyze", dir.toString(), "--role", "pmo-analyst", "--jobs", "0");
        assertEquals(2, jobs.code(), jobs::toString);
        assertTrue(jobs.err().contains("--jobs must be from 1 to 256, not 0"), jobs.err());
    }

    @Test
    void anOutFolderThatIsAFileIsRefusedBeforeAnyWork(@TempDir Path dir) throws Exception {
        copy("tom-fletcher-graduate.docx", dir.resolve("in/tom.docx"));
        Path file = Files.writeString(dir.resolve("results"), "keep me");
        Cli.Result r = Cli.run("analyze", dir.resolve("in").toString(), "--role", "pmo-analyst", "--out", file.toString());
        assertEquals(5, r.code(), r::toString);
        assertEquals("keep me", Files.readString(file));
    }
}

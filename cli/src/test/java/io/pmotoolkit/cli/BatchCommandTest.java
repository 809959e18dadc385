package io.pmotoolkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path folder;

    @BeforeAll
    static void aFolderOfCvsWithOneBrokenFile() throws Exception {
        for (String s : List.of("amelia-hart-project-manager.pdf", "chloe-dubois-project-support-officer.docx",
                "tom-fletcher-graduate.pdf", "marcus-lee-software-engineer.docx")) {
            Files.copy(Path.of(Cli.sample(s)), folder.resolve(s));
        }
        Files.createDirectories(folder.resolve("more"));
        Files.copy(Path.of(Cli.sample("amelia-hart-project-manager.txt")), folder.resolve("more/amelia.txt"));
        Files.write(folder.resolve("more/broken.docx"), new byte[] {'P', 'K', 3, 4, 9, 9, 9, 9});
        Files.writeString(folder.resolve("notes.csv"), "not,a,cv\n");
    }

    @Test
    void jsonIsAnArrayInStableOrderWithFailedFilesAsErrors() throws Exception {
        Cli.Result one = Cli.run("analyze", folder.toString(), "--role", "pmo-analyst", "--format", "json", "--jobs", "1");
        Cli.Result two = Cli.run("analyze", folder.toString(), "--role", "pmo-analyst", "--format", "json", "--jobs", "2");
        assertEquals(3, one.code(), "a failed file makes the batch exit 3: " + one.err());
        assertEquals(one.out(), two.out(), "same output whatever the threads");
        JsonNode array = JSON.readTree(one.out());
        assertEquals(7, array.size(), "subfolders are searched; the csv is listed as skipped");
        List<String> files = new ArrayList<>();
        array.forEach(n -> files.add(Path.of(n.get("file").asText()).getFileName().toString()));
        assertEquals(List.of("amelia-hart-project-manager.pdf", "chloe-dubois-project-support-officer.docx",
                "marcus-lee-software-engineer.docx", "amelia.txt", "broken.docx", "notes.csv", "tom-fletcher-graduate.pdf"),
                files);
        JsonNode broken = array.get(4);
        assertTrue(broken.get("error").asText().contains("broken.docx"), broken.toString());
        assertEquals(3, broken.get("exitCode").asInt());
        assertEquals("pmo-analyst", array.get(0).at("/role/id").asText());
        assertTrue(array.get(3).get("sameCvAs").asText().endsWith("amelia-hart-project-manager.pdf"),
                "the same text as the PDF: " + array.get(3));
        assertEquals("unsupported-format", array.get(5).get("documentKind").asText(), array.get(5)::toString);
    }

    @Test
    void textIsARankedSummaryThatNamesTheFailures() {
        Cli.Result r = Cli.run("analyze", folder.toString(), "--role", "pmo-analyst");
        assertEquals(3, r.code(), r::toString);
        assertTrue(r.out().startsWith("CV ranking for PMO Analyst"), r.out());
        assertTrue(r.out().contains("(4 analysed, 1 failed)\n1 file held the same CV as another file and is listed beside "
                + "it.\nAlso skipped: 1 file in another format.\n"), r.out());
        assertTrue(r.out().contains("\nSkipped, in formats a batch does not read: 1 .csv.\n"), r.out());
        assertTrue(r.out().contains("Amelia Hart (amelia-hart-project-manager.pdf; same CV: amelia.txt)"), r.out());
        assertTrue(r.out().indexOf("Amelia Hart") < r.out().indexOf("Marcus Lee"), "ranked by score:\n" + r.out());
        assertTrue(r.out().contains("Failed:"), r.out());
        for (String line : r.out().split("\n")) {
            assertTrue(line.length() <= 80, line);
        }
    }

    @Test
    void outWritesOneJsonPerCvAndASummaryAndNeverOverwritesWithoutForce(@TempDir Path out) throws Exception {
        Path target = out.resolve("results");
        Cli.Result r = Cli.run("analyze", folder.resolve("more").toString(), Cli.sample("tom-fletcher-graduate.pdf"),
                "--role", "pmo-administrator", "--out", target.toString());
        assertEquals(3, r.code(), r::toString);
        assertTrue(Files.exists(target.resolve("amelia.json")));
        assertTrue(Files.exists(target.resolve("tom-fletcher-graduate.json")));
        List<String> csv = Files.readAllLines(target.resolve("summary.csv"));
        assertTrue(csv.get(0).startsWith("file,name,role,score,top_gaps,error,skipped,output,"), csv.get(0));
        assertEquals(4, csv.size(), csv::toString);
        assertTrue(csv.get(2).contains("broken.docx") && csv.get(2).contains(",\"" + folder), csv.get(2));
        assertTrue(csv.get(1).contains(",amelia.json,"), "which input went to which output: " + csv.get(1));
        String before = Files.readString(target.resolve("amelia.json"));
        Cli.Result again = Cli.run("analyze", folder.resolve("more").toString(), "--role", "pmo-analyst",
                "--out", target.toString());
        assertEquals(5, again.code(), again::toString);
        assertTrue(again.err().contains("already exists: pass --force"), again.err());
        assertEquals(before, Files.readString(target.resolve("amelia.json")), "nothing overwritten");
        Cli.Result forced = Cli.run("analyze", folder.resolve("more").toString(), "--role", "pmo-analyst",
                "--out", target.toString(), "--force");
        assertEquals(3, forced.code(), forced::toString);
        assertTrue(Files.readString(target.resolve("amelia.json")).contains("\"pmo-analyst\""));
    }

    @Test
    void anEmptyFolderSaysWhatABatchReads(@TempDir Path empty) {
        Cli.Result r = Cli.run("analyze", empty.toString(), "--role", "pmo-analyst");
        assertEquals(3, r.code(), r::toString);
        assertTrue(r.err().contains("a batch reads .docx, .pdf, .txt, .md and .html files"), r.err());
    }
}

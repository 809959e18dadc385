package io.pmotoolkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportOptionTest {

    private static final String CV = Cli.sample("amelia-hart-project-manager.pdf");

    @Test
    void reportWritesAPdfAndKeepsTheNormalOutput(@TempDir Path dir) throws Exception {
        Path pdf = dir.resolve("gap.pdf");
        Cli.Result r = Cli.run("analyze", CV, "--role", "pmo-manager", "--report", pdf.toString());
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().contains("SCORE"), r::toString);
        assertTrue(r.err().matches("Gap report written to .*gap\\.pdf \\(\\d+ pages\\)\\n"), r::toString);
        byte[] bytes = Files.readAllBytes(pdf);
        assertEquals("%PDF-", new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file left");
        }
    }

    @Test
    void refusesToOverwriteWithoutForce(@TempDir Path dir) throws Exception {
        Path pdf = dir.resolve("gap.pdf");
        Files.writeString(pdf, "keep me");
        Cli.Result r = Cli.run("analyze", CV, "--role", "pmo-manager", "--report", pdf.toString());
        assertEquals(ExitCodes.OUTPUT, r.code(), r::toString);
        assertEquals(1, r.err().strip().lines().count(), r::toString);
        assertTrue(r.err().contains("--force"), r::toString);
        assertEquals("keep me", Files.readString(pdf));
        assertEquals("", r.out(), "nothing printed when the report cannot be written");
    }

    @Test
    void forceOverwrites(@TempDir Path dir) throws Exception {
        Path pdf = dir.resolve("gap.pdf");
        Files.writeString(pdf, "old");
        Cli.Result r = Cli.run("analyze", CV, "--role", "pmo-manager", "--report", pdf.toString(), "--force");
        assertEquals(0, r.code(), r::toString);
        assertFalse(Files.readString(pdf, java.nio.charset.StandardCharsets.ISO_8859_1).equals("old"));
    }

    @Test
    void missingFolderIsExit5WithAClearLine(@TempDir Path dir) {
        Path pdf = dir.resolve("no-such-folder/gap.pdf");
        Cli.Result r = Cli.run("analyze", CV, "--role", "pmo-manager", "--report", pdf.toString());
        assertEquals(ExitCodes.OUTPUT, r.code(), r::toString);
        assertEquals(1, r.err().strip().lines().count(), r::toString);
        assertTrue(r.err().contains("does not exist"), r::toString);
    }

    @Test
    void unwritableFolderIsExit5(@TempDir Path dir) throws Exception {
        Path ro = Files.createDirectory(dir.resolve("ro"));
        assertTrue(ro.toFile().setWritable(false));
        try {
            if (Files.isWritable(ro)) {
                return; // running as root: permissions are not enforced
            }
            Cli.Result r = Cli.run("analyze", CV, "--role", "pmo-manager", "--report", ro.resolve("gap.pdf").toString());
            assertEquals(ExitCodes.OUTPUT, r.code(), r::toString);
            assertTrue(r.err().startsWith("pmo: cannot write"), r::toString);
        } finally {
            ro.toFile().setWritable(true);
        }
    }

    @Test
    void reportCommandIsAnAliasThatWritesTheDefaultOrGivenFile(@TempDir Path dir) throws Exception {
        Path pdf = dir.resolve("out.pdf");
        Cli.Result r = Cli.run("report", CV, "--role", "pmo-manager", "--out", pdf.toString());
        assertEquals(0, r.code(), r::toString);
        assertEquals("", r.out(), "the report command prints no analysis");
        assertTrue(Files.size(pdf) > 10_000);
    }
}

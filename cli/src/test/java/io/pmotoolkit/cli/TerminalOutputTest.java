package io.pmotoolkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pmotoolkit.cli.render.HostileCv;
import io.pmotoolkit.cli.render.TerminalWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What reaches a terminal: colour only on one (or with --color=always), control characters never. */
class TerminalOutputTest {

    record Run(int code, String out, String err) {
    }

    /** Runs with standard output and error that count as a terminal when {@code terminal} is true. */
    private static Run run(boolean terminal, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(TerminalWriter.of(out, terminal), TerminalWriter.of(err, terminal), Cli.TODAY, args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void colourOnlyWhenAsked() {
        String amelia = Cli.sample("amelia-hart-project-manager.pdf");
        Run always = run(true, "analyze", amelia, "--role", "pmo-manager", "--color=always");
        assertEquals(0, always.code(), always::toString);
        assertTrue(always.out().contains("\u001b[1m"), always.out());
        Run never = run(true, "analyze", amelia, "--role", "pmo-manager", "--color", "never");
        assertFalse(never.out().contains("\u001b"), never.out());
        Run piped = run(false, "analyze", amelia, "--role", "pmo-manager");
        assertFalse(piped.out().contains("\u001b"), piped.out());
        assertEquals(Cli.run("analyze", amelia, "--role", "pmo-manager").out(), piped.out());
    }

    @Test
    void helpIsColouredOnlyWhenAsked() {
        assertTrue(run(false, "analyze", "--help", "--color=always").out().contains("\u001b["));
        assertFalse(run(true, "analyze", "--help", "--color=never").out().contains("\u001b"));
        assertFalse(Cli.run("--help").out().contains("\u001b"));
    }

    @Test
    void controlCharactersInFileNamesAndCvTextNeverReachTheTerminal(@TempDir Path dir) throws IOException {
        Path cv = dir.resolve("cv-\u001b]0;pwned\u0007.txt");
        Files.writeString(cv, HostileCv.TEXT, StandardCharsets.UTF_8);
        for (String format : new String[] {"text", "markdown", "json"}) {
            Run r = run(true, "analyze", cv.toString(), "--role", "pmo-analyst", "--format", format, "--color=never");
            assertEquals(0, r.code(), r::toString);
            assertFalse(HostileCv.CONTROL.matcher(r.out()).find(), format + ":\n" + r.out());
        }
        Run coloured = run(true, "analyze", cv.toString(), "--role", "pmo-analyst", "--color=always");
        assertFalse(HostileCv.CONTROL.matcher(coloured.out().replaceAll("\u001b\\[[0-9;]*m", "")).find(), coloured.out());
        Run batch = run(false, "analyze", dir.toString(), "--role", "pmo-analyst");
        assertFalse(HostileCv.CONTROL.matcher(batch.out() + batch.err()).find(), batch.toString());
        Run missing = run(true, "analyze", dir.resolve("gone-\u001b[2J.pdf").toString(), "--role", "pmo-analyst");
        assertEquals(ExitCodes.BAD_INPUT, missing.code(), missing::toString);
        assertTrue(missing.err().contains("gone-\\u001b[2J.pdf"), missing.err());
        assertFalse(HostileCv.CONTROL.matcher(missing.err()).find(), missing.err());
    }

    @Test
    void theFilterLetsOnlyOurColourCodesThroughAndOnlyWhenAllowed() {
        StringWriter sink = new StringWriter();
        TerminalWriter w = TerminalWriter.of(sink, true);
        w.print("a\u001b[1mb\u001b]0;t\u0007c\rd\r\n");
        w.styles(true);
        w.print("a\u001b[1;31mb\u001b[21;39m\u001b]0;t\u0007\u001b[2J\u009b\n");
        w.styles(false);
        w.print("\u001b[1m");
        w.flush();
        assertEquals("a\\u001b[1mb\\u001b]0;t\\u0007c\\u000dd\r\n"
                + "a\u001b[1;31mb\u001b[21;39m\\u001b]0;t\\u0007\\u001b[2J\\u009b\n\\u001b[1m", sink.toString());
    }

    @Test
    void progressShowsOnATerminalsStandardErrorOnly() throws IOException {
        assertFalse(Progress.shownOn(new PrintWriter(new StringWriter()), null));
        assertFalse(Progress.shownOn(TerminalWriter.of(new StringWriter(), false), null));
        assertFalse(Progress.shownOn(TerminalWriter.of(new StringWriter(), true), "true"));
        assertTrue(Progress.shownOn(TerminalWriter.of(new StringWriter(), true), null));
        StringWriter raw = new StringWriter();
        Progress p = new Progress(raw, 200, 40);
        p.step("a-very-long-folder-name/with-a-long-file-name-\u001b[2J.pdf");
        String line = raw.toString();
        assertTrue(line.startsWith("\r["), line);
        assertEquals(39, line.length() - 1, "one short of 40 columns: " + line);
        assertFalse(line.substring(1).contains("\u001b"), line);
    }
}

package io.pmotoolkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every command example in README.md as written: each line of a fenced shell block that starts with
 * {@code pmo } or {@code ./pmo }, in-process, against the samples, on the fixed date, with outputs in a
 * temporary folder. The exit code must be 0, or the one a trailing {@code # exit N} comment states.
 *
 * <p>The README's placeholders for the reader's own files stand for samples ({@code my-cv.docx},
 * {@code ~/Documents/my-cv.docx}, {@code my-cv.pdf}, the folder {@code cvs/}); the skills file an example
 * names is the YAML block the README shows before it; {@code < my-answers.txt} feeds scripted answers.
 */
class ReadmeExamplesTest {

    private static final Path ROOT = Cli.samples().toAbsolutePath().getParent();
    private static final Pattern FENCE = Pattern.compile("(?ms)^```(\\w*)\\n(.*?)^```");
    private static final Pattern EXIT = Pattern.compile("#\\s*exit\\s+(\\d+)");
    private static final Map<String, String> OWN_FILES = Map.of(
            "~/Documents/my-cv.docx", "samples/chloe-dubois-project-support-officer.docx",
            "my-cv.docx", "samples/chloe-dubois-project-support-officer.docx",
            "my-cv.pdf", "samples/amelia-hart-project-manager.pdf",
            "cvs/", "samples/");
    private static final List<String> OUTPUT_OPTIONS = List.of("--out", "-o", "--report", "--transcript", "-t",
            "--history");
    private static final String ANSWERS = """
            In my last role I collected the weekly highlight reports for nine projects and I chased late ones.

            skip
            quit
            """;

    @TempDir
    static Path out;

    /** An example: its line in the README, the command and the YAML block shown last before it. */
    private record Example(int line, String command, String yaml) {
    }

    static List<Example> examples() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
        List<Example> examples = new ArrayList<>();
        String yaml = null;
        Matcher m = FENCE.matcher(readme);
        while (m.find()) {
            String lang = m.group(1);
            if (lang.equals("yaml")) {
                yaml = m.group(2);
            }
            if (!List.of("sh", "bash", "shell").contains(lang)) {
                continue;
            }
            int first = readme.substring(0, m.start(2)).split("\n", -1).length;
            String[] lines = m.group(2).split("\n");
            for (int i = 0; i < lines.length; i++) {
                String l = lines[i].strip();
                if (l.startsWith("pmo ") || l.startsWith("./pmo ")) {
                    examples.add(new Example(first + i, l, yaml));
                }
            }
        }
        return examples;
    }

    @TestFactory
    List<DynamicTest> everyCommandInTheReadmeRunsAsWritten() throws IOException {
        List<Example> examples = examples();
        assertTrue(examples.size() >= 12, "README examples found: " + examples);
        List<DynamicTest> tests = new ArrayList<>();
        for (Example e : examples) {
            tests.add(DynamicTest.dynamicTest("README line " + e.line() + ": " + e.command(), () -> run(e)));
        }
        return tests;
    }

    private static void run(Example e) throws IOException {
        String command = e.command();
        Matcher exit = EXIT.matcher(command);
        int expected = exit.find() ? Integer.parseInt(exit.group(1)) : 0;
        int comment = command.indexOf(" #");
        if (comment >= 0) {
            command = command.substring(0, comment).strip();
        }
        Path dir = Files.createDirectories(out.resolve("line-" + e.line()));
        List<String> args = new ArrayList<>();
        InputStream stdin = InputStream.nullInputStream();
        List<String> words = List.of(command.split("\\s+"));
        for (int i = 1; i < words.size(); i++) {
            String w = words.get(i);
            if (w.equals("<")) {
                stdin = new ByteArrayInputStream(ANSWERS.getBytes(StandardCharsets.UTF_8));
                i++;
            } else if (w.equals(">")) {
                i++;
            } else if (i > 1 && OUTPUT_OPTIONS.contains(words.get(i - 1))) {
                args.add(dir.resolve(w).toString());
            } else {
                args.add(path(w, e, dir));
            }
        }
        StringWriter stdout = new StringWriter();
        StringWriter stderr = new StringWriter();
        int code = Main.run(stdin, new PrintWriter(stdout, true), new PrintWriter(stderr, true), Cli.TODAY,
                args.toArray(new String[0]));
        String shown = "README line " + e.line() + ": " + e.command() + "\nrun as: " + args + "\n--- stderr\n" + stderr;
        assertEquals(expected, code, shown);
    }

    /** A word of the command as a path that exists: the repository's files, samples for the reader's own. */
    private static String path(String word, Example e, Path dir) throws IOException {
        if (word.endsWith(".yaml") && !Files.exists(ROOT.resolve(word))) {
            assertTrue(e.yaml() != null, "README line " + e.line() + " names " + word + " before showing it");
            return Files.writeString(dir.resolve(word), e.yaml(), StandardCharsets.UTF_8).toString();
        }
        String own = OWN_FILES.get(word);
        Path inRepo = ROOT.resolve(own != null ? own : word);
        return own != null || (!word.startsWith("-") && Files.exists(inRepo)) ? inRepo.toString() : word;
    }
}

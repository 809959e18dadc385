package io.pmotoolkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 16's hostile files, each a few kilobytes that once took minutes or gigabytes or gave a misleading
 * message, and the broken files of {@code ../shared/corpus/malformed}, run through {@code pmo} in-process: each
 * ends within 20 s with its documented exit code (3 when refused, 0 when read) and, when refused, one line on
 * stderr starting "pmo: " that names the file and the limit, with no stack trace. The small hostile files are
 * committed under {@code src/test/resources/hostile/}; the others are made by {@link HostileFiles} at run time.
 * {@code expected.tsv} there lists the outcomes; a file of the malformed folder only has to be handled cleanly.
 */
class HostileCorpusTest {

    private static final Path HOSTILE = Path.of("src/test/resources/hostile");
    private static final Path MALFORMED = Path.of(System.getProperty("pmo.shared.dir", "../../shared"), "corpus", "malformed");
    private static final Duration EACH = Duration.ofSeconds(20);

    @TempDir
    static Path made;

    record Case(Path file, int code, String fragment, List<String> args) {
        @Override
        public String toString() {
            return file.getFileName() + " -> " + (code < 0 ? "0 or 3" : code);
        }
    }

    @BeforeAll
    static void makeFiles() throws IOException {
        for (Map.Entry<String, byte[]> e : HostileFiles.all().entrySet()) {
            if (!Files.exists(HOSTILE.resolve(e.getKey()))) {
                Files.write(made.resolve(e.getKey()), e.getValue());
            }
        }
    }

    static Stream<Case> hostile() throws IOException {
        List<Case> cases = new ArrayList<>();
        for (String line : Files.readAllLines(HOSTILE.resolve("expected.tsv"), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            Path file = Files.exists(HOSTILE.resolve(f[0])) ? HOSTILE.resolve(f[0]) : made.resolve(f[0]);
            cases.add(new Case(file, Integer.parseInt(f[1]), f[2], f.length > 3 && !f[3].isBlank() ? List.of(f[3].split(" ")) : List.of()));
        }
        return cases.stream();
    }

    static Stream<Case> malformed() throws IOException {
        if (!Files.isDirectory(MALFORMED)) {
            return Stream.of(new Case(MALFORMED, -2, "", List.of()));
        }
        try (Stream<Path> files = Files.list(MALFORMED)) {
            return files.sorted().map(f -> new Case(f, -1, "", List.of())).toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostile")
    void hostileFileEndsQuicklyWithItsExitCode(Case c) {
        check(c);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void brokenFileEndsQuicklyWithOneLine(Case c) {
        assumeTrue(c.code() != -2, "no shared corpus at " + MALFORMED);
        check(c);
    }

    private static void check(Case c) {
        assertTrue(Files.exists(c.file()), c.file() + " is missing: run HostileFiles or check expected.tsv");
        List<String> args = new ArrayList<>();
        if (c.args().isEmpty()) {
            args.addAll(List.of("analyze", c.file().toString(), "--role", "pmo-analyst", "--format", "json"));
        } else {
            c.args().forEach(a -> args.add(a.equals("FILE") ? c.file().toString() : a));
        }
        long start = System.nanoTime();
        Cli.Result r = assertTimeoutPreemptively(EACH, () -> Cli.run(args.toArray(String[]::new)),
                () -> c.file().getFileName() + " took over " + EACH.toSeconds() + " s");
        long ms = (System.nanoTime() - start) / 1_000_000;
        String name = c.file().getFileName().toString();
        if (c.code() >= 0) {
            assertEquals(c.code(), r.code(), r::toString);
        } else {
            assertTrue(r.code() == ExitCodes.OK || r.code() == ExitCodes.BAD_INPUT, r::toString);
        }
        List<String> err = r.err().lines().toList();
        if (r.code() == ExitCodes.OK) {
            assertFalse(r.out().isBlank(), r::toString);
            assertTrue(err.isEmpty(), r::toString);
        } else {
            assertEquals(1, err.size(), () -> "one line on stderr:\n" + r);
            String line = err.get(0);
            assertTrue(line.startsWith("pmo: "), line);
            assertTrue(line.contains(name), () -> "names the file: " + line);
            assertTrue(line.contains(c.fragment()), () -> "no '" + c.fragment() + "' in\n" + line);
            if (line.contains("limit")) {
                assertFalse(line.contains("damaged"), () -> "a limit is not damage: " + line);
            }
            assertFalse(line.contains("Exception") || line.contains("\tat ") || line.contains("-2147483648")
                    || line.contains("2147483647"), line);
        }
        System.out.printf("hostile %-45s exit %d in %,6d ms%n", name, r.code(), ms);
    }
}

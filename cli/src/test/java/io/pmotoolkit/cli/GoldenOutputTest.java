package io.pmotoolkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The text, Markdown and JSON outputs for sample CVs, and an interview pack, compared with golden files under
 * {@code src/test/resources/golden/}. After an intended change, regenerate them with
 * {@code mvn -pl cli test -Dtest=GoldenOutputTest -Dpmo.golden.update=true} and review the diff.
 */
class GoldenOutputTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    static Stream<Arguments> outputs() {
        return Stream.of(
                Arguments.of("amelia-hart-project-manager.pdf", "pmo-manager", "text", "amelia-pdf-pmo-manager.txt"),
                Arguments.of("amelia-hart-project-manager.pdf", "pmo-manager", "json", "amelia-pdf-pmo-manager.json"),
                Arguments.of("chloe-dubois-project-support-officer.docx", "pmo-analyst", "text", "chloe-docx-pmo-analyst.txt"),
                Arguments.of("chloe-dubois-project-support-officer.docx", "pmo-analyst", "json", "chloe-docx-pmo-analyst.json"),
                Arguments.of("sofia-martinez-pmo-analyst.pdf", "pmo-manager", "markdown", "sofia-pdf-pmo-manager.md"),
                Arguments.of("marcus-lee-software-engineer.pdf", "pmo-analyst", "text", "marcus-pdf-pmo-analyst.txt"));
    }

    /** The interview pack for Amelia (role pmo-manager, seed 7): gaps, her own lines, core questions. */
    @org.junit.jupiter.api.Test
    void questionPackMatchesTheGoldenFile() throws IOException {
        Path samples = Path.of("").toAbsolutePath().relativize(Cli.samples().toAbsolutePath().normalize());
        Cli.Result r = Cli.run("questions", "--role", "pmo-manager", "--cv",
                samples.resolve("amelia-hart-project-manager.pdf").toString(), "--seed", "7");
        assertEquals(0, r.code(), r::toString);
        compare(GOLDEN.resolve("amelia-pdf-pmo-manager-questions-seed7.md"), r.out());
    }

    private static void compare(Path file, String actual) throws IOException {
        if (Boolean.getBoolean("pmo.golden.update")) {
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, "golden file " + file);
    }

    @ParameterizedTest(name = "{3}")
    @MethodSource("outputs")
    void outputMatchesTheGoldenFile(String sample, String role, String format, String golden) throws IOException {
        // A path relative to the module, so the output (and where it wraps) is the same in every checkout.
        Path samples = Path.of("").toAbsolutePath().relativize(Cli.samples().toAbsolutePath().normalize());
        Cli.Result r = Cli.run("analyze", samples.resolve(sample).toString(), "--role", role, "--format", format);
        assertEquals(0, r.code(), r::toString);
        compare(GOLDEN.resolve(golden), r.out());
    }
}

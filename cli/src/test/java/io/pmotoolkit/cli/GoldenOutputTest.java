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
 * The text, Markdown and JSON outputs for sample CVs, compared with golden files under
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

    @ParameterizedTest(name = "{3}")
    @MethodSource("outputs")
    void outputMatchesTheGoldenFile(String sample, String role, String format, String golden) throws IOException {
        // A path relative to the module, so the output (and where it wraps) is the same in every checkout.
        Path samples = Path.of("").toAbsolutePath().relativize(Cli.samples().toAbsolutePath().normalize());
        Cli.Result r = Cli.run("analyze", samples.resolve(sample).toString(), "--role", role, "--format", format);
        assertEquals(0, r.code(), r::toString);
        String actual = r.out();
        Path file = GOLDEN.resolve(golden);
        if (Boolean.getBoolean("pmo.golden.update")) {
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, "golden file " + file);
    }
}

package io.pmotoolkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The text and JSON feedback on the sample answer, compared with golden files under
 * {@code src/test/resources/golden/}. After an intended change, regenerate them with
 * {@code mvn -pl cli -am test -Dtest=FeedbackGoldenTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dpmo.golden.update=true} and review the diff.
 */
class FeedbackGoldenTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    @Test
    void textFeedbackOnTheSampleAnswerMatchesTheGoldenFile() throws IOException {
        compare("text", "feedback-weekly-report-collation-pmo-analyst.txt");
    }

    @Test
    void jsonFeedbackOnTheSampleAnswerMatchesTheGoldenFile() throws IOException {
        compare("json", "feedback-weekly-report-collation-pmo-analyst.json");
    }

    private static void compare(String format, String golden) throws IOException {
        Path samples = Path.of("").toAbsolutePath().relativize(Cli.samples().toAbsolutePath().normalize());
        Cli.Result r = Cli.run("feedback", "--answer", samples.resolve("answers/weekly-report-collation.txt").toString(),
                "--question-id", "weekly-report-collation", "--role", "pmo-analyst", "--format", format);
        assertEquals(0, r.code(), r::toString);
        Path file = GOLDEN.resolve(golden);
        if (Boolean.getBoolean("pmo.golden.update")) {
            Files.writeString(file, r.out(), StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), r.out(), "golden file " + file);
    }
}

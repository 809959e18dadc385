package io.pmotoolkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code pmo compare}: the sample CV of Amelia Hart and a revised version of it (three duty lines rewritten with
 * their results, a LinkedIn address added), in every format against golden files, and the refusals.
 */
class CompareCommandTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    private static String sample(String name) {
        Path samples = Path.of("").toAbsolutePath().relativize(Cli.samples().toAbsolutePath().normalize());
        return samples.resolve(name).toString();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"text", "markdown", "json"})
    void theRevisedSampleMatchesTheGoldenFile(String format) throws IOException {
        Cli.Result r = Cli.run("compare", sample("amelia-hart-project-manager.txt"),
                sample("amelia-hart-project-manager-revised.txt"), "--role", "pmo-manager", "--format", format);
        assertEquals(0, r.code(), r::toString);
        Path golden = GOLDEN.resolve("compare-amelia-revised-pmo-manager."
                + switch (format) { case "markdown" -> "md"; case "json" -> "json"; default -> "txt"; });
        if (Boolean.getBoolean("pmo.golden.update")) {
            Files.writeString(golden, r.out(), StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), r.out(), "golden file " + golden);
    }

    @Test
    void theRewrittenDutiesAreReportedAsAchievementsAndTheScoreRises() throws IOException {
        Cli.Result r = Cli.run("compare", sample("amelia-hart-project-manager.txt"),
                sample("amelia-hart-project-manager-revised.txt"), "--role", "pmo-manager", "--format", "json");
        JsonNode c = new ObjectMapper().readTree(r.out());
        assertTrue(c.at("/score/delta").asInt() > 0, r.out());
        assertEquals(3, c.get("becameAchievements").size(), r.out());
        assertEquals("linkedin", c.at("/checksFixed/0/id").asText(), r.out());
        assertTrue(c.get("gained").findValuesAsText("term").contains("Key performance indicators"), r.out());
    }

    @Test
    void withAnAdvertTheMatchRateOfEachVersionIsTheOneAnalyzeGives() throws IOException {
        String advert = sample("job-ads/head-of-pmo-housing-group.md");
        Cli.Result r = Cli.run("compare", sample("amelia-hart-project-manager.txt"),
                sample("amelia-hart-project-manager-revised.txt"), "--job-ad", advert, "--format", "json");
        assertEquals(0, r.code(), r::toString);
        ObjectMapper json = new ObjectMapper();
        JsonNode c = json.readTree(r.out());
        for (String[] version : new String[][] {{"before", "amelia-hart-project-manager.txt"},
                {"after", "amelia-hart-project-manager-revised.txt"}}) {
            Cli.Result a = Cli.run("analyze", sample(version[1]), "--job-ad", advert, "--format", "json");
            assertEquals(json.readTree(a.out()).at("/jobAd/match/rate").asInt(), c.at("/matchRate/" + version[0]).asInt(),
                    version[1]);
        }
        Cli.Result noAdvert = Cli.run("compare", sample("amelia-hart-project-manager.txt"),
                sample("amelia-hart-project-manager-revised.txt"), "--role", "pmo-manager", "--format", "json");
        assertTrue(json.readTree(noAdvert.out()).path("matchRate").isMissingNode(), noAdvert.out());
    }

    @Test
    void twoFormatsOfOneCvChangeNothingTheAnalysisMeasures() {
        Cli.Result r = Cli.run("compare", sample("amelia-hart-project-manager.pdf"),
                sample("amelia-hart-project-manager.docx"), "--role", "pmo-manager", "--format", "json");
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().contains("\"gained\" : [ ]") && r.out().contains("\"lost\" : [ ]"), r.out());
    }

    @Test
    void anAdvertGivesTheMatchRateOfEachVersionAsPmoAnalyzeComputesIt() throws IOException {
        String ad = sample("job-ads/pmo-analyst-fintech.md");
        String old = sample("amelia-hart-project-manager.txt");
        String now = sample("amelia-hart-project-manager-revised.txt");
        Cli.Result r = Cli.run("compare", old, now, "--job-ad", ad, "--format", "json");
        assertEquals(0, r.code(), r::toString);
        JsonNode c = new ObjectMapper().readTree(r.out());
        for (String[] version : new String[][] {{"before", old}, {"after", now}}) {
            Cli.Result a = Cli.run("analyze", version[1], "--job-ad", ad, "--format", "json");
            int rate = new ObjectMapper().readTree(a.out()).at("/jobAd/match/rate").asInt();
            assertEquals(rate, c.at("/matchRate/" + version[0]).asInt(), r.out());
        }
        assertTrue(Cli.run("compare", old, now, "--job-ad", ad).out().contains("Advert match "), "the text says it");
    }

    @Test
    void anAdvertGivenAsAVersionIsRefused() {
        Cli.Result r = Cli.run("compare", sample("job-ads/pmo-analyst-fintech.md"),
                sample("amelia-hart-project-manager.txt"), "--role", "pmo-analyst");
        assertEquals(3, r.code(), r::toString);
        assertTrue(r.err().contains("is not a CV, so no comparison was made"), r.err());
    }

    @Test
    void bothVersionsFromStandardInputIsAUsageError() {
        Cli.Result r = Cli.runWithInput("x", "compare", "-", "-", "--role", "pmo-analyst");
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().contains("cannot both come from standard input"), r.err());
    }

    @Test
    void aRoleOrAnAdvertIsNeeded() {
        Cli.Result r = Cli.run("compare", sample("amelia-hart-project-manager.txt"),
                sample("amelia-hart-project-manager-revised.txt"));
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().contains("which role?"), r.err());
    }
}

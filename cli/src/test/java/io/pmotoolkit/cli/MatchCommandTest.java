package io.pmotoolkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code pmo match} and the advert match of {@code analyze --job-ad}, end to end, with golden files under
 * {@code src/test/resources/advert-match/} for the sample adverts and (where {@code ../shared} is present) the real
 * adverts of the shared corpus. Regenerate after an intended change with
 * {@code mvn -pl cli test -Dtest=MatchCommandTest -Dpmo.golden.update=true} and review the diff.
 */
class MatchCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path GOLDEN = Path.of("src/test/resources/advert-match");
    private static final Path REAL_ADS = Path.of(System.getProperty("pmo.shared.dir", "../../shared"))
            .resolve("corpus/job-ads");

    /** A path relative to the module, so the output (and where it wraps) is the same in every checkout. */
    private static String relative(Path p) {
        return Path.of("").toAbsolutePath().relativize(p.toAbsolutePath().normalize()).toString();
    }

    private static String sample(String name) {
        return relative(Cli.samples().resolve(name));
    }

    private static void compare(String golden, String actual) throws IOException {
        Path file = GOLDEN.resolve(golden);
        if (Boolean.getBoolean("pmo.golden.update")) {
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, "golden file " + file);
    }

    static Stream<Arguments> analyses() {
        return Stream.of(
                Arguments.of("sofia-martinez-pmo-analyst.pdf", "pmo-analyst-fintech.md", "text", "sofia-fintech.txt"),
                Arguments.of("sofia-martinez-pmo-analyst.pdf", "pmo-analyst-fintech.md", "json", "sofia-fintech.json"),
                Arguments.of("james-whitaker-head-of-pmo.docx", "head-of-pmo-housing-group.md", "markdown",
                        "james-housing.md"),
                Arguments.of("tom-fletcher-graduate.pdf", "pmo-administrator-city-council.txt", "text",
                        "tom-council.txt"));
    }

    @ParameterizedTest(name = "{3}")
    @MethodSource("analyses")
    void analyzeWithAnAdvertShowsTheMatchFirst(String cv, String ad, String format, String golden) throws Exception {
        Cli.Result r = Cli.run("analyze", sample(cv), "--job-ad", sample("job-ads/" + ad), "--format", format);
        assertEquals(0, r.code(), r::toString);
        compare(golden, r.out());
        if (format.equals("text")) {
            assertTrue(r.out().indexOf("ADVERT MATCH") < r.out().indexOf("SCORE "), "the match comes before the score");
        }
    }

    @Test
    void ranksTheSampleAdvertsForEachFormat() throws Exception {
        String folder = sample("job-ads");
        Cli.Result text = Cli.run("match", sample("sofia-martinez-pmo-analyst.pdf"), folder);
        assertEquals(0, text.code(), text::toString);
        compare("match-sofia.txt", text.out());
        assertTrue(text.out().lines().allMatch(l -> l.length() <= 80), "fits 80 columns:\n" + text.out());
        Cli.Result json = Cli.run("match", sample("sofia-martinez-pmo-analyst.pdf"), folder, "--format", "json");
        compare("match-sofia.json", json.out());
        JsonNode adverts = JSON.readTree(json.out()).get("adverts");
        assertEquals(3, adverts.size());
        assertEquals("pmo-analyst", adverts.get(0).get("role").asText(), "the analyst's own advert ranks first");
        for (int i = 1; i < adverts.size(); i++) {
            assertTrue(adverts.get(i - 1).get("rate").asInt() >= adverts.get(i).get("rate").asInt());
            assertTrue(adverts.get(i).get("gaps").size() <= 3);
        }
        Cli.Result csv = Cli.run("match", sample("sofia-martinez-pmo-analyst.pdf"), folder, "--format", "csv");
        compare("match-sofia.csv", csv.out());
        assertTrue(csv.out().startsWith("rank,file,title,role,rate,band,title_fit,must_haves,top_gaps,error\n"));
    }

    @Test
    void anUnreadableAdvertIsListedWithItsErrorAndTheRestRanked(@TempDir Path dir) throws Exception {
        Path broken = dir.resolve("broken.pdf");
        Files.writeString(broken, "%PDF-1.4 not really");
        Cli.Result r = Cli.run("match", sample("chloe-dubois-project-support-officer.pdf"),
                sample("job-ads/pmo-administrator-city-council.txt"), broken.toString(),
                dir.resolve("missing.md").toString(), "--format", "json");
        assertEquals(ExitCodes.BAD_INPUT, r.code(), r::toString);
        JsonNode j = JSON.readTree(r.out());
        assertEquals(2, j.get("failed").asInt());
        assertEquals(1, j.at("/adverts/0/rank").asInt());
        assertTrue(j.at("/adverts/0/error").isNull());
        assertTrue(j.at("/adverts/1/error").asText().contains("broken.pdf"), j.toString());
        assertTrue(j.at("/adverts/2/error").asText().contains("missing.md"), j.toString());
        assertEquals("", r.err().strip(), "no stack trace, no second message");
    }

    @Test
    void aCvThatCannotBeReadStopsTheRun() {
        Cli.Result r = Cli.run("match", "no-such-cv.pdf", sample("job-ads"));
        assertEquals(ExitCodes.BAD_INPUT, r.code(), r::toString);
        assertEquals(1, r.err().strip().lines().count(), r.err());
        Cli.Result none = Cli.run("match", sample("sofia-martinez-pmo-analyst.pdf"));
        assertEquals(ExitCodes.USAGE, none.code(), none::toString);
    }

    @Test
    void theCsvIsFormulaSafe(@TempDir Path dir) throws Exception {
        Path ad = dir.resolve("ad.txt");
        Files.writeString(ad, "=HYPERLINK(\"http://x\") PMO Analyst\n\nRequirements\n- RAID log and status reporting.\n");
        Cli.Result r = Cli.run("match", sample("sofia-martinez-pmo-analyst.pdf"), ad.toString(), "--format", "csv");
        assertEquals(0, r.code(), r::toString);
        assertFalse(r.out().contains(",\"=HYPERLINK") || r.out().contains(",=HYPERLINK"), r.out());
    }

    @Test
    void writesToAFileOnlyWithForceOverAnExistingOne(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("ranking.csv");
        Cli.Result r = Cli.run("match", sample("sofia-martinez-pmo-analyst.pdf"), sample("job-ads"), "-f", "csv",
                "--out", out.toString());
        assertEquals(0, r.code(), r::toString);
        assertTrue(Files.readString(out).startsWith("rank,"));
        Cli.Result again = Cli.run("match", sample("sofia-martinez-pmo-analyst.pdf"), sample("job-ads"), "--out",
                out.toString());
        assertEquals(ExitCodes.OUTPUT, again.code(), again::toString);
    }

    @Test
    void ranksTheRealAdvertsOfTheSharedCorpus() throws Exception {
        assumeTrue(Files.isDirectory(REAL_ADS), "no shared job adverts at " + REAL_ADS);
        Cli.Result r = Cli.run("match", sample("james-whitaker-head-of-pmo.docx"), relative(REAL_ADS), "--format", "csv");
        assertTrue(r.code() == 0 || r.code() == ExitCodes.BAD_INPUT, r::toString);
        compare("match-james-real-adverts.csv", r.out());
        List<String> rows = new ArrayList<>(r.out().lines().skip(1).toList());
        assertTrue(rows.size() >= 10, r.out());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("realAdverts")
    void everyRealAdvertGetsAMatchWithinRange(String advert) throws Exception {
        assumeTrue(Files.isDirectory(REAL_ADS), "no shared job adverts at " + REAL_ADS);
        Cli.Result r = Cli.run("analyze", sample("sofia-martinez-pmo-analyst.pdf"), "--job-ad",
                REAL_ADS.resolve(advert).toString(), "--format", "json");
        assertEquals(0, r.code(), r::toString);
        JsonNode m = JSON.readTree(r.out()).at("/jobAd/match");
        int rate = m.get("rate").asInt();
        assertTrue(rate >= 0 && rate <= 100, m.toString());
        assertTrue(m.get("uncapped").asInt() >= rate);
        for (JsonNode t : m.get("terms")) {
            assertTrue(List.of("hard skill", "soft skill", "tool", "credential").contains(t.get("kind").asText()),
                    t.toString());
        }
    }

    static Stream<String> realAdverts() throws IOException {
        if (!Files.isDirectory(REAL_ADS)) {
            return Stream.of("(no shared corpus)");
        }
        try (Stream<Path> s = Files.list(REAL_ADS)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> !n.endsWith(".csv")).sorted().toList().stream();
        }
    }
}

package io.pmotoolkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Documents that are not CVs get a warning and no score; a folder batch skips them and says why. */
class NotACvTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void thisToolsOwnGapReportIsNotScoredAsACv() throws Exception {
        Cli.Result r = Cli.run("analyze", Cli.sample("reports/amelia-hart-project-manager.pmo-manager.gap.pdf"),
                "--role", "pmo-manager", "--format", "json");
        assertEquals(0, r.code(), r::toString);
        JsonNode a = JSON.readTree(r.out());
        assertEquals("pmo-toolkit-output", a.path("documentKind").asText());
        assertEquals(0, a.at("/score/overall").asInt());
        assertTrue(a.path("warnings").get(0).asText().startsWith("Not a CV: "), a::toString);
    }

    @Test
    void aJobAdvertGivenAsACvIsNamedAsOne() throws Exception {
        Cli.Result r = Cli.run("analyze", Cli.sample("job-ads/pmo-analyst-fintech.md"), "--role", "pmo-analyst");
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().contains("Not a CV: this looks like a job advert"), r::toString);
    }

    @Test
    void thisToolsOwnJsonAndQuestionPackAreNotCvs(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("analysis.txt");
        Files.writeString(json, Cli.run("analyze", Cli.sample("sofia-martinez-pmo-analyst.pdf"), "--role",
                "pmo-manager", "--format", "json").out());
        Path pack = dir.resolve("pack.md");
        Files.writeString(pack, Cli.run("questions", Cli.sample("amelia-hart-project-manager.pdf"), "--role",
                "pmo-manager", "--seed", "7").out());
        for (Path p : java.util.List.of(json, pack)) {
            Cli.Result r = Cli.run("analyze", p.toString(), "--role", "pmo-manager", "--format", "json");
            assertEquals("pmo-toolkit-output", JSON.readTree(r.out()).path("documentKind").asText(), p::toString);
        }
    }

    @Test
    void aBareListOfTermsIsNotEvidence(@TempDir Path dir) throws Exception {
        Path list = dir.resolve("keywords.txt");
        Files.writeString(list, """
                Jo Bloggs
                Skills
                PMO, RAID log, stage gates, risk register, benefits realisation, portfolio management
                Power BI, Smartsheet, SharePoint, MS Project, Excel, Jira
                stakeholder management, change control, lessons learned, governance, PRINCE2, MSP, P3O
                capacity planning, resource management, financial forecasting, budget tracking, KPIs
                """);
        Cli.Result r = Cli.run("analyze", list.toString(), "--role", "pmo-manager", "--format", "json");
        JsonNode a = JSON.readTree(r.out());
        assertEquals("term-list", a.path("documentKind").asText(), a::toString);
        assertEquals(0, a.at("/score/overall").asInt());
    }

    @Test
    void noGapReportOrQuestionPackIsMadeFromAnAdvert(@TempDir Path dir) {
        String advert = Cli.sample("job-ads/pmo-analyst-fintech.md");
        Cli.Result report = Cli.run("report", advert, "--role", "pmo-analyst", "--out", dir.resolve("r.pdf").toString());
        assertEquals(3, report.code(), report::toString);
        assertTrue(report.err().contains("is not a CV, so no gap report was made: this looks like a job advert"),
                report::toString);
        assertTrue(!Files.exists(dir.resolve("r.pdf")));
        Cli.Result pack = Cli.run("questions", advert, "--role", "pmo-analyst");
        assertEquals(3, pack.code(), pack::toString);
        assertTrue(pack.err().contains("so no question pack was made"), pack::toString);
    }

    @Test
    void aSampleCvIsACv() throws Exception {
        Cli.Result r = Cli.run("analyze", Cli.sample("sofia-martinez-pmo-analyst.pdf"), "--role", "pmo-analyst",
                "--format", "json");
        assertEquals("cv", JSON.readTree(r.out()).path("documentKind").asText());
    }

    @Test
    void aFolderBatchSkipsAdvertsReadmesAndReportsAndListsThem(@TempDir Path folder) throws Exception {
        Files.copy(Path.of(Cli.sample("tom-fletcher-graduate.pdf")), folder.resolve("tom.pdf"));
        Files.copy(Path.of(Cli.sample("job-ads/head-of-pmo-housing-group.md")), folder.resolve("advert.md"));
        Files.copy(Path.of(Cli.sample("reports/tom-fletcher-graduate.pmo-administrator.gap.pdf")),
                folder.resolve("tom.gap.pdf"));
        Files.copy(Path.of(Cli.sample("README.md")), folder.resolve("README.md"));
        Cli.Result r = Cli.run("analyze", folder.toString(), "--role", "pmo-administrator");
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().contains("(1 analysed, 0 failed, 3 not a CV)"), r::toString);
        assertTrue(r.out().contains("Skipped, not a CV:"), r::toString);
        assertTrue(r.out().contains("advert.md: this looks like a job advert"), r::toString);
        assertTrue(r.out().contains("tom.gap.pdf: this is a report or question pack made by PMO Toolkit"), r::toString);

        Cli.Result json = Cli.run("analyze", folder.toString(), "--role", "pmo-administrator", "--format", "json");
        JsonNode all = JSON.readTree(json.out());
        assertEquals(4, all.size());
        int skipped = 0;
        for (JsonNode n : all) {
            if (n.has("skipped")) {
                skipped++;
                assertTrue(n.path("documentKind").asText().length() > 2, n::toString);
            }
        }
        assertEquals(3, skipped, all::toString);
    }
}

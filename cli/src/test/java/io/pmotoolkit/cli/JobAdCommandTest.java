package io.pmotoolkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** End to end: sample CVs against the three sample adverts. */
class JobAdCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static String ad(String name) {
        return Cli.samples().resolve("job-ads").resolve(name).toString();
    }

    static Stream<Arguments> pairs() {
        return Stream.of(
                Arguments.of("tom-fletcher-graduate.pdf", "pmo-administrator-city-council.txt", "pmo-administrator"),
                Arguments.of("sofia-martinez-pmo-analyst.pdf", "pmo-analyst-fintech.md", "pmo-analyst"),
                Arguments.of("james-whitaker-head-of-pmo.docx", "head-of-pmo-housing-group.md", "head-of-pmo"),
                Arguments.of("amelia-hart-project-manager.txt", "pmo-analyst-fintech.md", "pmo-analyst"),
                // A saved job page (HTML) and an advert with a front matter and its own POST TITLE field.
                Arguments.of("sofia-martinez-pmo-analyst.pdf", "pmo-manager-saved-job-page.html", "pmo-manager"),
                Arguments.of("james-whitaker-head-of-pmo.docx", "delivery-manager-job-description.md", "pmo-manager"));
    }

    @ParameterizedTest(name = "{0} vs {1}")
    @MethodSource("pairs")
    void aCvAgainstAnAdvertComparesTermsYearsAndTitle(String cv, String advert, String role) throws Exception {
        Cli.Result r = Cli.run("analyze", Cli.sample(cv), "--job-ad", ad(advert), "--format", "json");
        assertEquals(0, r.code(), r::toString);
        JsonNode j = JSON.readTree(r.out());
        for (String field : List.of("schemaVersion", "file", "format", "candidate", "role", "score", "keywords",
                "competencies", "lines", "checks", "warnings", "versions", "jobAd")) {
            assertTrue(j.has(field), field);
        }
        JsonNode jobAd = j.get("jobAd");
        assertEquals(role, jobAd.get("role").asText(), jobAd.toString());
        assertEquals(role, j.at("/role/id").asText());
        JsonNode first = jobAd.at("/terms/0");
        for (String field : List.of("term", "required", "inCv", "origin")) {
            assertTrue(first.has(field), field);
        }
        assertTrue(List.of("AD", "BOTH").contains(first.get("origin").asText()), "advert terms come first");
        boolean seenRole = false;
        for (JsonNode t : jobAd.get("terms")) {
            seenRole |= t.get("origin").asText().equals("ROLE");
            assertFalse(seenRole && !t.get("origin").asText().equals("ROLE"), "role terms come after advert terms");
        }
        assertTrue(j.get("checks").toString().contains("\"advert-required\""));
    }

    @Test
    void theAdvertsTermsComeFirstInTheFoundAndMissingLists() throws Exception {
        Cli.Result r = Cli.run("analyze", Cli.sample("sofia-martinez-pmo-analyst.pdf"), "--role", "pmo-manager",
                "--job-ad", ad("pmo-analyst-fintech.md"), "--format", "json");
        assertEquals(0, r.code(), r::toString);
        JsonNode j = JSON.readTree(r.out());
        assertEquals("pmo-manager", j.at("/jobAd/role").asText(), "--role wins over the advert's level");
        String firstMissing = j.at("/keywords/missing/0/term").asText();
        boolean fromAd = false;
        for (JsonNode t : j.at("/jobAd/terms")) {
            if (t.get("term").asText().equals(firstMissing)) {
                fromAd = !t.get("origin").asText().equals("ROLE");
            }
        }
        assertTrue(fromAd, firstMissing + " should be an advert term");
    }

    @Test
    void textOutputShowsTheAdvertSection() {
        Cli.Result r = Cli.run("analyze", Cli.sample("sofia-martinez-pmo-analyst.pdf"), "--job-ad",
                ad("pmo-analyst-fintech.md"));
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().contains("JOB ADVERT"), r.out());
        assertTrue(r.out().contains("Required by the advert, MISSING"), r.out());
        for (String line : r.out().split("\n")) {
            assertTrue(line.length() <= 80, line);
        }
    }

    @Test
    void missingAdvertIsABadInputNamingTheAdvert() {
        Cli.Result r = Cli.run("analyze", Cli.sample("sofia-martinez-pmo-analyst.pdf"), "--job-ad", "no-such-ad.md");
        assertEquals(3, r.code(), r::toString);
        assertTrue(r.err().startsWith("pmo: job advert: "), r.err());
    }

    @Test
    void advertFromStandardInput() throws Exception {
        var in = System.in;
        try {
            System.setIn(Files.newInputStream(Path.of(ad("head-of-pmo-housing-group.md"))));
            Cli.Result r = Cli.run("analyze", Cli.sample("priya-nair-operations-lead.pdf"), "--job-ad", "-",
                    "--format", "json");
            assertEquals(0, r.code(), r::toString);
            assertEquals("head-of-pmo", JSON.readTree(r.out()).at("/jobAd/role").asText());
        } finally {
            System.setIn(in);
        }
    }

    @Test
    void bothFromStandardInputIsAUsageError() {
        Cli.Result r = Cli.run("analyze", "-", "--job-ad", "-");
        assertEquals(2, r.code(), r::toString);
    }

    @Test
    void aTermRepeatedFarBeyondTheAdvertIsFlaggedAsStuffing(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path cv = dir.resolve("cv.txt");
        Files.writeString(cv, """
                Sam Stuffer
                sam@example.com | +44 7700 900123

                Experience
                PMO Analyst | Acme | Jan 2020 – Present
                - Built Power BI dashboards in Power BI for Power BI users.
                - Ran Power BI training and Power BI reviews.
                - Kept the Power BI estate tidy.

                Skills
                Power BI, Power BI, Power BI
                """);
        Cli.Result r = Cli.run("analyze", cv.toString(), "--job-ad", ad("pmo-analyst-fintech.md"), "--format", "json");
        assertEquals(0, r.code(), r::toString);
        JsonNode j = JSON.readTree(r.out());
        assertEquals("[\"Power BI\"]", j.at("/jobAd/stuffing").toString());
        assertTrue(j.get("checks").toString().contains("Repeated far more often than the advert uses them: Power BI"));
    }

    @Test
    void questionsFromAnAdvertPutItsResponsibilitiesToTheCandidate() throws Exception {
        Cli.Result r = Cli.run("questions", "--cv", Cli.sample("sofia-martinez-pmo-analyst.pdf"), "--job-ad",
                ad("pmo-analyst-fintech.md"), "--format", "json", "--seed", "3");
        assertEquals(0, r.code(), r::toString);
        JsonNode pack = JSON.readTree(r.out());
        assertEquals("pmo-analyst", pack.at("/role/id").asText(), "the role comes from the advert");
        List<String> reasons = new java.util.ArrayList<>();
        pack.get("questions").forEach(q -> reasons.add(q.get("reason").asText()));
        assertTrue(reasons.contains("JOB_AD"), reasons::toString);
        assertTrue(reasons.indexOf("JOB_AD") > reasons.lastIndexOf("GAP"), "after the gaps: " + reasons);
        JsonNode first = null;
        for (JsonNode q : pack.get("questions")) {
            if (q.get("reason").asText().equals("JOB_AD")) {
                first = q;
                break;
            }
        }
        assertTrue(first.get("text").asText().startsWith("This role owns the monthly portfolio dashboard"),
                first.toString());
    }

    @Test
    void theGapReportGainsAPageOnTheAdvert(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path pdf = dir.resolve("gap.pdf");
        Cli.Result r = Cli.run("report", Cli.sample("sofia-martinez-pmo-analyst.pdf"), "--job-ad",
                ad("pmo-analyst-fintech.md"), "--out", pdf.toString());
        assertEquals(0, r.code(), r::toString);
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            assertTrue(text.contains("The job advert"), text);
            assertTrue(text.contains("Term the advert names"), text);
            assertTrue(text.contains("RAG status"), text);
            assertTrue(text.contains("MISSING"), text);
        }
    }
}

package io.pmotoolkit.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pmotoolkit.app.CompareRun;
import io.pmotoolkit.app.CvRun;
import io.pmotoolkit.app.Toolkit;
import io.pmotoolkit.app.render.JsonOutput;
import io.pmotoolkit.core.result.CvComparison;
import io.pmotoolkit.core.result.CvComparison.LineChange;
import io.pmotoolkit.web.Browser.FilePart;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Compare page and the advert match on the Results page, over HTTP against a server on an ephemeral port: each
 * figure the pages show is the one the command line computes from the same files on disk.
 */
class ComparePageTest {

    private static final Path SAMPLES = Path.of(System.getProperty("pmo.samples.dir", "../samples"));
    private static final String OLD = "amelia-hart-project-manager.txt";
    private static final String NEW = "amelia-hart-project-manager-revised.txt";
    private static final String AD = "job-ads/pmo-analyst-fintech.md";
    private static final String SOFIA = "sofia-martinez-pmo-analyst.pdf";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Toolkit toolkit;
    private static WebServer server;

    @BeforeAll
    static void start() {
        toolkit = Toolkit.builder().version("test")
                .clock(Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC)).maxSizeMb(2).build();
        server = WebServer.start(toolkit, "127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static Path samplePath(String name) {
        Path file = SAMPLES.resolve(name);
        assumeTrue(Files.isRegularFile(file), "samples/ not found: " + file);
        return file;
    }

    private static FilePart sample(String name) throws IOException {
        Path file = samplePath(name);
        return new FilePart(file.getFileName().toString(), Files.readAllBytes(file));
    }

    /** The Compare page, then its form posted with the two versions, the role and these fields. */
    private static HttpResponse<byte[]> compare(Browser b, Object oldCv, Object newCv, String role, Object... more)
            throws IOException, InterruptedException {
        assertEquals(200, b.get("/compare").statusCode());
        List<Map.Entry<String, Object>> fields = new ArrayList<>();
        fields.add(Map.entry("csrf", b.token()));
        fields.add(Map.entry("oldCv", oldCv));
        fields.add(Map.entry("newCv", newCv));
        fields.add(Map.entry("role", role));
        for (int i = 0; i < more.length; i += 2) {
            fields.add(Map.entry((String) more[i], more[i + 1]));
        }
        return b.postMultipart("/compare", fields, b.origin());
    }

    /** A download form of the page posted back as a browser would. */
    private static HttpResponse<byte[]> download(Browser b, String page, String form, String action)
            throws IOException, InterruptedException {
        List<Map.Entry<String, Object>> fields = new ArrayList<>();
        Browser.hiddenFields(page, "id=\"" + form + "\"").forEach(e -> fields.add(Map.entry(e.getKey(), e.getValue())));
        return b.postMultipart(action, fields, b.origin());
    }

    private static String text(HttpResponse<byte[]> r) {
        return new String(r.body(), StandardCharsets.UTF_8);
    }

    /** The element with this id, up to the end of its section (or div). */
    private static String section(String page, String id) {
        int at = page.indexOf("id=\"" + id + "\"");
        assertTrue(at >= 0, () -> "no #" + id + " in\n" + page);
        int start = page.lastIndexOf('<', at);
        String tag = page.substring(start + 1, page.indexOf(' ', start));
        return page.substring(start, page.indexOf("</" + tag + ">", at));
    }

    /** As the templates escape text between tags (quotes are escaped in attributes only). */
    private static String html(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    @Test
    void comparePageHasTheFormAndTheNavLinksToIt() throws Exception {
        Browser b = new Browser(server.uri());
        HttpResponse<String> r = b.get("/compare");
        assertEquals(200, r.statusCode());
        String page = r.body();
        for (String s : List.of("<form id=\"compare-form\" method=\"post\" action=\"/compare\" "
                        + "enctype=\"multipart/form-data\">", "<input type=\"file\" id=\"old-cv\" name=\"oldCv\"",
                "<input type=\"file\" id=\"new-cv\" name=\"newCv\"", "<select id=\"role\" name=\"role\">",
                "<option value=\"pmo-manager\">", "<input type=\"file\" id=\"job-ad\" name=\"jobAd\"",
                "<textarea id=\"job-ad-text\" name=\"jobAdText\"", "<input type=\"hidden\" name=\"csrf\" value=\"",
                "<button id=\"compare-submit\" type=\"submit\">", "<label for=\"old-cv\">", "<label for=\"new-cv\">",
                "<a href=\"/compare\">")) {
            assertTrue(page.contains(s), () -> s + " missing from\n" + page);
        }
        assertEquals(Guard.CSP, r.headers().firstValue("Content-Security-Policy").orElse(""));
        assertTrue(b.get("/").body().contains("<a href=\"/compare\">"), "the nav links to Compare");
    }

    @Test
    void twoVersionsShowTheScoreChangeAndTheDutiesThatBecameAchievements() throws Exception {
        CvComparison expected = CompareRun.compare(toolkit, "pmo-manager", null, samplePath(OLD).toString(),
                samplePath(NEW).toString());
        assertEquals(3, expected.becameAchievements().size(), "the samples' three rewritten duties");
        HttpResponse<byte[]> r = compare(new Browser(server.uri()), sample(OLD), sample(NEW), "pmo-manager");
        String page = text(r);
        assertEquals(200, r.statusCode(), page);
        assertEquals("no-store", r.headers().firstValue("Cache-Control").orElse(""));
        assertTrue(page.contains("id=\"comparison\""), page);
        String score = section(page, "score-change");
        assertTrue(score.contains("<td class=\"num\">" + expected.score().before() + "</td><td class=\"num\">"
                + expected.score().after() + "</td><td class=\"num\">" + CompareViewSign.of(expected.score().delta())),
                score);
        for (var p : expected.scoreParts()) {
            assertTrue(score.contains(html(p.label()) + " (of " + p.max() + ")</th><td class=\"num\">" + p.before()
                    + "</td><td class=\"num\">" + p.after() + "</td>"), () -> p.label() + " in\n" + score);
        }
        assertFalse(score.contains("Advert match"), "no advert, no match rate");
        String became = section(page, "became-achievements");
        for (LineChange l : expected.becameAchievements()) {
            String row = html(l.oldText()) + "</td><td><span class=\"hint\">line " + l.newLine() + ":</span> "
                    + html(l.newText()) + "</td>";
            assertTrue(became.contains(row), () -> "the pair of line " + l.oldLine() + " side by side in\n" + became);
        }
        for (String id : List.of("gained", "lost", "upgraded", "downgraded", "lost-results", "checks-fixed",
                "checks-broken", "still-missing", "download-compare-md", "download-compare-json")) {
            assertTrue(page.contains("id=\"" + id + "\""), () -> "#" + id + " missing from\n" + page);
        }
        for (String term : expected.stillMissing()) {
            assertTrue(section(page, "still-missing").contains("<li>" + html(term) + "</li>"), term);
        }
    }

    @Test
    void theDownloadsRepostBothVersionsAndParse() throws Exception {
        Browser b = new Browser(server.uri());
        String page = text(compare(b, sample(OLD), sample(NEW), "pmo-manager"));
        HttpResponse<byte[]> json = download(b, page, "download-compare-json", "/compare/download/json");
        assertEquals(200, json.statusCode(), text(json));
        assertTrue(json.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertEquals("attachment; filename=\"amelia-hart-project-manager-revised.pmo-manager.compare.json\"",
                json.headers().firstValue("Content-Disposition").orElse(""));
        JsonNode c = JSON.readTree(json.body());
        assertEquals(3, c.get("becameAchievements").size(), text(json));
        assertEquals(OLD, c.get("oldFile").asText());
        assertEquals(NEW, c.get("newFile").asText());
        assertEquals("pmo-manager", c.at("/role/id").asText());
        assertFalse(c.has("matchRate"), "no advert, no match rate");
        HttpResponse<byte[]> md = download(b, page, "download-compare-md", "/compare/download/md");
        assertEquals(200, md.statusCode(), text(md));
        assertTrue(md.headers().firstValue("Content-Type").orElse("").startsWith("text/markdown"));
        assertTrue(text(md).startsWith("# CV versions compared\n"), text(md));
        assertTrue(text(md).contains("## Duties that now state a result (3)"), text(md));
        assertEquals(404, download(b, page, "download-compare-md", "/compare/download/pdf").statusCode());
    }

    @Test
    void anAdvertGivesTheMatchRateBeforeAndAfter() throws Exception {
        CvComparison expected = CompareRun.compare(toolkit, null, samplePath(AD).toString(),
                samplePath(OLD).toString(), samplePath(NEW).toString());
        Browser b = new Browser(server.uri());
        String page = text(compare(b, sample(OLD), sample(NEW), "", "jobAd", sample(AD)));
        String row = section(page, "match-rate-change");
        assertTrue(row.contains("<td class=\"num\">" + expected.matchRate().before() + "</td><td class=\"num\">"
                + expected.matchRate().after() + "</td>"), row);
        JsonNode c = JSON.readTree(download(b, page, "download-compare-json", "/compare/download/json").body());
        assertEquals(expected.matchRate().after(), c.at("/matchRate/after").asInt());
        assertEquals(expected.role().id(), c.at("/role/id").asText());
    }

    @Test
    void aBrokenVersionIsAnErrorPageAndTheServerStillServes() throws Exception {
        Browser b = new Browser(server.uri());
        HttpResponse<byte[]> r = compare(b, sample(OLD), new FilePart("broken.pdf", "%PDF-1.7 cut".getBytes(
                StandardCharsets.US_ASCII)), "pmo-manager");
        assertEquals(422, r.statusCode(), text(r));
        assertTrue(text(r).contains("id=\"error\""), text(r));
        assertTrue(text(r).contains("broken.pdf"), text(r));
        HttpResponse<byte[]> none = compare(b, sample(OLD), new FilePart("", new byte[0]), "pmo-manager");
        assertEquals(400, none.statusCode(), text(none));
        assertTrue(text(none).contains("choose the later version of your CV first"), text(none));
        HttpResponse<byte[]> advertAsCv = compare(b, sample(AD), sample(NEW), "pmo-manager");
        assertEquals(422, advertAsCv.statusCode(), text(advertAsCv));
        assertTrue(text(advertAsCv).contains("is not a CV, so no comparison was made"), text(advertAsCv));
        assertEquals(200, compare(b, sample(OLD), sample(NEW), "pmo-manager").statusCode());
    }

    @Test
    void versionsTooLargeToRepostTogetherGetNoDownloadForms() throws Exception {
        // The request limit is sized for one CV and an advert: three files near the size limit of 1 MB exceed it.
        // Two CVs of 20,000 lines take seconds each; a busy machine must not turn that into the timeout's 422.
        Toolkit small = Toolkit.builder().version("test").maxSizeMb(1).maxPages(Toolkit.MAX_PAGES)
                .timeoutSeconds(120).build();
        try (WebServer one = WebServer.start(small, "127.0.0.1", 0)) {
            String pad = "\nManaged the RAID log for a portfolio of projects.".repeat(19_800);
            byte[] old = (Files.readString(samplePath(OLD)) + pad).getBytes(StandardCharsets.UTF_8);
            byte[] now = (Files.readString(samplePath(NEW)) + pad).getBytes(StandardCharsets.UTF_8);
            // The advert's bulk is an about-us part (never asks): 20,000 requirement lines against 20,000 CV lines
            // would be stopped by the work budget, which is not what this test is about.
            byte[] ad = (Files.readString(samplePath(AD)) + "\n\n## About us\n"
                    + "We are a housing association that serves tenants across the north of England.\n".repeat(12_000))
                    .getBytes(StandardCharsets.UTF_8);
            assertTrue(old.length < 1024 * 1024 && (old.length + now.length + ad.length) * 4L / 3
                    > Limits.of(small).maxRequestBytes(), "sizes " + old.length);
            Browser b = new Browser(one.uri());
            HttpResponse<byte[]> r = compare(b, new FilePart("old.txt", old), new FilePart("new.txt", now), "",
                    "jobAd", new FilePart("ad.txt", ad));
            String page = text(r);
            assertEquals(200, r.statusCode(), () -> page.substring(0, Math.min(page.length(), 3000)));
            assertTrue(page.contains("id=\"downloads-too-large\""), "a note instead of the forms");
            assertFalse(page.contains("id=\"download-compare-json\""), "no form that would be refused");
            String normal = text(compare(b, sample(OLD), sample(NEW), "pmo-manager"));
            assertTrue(normal.contains("id=\"download-compare-json\"") && !normal.contains("downloads-too-large"));
        }
    }

    @Test
    void withoutTheTokenTheCompareIsRefused() throws Exception {
        Browser b = new Browser(server.uri());
        b.get("/compare");
        List<Map.Entry<String, Object>> fields = List.of(Map.entry("oldCv", sample(OLD)),
                Map.entry("newCv", sample(NEW)), Map.entry("role", "pmo-manager"));
        assertEquals(403, b.postMultipart("/compare", fields, b.origin()).statusCode());
        assertEquals(403, b.postMultipart("/compare/download/json", fields, b.origin()).statusCode());
    }

    @Test
    void everyUploadedStringIsEscaped() throws Exception {
        String name = "<script>alert(1)<script>.txt";
        CvComparison expected = CompareRun.compare(toolkit, "pmo-manager", null, samplePath(OLD).toString(),
                samplePath(NEW).toString());
        String achievement = expected.becameAchievements().get(0).newText();
        String revised = Files.readString(samplePath(NEW));
        assertTrue(revised.contains(achievement), achievement);
        // Markup of one-letter words: the line keeps its counterpart, so the page shows it.
        String cv = revised.replace(achievement, achievement + " <b>1</b>");
        Browser b = new Browser(server.uri());
        HttpResponse<byte[]> r = compare(b, sample(OLD), new FilePart(name, cv.getBytes(StandardCharsets.UTF_8)),
                "pmo-manager");
        String page = text(r);
        assertEquals(200, r.statusCode(), page);
        assertFalse(page.contains("<script>alert") || page.contains("<b>1</b>"), page);
        assertTrue(page.contains("&lt;script&gt;alert(1)&lt;script&gt;.txt"), page);
        assertTrue(section(page, "became-achievements").contains(html(achievement) + " &lt;b&gt;1&lt;/b&gt;"), page);
        HttpResponse<byte[]> json = download(b, page, "download-compare-json", "/compare/download/json");
        assertEquals(name, JSON.readTree(json.body()).get("newFile").asText());
        assertEquals("attachment; filename=\"script-alert-1-script.pmo-manager.compare.json\"",
                json.headers().firstValue("Content-Disposition").orElse(""));
    }

    @Test
    void resultsWithAnAdvertShowTheMatchRateOfTheCommandLine() throws Exception {
        assertTrue(resultsShowTheMatchOfTheCommandLine(SOFIA).get("cap").isNull(), "Sofia shows every must-have");
    }

    @Test
    void aMissingMustHaveShowsTheCapAndWhatSetsIt() throws Exception {
        JsonNode match = resultsShowTheMatchOfTheCommandLine("tom-fletcher-graduate.pdf");
        assertFalse(match.get("cap").isNull(), match::toString);
        assertFalse(match.get("mustHaves").isEmpty(), match::toString);
    }

    /** The Results page's match for this CV and the advert, checked against {@code pmo analyze}'s JSON; that match. */
    private static JsonNode resultsShowTheMatchOfTheCommandLine(String cv) throws Exception {
        CvRun run = toolkit.start(null, samplePath(AD).toString(), samplePath(cv).toString());
        JsonNode cli = JSON.readTree(JsonOutput.write(run.analyze(samplePath(cv).toString())));
        JsonNode match = cli.at("/jobAd/match");
        assertTrue(match.has("rate"), cli::toString);
        Browser b = new Browser(server.uri());
        b.get("/");
        List<Map.Entry<String, Object>> fields = List.of(Map.entry("csrf", b.token()), Map.entry("cv", sample(cv)),
                Map.entry("role", ""), Map.entry("jobAd", sample(AD)));
        HttpResponse<byte[]> r = b.postMultipart("/analyse", fields, b.origin());
        String page = text(r);
        assertEquals(200, r.statusCode(), page);
        int advertAt = page.indexOf("<section id=\"advert\"");
        int rateAt = page.indexOf("id=\"match-rate\"");
        assertTrue(advertAt >= 0 && rateAt > advertAt && rateAt < page.indexOf("<dl", advertAt),
                "the match first in #advert:\n" + page);
        String rate = section(page, "match-rate");
        Matcher m = Pattern.compile("<strong>(\\d+)</strong> out of 100 <span class=\"band\" data-band=\"(\\w+)\">")
                .matcher(rate);
        assertTrue(m.find(), rate);
        assertEquals(match.get("rate").asInt(), Integer.parseInt(m.group(1)), rate);
        assertEquals(match.get("band").asText(), m.group(2), rate);
        assertEquals(!match.get("cap").isNull(), rate.contains("id=\"match-cap\""), rate);
        for (JsonNode must : match.get("mustHaves")) {
            assertTrue(rate.contains(html(must.asText())), () -> must + " in\n" + rate);
        }
        String terms = section(page, "match-terms");
        assertTrue(terms.contains("<caption") && terms.contains("<th scope=\"col\">Term</th>"), terms);
        for (JsonNode t : match.get("terms")) {
            assertTrue(terms.contains("<tr><th scope=\"row\">" + html(t.get("term").asText()) + "</th>"),
                    () -> t + " in\n" + terms);
        }
        assertEquals(match.get("terms").size(), terms.split("<th scope=\"row\">", -1).length - 1, terms);
        if (!match.at("/title/sentence").isMissingNode() && !match.at("/title/sentence").isNull()) {
            assertTrue(section(page, "match-title").contains(html(match.at("/title/sentence").asText())), page);
        }
        if (!match.get("asks").isEmpty()) {
            String asks = section(page, "match-asks");
            for (JsonNode a : match.get("asks")) {
                assertTrue(asks.contains(html(a.get("asked").asText())), () -> a + " in\n" + asks);
            }
        }
        JsonNode download = JSON.readTree(download(b, page, "download-json", "/download/json").body());
        assertEquals(match.get("rate").asInt(), download.at("/jobAd/match/rate").asInt());
        return match;
    }

    @Test
    void resultsWithoutAnAdvertHaveNoMatch() throws Exception {
        Browser b = new Browser(server.uri());
        b.get("/");
        List<Map.Entry<String, Object>> fields = List.of(Map.entry("csrf", b.token()), Map.entry("cv", sample(OLD)),
                Map.entry("role", "pmo-manager"));
        String page = text(b.postMultipart("/analyse", fields, b.origin()));
        assertFalse(page.contains("id=\"match-rate\""), page);
    }

    /** The sign the page writes a change with. */
    private static final class CompareViewSign {
        static String of(int delta) {
            return delta > 0 ? "+" + delta : Integer.toString(delta);
        }
    }
}

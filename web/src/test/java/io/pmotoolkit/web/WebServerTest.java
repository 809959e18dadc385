package io.pmotoolkit.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.pmotoolkit.app.Toolkit;
import io.pmotoolkit.web.Browser.FilePart;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
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
 * The web app over HTTP, against a server on an ephemeral port: every page, the downloads, practice, every error
 * path, the headers, CSRF and cross-origin refusal, uploads kept out of the temporary folder, and a server that
 * keeps answering after bad uploads.
 */
class WebServerTest {

    private static final Path SAMPLES = Path.of(System.getProperty("pmo.samples.dir", "../samples"));
    private static final String CV = "amelia-hart-project-manager.pdf";
    /** A size limit of 2 MB, so the over-limit cases stay small. */
    private static final int MAX_MB = 2;

    private static WebServer server;

    @BeforeAll
    static void start() {
        Toolkit toolkit = Toolkit.builder().version("test")
                .clock(Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC)).maxSizeMb(MAX_MB).build();
        server = WebServer.start(toolkit, "127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static Browser browser() {
        return new Browser(server.uri());
    }

    private static byte[] sample(String name) throws IOException {
        Path file = SAMPLES.resolve(name);
        assumeTrue(Files.isRegularFile(file), "samples/ not found: " + file);
        return Files.readAllBytes(file);
    }

    /** The Analyse page, then its form posted with these fields after the token. */
    private static HttpResponse<byte[]> analyse(Browser b, Object cv, String role, Object... more)
            throws IOException, InterruptedException {
        b.get("/");
        List<Map.Entry<String, Object>> fields = new ArrayList<>();
        fields.add(Map.entry("csrf", b.token()));
        fields.add(Map.entry("cv", cv));
        fields.add(Map.entry("role", role));
        for (int i = 0; i < more.length; i += 2) {
            fields.add(Map.entry((String) more[i], more[i + 1]));
        }
        return b.postMultipart("/analyse", fields, b.origin());
    }

    private static String text(HttpResponse<byte[]> r) {
        return new String(r.body(), StandardCharsets.UTF_8);
    }

    private static int count(String page, String needle) {
        int n = 0;
        for (int at = page.indexOf(needle); at >= 0; at = page.indexOf(needle, at + 1)) {
            n++;
        }
        return n;
    }

    @Test
    void analysePageHasTheFormTheHeadersAndTheCookie() throws Exception {
        HttpResponse<String> r = browser().get("/");
        assertEquals(200, r.statusCode());
        String page = r.body();
        for (String id : List.of("<form id=\"analyse-form\" method=\"post\" action=\"/analyse\" "
                        + "enctype=\"multipart/form-data\">", "<input type=\"file\" id=\"cv\" name=\"cv\"",
                "<select id=\"role\" name=\"role\">", "<option value=\"\">", "<option value=\"pmo-manager\">",
                "<input type=\"file\" id=\"job-ad\" name=\"jobAd\"", "<textarea id=\"job-ad-text\" name=\"jobAdText\"",
                "<input type=\"hidden\" name=\"csrf\" value=\"", "<button id=\"analyse-submit\" type=\"submit\">",
                "<html lang=\"en\">", "<label for=\"cv\">", "<label for=\"role\">", "<label for=\"job-ad\">",
                "<label for=\"job-ad-text\">", "<main id=\"main\">")) {
            assertTrue(page.contains(id), () -> id + " missing from\n" + page);
        }
        assertEquals(1, count(page, "<h1"), page);
        assertFalse(page.contains("<script>") || page.contains("style="), "no inline script or style");
        assertEquals(Guard.CSP, r.headers().firstValue("Content-Security-Policy").orElse(""));
        assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("no-referrer", r.headers().firstValue("Referrer-Policy").orElse(""));
        String cookie = r.headers().firstValue("Set-Cookie").orElse("");
        assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"), cookie);
    }

    @Test
    void staticFilesAreServedFromTheJarAndNothingElse() throws Exception {
        Browser b = browser();
        HttpResponse<String> css = b.get("/static/app.css");
        assertEquals(200, css.statusCode());
        assertTrue(css.headers().firstValue("Content-Type").orElse("").startsWith("text/css"));
        assertFalse(css.body().contains("@import") || css.body().contains("url(http"), "nothing from elsewhere");
        HttpResponse<String> js = b.get("/static/app.js");
        assertEquals(200, js.statusCode());
        assertFalse(js.body().contains("http://") || js.body().contains("https://"), "nothing from elsewhere");
        assertEquals(404, b.get("/static/..%2fWebServer.class").statusCode());
        assertEquals(404, b.get("/static/nothing.css").statusCode());
    }

    @Test
    void resultsShowTheAnalysisOfTheUploadedCv() throws Exception {
        HttpResponse<byte[]> r = analyse(browser(), new FilePart(CV, sample(CV)), "pmo-manager");
        String page = text(r);
        assertEquals(200, r.statusCode(), page);
        assertEquals("no-store", r.headers().firstValue("Cache-Control").orElse(""));
        assertTrue(Pattern.compile("<h1>[^<]*" + Pattern.quote(CV)).matcher(page).find(), page);
        Matcher score = Pattern.compile("id=\"score\"[^>]*>\\D*(\\d+)").matcher(page);
        assertTrue(score.find(), page);
        int value = Integer.parseInt(score.group(1));
        assertTrue(value >= 0 && value <= 100, score.group(1));
        for (String id : List.of("id=\"score-parts\"", "id=\"cv-text\"", "id=\"missing\"", "id=\"checks\"",
                "id=\"ats-text\"", "id=\"download-report\"", "id=\"download-pack-pdf\"", "id=\"download-pack-md\"",
                "id=\"download-json\"", "id=\"practise-start\"")) {
            assertTrue(page.contains(id), id);
        }
        assertFalse(page.contains("id=\"advert\""), "no advert part without an advert");
        assertTrue(count(page, "class=\"cv-line") > 20, page);
        for (String grade : List.of("achievement", "experience", "listed")) {
            assertTrue(count(page, "<mark class=\"term\" data-evidence=\"" + grade + "\" title=") > 0, grade);
        }
        int duties = count(page, " duty-line");
        assertTrue(duties > 0, page);
        // Every duty line carries its rewrite.
        Matcher duty = Pattern.compile("<li class=\"cv-line duty-line[^\"]*\"[^>]*>(.*?)</li>", Pattern.DOTALL)
                .matcher(page);
        int checked = 0;
        while (duty.find()) {
            assertTrue(duty.group(1).contains("class=\"rewrite\""), duty.group());
            checked++;
        }
        assertEquals(duties, checked);
        assertEquals(1, count(page, "<h1"));
    }

    @Test
    void everyStringFromTheUploadIsEscaped() throws Exception {
        String cv = "Jo <b>Bold</b>\nProject manager\nExperience\n"
                + "Maintained the RAID log <script>alert(1)</script> & the issue log for 3 projects.\n"
                + "Skills\nRAID log, \"stakeholder management\" <img src=x onerror=alert(2)>\n";
        HttpResponse<byte[]> r = analyse(browser(), new FilePart("<i>cv.txt", cv.getBytes(StandardCharsets.UTF_8)),
                "pmo-manager");
        String page = text(r);
        assertEquals(200, r.statusCode(), page);
        assertTrue(page.contains("<h1>Results for &lt;i&gt;cv.txt</h1>"), page);
        for (String raw : List.of("<script>alert", "<img src=x", "<b>Bold", "<i>cv")) {
            assertFalse(page.contains(raw), raw + " unescaped in\n" + page);
        }
        assertTrue(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), page);
    }

    @Test
    void pastedAdvertAddsTheAdvertPartAndPicksTheRole() throws Exception {
        byte[] ad = sample("job-ads/pmo-analyst-fintech.md");
        HttpResponse<byte[]> r = analyse(browser(), new FilePart(CV, sample(CV)), "", "jobAdText",
                new String(ad, StandardCharsets.UTF_8));
        String page = text(r);
        assertEquals(200, r.statusCode(), page);
        assertTrue(page.contains("id=\"advert\""), page);
        assertTrue(page.contains("Measured against <strong>PMO Analyst"), page);
    }

    @Test
    void aDocumentThatIsNotACvGetsNoReportOrPractice() throws Exception {
        String name = "pmo-analyst-fintech.md";
        HttpResponse<byte[]> r = analyse(browser(), new FilePart(name, sample("job-ads/" + name)), "pmo-analyst");
        String page = text(r);
        assertEquals(200, r.statusCode(), page);
        assertTrue(page.contains("does not look like a CV"), page);
        assertFalse(page.contains("id=\"download-report\"") || page.contains("id=\"practise-start\""), page);
        assertTrue(page.contains("id=\"download-json\""), page);
    }

    @Test
    void theResultsPageCarriesTheCvOnceForEveryDownloadAndPractice() throws Exception {
        byte[] cv = sample(CV);
        String page = text(analyse(browser(), new FilePart(CV, cv), "pmo-manager"));
        String base64 = java.util.Base64.getEncoder().encodeToString(cv);
        assertEquals(1, count(page, base64), "the CV's bytes once in the page");
        assertEquals(1, count(page, "name=\"cvData\""), page);
        assertEquals(1, count(page, "<form id=\"carry-form\""), page);
        for (String button : List.of("download-report", "download-pack-pdf", "download-pack-md", "download-json",
                "practise-start")) {
            int at = page.indexOf("<button id=\"" + button + "\" type=\"submit\" formaction=\"/");
            assertTrue(at > page.indexOf("<form id=\"carry-form\"") && at < page.indexOf("</form>", at),
                    button + ": a button of the one form, saying where it posts");
        }
    }

    @Test
    void downloadsRepostTheCvAndComeBackAsAttachments() throws Exception {
        Browser b = browser();
        String page = text(analyse(b, new FilePart(CV, sample(CV)), "pmo-manager"));
        record Want(String form, String path, String type, String start, String name) {
        }
        for (Want w : List.of(
                new Want("download-report", "/download/report", "application/pdf", "%PDF-", ".pmo-manager.gap.pdf"),
                new Want("download-pack-pdf", "/download/pack-pdf", "application/pdf", "%PDF-",
                        ".pmo-manager.questions.pdf"),
                new Want("download-pack-md", "/download/pack-md", "text/markdown", "# ", ".pmo-manager.questions.md"),
                new Want("download-json", "/download/json", "application/json", "{", ".pmo-manager.json"))) {
            List<Map.Entry<String, Object>> fields = new ArrayList<>(Browser.hiddenFields(page, "id=\"" + w.form()
                    + "\"").stream().map(e -> Map.<String, Object>entry(e.getKey(), e.getValue())).toList());
            HttpResponse<byte[]> d = b.postMultipart(w.path(), fields, b.origin());
            assertEquals(200, d.statusCode(), () -> w.form() + ": " + text(d));
            assertTrue(d.headers().firstValue("Content-Type").orElse("").startsWith(w.type()), w.form());
            String disposition = d.headers().firstValue("Content-Disposition").orElse("");
            assertEquals("attachment; filename=\"amelia-hart-project-manager" + w.name() + "\"", disposition);
            assertTrue(text(d).startsWith(w.start()), w.form());
        }
    }

    @Test
    void practiceAsksGivesFeedbackRetriesAndSumsUp() throws Exception {
        Browser b = browser();
        String results = text(analyse(b, new FilePart(CV, sample(CV)), "pmo-manager"));
        List<Map.Entry<String, Object>> start = new ArrayList<>(Browser.hiddenFields(results, "id=\"practise-start\"")
                .stream().map(e -> Map.<String, Object>entry(e.getKey(), e.getValue())).toList());
        start.add(Map.entry("action", "start"));   // the button's own name and value
        HttpResponse<byte[]> first = b.postMultipart("/practise", start, b.origin());
        String page = text(first);
        assertEquals(200, first.statusCode(), page);
        assertTrue(page.contains("id=\"question\""), page);
        assertTrue(page.contains("<textarea id=\"answer\" name=\"answer\""), page);
        assertTrue(page.contains("id=\"answer-submit\""), page);
        int questions = Browser.hiddenMap(page, "id=\"answer-form\"").get("ids").split(",").length;
        String answer = "Our monthly portfolio report was late and nobody trusted it. I was asked to fix it. I "
                + "interviewed the directors, cut the measures from 30 to 8 and automated the data feed. As a result "
                + "the report went out two days earlier.";
        List<Map.Entry<String, String>> fields = new ArrayList<>(Browser.hiddenFields(page, "id=\"answer-form\""));
        fields.add(Map.entry("answer", answer));
        HttpResponse<String> feedback = b.postForm("/practise", fields);
        page = feedback.body();
        assertEquals(200, feedback.statusCode(), page);
        assertTrue(page.contains("id=\"feedback\""), page);
        assertTrue(Pattern.compile("id=\"feedback-score\"[^>]*>\\D*\\d+").matcher(page).find(), page);
        assertTrue(count(page, "class=\"sentence\" data-part=\"") >= 4, page);
        assertTrue(page.contains("data-part=\"result\""), page);
        assertTrue(page.contains("id=\"retry\"") && page.contains("id=\"next\""), page);
        // What pmo feedback shows: the rubric, the relevance with its reason, the most-used words.
        assertTrue(page.contains("id=\"feedback-rubric\"") && page.contains("id=\"feedback-relevance\"")
                && page.contains("id=\"feedback-words\"") && !page.contains("id=\"feedback-retry\""), page);

        List<Map.Entry<String, String>> retry = new ArrayList<>(Browser.hiddenFields(page, "id=\"retry\""));
        retry.add(Map.entry("action", "retry"));
        String again = b.postForm("/practise", retry).body();
        assertTrue(again.contains("<textarea id=\"answer\" name=\"answer\" rows=\"10\" required>Our monthly"), again);
        List<Map.Entry<String, String>> second = new ArrayList<>(Browser.hiddenFields(again, "id=\"answer-form\""));
        second.add(Map.entry("answer", "I fixed the report."));
        String retried = b.postForm("/practise", second).body();
        assertTrue(Pattern.compile("id=\"feedback-retry\".*score \\d+ → \\d+", Pattern.DOTALL).matcher(retried).find(),
                retried);

        String next = page;
        for (int i = 0; i < questions; i++) {
            List<Map.Entry<String, String>> go = new ArrayList<>(Browser.hiddenFields(next, "id=\"next\""));
            go.add(Map.entry("action", "next"));
            next = b.postForm("/practise", go).body();
            if (i < questions - 1) {
                List<Map.Entry<String, String>> a = new ArrayList<>(Browser.hiddenFields(next, "id=\"answer-form\""));
                a.add(Map.entry("answer", answer));
                next = b.postForm("/practise", a).body();
            }
        }
        assertTrue(next.contains("id=\"summary\""), next);
        assertTrue(next.contains("You answered " + questions + " of " + questions), next);
    }

    @Test
    void practiceForARoleNeedsNoCv() throws Exception {
        HttpResponse<String> r = browser().get("/practise?role=pmo-analyst");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("id=\"question\""), r.body());
        HttpResponse<String> none = browser().get("/practise");
        assertEquals(400, none.statusCode());
        assertTrue(none.body().contains("which role? Pick one of pmo-administrator"), none.body());
        HttpResponse<String> unknown = browser().get("/practise?role=nobody");
        assertEquals(400, unknown.statusCode());
        assertTrue(unknown.body().contains("id=\"error\""), unknown.body());
    }

    @Test
    void postsWithoutTheTokenOrWithAnotherAreRefused() throws Exception {
        Browser b = browser();
        b.get("/");
        byte[] cv = sample(CV);
        HttpResponse<byte[]> none = b.postMultipart("/analyse", List.of(Map.entry("cv", new FilePart(CV, cv)),
                Map.entry("role", "pmo-manager")), b.origin());
        assertEquals(403, none.statusCode());
        assertTrue(text(none).contains("id=\"error\""));
        HttpResponse<byte[]> other = b.postMultipart("/analyse", List.of(Map.entry("csrf", "x".repeat(43)),
                Map.entry("cv", new FilePart(CV, cv)), Map.entry("role", "pmo-manager")), b.origin());
        assertEquals(403, other.statusCode());
        // A token without its cookie (another browser's page): refused too.
        Browser stranger = browser();
        HttpResponse<byte[]> noCookie = stranger.postMultipart("/analyse", List.of(Map.entry("csrf", b.token()),
                Map.entry("cv", new FilePart(CV, cv)), Map.entry("role", "pmo-manager")), null);
        assertEquals(403, noCookie.statusCode());
        List<Map.Entry<String, String>> practice = List.of(Map.entry("role", "pmo-analyst"),
                Map.entry("action", "next"));
        assertEquals(403, b.postForm("/practise", practice).statusCode());
    }

    @Test
    void postsFromAnotherOriginAreRefused() throws Exception {
        Browser b = browser();
        b.get("/");
        List<Map.Entry<String, Object>> fields = List.of(Map.entry("csrf", b.token()),
                Map.entry("cv", new FilePart("cv.txt", "Project manager".getBytes(StandardCharsets.UTF_8))),
                Map.entry("role", "pmo-manager"));
        HttpResponse<byte[]> r = b.postMultipart("/analyse", fields, "http://evil.example");
        assertEquals(403, r.statusCode());
        assertTrue(text(r).contains("another site"), text(r));
        assertEquals(403, b.postMultipart("/analyse", fields, "null", "cross-site").statusCode());
        assertEquals(403, b.postMultipart("/analyse", fields, null, "same-site").statusCode());
    }

    @Test
    void theAppsOwnFormsPostUnderNoReferrerPolicy() throws Exception {
        // What a browser sends for a same-origin form under Referrer-Policy: no-referrer.
        Browser b = browser();
        b.get("/");
        List<Map.Entry<String, Object>> fields = List.of(Map.entry("csrf", b.token()),
                Map.entry("cv", new FilePart(CV, sample(CV))), Map.entry("role", "pmo-manager"));
        HttpResponse<byte[]> r = b.postMultipart("/analyse", fields, "null", "same-origin");
        assertEquals(200, r.statusCode(), text(r));
    }

    @Test
    void aForeignHostHeaderIsRefused() throws Exception {
        String foreign = "evil.example:" + server.port();
        assertTrue(rawGet(foreign).startsWith("HTTP/1.1 403"), foreign);
        assertTrue(rawGet("evil.example").startsWith("HTTP/1.1 403"), "evil.example");
        assertTrue(rawGet("localhost:1").startsWith("HTTP/1.1 403"), "localhost:1");
        assertTrue(rawGet("localhost:" + server.port()).startsWith("HTTP/1.1 200"), "localhost:" + server.port());
        assertTrue(rawGet("127.0.0.1:" + server.port()).startsWith("HTTP/1.1 200"), "127.0.0.1:" + server.port());
    }

    @Test
    void onAWildcardAddressTheAppIsOpenedAtTheLoopbackAddress() throws Exception {
        try (WebServer any = WebServer.start(Toolkit.builder().version("test").build(), "0.0.0.0", 0)) {
            assertEquals("http://127.0.0.1:" + any.port() + "/", any.uri().toString());
            assertEquals(200, new Browser(any.uri()).get("/").statusCode());
        }
    }

    private static String rawGet(String host) throws IOException {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            OutputStream out = s.getOutputStream();
            out.write(("GET / HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void badUploadsGiveTheCliLineOnAnErrorPageAndTheServerKeepsServing() throws Exception {
        record Bad(String name, byte[] bytes, String role, int status, String message) {
        }
        byte[] noise = new byte[4000];
        new java.util.Random(7).nextBytes(noise);
        List<Bad> bad = List.of(
                new Bad("noise.pdf", noise, "pmo-manager", 422, "noise.pdf is not a PDF, Word (.docx) or text file"),
                new Bad("empty.txt", new byte[0], "pmo-manager", 422, "empty.txt is empty (0 bytes)"),
                new Bad("big.txt", "a".repeat(MAX_MB * 1024 * 1024 + 10).getBytes(StandardCharsets.US_ASCII),
                        "pmo-manager", 413, "the limit is " + MAX_MB + " MB"),
                new Bad("cv.txt", "Project manager".getBytes(StandardCharsets.UTF_8), "pmo-manger", 400,
                        "did you mean pmo-manager?"),
                new Bad("cv.txt", "Project manager".getBytes(StandardCharsets.UTF_8), "", 400, "which role?"));
        for (int round = 0; round < 3; round++) {
            for (Bad x : bad) {
                HttpResponse<byte[]> r = analyse(browser(), new FilePart(x.name(), x.bytes()), x.role());
                String page = text(r);
                assertEquals(x.status(), r.statusCode(), page);
                Matcher error = Pattern.compile("<p id=\"error\"[^>]*>([^<]*)</p>").matcher(page);
                assertTrue(error.find(), page);
                assertTrue(Browser.unescape(error.group(1)).contains(x.message()), error.group(1));
                assertTrue(page.contains("<a href=\"/\">"), "a link back");
            }
        }
        HttpResponse<byte[]> good = analyse(browser(), new FilePart(CV, sample(CV)), "pmo-manager");
        assertEquals(200, good.statusCode());
    }

    @Test
    void aBodyOverTheRequestLimitIsRefusedWith413() throws Exception {
        byte[] huge = new byte[(int) (6L * MAX_MB * 1024 * 1024)];
        HttpResponse<byte[]> r = analyse(browser(), new FilePart("huge.txt", huge), "pmo-manager");
        assertEquals(413, r.statusCode(), text(r));
        assertTrue(text(r).contains("the upload is larger than the limit of " + MAX_MB + " MB"), text(r));
        assertEquals(200, browser().get("/").statusCode());
    }

    @Test
    void uploadsAreNeverWrittenToTheTemporaryFolder() throws Exception {
        // Jetty deletes a spilled part after the response, so the folder is watched while the uploads run.
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        List<String> created = new ArrayList<>();
        try (WatchService watch = tmp.getFileSystem().newWatchService()) {
            tmp.register(watch, StandardWatchEventKinds.ENTRY_CREATE);
            // Over Jetty's and Javalin's default in-memory thresholds, within the size limit.
            byte[] cv = ("Project manager\nExperience\n" + "Maintained the RAID log for a portfolio of projects.\n"
                    .repeat(25_000)).getBytes(StandardCharsets.UTF_8);
            assertTrue(cv.length > 1024 * 1024 && cv.length < MAX_MB * 1024 * 1024);
            analyse(browser(), new FilePart("long.txt", cv), "pmo-manager");
            analyse(browser(), new FilePart(CV, sample(CV)), "pmo-manager", "jobAd", new FilePart("ad.txt", cv));
            for (WatchKey key = watch.poll(); key != null; key = watch.poll()) {
                key.pollEvents().forEach(e -> created.add(String.valueOf(e.context())));
                key.reset();
            }
        }
        // Other programs share the folder: only the server's own kinds of file count.
        assertTrue(created.stream().noneMatch(n -> n.startsWith("MultiPart") || n.toLowerCase(java.util.Locale.ROOT)
                .contains("jetty") || n.toLowerCase(java.util.Locale.ROOT).contains("javalin")), created.toString());
    }

    @Test
    void unknownPagesAndMethodsGetTheErrorPage() throws Exception {
        HttpResponse<String> r = browser().get("/nothing-here");
        assertEquals(404, r.statusCode());
        assertTrue(r.body().contains("id=\"error\""), r.body());
        assertEquals(Guard.CSP, r.headers().firstValue("Content-Security-Policy").orElse(""));
        HttpResponse<String> download = browser().get("/download/report");
        assertTrue(download.statusCode() == 404 || download.statusCode() == 405, "" + download.statusCode());
        assertTrue(download.body().contains("id=\"error\""), download.body());
    }
}

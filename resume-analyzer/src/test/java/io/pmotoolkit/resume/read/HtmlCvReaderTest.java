package io.pmotoolkit.resume.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlCvReaderTest {

    private static final CvReader READER = new CvReader();

    private static CvDocument read(String html) throws CvReadException {
        return READER.read("page.html", html.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> texts(CvDocument doc) {
        return doc.lines().stream().map(CvLine::text).toList();
    }

    @Test
    void aSavedJobPageIsReadAsLinesWithHeadingsAndBullets() throws IOException {
        CvDocument doc = read("""
                <!DOCTYPE html><html><head><title>PMO Analyst | Jobs</title>
                <script>var tracking = "Requirements: none";</script><style>p { color: red }</style></head>
                <body><nav><a href="/">Home</a> <a href="/jobs">Jobs</a></nav>
                <h1>PMO Analyst</h1><p><strong>Essential</strong></p>
                <ul><li>Experience of <b>RAID</b> logs.</li><li><p>Advanced Excel.</p></li></ul>
                <table><tr><th>Salary</th><td>£40,000</td></tr></table>
                <footer>Cookies and privacy</footer></body></html>
                """);
        assertEquals(DocumentFormat.HTML, doc.format());
        assertEquals(List.of("PMO Analyst", "Essential", "Experience of RAID logs.", "Advanced Excel.", "Salary: £40,000"),
                texts(doc));
        assertTrue(doc.lines().get(0).heading() && doc.lines().get(1).heading(), doc.lines().toString());
        assertTrue(doc.lines().get(2).bullet() && doc.lines().get(3).bullet(), doc.lines().toString());
        assertFalse(doc.lines().get(4).bullet(), doc.lines().toString());
        assertEquals("PMO Analyst | Jobs", doc.title());
    }

    @Test
    void aJobPostingsStructuredDataGivesTheTitle() throws IOException {
        CvDocument doc = read("""
                <html><head><title>Careers</title><meta property="og:title" content="Join us">
                <script type="application/ld+json">{"@context":"https://schema.org","@type":"JobPosting",
                "hiringOrganization":{"@type":"Organization","title":"not this"},"title":"Head of PMO"}</script>
                </head><body><p>We are hiring a Head of PMO to lead the portfolio office.</p></body></html>
                """);
        assertEquals("Head of PMO", doc.title());
        assertEquals("Join us", read("<html><head><meta property=\"og:title\" content=\"Join us\"></head><body><p>Text.</p></body></html>").title());
        assertNull(read("<html><body><p>Only text.</p></body></html>").title());
    }

    /** Nothing is fetched: images, styles, scripts and frames pointing at an address that does not answer are not followed. */
    @Test
    void nothingIsFetchedOrResolved() throws IOException {
        CvDocument doc = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> read("""
                <html><head><link rel="stylesheet" href="http://10.255.255.1/a.css">
                <script src="http://10.255.255.1/a.js"></script></head>
                <body><iframe src="http://10.255.255.1/frame">frame text</iframe><img src="http://10.255.255.1/x.png">
                <p>Led the PMO. <a href="https://www.linkedin.com/in/someone">LinkedIn</a></p></body></html>
                """));
        assertEquals(List.of("Led the PMO. LinkedIn"), texts(doc));
        assertEquals(List.of("https://www.linkedin.com/in/someone"), doc.links());
    }

    @Test
    void aDeeplyNestedPageIsReadWithoutRecursion() throws IOException {
        String html = "<html><body>" + "<div>".repeat(200_000) + "Project support officer" + "</div>".repeat(200_000)
                + "</body></html>";
        CvDocument doc = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> read(html));
        assertEquals(List.of("Project support officer"), texts(doc));
    }

    @Test
    void aPageOverTheHtmlLimitIsRefused() {
        byte[] big = ("<html><body><p>" + "word ".repeat(HtmlCvReader.MAX_HTML_BYTES / 5 + 1) + "</p></body></html>")
                .getBytes(StandardCharsets.UTF_8);
        CvReadException e = assertThrows(CvReadException.class, () -> READER.read("big.html", big));
        assertEquals(CvReadException.Reason.TOO_LARGE, e.reason());
        assertTrue(e.getMessage().startsWith("big.html is a web page of 8.0 MB (the limit is 8 MB)"), e.getMessage());
    }

    @Test
    void onlyTextThatOpensAsAPageIsHtml() {
        assertTrue(Sniffer.looksLikeHtml("\uFEFF  <!DOCTYPE html><html>".getBytes(StandardCharsets.UTF_8)));
        assertTrue(Sniffer.looksLikeHtml("<?xml version=\"1.0\"?>\n<!-- saved -->\n<html>".getBytes(StandardCharsets.UTF_8)));
        assertTrue(Sniffer.looksLikeHtml("<HTML><BODY>".getBytes(StandardCharsets.UTF_8)));
        assertFalse(Sniffer.looksLikeHtml("# Jane Doe\n<br>\nPMO Analyst".getBytes(StandardCharsets.UTF_8)));
        assertFalse(Sniffer.looksLikeHtml("Jane Doe <jane@example.com>".getBytes(StandardCharsets.UTF_8)));
    }

    /** A CV saved as a web page is read as one: its sections and dated roles come through as lines. */
    @Test
    void aCvSavedAsAWebPageKeepsItsLines() throws IOException {
        CvDocument doc = READER.read("cv.htm", """
                <html><body><h1>Jane Doe</h1><p>jane@example.com</p><h2>EXPERIENCE</h2>
                <p><b>PMO Analyst</b>, Acme Ltd, 2019 – 2024</p>
                <ul><li>Ran the portfolio reporting cycle and cut it from ten days to four.</li></ul></body></html>
                """.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("Jane Doe", "jane@example.com", "EXPERIENCE", "PMO Analyst, Acme Ltd, 2019 – 2024",
                "Ran the portfolio reporting cycle and cut it from ten days to four."), texts(doc));
        assertTrue(doc.warnings().stream().noneMatch(w -> w.contains("really")), doc.warnings().toString());
    }

    /** Seeded mutations of the sample saved job page: each is read or refused with a reason, never a crash. */
    @Test
    void mutatedPagesAreReadOrRefusedCleanly() throws IOException {
        byte[] page = java.nio.file.Files.readAllBytes(BadInputReadingTest.sample("job-ads/pmo-manager-saved-job-page.html"));
        java.util.Random random = new java.util.Random(17);
        for (int i = 0; i < 300; i++) {
            byte[] b = page.clone();
            for (int k = 0; k < 1 + random.nextInt(40); k++) {
                int at = random.nextInt(b.length);
                b[at] = switch (random.nextInt(4)) {
                    case 0 -> (byte) '<';
                    case 1 -> (byte) '>';
                    case 2 -> 0;
                    default -> (byte) random.nextInt(256);
                };
            }
            int cut = random.nextInt(4) == 0 ? random.nextInt(b.length) : b.length;
            byte[] input = java.util.Arrays.copyOf(b, Math.max(1, cut));
            try {
                READER.read("page.html", input);
            } catch (CvReadException e) {
                assertFalse(e.getMessage().contains("\n"), e.getMessage());
            }
        }
    }
}

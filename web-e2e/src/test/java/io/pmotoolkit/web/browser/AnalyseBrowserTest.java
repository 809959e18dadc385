package io.pmotoolkit.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.json.Json;
import org.openqa.selenium.support.ui.Select;

/**
 * Every sample CV (PDF, Word and text) uploaded through the Analyse form in headless Chromium, the Results
 * page checked against its contract, an advert given as a file and as pasted text, and the four downloads
 * saved by the browser and read back (the PDFs with PDFBox).
 */
class AnalyseBrowserTest {

    private static final Set<String> EVIDENCE = Set.of("achievement", "experience", "listed");
    @RegisterExtension
    static final OneBrowser BROWSER = new OneBrowser();
    private static List<String> roles;

    @BeforeAll
    static void open() {
        roles = Pages.roles(BROWSER.get().driver());
    }

    /** Every CV at the top of samples/, each with a role of the form's list in turn. */
    static Stream<String> sampleCvs() throws IOException {
        try (Stream<Path> s = Files.list(App.samples())) {
            return s.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".pdf") || n.endsWith(".docx") || n.endsWith(".txt"))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    @Test
    void theFormOffersEveryRoleAndPickFromTheAdvertFirst() {
        WebDriver d = BROWSER.get().driver();
        Pages.openAnalyse(d);
        List<WebElement> options = new Select(d.findElement(By.id("role"))).getOptions();
        assertEquals("", options.get(0).getAttribute("value"), "first option");
        assertTrue(options.get(0).getText().toLowerCase(java.util.Locale.ROOT).contains("advert"), options.get(0).getText());
        assertTrue(roles.containsAll(List.of("pmo-administrator", "pmo-analyst", "pmo-manager", "head-of-pmo")),
                roles.toString());
        WebElement form = d.findElement(By.id("analyse-form"));
        assertEquals("post", form.getAttribute("method").toLowerCase(java.util.Locale.ROOT));
        assertEquals("multipart/form-data", form.getAttribute("enctype"));
        assertFalse(d.findElement(By.cssSelector("#analyse-form input[name=csrf]")).getAttribute("value").isBlank(),
                "csrf token");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sampleCvs")
    void eachSampleCvShowsItsResults(String name) throws IOException {
        List<String> all = sampleCvs().toList();
        String role = roles.get(all.indexOf(name) % roles.size());
        WebDriver d = BROWSER.get().driver();
        Pages.analyse(d, App.sample(name), role, null);
        Pages.expectResults(d, name);
        ResultsPage page = ResultsPage.read(BROWSER.get());
        assertTrue(page.h1().contains(name), page.h1());
        Pages.score(d);
        assertFalse(page.scoreParts().isBlank(), "#score-parts");
        assertFalse(page.hasAdvert(), "#advert without an advert");
        assertTrue(page.cvLines() >= 5, "cv lines: " + page.cvLines());
        // As many places marked as the analysis found terms for: none only for a CV that shows none for the role
        // (the software engineer, the negative example, for the entry role).
        boolean found = !io.pmotoolkit.app.Toolkit.builder().build().start(role, null, App.sample(name).toString())
                .analyze(App.sample(name).toString()).keywords().found().isEmpty();
        assertEquals(found, !page.terms().isEmpty(), "terms highlighted in " + name + " for " + role);
        for (List<String> term : page.terms()) {
            assertFalse(term.get(0).isBlank(), "an empty mark.term");
            assertTrue(EVIDENCE.contains(term.get(1)), term.get(0) + " data-evidence=" + term.get(1));
        }
        for (List<String> duty : page.duties()) {
            assertTrue(Integer.parseInt(duty.get(1)) >= 1, "no .rewrite in the duty line " + duty.get(0));
            assertFalse(duty.get(2).isBlank(), "an empty rewrite beside " + duty.get(0));
        }
        assertEquals(List.of(), page.absent(), "elements of the Results page's contract missing");
        assertFalse(page.atsText().isBlank(), "#ats-text");
        System.out.println(name + " (" + role + "): " + page.terms().size() + " terms, " + page.duties().size()
                + " duty lines");
    }

    @Test
    void theTextSampleShowsItsOwnLinesAndWhatAnAtsReads() throws IOException {
        WebDriver d = BROWSER.get().driver();
        Pages.analyse(d, App.sample("amelia-hart-project-manager.txt"), "pmo-manager", null);
        Pages.expectResults(d, "the text sample");
        List<String> lines = Files.readAllLines(App.sample("amelia-hart-project-manager.txt"), StandardCharsets.UTF_8)
                .stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        String cvText = d.findElement(By.id("cv-text")).getText();
        assertTrue(cvText.contains(lines.get(0)), "first line " + lines.get(0) + " not in #cv-text");
        assertTrue(d.findElement(By.id("ats-text")).getText().contains(lines.get(0)), "#ats-text");
    }

    @Test
    void anAdvertFileGivesTheMatchRateWithoutARole() {
        WebDriver d = BROWSER.get().driver();
        Pages.analyse(d, App.sample("sofia-martinez-pmo-analyst.pdf"), "",
                App.sample("job-ads/pmo-analyst-fintech.md"));
        Pages.expectResults(d, "with an advert file");
        String advert = Pages.text(d, By.id("advert"));
        assertTrue(advert.matches("(?s).*\\d.*"), "#advert has no figure: " + advert);
        Pages.score(d);
    }

    @Test
    void aPastedAdvertWorksLikeAFile() throws IOException {
        WebDriver d = BROWSER.get().driver();
        Pages.openAnalyse(d);
        d.findElement(By.id("cv")).sendKeys(App.sample("david-okafor-business-analyst.docx").toString());
        String advert = Files.readString(App.sample("job-ads/pmo-administrator-city-council.txt"));
        // Set as a paste would (typing 1,700 characters key by key adds seconds and tests nothing more).
        BROWSER.get().script("arguments[0].value = arguments[1]", d.findElement(By.id("job-ad-text")), advert);
        WebElement form = d.findElement(By.id("analyse-form"));
        d.findElement(By.id("analyse-submit")).click();
        Pages.awaitNewPage(d, form);
        Pages.expectResults(d, "with a pasted advert");
        assertFalse(Pages.text(d, By.id("advert")).isBlank(), "#advert");
    }

    @Test
    void theDownloadsAreTheReportThePackAndTheJsonOfThisCv() throws IOException {
        WebDriver d = BROWSER.get().driver();
        Pages.analyse(d, App.sample("amelia-hart-project-manager.pdf"), "pmo-manager", null);
        Pages.expectResults(d, "amelia-hart-project-manager.pdf");
        int score = Pages.score(d);
        // Her CV states duties ("Responsible for ..."): the page flags them, each with a rewrite.
        assertFalse(ResultsPage.read(BROWSER.get()).duties().isEmpty(), "no .duty-line");
        String url = d.getCurrentUrl();

        Path report = Pages.download(d, "download-report", BROWSER.get().downloads());
        assertEquals(url, d.getCurrentUrl(), "a download leaves the Results page in place");
        try (PDDocument pdf = Loader.loadPDF(report.toFile())) {
            assertTrue(pdf.getNumberOfPages() >= 1, "pages");
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("CV gap report"), text);
            assertTrue(text.contains("PMO Manager"), "the role's name: " + text);
            assertTrue(text.contains("amelia-hart-project-manager.pdf"), "the CV's file name: " + text);
        }
        assertTrue(report.getFileName().toString().endsWith(".pdf"), report.toString());

        Path packPdf = Pages.download(d, "download-pack-pdf", BROWSER.get().downloads());
        try (PDDocument pdf = Loader.loadPDF(packPdf.toFile())) {
            assertTrue(pdf.getNumberOfPages() >= 1, "pack pages");
            assertTrue(new PDFTextStripper().getText(pdf).contains("?"), "the pack has questions");
        }

        Path md = Pages.download(d, "download-pack-md", BROWSER.get().downloads());
        String markdown = Files.readString(md);
        assertTrue(md.getFileName().toString().endsWith(".md"), md.toString());
        assertTrue(markdown.startsWith("#") && markdown.contains("?"), markdown);

        Path json = Pages.download(d, "download-json", BROWSER.get().downloads());
        Map<String, Object> analysis = new Json().toType(Files.readString(json), Json.MAP_TYPE);
        @SuppressWarnings("unchecked")
        Map<String, Object> scoreObject = (Map<String, Object>) analysis.get("score");
        assertEquals(score, ((Number) scoreObject.get("overall")).intValue(), "JSON score against #score");
    }
}

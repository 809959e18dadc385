package io.pmotoolkit.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * axe-core on the Analyse, Results, Practise (question and feedback), Compare, comparison and error pages, at
 * desktop width and at a phone's 375 pixels, failing on any serious or critical violation; and at phone width no
 * page is wider than the screen.
 */
class AccessibilityBrowserTest {

    @RegisterExtension
    static final OneBrowser BROWSER = new OneBrowser();

    @Test
    void theAnalysePage() {
        Pages.openAnalyse(BROWSER.get().driver());
        check("Analyse");
    }

    @Test
    void theResultsPageWithAnAdvert() {
        Pages.analyse(BROWSER.get().driver(), App.sample("james-whitaker-head-of-pmo.pdf"), "head-of-pmo",
                App.sample("job-ads/head-of-pmo-housing-group.md"));
        Pages.expectResults(BROWSER.get().driver(), "james-whitaker-head-of-pmo.pdf");
        assertFalse(BROWSER.get().driver().findElements(By.id("advert")).isEmpty(), "#advert");
        check("Results");
    }

    @Test
    void thePractisePageBeforeAndAfterAnAnswer() {
        WebDriver d = BROWSER.get().driver();
        Pages.analyse(d, App.sample("amelia-hart-project-manager.docx"), "pmo-manager", null);
        Pages.expectResults(d, "amelia-hart-project-manager.docx");
        d.findElement(By.id("practise-start")).click();
        Pages.wait(d).until(x -> !x.findElements(By.id("question")).isEmpty());
        check("Practise");
        d.findElement(By.id("answer")).sendKeys("I ran the weekly report. As a result it went out on time.");
        d.findElement(By.id("answer-submit")).click();
        Pages.wait(d).until(x -> !x.findElements(By.id("feedback")).isEmpty());
        check("Practise feedback");
    }

    @Test
    void theComparePageAndAComparisonWithAnAdvert() {
        WebDriver d = BROWSER.get().driver();
        CompareBrowserTest.openCompare(d);
        check("Compare");
        CompareBrowserTest.compare(d, "", CompareBrowserTest.AD);
        assertFalse(d.findElements(By.id("match-rate-change")).isEmpty(), "#match-rate-change");
        check("Comparison");
    }

    @Test
    void theErrorPage() {
        Pages.analyse(BROWSER.get().driver(), App.hostile("no-text-no-images.pdf"), "pmo-analyst", null);
        assertFalse(Pages.text(BROWSER.get().driver(), By.id("error")).isBlank(), "#error");
        check("error");
    }

    /** axe at desktop width, then axe and the overflow check at phone width, on the page as it is. */
    private static void check(String page) {
        Axe.assertNoSeriousViolations(BROWSER.get().driver(), page);
        BROWSER.get().phone();
        try {
            Axe.assertNoSeriousViolations(BROWSER.get().driver(), page + " (phone)");
            List<String> overflow = BROWSER.get().horizontalOverflow();
            assertEquals(List.of(), overflow, page + " is wider than a " + Browser.PHONE_WIDTH + " px phone");
        } finally {
            BROWSER.get().desktop();
        }
    }
}

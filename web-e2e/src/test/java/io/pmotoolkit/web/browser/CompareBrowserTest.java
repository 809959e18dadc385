package io.pmotoolkit.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pmotoolkit.app.CompareRun;
import io.pmotoolkit.app.Toolkit;
import io.pmotoolkit.core.result.CvComparison;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.json.Json;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The Compare page in headless Chromium: two versions of a sample CV uploaded through its form, the comparison
 * checked against {@code pmo compare}'s own result, with and without an advert, and both downloads saved by the
 * browser and read back.
 */
class CompareBrowserTest {

    static final String OLD = "amelia-hart-project-manager.txt";
    static final String NEW = "amelia-hart-project-manager-revised.txt";
    static final String AD = "job-ads/pmo-analyst-fintech.md";

    @RegisterExtension
    static final OneBrowser BROWSER = new OneBrowser();

    /** Opens the Compare page. */
    static void openCompare(WebDriver d) {
        d.get(App.home().resolve("/compare").toString());
        Pages.wait(d).until(ExpectedConditions.presenceOfElementLocated(By.id("compare-form")));
        Pages.wait(d).until(x -> "complete".equals(((JavascriptExecutor) x).executeScript("return document.readyState")));
    }

    /** Fills the Compare form (role "" for "pick from the advert"; advert null for none), sends it, awaits the answer. */
    static void compare(WebDriver d, String role, String advert) {
        openCompare(d);
        d.findElement(By.id("old-cv")).sendKeys(App.sample(OLD).toString());
        d.findElement(By.id("new-cv")).sendKeys(App.sample(NEW).toString());
        new Select(d.findElement(By.id("role"))).selectByValue(role);
        if (advert != null) {
            d.findElement(By.id("job-ad")).sendKeys(App.sample(advert).toString());
        }
        WebElement form = d.findElement(By.id("compare-form"));
        d.findElement(By.id("compare-submit")).click();
        Pages.wait(d).until(ExpectedConditions.stalenessOf(form));
        Pages.wait(d).until(ExpectedConditions.or(ExpectedConditions.presenceOfElementLocated(By.id("comparison")),
                ExpectedConditions.presenceOfElementLocated(By.id("error"))));
        assertEquals("", Pages.text(d, By.id("error")), "the error page instead of the comparison");
    }

    @Test
    void twoVersionsShowWhatChangedAndTheDownloadsAreSaved() throws IOException {
        CvComparison expected = CompareRun.compare(Toolkit.builder().build(), "pmo-manager", null,
                App.sample(OLD).toString(), App.sample(NEW).toString());
        WebDriver d = BROWSER.get().driver();
        compare(d, "pmo-manager", null);
        String overall = Pages.text(d, By.cssSelector("#score-change tr.overall"));
        assertTrue(overall.matches("Overall \\(of 100\\) " + expected.score().before() + " " + expected.score().after()
                + " .*"), overall);
        assertTrue(d.findElements(By.id("match-rate-change")).isEmpty(), "no advert, no match rate");
        assertEquals(expected.scoreParts().size(), d.findElements(By.cssSelector("#score-change tbody tr")).size() - 1,
                "a row per part of the score");
        assertEquals(expected.gained().size(), d.findElements(By.cssSelector("#gained li")).size(), "#gained");
        assertEquals(expected.lost().size(), d.findElements(By.cssSelector("#lost li")).size(), "#lost");
        assertTrue(expected.becameAchievements().size() > 0, "the revised sample turns duties into results");
        String became = Pages.text(d, By.id("became-achievements"));
        for (CvComparison.LineChange l : expected.becameAchievements()) {
            assertTrue(became.contains(l.newText()), l.newText() + " in\n" + became);
        }
        assertEquals(expected.checksFixed().size(), d.findElements(By.cssSelector("#checks-fixed li")).size());
        assertEquals(expected.stillMissing().size(), d.findElements(By.cssSelector("#still-missing li")).size());

        Path json = Pages.download(d, "download-compare-json", BROWSER.get().downloads());
        Map<String, Object> c = new Json().toType(Files.readString(json), Json.MAP_TYPE);
        assertEquals(OLD, c.get("oldFile"));
        assertEquals(NEW, c.get("newFile"));
        assertEquals(expected.becameAchievements().size(), ((List<?>) c.get("becameAchievements")).size());
        assertTrue(json.getFileName().toString().endsWith(".pmo-manager.compare.json"), json.toString());
        Path md = Pages.download(d, "download-compare-md", BROWSER.get().downloads());
        String markdown = Files.readString(md);
        assertTrue(markdown.startsWith("# CV versions compared\n"), markdown);
        assertTrue(markdown.contains("## Duties that now state a result (" + expected.becameAchievements().size()
                + ")"), markdown);
    }

    @Test
    void anAdvertGivesTheMatchRateOfBothVersions() throws IOException {
        CvComparison expected = CompareRun.compare(Toolkit.builder().build(), null, App.sample(AD).toString(),
                App.sample(OLD).toString(), App.sample(NEW).toString());
        WebDriver d = BROWSER.get().driver();
        compare(d, "", AD);
        String row = Pages.text(d, By.id("match-rate-change"));
        assertTrue(row.matches("Advert match \\(of 100\\) " + expected.matchRate().before() + " "
                + expected.matchRate().after() + " .*"), row);
        assertTrue(Pages.text(d, By.cssSelector("#comparison .lead")).contains(expected.role().title()),
                "the role the advert picked");
    }
}

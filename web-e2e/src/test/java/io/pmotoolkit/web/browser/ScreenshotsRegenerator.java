package io.pmotoolkit.web.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * Writes the screenshots of docs/web.md and README.md into {@code docs/screenshots/}: the Analyse, Results and
 * Practise pages at desktop width, the Results page's CV text with its highlights, and the Results page on a
 * phone. Not a test: it runs only when asked, after
 * a change to the pages:
 *
 * <pre>./mvnw -pl web-e2e -am verify -Dtest=ScreenshotsRegenerator -Dsurefire.failIfNoSpecifiedTests=false -Dpmo.regenerate=true</pre>
 *
 * Each shot is the top of the page, {@value Browser#DESKTOP_WIDTH} by {@value #DESKTOP_SHOT_HEIGHT} CSS pixels
 * (the phone's {@value Browser#PHONE_WIDTH} by {@value #PHONE_SHOT_HEIGHT}), so the images stay small.
 */
class ScreenshotsRegenerator {

    static final int DESKTOP_SHOT_HEIGHT = 1100;
    static final int PHONE_SHOT_HEIGHT = 1300;
    static final int CV_TEXT_SHOT_HEIGHT = 900;
    @RegisterExtension
    static final OneBrowser BROWSER = new OneBrowser();

    @Test
    @EnabledIfSystemProperty(named = "pmo.regenerate", matches = "true")
    void regenerateScreenshots() throws IOException {
        WebDriver d = BROWSER.get().driver();
        Path dir = App.root().resolve("docs/screenshots");
        Files.createDirectories(dir);

        Pages.openAnalyse(d);
        shot(dir.resolve("analyse.png"), Browser.DESKTOP_WIDTH, DESKTOP_SHOT_HEIGHT);

        Pages.analyse(d, App.sample("amelia-hart-project-manager.pdf"), "", App.sample("job-ads/pmo-analyst-fintech.md"));
        Pages.expectResults(d, "amelia-hart-project-manager.pdf");
        shot(dir.resolve("results.png"), Browser.DESKTOP_WIDTH, DESKTOP_SHOT_HEIGHT);
        // The CV's own text with its highlighted terms and duty lines, from its heading down.
        Number top = (Number) BROWSER.get().script(
                "const h = document.getElementById('cv-text').closest('section') || document.getElementById('cv-text');"
                        + " return h.getBoundingClientRect().top + window.scrollY;");
        shot(dir.resolve("results-cv-text.png"), top.intValue(), Browser.DESKTOP_WIDTH, CV_TEXT_SHOT_HEIGHT);
        BROWSER.get().phone();
        shot(dir.resolve("results-phone.png"), Browser.PHONE_WIDTH, PHONE_SHOT_HEIGHT);
        BROWSER.get().desktop();

        d.findElement(By.id("practise-start")).click();
        Pages.wait(d).until(x -> !x.findElements(By.id("question")).isEmpty());
        d.findElement(By.id("answer")).sendKeys(Files.readString(App.sample("answers/weekly-report-collation.txt")).strip());
        d.findElement(By.id("answer-submit")).click();
        Pages.wait(d).until(x -> !x.findElements(By.id("feedback")).isEmpty());
        shot(dir.resolve("practise.png"), Browser.DESKTOP_WIDTH, DESKTOP_SHOT_HEIGHT);
    }

    /** The top {@code width} x {@code height} CSS pixels of the page as a PNG. */
    private static void shot(Path out, int width, int height) throws IOException {
        shot(out, 0, width, height);
    }

    /** {@code width} x {@code height} CSS pixels of the page from {@code top} down, as a PNG. */
    private static void shot(Path out, int top, int width, int height) throws IOException {
        BROWSER.get().script("window.scrollTo(0, 0)");
        Map<String, Object> clip = Map.of("x", 0, "y", top, "width", width, "height", height, "scale", 1);
        Map<String, Object> r = BROWSER.get().driver().executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
        Files.write(out, Base64.getDecoder().decode((String) r.get("data")));
        System.out.println("wrote " + out + " (" + Files.size(out) / 1024 + " KB)");
    }
}

package io.pmotoolkit.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pmotoolkit.app.Toolkit;
import io.pmotoolkit.app.render.JsonOutput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.json.Json;

/**
 * The advert match on the Results page in headless Chromium: the rate, its band, the terms and asks tables as
 * {@code pmo analyze --job-ad} computes them, and the same rate in the JSON the page's download saves.
 */
class AdvertMatchBrowserTest {

    private static final String CV = "sofia-martinez-pmo-analyst.pdf";
    private static final String AD = "job-ads/pmo-analyst-fintech.md";

    @RegisterExtension
    static final OneBrowser BROWSER = new OneBrowser();

    @Test
    void theResultsShowTheMatchOfTheCommandLine() throws IOException {
        String cv = App.sample(CV).toString();
        Map<String, Object> cli = new Json().toType(JsonOutput.write(Toolkit.builder().build()
                .start(null, App.sample(AD).toString(), cv).analyze(cv)), Json.MAP_TYPE);
        Map<String, Object> match = map(map(cli, "jobAd"), "match");
        WebDriver d = BROWSER.get().driver();
        Pages.analyse(d, App.sample(CV), "", App.sample(AD));
        Pages.expectResults(d, CV + " with " + AD);

        String rate = Pages.text(d, By.cssSelector("#match-rate .score"));
        assertTrue(rate.startsWith(((Number) match.get("rate")).intValue() + " out of 100"), rate);
        assertEquals(match.get("band"), d.findElement(By.cssSelector("#match-rate .band")).getAttribute("data-band"));
        assertEquals(match.get("cap") != null, !d.findElements(By.id("match-cap")).isEmpty(), "#match-cap");

        List<WebElement> rows = d.findElements(By.cssSelector("#match-terms tbody tr"));
        List<?> terms = (List<?>) match.get("terms");
        assertFalse(terms.isEmpty(), "the advert has terms");
        assertEquals(terms.size(), rows.size(), "a row per term of the advert");
        for (int i = 0; i < terms.size(); i++) {
            @SuppressWarnings("unchecked")
            Map<String, Object> t = (Map<String, Object>) terms.get(i);
            assertEquals(t.get("term"), rows.get(i).findElement(By.cssSelector("th")).getText(), "row " + i);
        }
        List<?> asks = (List<?>) match.get("asks");
        assertEquals(asks.size(), d.findElements(By.cssSelector("#match-asks tbody tr")).size(), "a row per ask");

        // The match comes first in the advert's section, and the download carries the same figure.
        WebElement advert = d.findElement(By.id("advert"));
        assertEquals("match", advert.findElement(By.cssSelector("section")).getAttribute("id"));
        Path json = Pages.download(d, "download-json", BROWSER.get().downloads());
        Map<String, Object> saved = new Json().toType(Files.readString(json), Json.MAP_TYPE);
        assertEquals(((Number) match.get("rate")).intValue(),
                ((Number) map(map(saved, "jobAd"), "match").get("rate")).intValue(), "the saved JSON's rate");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> m, String key) {
        Object v = m.get(key);
        assertTrue(v instanceof Map, key + " in " + m.keySet());
        return (Map<String, Object>) v;
    }
}

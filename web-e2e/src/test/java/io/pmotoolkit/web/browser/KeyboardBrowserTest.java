package io.pmotoolkit.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The Analyse form used from the keyboard alone: Tab reaches the CV, the role, the advert file, the advert text
 * and the button in that order; the role is chosen with the arrow keys, the advert typed, and Enter on the
 * button sends the form. (The file itself is given as WebDriver gives it, standing in for the system's file
 * chooser, which the keyboard opens but a headless browser does not show.)
 */
class KeyboardBrowserTest {

    private static final List<String> ORDER = List.of("cv", "role", "job-ad", "job-ad-text", "analyse-submit");
    @RegisterExtension
    static final OneBrowser BROWSER = new OneBrowser();

    @Test
    void theAnalyseFormIsFilledAndSentWithTabArrowsAndEnter() {
        WebDriver d = BROWSER.get().driver();
        Pages.openAnalyse(d);
        d.findElement(By.id("cv")).sendKeys(App.sample("sofia-martinez-pmo-analyst.docx").toString());
        BROWSER.get().script("document.activeElement.blur(); window.focus();");
        // Tab from the top of the page until the button, noting the form's fields in the order focus meets them.
        List<String> met = new ArrayList<>();
        for (int i = 0; i < 40 && !met.contains("analyse-submit"); i++) {
            new Actions(d).sendKeys(Keys.TAB).perform();
            String id = (String) BROWSER.get().script("return document.activeElement.id");
            if (ORDER.contains(id) && !met.contains(id)) {
                met.add(id);
                if (id.equals("role")) {
                    // Down the list to the PMO Analyst role, with the arrow key only.
                    for (int j = 0; j < 20 && !"pmo-analyst".equals(value(d, "role")); j++) {
                        new Actions(d).sendKeys(Keys.ARROW_DOWN).perform();
                    }
                    assertEquals("pmo-analyst", value(d, "role"), "the role chosen with the arrow key");
                }
                if (id.equals("job-ad-text")) {
                    new Actions(d).sendKeys("PMO Analyst: keep the RAID log; weekly reports.").perform();
                }
            }
            assertTrue(isVisiblyFocused(d), "no visible focus on " + describeActive());
        }
        assertEquals(ORDER, met, "fields in the order Tab reaches them");
        WebElement form = d.findElement(By.id("analyse-form"));
        new Actions(d).sendKeys(Keys.ENTER).perform();
        Pages.awaitNewPage(d, form);
        Pages.expectResults(d, "sent from the keyboard");
        assertTrue(d.findElement(By.tagName("h1")).getText().contains("sofia-martinez-pmo-analyst.docx"));
        assertTrue(d.findElements(By.id("advert")).size() == 1, "the typed advert was sent");
        Pages.score(d);
    }

    private static String value(WebDriver d, String id) {
        return d.findElement(By.id(id)).getAttribute("value");
    }

    private static String describeActive() {
        return String.valueOf(BROWSER.get().script("const e = document.activeElement; return e.tagName + '#' + e.id"));
    }

    /** The focused element draws an outline or a box shadow (a focus ring), or is the page itself. */
    private static boolean isVisiblyFocused(WebDriver d) {
        return (Boolean) BROWSER.get().script("""
                const e = document.activeElement;
                if (!e || e === document.body) return true;
                const s = getComputedStyle(e);
                return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none';
                """);
    }
}

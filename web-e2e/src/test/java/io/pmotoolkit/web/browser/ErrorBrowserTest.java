package io.pmotoolkit.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * A bad upload shows the error page with the command line's one-line message, and the next good upload works
 * in the same BROWSER.get().
 */
class ErrorBrowserTest {

    @RegisterExtension
    static final OneBrowser BROWSER = new OneBrowser();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            no-text-no-images.pdf        | contains no text
            three-million-operators.pdf  | more than 2,000,000 content operators
            spin-count-2e9.docx          | password
            """)
    void aBadUploadShowsTheErrorAndTheNextGoodOneWorks(String file, String message) {
        WebDriver d = BROWSER.get().driver();
        Path bad = App.hostile(file);
        Pages.analyse(d, bad, "pmo-analyst", null);
        int status = BROWSER.get().lastDocumentStatus();
        assertTrue(status >= 400 && status < 600, "status " + status);
        String error = Pages.text(d, By.id("error"));
        assertTrue(error.contains(message), "#error: " + error);
        assertFalse(error.contains("\n"), "one line: " + error);
        assertFalse(error.contains("Exception") || error.contains("at io."), "no stack trace: " + error);
        assertTrue(d.findElements(By.id("score")).isEmpty(), "no score on the error page");

        Pages.analyse(d, App.sample("priya-nair-operations-lead.pdf"), "pmo-analyst", null);
        assertEquals(200, BROWSER.get().lastDocumentStatus(), "the good upload's status");
        Pages.expectResults(d, "the good upload after the bad one");
        Pages.score(d);
    }
}

package io.pmotoolkit.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The checks the app's browser tests rely on, shown to fail on pages of our own that break them: axe finds
 * an image without text and an unlabelled field, and the overflow check finds a box wider than a phone.
 */
class HarnessSelfTest {

    private static Browser browser;

    @BeforeAll
    static void open() {
        browser = Browser.start();
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void axeFailsOnAnImageWithoutTextAndAnUnlabelledField() {
        browser.driver().get(page("broken.html"));
        List<String> ids = Axe.violations(browser.driver()).stream().map(Axe.Violation::id).toList();
        assertTrue(ids.containsAll(List.of("image-alt", "label")), ids.toString());
        AssertionError e = assertThrows(AssertionError.class,
                () -> Axe.assertNoSeriousViolations(browser.driver(), "broken"));
        assertTrue(e.getMessage().contains("image-alt"), e.getMessage());
    }

    @Test
    void axePassesAPlainLabelledPage() {
        browser.driver().get(page("clean.html"));
        Axe.assertNoSeriousViolations(browser.driver(), "clean");
    }

    @Test
    void overflowIsFoundAtPhoneWidthOnly() {
        browser.driver().get(page("broken.html"));
        assertEquals(List.of(), browser.horizontalOverflow(), "desktop");
        browser.phone();
        try {
            List<String> overflow = browser.horizontalOverflow();
            assertTrue(overflow.stream().anyMatch(s -> s.startsWith("div#wide")), overflow.toString());
            browser.driver().get(page("clean.html"));
            assertEquals(Browser.PHONE_WIDTH, ((Number) browser.script("return window.innerWidth")).intValue());
            assertEquals(List.of(), browser.horizontalOverflow(), "clean page on a phone");
        } finally {
            browser.desktop();
        }
    }

    private static String page(String name) {
        try {
            return Path.of(HarnessSelfTest.class.getResource("/harness/" + name).toURI()).toUri().toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}

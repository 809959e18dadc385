package io.pmotoolkit.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The checks the app's browser tests rely on, shown to fail on pages of our own that break them: axe finds
 * an image without text and an unlabelled field, and the overflow check finds a box wider than a phone.
 */
class HarnessSelfTest {

    @RegisterExtension
    static final OneBrowser BROWSER = new OneBrowser();

    @Test
    void axeFailsOnAnImageWithoutTextAndAnUnlabelledField() {
        BROWSER.get().driver().get(page("broken.html"));
        List<String> ids = Axe.violations(BROWSER.get().driver()).stream().map(Axe.Violation::id).toList();
        assertTrue(ids.containsAll(List.of("image-alt", "label")), ids.toString());
        AssertionError e = assertThrows(AssertionError.class,
                () -> Axe.assertNoSeriousViolations(BROWSER.get().driver(), "broken"));
        assertTrue(e.getMessage().contains("image-alt"), e.getMessage());
    }

    @Test
    void axePassesAPlainLabelledPage() {
        BROWSER.get().driver().get(page("clean.html"));
        Axe.assertNoSeriousViolations(BROWSER.get().driver(), "clean");
    }

    @Test
    void overflowIsFoundAtPhoneWidthOnly() {
        BROWSER.get().driver().get(page("broken.html"));
        assertEquals(List.of(), BROWSER.get().horizontalOverflow(), "desktop");
        BROWSER.get().phone();
        try {
            List<String> overflow = BROWSER.get().horizontalOverflow();
            assertTrue(overflow.stream().anyMatch(s -> s.startsWith("div#wide ")), overflow.toString());
            // A scroll box is exempt only when it fits itself.
            assertTrue(overflow.stream().anyMatch(s -> s.startsWith("div#wide-scroller ")), overflow.toString());
            BROWSER.get().driver().get(page("clean.html"));
            assertEquals(Browser.PHONE_WIDTH, ((Number) BROWSER.get().script("return window.innerWidth")).intValue());
            assertEquals(List.of(), BROWSER.get().horizontalOverflow(), "clean page on a phone");
        } finally {
            BROWSER.get().desktop();
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

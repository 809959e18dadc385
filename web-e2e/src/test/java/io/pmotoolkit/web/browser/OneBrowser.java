package io.pmotoolkit.web.browser;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One {@link Browser} for a test class, started before its first test (or the class skipped when the browser
 * packages are absent) and closed after its last.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final OneBrowser BROWSER = new OneBrowser();
 * ... BROWSER.get().driver().get(url);
 * }</pre>
 */
final class OneBrowser implements BeforeAllCallback, AfterAllCallback {

    private Browser browser;

    @Override
    public void beforeAll(ExtensionContext context) {
        browser = Browser.start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    /** The class's browser; only between its first and last test. */
    Browser get() {
        if (browser == null) {
            throw new IllegalStateException("no browser outside the test class's tests");
        }
        return browser;
    }
}

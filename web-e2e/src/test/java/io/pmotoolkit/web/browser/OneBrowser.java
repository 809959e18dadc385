package io.pmotoolkit.web.browser;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The browser of a test class: one headless Chromium for the whole test run, started before the first class
 * that asks for it (or each such class skipped when the browser packages are absent), reset to the desktop size
 * before each test, and closed when the JVM exits. Starting Chromium costs seconds on a loaded two-core machine;
 * one browser for all the classes keeps the suite short.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final OneBrowser BROWSER = new OneBrowser();
 * ... BROWSER.get().driver().get(url);
 * }</pre>
 */
final class OneBrowser implements BeforeAllCallback, BeforeEachCallback {

    private static Browser shared;

    @Override
    public void beforeAll(ExtensionContext context) {
        synchronized (OneBrowser.class) {
            if (shared == null) {
                Browser started = Browser.start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        started.close();
                    } catch (RuntimeException e) {
                        System.err.println("chromium did not stop cleanly: " + e.getMessage());
                    }
                }, "chromium-stop"));
                shared = started;
            }
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        get().desktop();
    }

    /** The run's browser; only once a test class has started it. */
    Browser get() {
        synchronized (OneBrowser.class) {
            if (shared == null) {
                throw new IllegalStateException("no browser before the test class has started");
            }
            return shared;
        }
    }
}

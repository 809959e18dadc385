package io.pmotoolkit.web.browser;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.json.Json;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * One headless Chromium: the distribution's {@code chromium} driven through its own
 * {@code chromedriver} (Debian packages {@code chromium} and {@code chromium-driver}), with a new empty
 * profile in a temporary folder that {@link #close()} deletes, and a download folder inside it.
 *
 * <p>Selenium Manager is never asked for anything: the driver and the browser are named explicitly, so a
 * machine without them makes {@link #start()} skip the test class (a JUnit assumption saying what to
 * install) instead of downloading a browser. With {@code -Dpmo.browser.required=true} (CI) a missing
 * browser fails instead, so that a CI run cannot pass by skipping every browser test.
 *
 * <p>Not thread-safe: one test at a time.
 *
 * <p>The test classes share one through {@link OneBrowser}.
 */
final class Browser implements AutoCloseable {

    /** The desktop window the pages are checked and photographed at. */
    static final int DESKTOP_WIDTH = 1280;
    static final int DESKTOP_HEIGHT = 900;
    /** A small phone (CSS pixels). */
    static final int PHONE_WIDTH = 375;
    static final int PHONE_HEIGHT = 812;

    private static final Path CHROMIUM = Path.of(System.getProperty("pmo.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("pmo.chromedriver", "/usr/bin/chromedriver"));

    private final ChromeDriver driver;
    private final Path profile;
    private final Path downloads;
    private int width = DESKTOP_WIDTH;

    private Browser(ChromeDriver driver, Path profile, Path downloads) {
        this.driver = driver;
        this.profile = profile;
        this.downloads = downloads;
    }

    /** Starts the browser, or skips the calling test class when the packages are not installed. */
    static Browser start() {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        String missing = "browser tests skipped: " + CHROMIUM + " and " + CHROMEDRIVER
                + " are needed (Debian: apt-get install chromium chromium-driver; .ci/run installs them)";
        if (!present && Boolean.getBoolean("pmo.browser.required")) {
            throw new IllegalStateException(missing.replace("skipped", "required"));
        }
        assumeTrue(present, missing);
        // Belt and braces: Selenium reads both, and neither lets Selenium Manager go online.
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        System.setProperty("SE_OFFLINE", "true");
        // Selenium's CDP version lookup warns for a Chromium newer or older than its bundled protocols;
        // these tests use only WebDriver and chromedriver's own CDP passthrough.
        Logger.getLogger("org.openqa.selenium").setLevel(Level.SEVERE);
        Path profile;
        try {
            profile = Files.createTempDirectory("pmo-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path downloads = profile.resolve("downloads");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--disable-extensions", "--hide-scrollbars", "--lang=en-GB",
                "--user-data-dir=" + profile.resolve("profile"),
                "--window-size=" + DESKTOP_WIDTH + "," + DESKTOP_HEIGHT);
        Map<String, Object> prefs = new HashMap<>();
        prefs.put("download.default_directory", downloads.toString());
        prefs.put("download.prompt_for_download", false);
        prefs.put("safebrowsing.enabled", false);
        options.setExperimentalOption("prefs", prefs);
        // The network events, for the HTTP status of the page shown (WebDriver itself does not tell it).
        options.setCapability("goog:loggingPrefs", Map.of("performance", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver;
        try {
            driver = new ChromeDriver(service, options);
        } catch (RuntimeException e) {
            deleteTree(profile);
            throw e;
        }
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        Browser browser = new Browser(driver, profile, downloads);
        browser.desktop();
        return browser;
    }

    ChromeDriver driver() {
        return driver;
    }

    /** The folder the browser saves downloads into (empty at start). */
    Path downloads() {
        return downloads;
    }

    /** Renders at the desktop size (the default). */
    void desktop() {
        emulate(DESKTOP_WIDTH, DESKTOP_HEIGHT, false);
    }

    /** Renders as a phone: {@value #PHONE_WIDTH} CSS pixels wide, the page's viewport meta applied. */
    void phone() {
        emulate(PHONE_WIDTH, PHONE_HEIGHT, true);
    }

    private void emulate(int width, int height, boolean mobile) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
        this.width = width;
    }

    /** Runs a script in the page and returns what it returns (Selenium's conversions). */
    Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /**
     * The elements reaching past the right edge of the emulated screen, as short descriptions (the first
     * 20), bar those inside a sideways-scrolling box that itself fits. A phone's browser widens its layout to an overflowing page, so the edge is the screen's width,
     * not the page's.
     */
    @SuppressWarnings("unchecked")
    List<String> horizontalOverflow() {
        return (List<String>) script("""
                const w = Math.min(document.documentElement.clientWidth, arguments[0]);
                const out = [];
                if (document.documentElement.scrollWidth > w) {
                  out.push('document scrollWidth ' + document.documentElement.scrollWidth + ' > ' + w);
                }
                // Content inside a box that scrolls sideways and itself fits (a wide table in its own scroll box)
                // is reachable without the page scrolling: WCAG 1.4.10 allows it for tables.
                const inFittingScroller = (e) => {
                  for (let a = e.parentElement; a && a !== document.body; a = a.parentElement) {
                    const o = getComputedStyle(a).overflowX;
                    if ((o === 'auto' || o === 'scroll') && a.getBoundingClientRect().right <= w + 1) {
                      return true;
                    }
                  }
                  return false;
                };
                for (const e of document.body.querySelectorAll('*')) {
                  const r = e.getBoundingClientRect();
                  if (r.width > 0 && r.right > w + 1 && !inFittingScroller(e)) {
                    out.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                      + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\\s+/).join('.') : '')
                      + ' right=' + Math.round(r.right));
                  }
                }
                return out.slice(0, 20);
                """, width);
    }

    /**
     * The HTTP status of the last page (document) the browser received since the previous call, or -1 when none
     * was received. Reads and so empties chromedriver's performance log.
     */
    @SuppressWarnings("unchecked")
    int lastDocumentStatus() {
        int status = -1;
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            Map<String, Object> event = new Json().toType(entry.getMessage(), Json.MAP_TYPE);
            Map<String, Object> message = (Map<String, Object>) event.get("message");
            if (!"Network.responseReceived".equals(message.get("method"))) {
                continue;
            }
            Map<String, Object> params = (Map<String, Object>) message.get("params");
            if ("Document".equals(params.get("type"))) {
                status = ((Number) ((Map<String, Object>) params.get("response")).get("status")).intValue();
            }
        }
        return status;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteTree(profile);
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

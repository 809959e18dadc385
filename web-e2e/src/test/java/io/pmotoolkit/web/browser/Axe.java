package io.pmotoolkit.web.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.json.Json;

/**
 * axe-core (Deque, MPL-2.0, vendored as {@code axe/axe.min.js}) run on the page a browser shows.
 *
 * <p>The script is injected through WebDriver, which a page's Content-Security-Policy does not block, so the
 * page under test needs no change. {@link #assertNoSeriousViolations} fails on any violation of impact
 * {@code serious} or {@code critical} and prints every violation found, the lesser ones included.
 *
 * <p>Thread-safe: the script text is read once and never changed.
 */
final class Axe {

    static final Set<String> FAILING = Set.of("serious", "critical");

    private static final String SOURCE = load();

    private Axe() {
    }

    /** One axe rule broken on the page. */
    record Violation(String id, String impact, String help, List<String> targets) {
        @Override
        public String toString() {
            return impact + " " + id + ": " + help + " at " + String.join(", ", targets);
        }
    }

    /** Every violation axe finds on the current page (WCAG 2.x A and AA rules and axe's best practices). */
    @SuppressWarnings("unchecked")
    static List<Violation> violations(WebDriver driver) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript(SOURCE);
        Object raw = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']})
                  .then(r => done(JSON.stringify(r.violations)))
                  .catch(e => done('axe failed: ' + e));
                """);
        String text = String.valueOf(raw);
        if (!text.startsWith("[")) {
            throw new IllegalStateException(text);
        }
        List<Map<String, Object>> list = new Json().toType(text, Json.LIST_OF_MAPS_TYPE);
        return list.stream().map(v -> new Violation(
                String.valueOf(v.get("id")), String.valueOf(v.get("impact")), String.valueOf(v.get("help")),
                ((List<Map<String, Object>>) v.get("nodes")).stream()
                        .map(n -> String.valueOf(n.get("target")))
                        .limit(8)
                        .toList()))
                .toList();
    }

    /** Fails when axe finds a serious or critical violation on the page; prints all it finds. */
    static void assertNoSeriousViolations(WebDriver driver, String page) {
        List<Violation> all = violations(driver);
        all.forEach(v -> System.out.println("axe on " + page + ": " + v));
        List<Violation> failing = all.stream().filter(v -> FAILING.contains(v.impact())).toList();
        if (!failing.isEmpty()) {
            throw new AssertionError("axe: " + failing.size() + " serious or critical violation(s) on " + page
                    + " (" + driver.getCurrentUrl() + "):\n  "
                    + failing.stream().map(Violation::toString).collect(Collectors.joining("\n  ")));
        }
    }

    private static String load() {
        try (InputStream in = Axe.class.getResourceAsStream("/axe/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe/axe.min.js missing from the test resources");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

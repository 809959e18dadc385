package io.pmotoolkit.web.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The steps the browser tests take through the app, in the terms of the pages' contract (the ids and classes
 * of docs/web.md): fill and send the Analyse form, wait for a page, wait for a download.
 *
 * <p>Not thread-safe: it drives one browser.
 */
final class Pages {

    /** The longest an analysis or a download may take on a loaded two-core machine. */
    static final Duration WAIT = Duration.ofSeconds(60);
    private static final Pattern NUMBER = Pattern.compile("\\b(\\d{1,3})\\b");

    private Pages() {
    }

    /** Opens the Analyse page. */
    static void openAnalyse(WebDriver d) {
        d.get(App.home().toString());
        wait(d).until(ExpectedConditions.presenceOfElementLocated(By.id("analyse-form")));
        // The page's script enhances the form once loaded; elements found before that can be replaced under us.
        wait(d).until(x -> "complete".equals(((org.openqa.selenium.JavascriptExecutor) x)
                .executeScript("return document.readyState")));
    }

    /**
     * Fills the Analyse form and sends it: the CV, the role (null or "" for "pick from the advert") and the
     * advert file (null for none). Returns when the results or the error page has loaded.
     */
    static void analyse(WebDriver d, Path cv, String role, Path advert) {
        try {
            fillAndSend(d, cv, role, advert);
        } catch (org.openqa.selenium.WebDriverException e) {
            if (e instanceof org.openqa.selenium.TimeoutException || !String.valueOf(e.getMessage()).contains("document")
                    && !(e instanceof org.openqa.selenium.StaleElementReferenceException)) {
                throw e;
            }
            // A node replaced while the form was filled (Chromium: "does not belong to the document"): once more.
            fillAndSend(d, cv, role, advert);
        }
    }

    private static void fillAndSend(WebDriver d, Path cv, String role, Path advert) {
        openAnalyse(d);
        d.findElement(By.id("cv")).sendKeys(cv.toString());
        new Select(d.findElement(By.id("role"))).selectByValue(role == null ? "" : role);
        if (advert != null) {
            d.findElement(By.id("job-ad")).sendKeys(advert.toString());
        }
        WebElement form = d.findElement(By.id("analyse-form"));
        d.findElement(By.id("analyse-submit")).click();
        awaitNewPage(d, form);
    }

    /** Fails, naming the error shown, unless the page is a Results page. */
    static void expectResults(WebDriver d, String what) {
        List<WebElement> error = d.findElements(By.id("error"));
        if (!error.isEmpty()) {
            String message = error.get(0).getText();
            // The page's own form refused as foreign: under Referrer-Policy no-referrer a browser sends
            // "Origin: null" with every form POST (the Fetch standard), which an origin check cannot tell apart
            // from another site's.
            String hint = message.contains("another site")
                    ? " (is the page's Referrer-Policy no-referrer? Chromium then sends Origin: null)" : "";
            throw new AssertionError(what + ": the error page instead of the results: " + message + hint);
        }
        if (d.findElements(By.id("score")).isEmpty()) {
            throw new AssertionError(what + ": no #score on " + d.getCurrentUrl() + ": " + text(d, By.tagName("h1")));
        }
    }

    /** Waits until {@code old} has gone and the next page shows its heading or an error. */
    static void awaitNewPage(WebDriver d, WebElement old) {
        wait(d).until(x -> gone(old));
        wait(d).until(ExpectedConditions.or(
                ExpectedConditions.presenceOfElementLocated(By.id("score")),
                ExpectedConditions.presenceOfElementLocated(By.id("error")),
                ExpectedConditions.presenceOfElementLocated(By.id("question")),
                ExpectedConditions.presenceOfElementLocated(By.id("summary")),
                ExpectedConditions.presenceOfElementLocated(By.id("analyse-form"))));
    }

    /**
     * Whether the element has left the page. While Chromium swaps documents, asking about a node of the old one can
     * fail with "unhandled inspector error: Node with given id does not belong to the document" instead of a stale
     * reference (seen once in CI): that too means the old page is gone.
     */
    private static boolean gone(WebElement old) {
        try {
            old.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return true;
        } catch (org.openqa.selenium.WebDriverException e) {
            return e.getMessage() != null && e.getMessage().contains("does not belong to the document");
        }
    }

    /** The role ids the Analyse form offers, without the empty "pick from the advert". */
    static List<String> roles(WebDriver d) {
        openAnalyse(d);
        return new Select(d.findElement(By.id("role"))).getOptions().stream()
                .map(o -> o.getAttribute("value"))
                .filter(v -> v != null && !v.isEmpty())
                .toList();
    }

    /** The score shown in {@code #score}: the first whole number in its text, checked to be 0-100. */
    static int score(WebDriver d) {
        String text = d.findElement(By.id("score")).getText();
        Matcher m = NUMBER.matcher(text);
        assertTrue(m.find(), "#score has no number: " + text);
        int score = Integer.parseInt(m.group(1));
        assertTrue(score >= 0 && score <= 100, "#score out of 0-100: " + text);
        return score;
    }

    /** The text of the first element matching {@code by}, or "" when there is none. */
    static String text(WebDriver d, By by) {
        List<WebElement> all = d.findElements(by);
        return all.isEmpty() ? "" : all.get(0).getText();
    }

    static WebDriverWait wait(WebDriver d) {
        return new WebDriverWait(d, WAIT);
    }

    /**
     * Clicks the download button {@code formId} (or the submit button of the form {@code formId}) and waits for the browser to finish saving a
     * new file in {@code downloads}; returns it.
     */
    static Path download(WebDriver d, String formId, Path downloads) {
        Set<Path> before = files(downloads);
        WebElement target = d.findElement(By.id(formId));
        (target.getTagName().equals("button") ? target
                : target.findElement(By.cssSelector("button, input[type=submit]"))).click();
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            for (Path f : files(downloads)) {
                String name = f.getFileName().toString();
                if (!before.contains(f) && !name.endsWith(".crdownload") && !name.startsWith(".")) {
                    try {
                        long size = Files.size(f);
                        Thread.sleep(100);
                        if (size > 0 && size == Files.size(f)) {
                            return f;
                        }
                    } catch (IOException e) {
                        // still being renamed: look again
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException(e);
                    }
                }
            }
            sleep();
        }
        throw new AssertionError("no download from #" + formId + " within " + WAIT.toSeconds() + " s in " + downloads
                + " (page now " + d.getCurrentUrl() + ": " + text(d, By.tagName("h1")) + text(d, By.id("error")) + ")");
    }

    private static Set<Path> files(Path dir) {
        if (!Files.isDirectory(dir)) {
            return Set.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return Set.copyOf(s.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

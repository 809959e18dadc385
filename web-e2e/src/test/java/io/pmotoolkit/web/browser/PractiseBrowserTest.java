package io.pmotoolkit.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The Practise page from a Results page: a question, a typed answer (the sample STAR answer of
 * {@code samples/answers}), its feedback sentence by sentence with the rubric, the relevance and the most-used
 * words, a retry and what changed, the next question, and the summary after the last one.
 */
class PractiseBrowserTest {

    @RegisterExtension
    static final OneBrowser BROWSER = new OneBrowser();
    private static String answer;

    @BeforeAll
    static void open() throws IOException {
        answer = Files.readString(App.sample("answers/weekly-report-collation.txt")).strip();
    }

    /** Analyses a sample and follows #practise-start to the first question. */
    static void startPractice(WebDriver d) {
        Pages.analyse(d, App.sample("chloe-dubois-project-support-officer.pdf"), "pmo-administrator", null);
        Pages.expectResults(d, "chloe-dubois-project-support-officer.pdf");
        WebElement start = d.findElement(By.id("practise-start"));
        WebElement h1 = d.findElement(By.tagName("h1"));
        start.click();
        Pages.awaitNewPage(d, h1);
        assertFalse(Pages.text(d, By.id("question")).isBlank(), "#question");
    }

    /** Types the answer into #answer and sends it; returns when #feedback is shown. */
    static void answer(WebDriver d, String text) {
        WebElement box = d.findElement(By.id("answer"));
        box.clear();
        // A real paste of the whole answer; the keyboard test types key by key.
        BROWSER.get().script("arguments[0].value = arguments[1]", box, text);
        d.findElement(By.id("answer-submit")).click();
        Pages.wait(d).until(x -> !x.findElements(By.id("feedback")).isEmpty()
                || !x.findElements(By.id("error")).isEmpty());
        assertTrue(d.findElements(By.id("error")).isEmpty(), Pages.text(d, By.id("error")));
    }

    @Test
    void anAnswerGetsItsSentencesLabelledThenRetryAndNextLeadToTheSummary() {
        WebDriver d = BROWSER.get().driver();
        startPractice(d);
        String firstQuestion = Pages.text(d, By.id("question"));

        answer(d, answer);
        List<WebElement> sentences = d.findElements(By.cssSelector("#feedback .sentence"));
        assertTrue(sentences.size() >= 4, "sentences: " + sentences.size());
        Set<String> parts = new java.util.TreeSet<>();
        for (WebElement s : sentences) {
            String part = s.getAttribute("data-part");
            assertTrue(part != null && !part.isBlank(), "a sentence without data-part: " + s.getText());
            parts.add(part);
        }
        // The sample answer is a full STAR story: more than one part is recognised.
        assertTrue(parts.size() >= 2, "parts: " + parts);
        assertFalse(Pages.text(d, By.id("feedback-score")).isBlank(), "#feedback-score");
        // As pmo feedback: the rubric used, the relevance with its reason, the most-used words; no retry yet.
        assertTrue(Pages.text(d, By.id("feedback-rubric")).contains("STAR"), Pages.text(d, By.id("feedback-rubric")));
        assertTrue(Pages.text(d, By.id("feedback-relevance")).matches("(?s)Relevance: (on-topic|partial|off-topic).*\\. .+"),
                Pages.text(d, By.id("feedback-relevance")));
        assertTrue(Pages.text(d, By.id("feedback-words")).startsWith("Most-used words:"),
                Pages.text(d, By.id("feedback-words")));
        assertEquals(4, d.findElements(By.cssSelector("#feedback-criteria [data-criterion]")).size(), "STAR criteria");
        assertTrue(d.findElements(By.id("feedback-retry")).isEmpty(), "#feedback-retry before any retry");

        d.findElement(By.id("retry")).click();
        Pages.wait(d).until(x -> !x.findElements(By.id("answer")).isEmpty()
                && x.findElements(By.cssSelector("#feedback .sentence")).isEmpty());
        assertEquals(firstQuestion, Pages.text(d, By.id("question")), "retry keeps the question");

        String shortAnswer = "I collated the weekly reports.";
        answer(d, shortAnswer);
        assertEquals(1, d.findElements(By.cssSelector("#feedback .sentence")).size(), "one sentence");
        // The retry says what changed since the story before it: a shorter answer scores lower.
        String change = Pages.text(d, By.id("feedback-retry"));
        assertTrue(change.matches("(?s)Before → after: score (\\d+) → (\\d+).*words \\d+ → 5.*"), change);

        // Next, question after question, until the summary (a pack has at most a few dozen questions).
        for (int i = 0; i < 60 && d.findElements(By.id("summary")).isEmpty(); i++) {
            WebElement next = d.findElement(By.id("next"));
            WebElement page = d.findElement(By.tagName("body"));
            next.click();
            Pages.awaitNewPage(d, page);
            if (!d.findElements(By.id("question")).isEmpty()) {
                answer(d, shortAnswer);
            }
        }
        assertFalse(Pages.text(d, By.id("summary")).isBlank(), "#summary after the last question");
    }
}

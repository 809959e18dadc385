package io.pmotoolkit.resume.lines;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * {@link Topic#firstNamed}, one scan of all the topics' words, names the topic one pattern a topic names (the
 * earliest start, a tie to the topic listed first): on edge cases, the sample texts and the Kaggle CV texts of
 * {@code ../shared} (when present).
 */
class TopicScanTest {

    private static final RewriteVocabulary V = RewriteVocabulary.builtIn();

    @Test
    void edgeCasesNameTheTopicEachPatternNames() {
        List<String> lines = List.of("", " ", "Chaired meetings and kept the RAID log", "risk meeting", "meeting risk",
                "Ran UAT test cases, reported defects", "Action  logs and agendas", "ACTION\tLOG", "reports2 report",
                "_report_", "réport, report", "Payroll, tax returns and VAT", "it support requests", "İT SUPPORT",
                "minutes\u00A0of meetings", "highlight report", "metrics-driven status dashboards", "xrisk risky riské");
        int named = 0;
        for (String line : lines) {
            named += agree(line);
        }
        assertTrue(named > 10, "the edge cases name topics: " + named);
    }

    @Test
    void kaggleTextsNameTheTopicEachPatternNames() throws IOException {
        Path csv = Path.of(System.getProperty("pmo.shared.dir", "../../shared"), "corpus", "kaggle",
                "UpdatedResumeDataSet.csv");
        Assumptions.assumeTrue(Files.isRegularFile(csv), "no ../shared corpus");
        int named = 0;
        Set<String> seen = new HashSet<>();
        for (String text : Files.readAllLines(csv, StandardCharsets.UTF_8)) {
            for (String line : text.split("(?<=[.;])\\s+|\\s+(?=[•*-]\\s)")) {
                if (seen.add(line)) {
                    named += agree(line);
                }
            }
        }
        assertTrue(named > 1000, "the Kaggle CVs name topics: " + named);
    }

    /**
     * 1 when the line names a topic; fails when the one scan names another than the patterns one by one (a topic
     * whose {@code notAfter} holds the line's first word is passed over).
     */
    private static int agree(String line) {
        Topic expected = V.topics().getLast();
        int at = Integer.MAX_VALUE;
        Matcher first = java.util.regex.Pattern.compile("\\p{L}[\\p{L}'-]*").matcher(line);
        String opening = first.find() ? first.group().toLowerCase(java.util.Locale.ROOT) : "";
        for (Topic t : V.topics()) {
            if (t.keywords() != null && !t.notAfter().contains(opening)) {
                Matcher m = t.keywords().matcher(line);
                if (m.find() && m.start() < at) {
                    expected = t;
                    at = m.start();
                }
            }
        }
        assertSame(expected, Topic.firstNamed(V, line), () -> "topic of: " + line);
        return expected.keywords() == null ? 0 : 1;
    }
}

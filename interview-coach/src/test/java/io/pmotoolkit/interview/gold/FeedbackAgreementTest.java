package io.pmotoolkit.interview.gold;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.pmotoolkit.core.model.SkillsModel;
import io.pmotoolkit.core.model.SkillsModelLoader;
import io.pmotoolkit.interview.Question;
import io.pmotoolkit.interview.QuestionBank;
import io.pmotoolkit.interview.QuestionBankLoader;
import io.pmotoolkit.interview.feedback.AnswerCoach;
import io.pmotoolkit.interview.feedback.AnswerContext;
import io.pmotoolkit.interview.feedback.AnswerFeedback;
import io.pmotoolkit.interview.feedback.Criterion;
import io.pmotoolkit.interview.feedback.Status;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Agreement of the answer feedback with the labelled answers of {@code gold/feedback/answers.yaml} (tuned on),
 * {@code gold/feedback/heldout.yaml}, {@code gold/feedback/heldout2.yaml}, {@code gold/feedback/heldout3.yaml} and
 * {@code gold/feedback/heldout4.yaml}
 * (held out, each measured blind once, then their misses read): for each answer the relevance, each criterion of its
 * question type's rubric (shown or not) and the verdict are checked, and agreement is the share of checks that
 * agree. Prints the figures ({@code gold/feedback-agreement.sh} shows them), writes every disagreement to
 * {@code target/feedback-agreement-*.md}; docs/feedback.md and docs/accuracy.md publish them.
 */
class FeedbackAgreementTest {

    private static final Path GOLD = Path.of("..", "gold", "feedback");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final SkillsModel MODEL = SkillsModelLoader.builtIn();
    private static final QuestionBank BANK = QuestionBankLoader.builtIn(MODEL);
    private static final AnswerCoach COACH = new AnswerCoach(MODEL, BANK);

    /** Floors a little under today's figures (docs/feedback.md), so that a worse reading fails. */
    private static final double MIN_TUNING = 0.96;
    /** The held-out set: its misses were read again in the second and fifth rounds (docs/feedback.md). */
    private static final double MIN_HELDOUT = 0.88;
    /**
     * The second held-out set: 69.9 % blind on the code of 1 December 2026, then its misses were tuned on, so its
     * figure is no longer blind; the floor sits a little under the tuned figure.
     */
    private static final double MIN_HELDOUT2 = 0.91;
    /**
     * The third held-out set, written on 2 December 2026: 73.4 % blind on the code of that morning, then its misses
     * were fixed as causes (rounds four and five), so its figure is no longer blind either; the floor sits a little
     * under the tuned figure.
     */
    private static final double MIN_HELDOUT3 = 0.91;
    /**
     * The fourth held-out set, written on 2 December 2026 (session 8): 86.1 % blind on the code of that morning, then
     * its misses were fixed as causes, so its figure is no longer blind; the floor sits a little under the tuned
     * figure.
     */
    private static final double MIN_HELDOUT4 = 0.90;

    record Label(String id, String question, String role, String kind, String text, String relevance,
                 List<String> parts, String verdict) {
    }

    record LabelFile(List<Label> answers) {
    }

    record Agreement(int answers, int checks, int agreed, int relevance, int parts, int partChecks, int verdict,
                     String report) {
        double overall() {
            return checks == 0 ? 1 : agreed / (double) checks;
        }

        String line(String name) {
            return String.format(Locale.ROOT, "%s: %.1f %% of %d checks on %d answers (relevance %d/%d, parts %d/%d, "
                    + "verdict %d/%d)", name, 100 * overall(), checks, answers, relevance, answers, parts, partChecks,
                    verdict, answers);
        }
    }

    @Test
    void tuningSet() throws Exception {
        check("answers.yaml", "tuning", MIN_TUNING);
    }

    @Test
    void heldOutSet() throws Exception {
        check("heldout.yaml", "held out", MIN_HELDOUT);
    }

    @Test
    void secondHeldOutSet() throws Exception {
        check("heldout2.yaml", "held out 2", MIN_HELDOUT2);
    }

    @Test
    void thirdHeldOutSet() throws Exception {
        check("heldout3.yaml", "held out 3", MIN_HELDOUT3);
    }

    @Test
    void fourthHeldOutSet() throws Exception {
        check("heldout4.yaml", "held out 4", MIN_HELDOUT4);
    }

    private static void check(String file, String name, double floor) throws Exception {
        Agreement a = agreement(file);
        assumeTrue(a != null, "no gold/feedback/" + file);
        System.out.println(a.line("Feedback agreement (" + name + ")"));
        assertTrue(a.overall() >= floor, "below the floor: see target/feedback-agreement-" + file.replace(".yaml", "")
                + ".md\n" + a.report);
    }

    private static Agreement agreement(String file) throws Exception {
        Path path = GOLD.resolve(file);
        if (!Files.isRegularFile(path)) {
            return null;
        }
        List<Label> labels = YAML.readValue(path.toFile(), LabelFile.class).answers();
        int checks = 0;
        int agreed = 0;
        int relevance = 0;
        int parts = 0;
        int partChecks = 0;
        int verdict = 0;
        StringBuilder report = new StringBuilder("# Feedback agreement: " + file + "\n\n");
        for (Label l : labels) {
            Question q = BANK.find(l.question()).orElseThrow(() -> new AssertionError(l.id() + ": no question "
                    + l.question()));
            AnswerFeedback f = COACH.assess(l.text(), AnswerContext.of(q, l.role() == null ? null
                    : MODEL.expectRole(l.role())));
            StringBuilder miss = new StringBuilder();
            checks++;
            if (f.relevance().level().equals(l.relevance())) {
                agreed++;
                relevance++;
            } else {
                miss.append("- relevance: expected ").append(l.relevance()).append(", got ")
                        .append(f.relevance().level()).append('\n');
            }
            for (Criterion c : f.rubric().criteria()) {
                checks++;
                partChecks++;
                boolean shown = c.status() != Status.MISSING;
                if (shown == l.parts().contains(c.id())) {
                    agreed++;
                    parts++;
                } else {
                    miss.append("- ").append(c.id()).append(": expected ").append(shown ? "missing" : "shown")
                            .append(", got ").append(c.status()).append(shown ? " " + c.evidence() : "").append('\n');
                }
            }
            checks++;
            if (f.verdict().equals(l.verdict())) {
                agreed++;
                verdict++;
            } else {
                miss.append("- verdict: expected ").append(l.verdict()).append(", got ").append(f.verdict())
                        .append(" (").append(f.score()).append(": ").append(f.scoreParts().stream()
                                .map(p -> p.id() + " " + p.points() + "/" + p.max()).toList()).append(")\n");
            }
            if (!miss.isEmpty()) {
                report.append("## ").append(l.id()).append(" (").append(l.question()).append(")\n").append(miss)
                        .append('\n');
            }
        }
        Path out = Path.of("target", "feedback-agreement-" + file.replace(".yaml", "") + ".md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report, StandardCharsets.UTF_8);
        return new Agreement(labels.size(), checks, agreed, relevance, parts, partChecks, verdict, report.toString());
    }
}

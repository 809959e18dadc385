package io.pmotoolkit.resume.gold;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.pmotoolkit.core.model.Role;
import io.pmotoolkit.core.model.SkillsModelLoader;
import io.pmotoolkit.core.result.CvAnalysis;
import io.pmotoolkit.core.result.Evidence;
import io.pmotoolkit.resume.analysis.ResumeAnalyzer;
import io.pmotoolkit.resume.read.CvDocument;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall of the terms found, against the gold set in {@code gold/terms/} (one YAML file per
 * CV, every term the tool found judged by reading the CV, plus the terms a reader sees that it missed).
 * Prints the figures and writes {@code target/term-accuracy.md}; {@code gold/term-accuracy.sh} runs just
 * this. Corpus CVs are skipped where {@code ../shared} is absent; the samples are always there.
 */
class TermAccuracyTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ResumeAnalyzer ANALYZER = new ResumeAnalyzer(SkillsModelLoader.builtIn(), "test",
            Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC));

    /** Floors the suite holds the matcher to (the aims are 98 % and 95 %; docs/accuracy.md has the figures). */
    private static final double MIN_PRECISION = 0.97;
    private static final double MIN_RECALL = 0.85;

    record Judged(String term, boolean present, Evidence best, String span) {
    }

    @Test
    void termsFoundAgreeWithTheGoldSet() throws Exception {
        double[] pr = score("terms", "term-accuracy.md", "Term accuracy");
        assertTrue(pr[0] >= MIN_PRECISION && pr[1] >= MIN_RECALL,
                "below the floors; see target/term-accuracy.md");
    }

    /**
     * Floors on the held-out sets, each a bit under the figure reached on the final code (docs/accuracy.md):
     * {precision, recall}. Each set was measured blind once, when it was labelled; these hold the fixes made since.
     */
    private static final Map<String, double[]> HELD_OUT_FLOORS = Map.of(
            "heldout", new double[] {0.93, 0.85},
            "heldout2", new double[] {0.93, 0.78},
            "heldout3", new double[] {0.92, 0.94},
            "heldout4", new double[] {0.98, 0.94},
            "heldout5", new double[] {0.96, 0.97});

    /**
     * The held-out sets (gold/heldout, gold/heldout2, gold/heldout3, gold/heldout4, gold/heldout5): CVs labelled after the matcher and the
     * model were tuned on the gold set, each measured blind before it was used for general fixes. They say how
     * the figures carry over, and are held to {@link #HELD_OUT_FLOORS}.
     */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"heldout", "heldout2", "heldout3", "heldout4", "heldout5"})
    void termsFoundOnTheHeldOutSets(String folder) throws Exception {
        Path dir = GoldCvs.GOLD.resolve(folder);
        assumeTrue(Files.isDirectory(dir), "no held-out set at " + dir);
        double[] pr = score(folder, "term-accuracy-" + folder + ".md", "Held-out term accuracy (" + folder + ")");
        double[] floor = HELD_OUT_FLOORS.get(folder);
        assertTrue(pr[0] >= floor[0] && pr[1] >= floor[1],
                "below the floors of " + folder + "; see target/term-accuracy-" + folder + ".md");
    }

    /** Scores one gold folder, writes its report under target/ and returns {precision, recall}. */
    private static double[] score(String folder, String reportName, String title) throws Exception {
        Path dir = GoldCvs.GOLD.resolve(folder);
        assumeTrue(Files.isDirectory(dir), "no gold set at " + dir);
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        int cvs = 0;
        int tp = 0;
        int fp = 0;
        int fn = 0;
        Map<Evidence, int[]> byGrade = new EnumMap<>(Evidence.class);  // [tool says G and gold G, tool G, gold G]
        for (Evidence e : Evidence.values()) {
            byGrade.put(e, new int[3]);
        }
        StringBuilder wrong = new StringBuilder();
        StringBuilder missed = new StringBuilder();
        StringBuilder unjudged = new StringBuilder();
        StringBuilder grades = new StringBuilder();
        Map<String, int[]> bySource = new TreeMap<>();  // [cvs, right, found, seen by a reader]
        for (Path f : files) {
            JsonNode root = YAML.readTree(Files.readString(f, StandardCharsets.UTF_8));
            String id = root.path("cv").asText();
            if (!GoldCvs.available(id)) {
                continue;
            }
            cvs++;
            Map<String, Judged> gold = new LinkedHashMap<>();
            for (JsonNode j : root.path("judged")) {
                String best = j.path("best").asText("");
                gold.put(j.path("term").asText().toLowerCase(Locale.ROOT), new Judged(j.path("term").asText(),
                        j.path("present").asBoolean(), best.isEmpty() ? null : Evidence.valueOf(best), j.path("span").asText()));
            }
            CvDocument doc = GoldCvs.read(id);
            Map<String, CvAnalysis.FoundTerm> found = foundTerms(doc);
            int[] src = bySource.computeIfAbsent(source(id), k -> new int[4]);
            int tpBefore = tp;
            int fpBefore = fp;
            int fnBefore = fn;
            for (CvAnalysis.FoundTerm t : found.values()) {
                Judged g = gold.get(t.term().toLowerCase(Locale.ROOT));
                String first = t.matches().isEmpty() ? "" : t.matches().get(0).text();
                if (g == null) {
                    unjudged.append("- ").append(id).append(": ").append(t.term()).append(" (").append(t.evidence())
                            .append(") \"").append(first).append("\" line ").append(t.matches().get(0).line())
                            .append(lineText(doc, t)).append('\n');
                    fp++;
                } else if (g.present()) {
                    tp++;
                    if (g.best() != null && !isCredential(t)) {
                        byGrade.get(t.evidence())[1]++;
                        byGrade.get(g.best())[2]++;
                        if (g.best() == t.evidence()) {
                            byGrade.get(t.evidence())[0]++;
                        } else {
                            grades.append("- ").append(id).append(": ").append(t.term()).append(" tool ")
                                    .append(t.evidence()).append(", reader ").append(g.best()).append(" \"")
                                    .append(g.span()).append("\"").append(lineText(doc, t)).append('\n');
                        }
                    }
                } else {
                    fp++;
                    if (!isCredential(t)) {
                        byGrade.get(t.evidence())[1]++;
                    }
                    wrong.append("- ").append(id).append(": ").append(t.term()).append(" \"").append(first).append("\"")
                            .append(lineText(doc, t)).append('\n');
                }
            }
            for (Judged g : gold.values()) {
                if (g.present() && !found.containsKey(g.term().toLowerCase(Locale.ROOT))) {
                    fn++;
                    if (g.best() != null && !isCredential(model(g.term()))) {
                        byGrade.get(g.best())[2]++;
                    }
                    missed.append("- ").append(id).append(": ").append(g.term()).append(" \"").append(g.span()).append("\"\n");
                }
            }
            src[0]++;
            src[1] += tp - tpBefore;
            src[2] += (tp - tpBefore) + (fp - fpBefore);
            src[3] += (tp - tpBefore) + (fn - fnBefore);
        }
        assumeTrue(cvs > 0, "no gold CV available");
        double precision = tp / (double) Math.max(1, tp + fp);
        double recall = tp / (double) Math.max(1, tp + fn);
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, title + " on %d gold CVs: precision %.1f %% (%d of %d found terms right), "
                + "recall %.1f %% (%d of %d terms a reader sees)%n", cvs, 100 * precision, tp, tp + fp, 100 * recall, tp, tp + fn));
        out.append("\n| evidence grade | tool says | right grade | reader says | precision | recall |\n|---|---:|---:|---:|---:|---:|\n");
        for (var e : byGrade.entrySet()) {
            int[] c = e.getValue();
            out.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %.1f %% | %.1f %% |%n", e.getKey(), c[1], c[0], c[2],
                    100.0 * c[0] / Math.max(1, c[1]), 100.0 * c[0] / Math.max(1, c[2])));
        }
        out.append("\n(Grades leave out certifications and degrees, which are meant to be listed.)\n");
        out.append("\n| source | CVs | precision | recall |\n|---|---:|---:|---:|\n");
        for (var e : bySource.entrySet()) {
            int[] c = e.getValue();
            out.append(String.format(Locale.ROOT, "| %s | %d | %.1f %% | %.1f %% |%n", e.getKey(), c[0],
                    100.0 * c[1] / Math.max(1, c[2]), 100.0 * c[1] / Math.max(1, c[3])));
        }
        out.append("\n## Found but wrong\n").append(wrong).append("\n## Missed\n").append(missed)
                .append("\n## Found, not judged yet (counted as wrong until judged)\n").append(unjudged)
                .append("\n## Right term, other grade\n").append(grades);
        Path report = Path.of("target", reportName);
        Files.createDirectories(report.getParent());
        Files.writeString(report, out.toString(), StandardCharsets.UTF_8);
        System.out.println(out.substring(0, out.indexOf("\n## Found but wrong")));
        return new double[] {precision, recall};
    }

    /** The CV lines of a term's matches, for the report under target/ (never committed). */
    private static String lineText(CvDocument doc, CvAnalysis.FoundTerm t) {
        StringBuilder out = new StringBuilder();
        for (CvAnalysis.Match m : t.matches()) {
            int i = m.line() - 1;
            if (i >= 0 && i < doc.lines().size()) {
                String text = doc.lines().get(i).text();
                out.append("\n    > ").append(m.section()).append(": ").append(text, 0, Math.min(160, text.length()));
            }
        }
        return out.toString();
    }

    private static String source(String id) {
        if (id.startsWith("kaggle#")) {
            return "Kaggle CV texts";
        }
        if (id.startsWith("samples/")) {
            return "our samples";
        }
        return id.startsWith("cv-docx/") ? "corpus DOCX" : "corpus PDF";
    }

    private static boolean isCredential(CvAnalysis.FoundTerm t) {
        return isCredential(t.competency());
    }

    private static boolean isCredential(String competency) {
        return competency.equals("certifications") || competency.equals("education-development");
    }

    private static String model(String term) {
        return ANALYZER.model().findKeyword(term).map(k -> k.competency()).orElse("");
    }

    /** Every term the CV shows for any role (each role expects only some of the model's terms). */
    static Map<String, CvAnalysis.FoundTerm> foundTerms(CvDocument doc) {
        Map<String, CvAnalysis.FoundTerm> out = new TreeMap<>();
        for (Role role : ANALYZER.model().roles()) {
            for (CvAnalysis.FoundTerm t : ANALYZER.analyze(doc, role).keywords().found()) {
                out.putIfAbsent(t.term().toLowerCase(Locale.ROOT), t);
            }
        }
        return out;
    }

}

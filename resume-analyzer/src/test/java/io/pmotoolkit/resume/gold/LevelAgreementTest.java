package io.pmotoolkit.resume.gold;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.pmotoolkit.core.model.SkillsModelLoader;
import io.pmotoolkit.core.result.CareerLevel;
import io.pmotoolkit.core.result.CvAnalysis;
import io.pmotoolkit.resume.analysis.ResumeAnalyzer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Agreement of the candidate's level on the PMO ladder and background (route in) with the labels of
 * {@code gold/level} (tuning), {@code gold/level-heldout} (checked, never tuned on) and {@code gold/level-heldout2}
 * (scored blind once, then tuned on) and {@code gold/level-heldout3} (scored blind once), each a file with
 * {@code cv}, {@code level} (none, administrator, analyst, manager, head) and {@code background} (a skills-model
 * background id, or {@code other}). Prints the figures and a confusion summary, writes every disagreement to
 * {@code target/level-agreement-*.md}; docs/accuracy.md publishes them. Skips without ../shared.
 */
class LevelAgreementTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ResumeAnalyzer ANALYZER = new ResumeAnalyzer(SkillsModelLoader.builtIn(), "test",
            Clock.fixed(Instant.parse("2026-12-01T12:00:00Z"), ZoneOffset.UTC));
    private static final List<String> RUNGS = List.of("none", "administrator", "analyst", "manager", "head");

    /** Floors a little under today's figures on gold/level (docs/accuracy.md), so that a worse reading fails. */
    private static final double MIN_LEVEL = 0.96;
    private static final double MIN_BACKGROUND = 0.78;
    /** The held-out set is not tuned on; its floors only catch a collapse. */
    private static final double MIN_HELDOUT_LEVEL = 0.96;
    private static final double MIN_HELDOUT_BACKGROUND = 0.63;
    /**
     * gold/level-heldout2: 30 CVs labelled for issue 14, scored blind (level 100 %, background 56.7 %) and then
     * used for the change-of-field titles, so it is no longer blind; its floors sit a little under the after figures.
     */
    private static final double MIN_HELDOUT2_LEVEL = 0.97;
    private static final double MIN_HELDOUT2_BACKGROUND = 0.85;
    /**
     * gold/level-heldout3: 28 CVs labelled on 2 December 2026 (20 distinct Kaggle texts of 20 categories, 8 offlinecv
     * layout fixtures), scored blind once (level 100 %, background 71.4 %), then its misses read and three causes
     * fixed (85.7 %); the floors sit a little under the after figures.
     */
    private static final double MIN_HELDOUT3_LEVEL = 0.97;
    private static final double MIN_HELDOUT3_BACKGROUND = 0.83;

    /**
     * gold/level-heldout4: 33 CVs labelled on 2 December 2026, session 8 (22 distinct Kaggle texts no level set used,
     * 11 offlinecv fixtures), scored blind once (level 100 %, background 75.8 %), then its misses read and two causes
     * fixed (81.8 %); the floors sit a little under the after figures.
     */
    private static final double MIN_HELDOUT4_LEVEL = 0.97;
    private static final double MIN_HELDOUT4_BACKGROUND = 0.80;

    @Test
    void tuningSet() throws Exception {
        check("level", MIN_LEVEL, MIN_BACKGROUND);
    }

    @Test
    void heldOutSet() throws Exception {
        check("level-heldout", MIN_HELDOUT_LEVEL, MIN_HELDOUT_BACKGROUND);
    }

    @Test
    void secondHeldOutSet() throws Exception {
        check("level-heldout2", MIN_HELDOUT2_LEVEL, MIN_HELDOUT2_BACKGROUND);
    }

    @Test
    void thirdHeldOutSet() throws Exception {
        check("level-heldout3", MIN_HELDOUT3_LEVEL, MIN_HELDOUT3_BACKGROUND);
    }

    @Test
    void fourthHeldOutSet() throws Exception {
        check("level-heldout4", MIN_HELDOUT4_LEVEL, MIN_HELDOUT4_BACKGROUND);
    }

    private static void check(String folder, double minLevel, double minBackground) throws Exception {
        Agreement a = agreement(folder);
        assumeTrue(a != null, "no gold/" + folder + " or no ../shared corpus");
        assertTrue(a.level() >= minLevel && a.background() >= minBackground,
                "below the floors: see target/level-agreement-" + folder + ".md\n" + a.summary);
    }

    record Agreement(int files, int levelRight, int backgroundRight, String summary) {
        double level() {
            return files == 0 ? 1 : (double) levelRight / files;
        }

        double background() {
            return files == 0 ? 1 : (double) backgroundRight / files;
        }
    }

    private static Agreement agreement(String folder) throws Exception {
        Path dir = GoldCvs.GOLD.resolve(folder);
        if (!Files.isDirectory(dir) || !Files.isDirectory(GoldCvs.CORPUS)) {
            return null;
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        int n = 0;
        int levelRight = 0;
        int backgroundRight = 0;
        Map<String, Integer> levelConfusion = new TreeMap<>();
        Map<String, Integer> backgroundConfusion = new TreeMap<>();
        StringBuilder misses = new StringBuilder();
        for (Path f : files) {
            JsonNode t = YAML.readTree(f.toFile());
            String id = t.path("cv").asText();
            if (!GoldCvs.available(id)) {
                continue;
            }
            CvAnalysis a = ANALYZER.analyze(GoldCvs.read(id), ANALYZER.model().expectRole("pmo-analyst"));
            CareerLevel level = a.candidate().levelOrNone();
            String gotLevel = RUNGS.get(Math.min(level.rung(), RUNGS.size() - 1));
            String gotBackground = a.candidate().background() == null ? "other" : a.candidate().background().id();
            String wantLevel = t.path("level").asText();
            String wantBackground = t.path("background").asText();
            n++;
            if (wantLevel.equals(gotLevel)) {
                levelRight++;
            } else {
                levelConfusion.merge(wantLevel + " → " + gotLevel, 1, Integer::sum);
                misses.append("- ").append(id).append(": level ").append(wantLevel).append(", read ").append(gotLevel)
                        .append(" ").append(level.evidence()).append('\n');
            }
            if (wantBackground.equals(gotBackground)) {
                backgroundRight++;
            } else {
                backgroundConfusion.merge(wantBackground + " → " + gotBackground, 1, Integer::sum);
                misses.append("- ").append(id).append(": background ").append(wantBackground).append(", read ")
                        .append(gotBackground).append(a.candidate().background() == null ? ""
                                : " (" + a.candidate().background().evidence() + ")").append('\n');
            }
        }
        String summary = String.format(java.util.Locale.ROOT,
                "Level agreement on gold/%s: level %d/%d (%.1f %%), background %d/%d (%.1f %%)%n"
                        + "  level, labelled → read: %s%n  background, labelled → read: %s%n",
                folder, levelRight, n, n == 0 ? 100.0 : 100.0 * levelRight / n, backgroundRight, n,
                n == 0 ? 100.0 : 100.0 * backgroundRight / n, confusion(levelConfusion), confusion(backgroundConfusion));
        System.out.print(summary);
        Path report = Path.of("target", "level-agreement-" + folder + ".md");
        Files.createDirectories(report.getParent());
        Files.writeString(report, "# " + summary.strip() + "\n\n" + misses, StandardCharsets.UTF_8);
        return new Agreement(n, levelRight, backgroundRight, summary);
    }

    private static String confusion(Map<String, Integer> counts) {
        if (counts.isEmpty()) {
            return "none";
        }
        StringBuilder b = new StringBuilder();
        counts.forEach((k, v) -> b.append(b.isEmpty() ? "" : "; ").append(k).append(" ").append(v));
        return b.toString();
    }
}

package io.pmotoolkit.resume.analysis;

import io.pmotoolkit.core.result.CvAnalysis;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.pmotoolkit.core.model.SkillsModelLoader;
import io.pmotoolkit.resume.read.CvReadException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Runs the analyzer over the real public CVs in {@code ../shared/corpus} and writes what it saw to
 * {@code target/corpus-report.md} (summarised in {@code docs/corpus.md}). Skipped where the shared
 * folder is absent, as in a user's clone.
 */
class CorpusAnalysisTest {

    private static final Path SHARED = Path.of(System.getProperty("pmo.shared.dir", "../../shared"));
    private static final Path CORPUS = SHARED.resolve("corpus");
    private static final ResumeAnalyzer ANALYZER = new ResumeAnalyzer(SkillsModelLoader.builtIn(), "test",
            Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC));
    private static final String ROLE = "pmo-manager";

    @Test
    void everyCorpusCvGivesAnAnalysisOrACleanError() throws IOException {
        assumeTrue(Files.isDirectory(CORPUS), "no shared corpus at " + CORPUS);
        List<Path> files = new ArrayList<>();
        for (String dir : List.of("cv-pdf", "cv-docx", "malformed")) {
            try (Stream<Path> s = Files.list(CORPUS.resolve(dir))) {
                s.filter(Files::isRegularFile).sorted().forEach(files::add);
            }
        }
        StringBuilder report = new StringBuilder("| file | result | score | found | lines (A/R) | warnings |\n|---|---|---:|---:|---|---:|\n");
        int analysed = 0;
        int refused = 0;
        Map<String, Integer> scores = new LinkedHashMap<>();
        for (Path f : files) {
            String name = CORPUS.relativize(f).toString();
            try {
                CvAnalysis a = ANALYZER.analyze(f, ROLE);
                analysed++;
                assertTrue(a.isCv(), () -> name + " is a CV, not " + a.documentKind() + ": " + a.warnings());
                long ach = a.lines().stream().filter(l -> l.kind().name().equals("ACHIEVEMENT")).count();
                // The role-specific parts: PMO terms and competencies (the other two measure any CV's structure).
                scores.put(name, a.score().parts().get(0).points() + a.score().parts().get(1).points());
                report.append(String.format(Locale.ROOT, "| %s | ok | %d | %d | %d/%d | %d |%n", name,
                        a.score().overall(), a.keywords().found().size(), ach, a.lines().size() - ach,
                        a.warnings().size()));
            } catch (CvReadException e) {
                refused++;
                report.append("| ").append(name).append(" | ").append(e.reason()).append(": ")
                        .append(e.getMessage().replace("|", "/")).append(" | | | | |\n");
            }
        }
        report.append("\n").append(analysed).append(" analysed, ").append(refused).append(" refused with a clear reason.\n");
        write("corpus-report.md", report.toString());
        assertTrue(analysed >= 35, report::toString);
        // The labelled PMO CVs in the corpus must score well above the clear non-PMO ones on PMO terms and
        // competencies.
        int pmoManager = scores.get("cv-pdf/livecareer_IT_31111279_PMO_manager.pdf");
        int bartender = scores.get("cv-pdf/livecareer_PUBLIC-RELATIONS_11842274_9pages.pdf");
        int devops = scores.get("cv-pdf/soupboss_devops-engineer-resume-example.pdf");
        assertTrue(pmoManager > bartender + 15 && pmoManager > devops + 15, report::toString);
    }

    @Test
    void theCorpusJobAdvertsAreNotTakenForCvs() throws IOException {
        Path ads = CORPUS.resolve("job-ads");
        assumeTrue(Files.isDirectory(ads), "no job adverts at " + ads);
        List<Path> files;
        try (Stream<Path> s = Files.list(ads)) {
            // the Italian adverts are refused (LanguageRefusalTest); the CSV is a data set, not an advert
            files = s.filter(p -> !p.getFileName().toString().contains("_IT") && !p.toString().endsWith(".csv"))
                    .sorted().toList();
        }
        assertTrue(files.size() >= 8, files::toString);
        for (Path f : files) {
            try {
                CvAnalysis a = ANALYZER.analyze(f, ROLE);
                assertTrue(!a.isCv() && a.score().overall() == 0, () -> f.getFileName() + " was taken for a CV");
            } catch (CvReadException e) {
                throw new AssertionError(f + ": " + e.getMessage(), e);
            }
        }
    }

    @Test
    void pmoCvsInTheLabelledDatasetScoreAboveTheRest() throws IOException {
        Path csv = CORPUS.resolve("kaggle/UpdatedResumeDataSet.csv");
        assumeTrue(Files.isRegularFile(csv), "no Kaggle CSV at " + csv);
        CsvMapper mapper = new CsvMapper();
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        Set<String> seen = new LinkedHashSet<>();
        Map<String, List<Integer>> byCategory = new LinkedHashMap<>();
        int failed = 0;
        try (MappingIterator<Map<String, String>> rows = mapper.readerForMapOf(String.class).with(schema)
                .readValues(Files.newBufferedReader(csv, StandardCharsets.UTF_8))) {
            while (rows.hasNext()) {
                Map<String, String> row = rows.next();
                String text = row.get("Resume");
                if (text == null || !seen.add(text)) {
                    continue;
                }
                try {
                    CvAnalysis a = ANALYZER.analyze(new io.pmotoolkit.resume.read.CvReader()
                            .read("row.txt", text.getBytes(StandardCharsets.UTF_8)),
                            ANALYZER.model().expectRole(ROLE));
                    byCategory.computeIfAbsent(row.get("Category"), c -> new ArrayList<>()).add(a.score().overall());
                } catch (CvReadException e) {
                    failed++;
                }
            }
        }
        StringBuilder report = new StringBuilder("| category | distinct CVs | mean score vs pmo-manager | max |\n|---|---:|---:|---:|\n");
        double pmoMean = 0;
        double otherSum = 0;
        int otherCount = 0;
        List<Map.Entry<String, List<Integer>>> sorted = new ArrayList<>(byCategory.entrySet());
        sorted.sort((x, y) -> Double.compare(mean(y.getValue()), mean(x.getValue())));
        for (var e : sorted) {
            double m = mean(e.getValue());
            report.append(String.format(Locale.ROOT, "| %s | %d | %.1f | %d |%n", e.getKey(), e.getValue().size(), m,
                    e.getValue().stream().mapToInt(Integer::intValue).max().orElse(0)));
            if (e.getKey().equals("PMO")) {
                pmoMean = m;
            } else {
                otherSum += e.getValue().stream().mapToInt(Integer::intValue).sum();
                otherCount += e.getValue().size();
            }
        }
        double otherMean = otherSum / Math.max(1, otherCount);
        report.append(String.format(Locale.ROOT, "%nPMO mean %.1f vs all other categories %.1f; %d distinct texts, %d refused.%n",
                pmoMean, otherMean, seen.size(), failed));
        write("kaggle-report.md", report.toString());
        assertEquals(0, failed, report::toString);
        assertTrue(pmoMean > otherMean + 10, report::toString);
    }

    private static double mean(List<Integer> xs) {
        return xs.stream().mapToInt(Integer::intValue).average().orElse(0);
    }

    private static void write(String name, String text) throws IOException {
        Path out = Path.of("target", name);
        Files.createDirectories(out.getParent());
        Files.writeString(out, text, StandardCharsets.UTF_8);
    }
}

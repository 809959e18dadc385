package io.pmotoolkit.resume.gold;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.pmotoolkit.core.model.SkillsModelLoader;
import io.pmotoolkit.core.result.CvAnalysis;
import io.pmotoolkit.core.result.CvStructure;
import io.pmotoolkit.resume.analysis.ResumeAnalyzer;
import io.pmotoolkit.resume.checks.DateRange;
import io.pmotoolkit.resume.checks.DateRangeParser;
import io.pmotoolkit.resume.checks.DateStyle;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Field-level accuracy of the structure reader (contact, roles, education, certifications) against
 * hand-written truth: the 8 {@code *.truth.json} files of the offlinecv fixtures in {@code ../shared}, and
 * the labelled CVs of {@code gold/structure} (contact details stored as SHA-1 of the normalised value,
 * never in clear). Prints the figures and writes every miss to {@code target/structure-fidelity-*.md};
 * docs/accuracy.md publishes them.
 */
class StructureFidelityTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    private static final ResumeAnalyzer ANALYZER = new ResumeAnalyzer(SkillsModelLoader.builtIn(), "test",
            Clock.fixed(NOW, ZoneOffset.UTC));

    /**
     * Floors under today's figures (docs/accuracy.md), so that a change that reads structure worse fails: the
     * aims are contact 98 %, role fields 90 %, education 90 %. Index 0 the offlinecv truth, 1 the gold set, 2
     * structure-heldout, 3 structure-heldout2 (both read for tuning in issue 13 round 3, so held to floors too), 4
     * structure-heldout3 (Kaggle rows, scored blind once before round 4 and tuned on since; the dataset has no
     * contact details, so it has no contact floor), 5 structure-heldout4 (22 more Kaggle texts, scored blind once
     * before session 8 and tuned on since; no contact details either). Raised on 2 December 2026 to just under the
     * figures then, and the role and education floors again after round two of that day and after session 8.
     */
    private static final double[] MIN_CONTACT = {0.97, 0.93, 0.91, 0.99, 0.0, 0.0};
    private static final double[] MIN_ROLE = {0.97, 0.83, 0.87, 0.99, 0.92, 0.87};
    private static final double[] MIN_EDUCATION = {0.97, 0.82, 0.80, 0.95, 0.92, 0.75};

    @Test
    void offlinecvTruthFiles() throws Exception {
        Path dir = GoldCvs.CORPUS.resolve("offlinecv");
        assumeTrue(Files.isDirectory(dir), "no ../shared corpus");
        Score score = new Score();
        for (Path truth : list(dir, ".truth.json")) {
            String pdf = truth.getFileName().toString().replace(".truth.json", ".pdf");
            CvAnalysis a = ANALYZER.analyze(dir.resolve(pdf), "pmo-analyst");
            JsonNode t = JSON.readTree(truth.toFile());
            score.file("offlinecv/" + pdf);
            JsonNode c = t.path("contact");
            score.field("contact.name", text(c, "full_name"), a.candidate().name(), Score::name);
            score.field("contact.email", text(c, "email"), a.candidate().contact().email(), Score::lower);
            score.field("contact.phone", text(c, "phone"), a.candidate().contact().phone(), Score::digits);
            score.field("contact.location", text(c, "location"), a.candidate().contact().location(), Score::lower);
            List<Role> roles = new ArrayList<>();
            for (JsonNode r : t.path("experience")) {
                DateRange range = new DateRangeParser().parse(r.path("dates").asText(), YearMonth.of(2026, 12)).get(0);
                roles.add(new Role(text(r, "title"), text(r, "company"), start(range), end(range)));
            }
            score.roles(roles, a.experience());
            List<Qualification> quals = new ArrayList<>();
            for (JsonNode e : t.path("education")) {
                quals.add(new Qualification(text(e, "degree"), text(e, "institution"), null));
            }
            score.education(quals, a.education());
        }
        String report = score.report("Structure fidelity on the offlinecv truth files");
        write("structure-fidelity-offlinecv.md", report);
        assertTrue(score.rate("contact.") >= MIN_CONTACT[0] && score.rate("role.") >= MIN_ROLE[0]
                && score.rate("education.") >= MIN_EDUCATION[0], "below the floors: see target/structure-fidelity-offlinecv.md");
    }

    @Test
    void goldStructureSet() throws Exception {
        Score score = gold("structure");
        assumeTrue(score != null, "no gold/structure or no ../shared corpus");
        assertTrue(score.rate("contact.") >= MIN_CONTACT[1] && score.rate("role.") >= MIN_ROLE[1]
                && score.rate("education.") >= MIN_EDUCATION[1], "below the floors: see target/structure-fidelity-structure.md");
    }

    /**
     * Labelled after the reader was written: structure-heldout (28 CVs), structure-heldout2 (17 CVs, scored
     * blind once before issue 13 round 3), structure-heldout3 (18 Kaggle rows, scored blind once before round
     * 4) and structure-heldout4 (22 Kaggle texts, scored blind once before session 8). All were read for tuning
     * since, so they are held to floors as well.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"structure-heldout", "structure-heldout2", "structure-heldout3", "structure-heldout4"})
    void heldOutStructureSet(String folder) throws Exception {
        Score score = gold(folder);
        assumeTrue(score != null, "no gold/" + folder);
        int i = switch (folder) {
            case "structure-heldout" -> 2;
            case "structure-heldout2" -> 3;
            case "structure-heldout3" -> 4;
            default -> 5;
        };
        assertTrue(score.rate("contact.") >= MIN_CONTACT[i] && score.rate("role.") >= MIN_ROLE[i]
                && score.rate("education.") >= MIN_EDUCATION[i], "below the floors: see target/structure-fidelity-" + folder + ".md");
    }

    private static Score gold(String folder) throws Exception {
        Path dir = GoldCvs.GOLD.resolve(folder);
        if (!Files.isDirectory(dir) || !Files.isDirectory(GoldCvs.CORPUS)) {
            return null;
        }
        Score score = new Score();
        for (Path f : list(dir, ".yaml")) {
            JsonNode t = YAML.readTree(f.toFile());
            String id = t.path("file").asText();
            if (!GoldCvs.available(id)) {
                continue;
            }
            CvAnalysis a = ANALYZER.analyze(GoldCvs.read(id), ANALYZER.model().expectRole("pmo-analyst"));
            score.file(id);
            JsonNode c = t.path("contact");
            CvStructure.Contact got = a.candidate().contact();
            score.hashed("contact.name", text(c, "name"), Score.name(a.candidate().name()));
            score.hashed("contact.email", text(c, "email"), Score.lower(got.email()));
            score.hashed("contact.phone", text(c, "phone"), Score.digits(got.phone()));
            score.hashed("contact.linkedin", text(c, "linkedin"), got.linkedin() == null ? null
                    : got.linkedin().replaceFirst("(?i)^.*linkedin\\.com/in/", "").replaceAll("/+$", "").toLowerCase(Locale.ROOT));
            score.hashed("contact.location", text(c, "location"), Score.lower(got.location()));
            List<Role> roles = new ArrayList<>();
            for (JsonNode r : t.path("experience")) {
                roles.add(new Role(text(r, "title"), text(r, "employer"), text(r, "start"),
                        r.path("current").asBoolean() ? "present" : text(r, "end")));
            }
            score.roles(roles, a.experience());
            List<Qualification> quals = new ArrayList<>();
            for (JsonNode e : t.path("education")) {
                quals.add(new Qualification(text(e, "qualification"), text(e, "institution"),
                        e.path("year").isNumber() ? e.path("year").asInt() : null));
            }
            score.education(quals, a.education());
            List<String> certs = new ArrayList<>();
            for (JsonNode e : t.path("certifications")) {
                certs.add(text(e, "name"));
            }
            score.certifications(certs, a.certifications());
        }
        write("structure-fidelity-" + folder + ".md", score.report("Structure fidelity on gold/" + folder));
        return score;
    }

    record Role(String title, String employer, String start, String end) {
    }

    record Qualification(String qualification, String institution, Integer year) {
    }

    /** Counts right and wrong per field, and keeps the misses for the report. */
    static final class Score {
        private final Map<String, int[]> fields = new LinkedHashMap<>();  // field -> [right, total]
        private final StringBuilder misses = new StringBuilder();
        private int extraRoles;
        private int readRoles;
        private String file;

        void file(String id) {
            file = id;
        }

        void field(String name, String expected, String got, java.util.function.UnaryOperator<String> norm) {
            if (expected == null) {
                return;
            }
            boolean right = expected.startsWith(HASHED) ? hashedEquals(expected, got)
                    : norm.apply(expected).equals(norm.apply(got == null ? "" : got));
            count(name, right, right ? null : name + ": expected \"" + expected + "\", read \"" + got + "\"");
        }

        void hashed(String name, String expectedSha1, String got) {
            if (expectedSha1 == null) {
                return;
            }
            boolean right = got != null && sha1(got).equals(expectedSha1);
            // contact details are personal data: the report names the field, never the value
            count(name, right, right ? null : name + (got == null ? ": not read" : ": read something else"));
        }

        void roles(List<Role> truth, List<CvStructure.Employment> read) {
            readRoles += read.size();
            boolean[] used = new boolean[read.size()];
            for (Role t : truth) {
                int best = -1;
                double bestScore = 0.5;
                for (int i = 0; i < read.size(); i++) {
                    if (used[i]) {
                        continue;
                    }
                    CvStructure.Employment r = read.get(i);
                    double s = (eq(t.start(), r.start()) ? 1.5 : 0) + similarity(t.title(), r.title())
                            + similarity(t.employer(), r.employer());
                    if (s > bestScore) {
                        best = i;
                        bestScore = s;
                    }
                }
                if (best < 0) {
                    count("role.found", false, "role missed: " + t.title() + " (" + t.start() + ")");
                    for (String f : List.of("role.title", "role.employer", "role.start", "role.end")) {
                        count(f, false, null);
                    }
                    continue;
                }
                used[best] = true;
                CvStructure.Employment r = read.get(best);
                count("role.found", true, null);
                field("role.title", t.title(), r.title(), Score::text);
                if (t.employer() != null) {
                    field("role.employer", t.employer(), r.employer(), Score::text);
                }
                field("role.start", t.start(), r.start(), Score::text);
                field("role.end", t.end(), r.current() ? "present" : r.end(), Score::text);
            }
            for (int i = 0; i < read.size(); i++) {
                if (!used[i]) {
                    extraRoles++;
                    misses.append("- ").append(file).append(": role read that is not one: ").append(read.get(i).title())
                            .append(" (").append(read.get(i).start()).append(")\n");
                }
            }
        }

        void education(List<Qualification> truth, List<CvStructure.EducationEntry> read) {
            boolean[] used = new boolean[read.size()];
            for (Qualification t : truth) {
                int best = -1;
                double bestScore = 0.3;
                for (int i = 0; i < read.size(); i++) {
                    double s = used[i] ? 0 : similarity(t.qualification(), read.get(i).qualification())
                            + similarity(t.institution(), read.get(i).institution());
                    if (s > bestScore) {
                        best = i;
                        bestScore = s;
                    }
                }
                if (best < 0) {
                    count("education.qualification", false, "qualification missed: " + t.qualification());
                    if (t.institution() != null) {
                        count("education.institution", false, null);
                    }
                    continue;
                }
                used[best] = true;
                CvStructure.EducationEntry r = read.get(best);
                field("education.qualification", t.qualification(), r.qualification(), Score::text);
                field("education.institution", t.institution(), r.institution(), Score::text);
                if (t.year() != null) {
                    field("education.year", String.valueOf(t.year()), r.year() == null ? null : String.valueOf(r.year()),
                            Score::text);
                }
            }
        }

        void certifications(List<String> truth, List<CvStructure.CertificationEntry> read) {
            for (String t : truth) {
                boolean found = read.stream().anyMatch(r -> similarity(t, r.name()) >= 0.8);
                count("certification.name", found, found ? null : "certification missed: " + t);
            }
        }

        private void count(String field, boolean right, String miss) {
            int[] c = fields.computeIfAbsent(field, k -> new int[2]);
            c[0] += right ? 1 : 0;
            c[1]++;
            if (miss != null) {
                misses.append("- ").append(file).append(": ").append(miss).append('\n');
            }
        }

        /** The share right over the fields whose names start with the prefix. */
        double rate(String prefix) {
            int right = 0;
            int total = 0;
            for (var e : fields.entrySet()) {
                if (e.getKey().startsWith(prefix)) {
                    right += e.getValue()[0];
                    total += e.getValue()[1];
                }
            }
            return total == 0 ? 1 : (double) right / total;
        }

        String report(String title) {
            StringBuilder out = new StringBuilder(title).append("\n\n| field | right | of | accuracy |\n|---|---:|---:|---:|\n");
            for (var e : fields.entrySet()) {
                out.append(String.format(Locale.ROOT, "| %s | %d | %d | %.1f %% |%n", e.getKey(), e.getValue()[0],
                        e.getValue()[1], 100.0 * e.getValue()[0] / e.getValue()[1]));
            }
            out.append(String.format(Locale.ROOT, "%nRoles read: %d, of which %d match no role of the truth.%n",
                    readRoles, extraRoles));
            System.out.println(out);
            return out + "\n## Misses\n" + misses;
        }

        static String name(String s) {
            return s == null ? null : s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        }

        static String lower(String s) {
            return name(s);
        }

        static String digits(String s) {
            return s == null ? null : s.replaceAll("\\D", "");
        }

        /** Lower case, one kind of apostrophe and of dash, no space before a comma, spaces collapsed, no punctuation at the ends. */
        static String text(String s) {
            if (s == null) {
                return "";
            }
            return s.toLowerCase(Locale.ROOT).replace('’', '\'').replace('‘', '\'').replaceAll("\\s*[-–—]+\\s*", " - ").replaceAll("\\s+([,;:])", "$1")
                    .replaceAll("\\s+", " ")
                    .replaceAll("^[\\p{P}\\s]+|[\\p{P}\\s]+$", "").strip();
        }

        private static boolean eq(String a, String b) {
            return a != null && a.equals(b);
        }

        /**
         * Text fields of a real person's CV are stored as {@code sha1:} of {@link #text} (gold/README.md):
         * right only when the text read normalises to the same.
         */
        static final String HASHED = "sha1:";

        static boolean hashedEquals(String expected, String got) {
            return got != null && expected.equals(HASHED + sha1(text(got)));
        }

        /** Share of words in common (Jaccard), 0 to 1; for a hashed value 1 when equal, else 0. */
        static double similarity(String a, String b) {
            if (a == null || b == null) {
                return 0;
            }
            if (a.startsWith(HASHED) || b.startsWith(HASHED)) {
                return a.startsWith(HASHED) ? (hashedEquals(a, b) ? 1 : 0) : (hashedEquals(b, a) ? 1 : 0);
            }
            Set<String> x = new java.util.HashSet<>(List.of(text(a).split("[^\\p{L}\\p{N}]+")));
            Set<String> y = new java.util.HashSet<>(List.of(text(b).split("[^\\p{L}\\p{N}]+")));
            long common = x.stream().filter(y::contains).count();
            return (double) common / (x.size() + y.size() - common);
        }

        private static String sha1(String s) {
            try {
                return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(s.getBytes(StandardCharsets.UTF_8)));
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static String start(DateRange r) {
        return r.startStyle() == DateStyle.YEAR_ONLY ? String.valueOf(r.start().getYear()) : r.start().toString();
    }

    private static String end(DateRange r) {
        return r.ongoing() ? "present" : r.endStyle() == DateStyle.YEAR_ONLY ? String.valueOf(r.lastPossible().getYear())
                : r.end().toString();
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.path(field);
        return v.isMissingNode() || v.isNull() ? null : v.asText();
    }

    private static List<Path> list(Path dir, String suffix) throws java.io.IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
    }

    private static void write(String name, String text) throws java.io.IOException {
        Path report = Path.of("target", name);
        Files.createDirectories(report.getParent());
        Files.writeString(report, text, StandardCharsets.UTF_8);
    }
}

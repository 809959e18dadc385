package io.pmotoolkit.resume.gold;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.pmotoolkit.core.model.Role;
import io.pmotoolkit.core.model.SkillsModel;
import io.pmotoolkit.core.model.SkillsModelLoader;
import io.pmotoolkit.core.result.CvAnalysis;
import io.pmotoolkit.core.result.LineKind;
import io.pmotoolkit.resume.analysis.ResumeAnalyzer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * How usable the rewrites of duty lines are, judged by reading them: {@code gold/rewrites/lines.yaml} (the tuning
 * set), {@code gold/rewrites/heldout.yaml}, {@code heldout2.yaml}, {@code heldout3.yaml} and {@code heldout4.yaml}
 * (the held-out sets) name real duty lines of the corpus by CV id and a hash of the line;
 * {@code gold/rewrites/judgements.yaml} holds a careful editor's verdict on each rewrite, keyed by a hash of the
 * line and the suggestion, so a changed rewrite shows up as not judged yet. Prints the figures docs/accuracy.md
 * publishes and lists the rewrites not judged yet (their text goes to the terminal only, never to a file).
 *
 * <p>{@code -Dpmo.rewrites.select=true} draws the two sets afresh (fixed seed) and writes the two line files; it
 * is how they were made and is not run in a build; {@code -Dpmo.rewrites.select2=true} draws the second
 * held-out set from the CVs the two do not use; {@code -Dpmo.rewrites.select3=true} the third from the CVs none of
 * the three uses; {@code -Dpmo.rewrites.select4=true} the fourth from the offlinecv fixtures and Kaggle texts none
 * of the four uses.
 */
class RewriteQualityTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final SkillsModel MODEL = SkillsModelLoader.builtIn();
    private static final ResumeAnalyzer ANALYZER = new ResumeAnalyzer(MODEL, "test",
            Clock.fixed(Instant.parse("2026-12-01T12:00:00Z"), ZoneOffset.UTC));
    private static final Role ROLE = MODEL.expectRole("pmo-analyst");
    private static final Path DIR = GoldCvs.GOLD.resolve("rewrites");

    /**
     * Floors under today's figures (docs/accuracy.md "Rewrites", round three), so that a change that writes worse
     * rewrites fails. All three sets are judged by the strict rules of judgements-second.yaml's header; a rewrite
     * changed since it was judged counts as not good.
     */
    private static final double MIN_GOOD = 0.81;  // session 8: 81.8 % (round five 79.7 %)
    private static final double MIN_GOOD_HELDOUT = 0.79;  // strict: 60 % blind before item 4, 80.0 % after rounds four, five and session 8
    private static final double MIN_GOOD_HELDOUT2 = 0.79;  // blind before item 4: 61.7 %; after round five and session 8: 80.0 %
    private static final double MIN_GOOD_HELDOUT3 = 0.84;  // blind before round four: 51.7 %; after session 8 round two: 86.7 %
    private static final double MIN_GOOD_HELDOUT4 = 0.80;  // blind before session 8: 51.4 %; after: 81.9 %

    private static final long SEED = 14_4;
    private static final int PER_CV = 5;
    private static final int KAGGLE_ROWS = 90;

    @Test
    void tuningSet() throws Exception {
        score("Rewrite quality", "lines.yaml", MIN_GOOD);
    }

    @Test
    void heldOutSet() throws Exception {
        score("Held-out rewrite quality", "heldout.yaml", MIN_GOOD_HELDOUT);
    }

    @Test
    void secondHeldOutSet() throws Exception {
        score("Second held-out rewrite quality", "heldout2.yaml", MIN_GOOD_HELDOUT2);
    }

    @Test
    void thirdHeldOutSet() throws Exception {
        score("Third held-out rewrite quality", "heldout3.yaml", MIN_GOOD_HELDOUT3);
    }

    @Test
    void fourthHeldOutSet() throws Exception {
        score("Fourth held-out rewrite quality", "heldout4.yaml", MIN_GOOD_HELDOUT4);
    }

    private void score(String title, String file, double floor) throws Exception {
        Path lines = DIR.resolve(file);
        assumeTrue(Files.isRegularFile(lines), "no " + lines);
        JsonNode set = YAML.readTree(lines.toFile());
        assumeTrue(set.size() > 0 && GoldCvs.available(set.get(0).path("cv").asText()), "no ../shared corpus");
        Map<String, JsonNode> judged = judgements();
        Map<String, CvAnalysis> analyses = new HashMap<>();
        int total = 0;
        int found = 0;
        int judgedCount = 0;
        int good = 0;
        int grammatical = 0;
        int meaning = 0;
        int labelled = 0;
        int sentences = 0;
        Map<String, Integer> byAdvice = new java.util.TreeMap<>();
        List<String> unjudged = new ArrayList<>();
        List<String> bad = new ArrayList<>();
        for (JsonNode entry : set) {
            total++;
            String cv = entry.path("cv").asText();
            CvAnalysis a = analyses.computeIfAbsent(cv, RewriteQualityTest::analyse);
            CvAnalysis.LineResult line = a.lines().stream()
                    .filter(l -> hash(l.text()).equals(entry.path("line").asText())).findFirst().orElse(null);
            JsonNode unread = line == null ? judged.get(UNREAD + entry.path("line").asText()) : null;
            if (unread != null) {
                // no longer a line to rewrite (now read as a role's field, "company - ..."): judged once so, by
                // reading the line; counts as judged, with no suggestion
                judgedCount++;
                boolean ok = unread.path("grammatical").asBoolean() && unread.path("meaning").asBoolean()
                        && unread.path("labelled").asBoolean();
                grammatical += unread.path("grammatical").asBoolean() ? 1 : 0;
                meaning += unread.path("meaning").asBoolean() ? 1 : 0;
                labelled += unread.path("labelled").asBoolean() ? 1 : 0;
                good += ok ? 1 : 0;
                byAdvice.merge("not read", 1, Integer::sum);
                if (!ok) {
                    bad.add(cv + ": " + unread.path("note").asText("") + "\n    line " + entry.path("line").asText()
                            + ": no longer read as a line");
                }
                continue;
            }
            if (line == null || line.suggestion() == null) {
                unjudged.add(cv + "  line " + entry.path("line").asText() + ": "
                        + (line == null ? "no longer read as a line" : "no suggestion any more"));
                continue;
            }
            found++;
            String key = key(line.text(), line.suggestion());
            JsonNode j = judged.get(key);
            byAdvice.merge(String.valueOf(adviceOf(line)), 1, Integer::sum);
            if (line.rewrite() != null) {
                sentences++;
            }
            if (j == null) {
                unjudged.add("key " + key + "  " + cv + "\n    line:       " + line.text()
                        + "\n    suggestion: " + line.suggestion());
                continue;
            }
            judgedCount++;
            boolean g = j.path("grammatical").asBoolean();
            boolean m = j.path("meaning").asBoolean();
            boolean l = j.path("labelled").asBoolean();
            grammatical += g ? 1 : 0;
            meaning += m ? 1 : 0;
            labelled += l ? 1 : 0;
            if (g && m && l) {
                good++;
            } else {
                bad.add(cv + ": " + j.path("note").asText("") + "\n    line:       " + line.text()
                        + "\n    suggestion: " + line.suggestion());
            }
        }
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%s (%s): %d lines, %d with a suggestion, %d judged%n", title, file,
                total, found, judgedCount));
        out.append(String.format(Locale.ROOT, "  good (all three): %s%n", pct(good, total)));
        out.append(String.format(Locale.ROOT, "  grammatical: %s  meaning kept: %s  result first or honestly named: %s%n",
                pct(grammatical, judgedCount), pct(meaning, judgedCount), pct(labelled, judgedCount)));
        out.append(String.format(Locale.ROOT, "  a rewrite sentence: %s; advice kinds: %s%n", pct(sentences, found),
                byAdvice));
        bad.forEach(b -> out.append("  not good: ").append(b).append('\n'));
        if (!unjudged.isEmpty()) {
            out.append("  not judged yet (").append(unjudged.size()).append("):\n");
            unjudged.forEach(u -> out.append("  ").append(u).append('\n'));
        }
        System.out.print(out);
        double share = total == 0 ? 0 : (double) good / total;
        assertTrue(share >= floor, String.format(Locale.ROOT, "%s: good %.3f under the floor %.2f%n%s", title, share,
                floor, out));
    }

    private static Object adviceOf(CvAnalysis.LineResult line) {
        return line.advice() == null ? "none" : line.advice();
    }

    private static String pct(int n, int of) {
        return of == 0 ? "n/a" : String.format(Locale.ROOT, "%.1f %% (%d/%d)", 100.0 * n / of, n, of);
    }

    private static Map<String, JsonNode> judgements() throws Exception {
        Map<String, JsonNode> out = new HashMap<>();
        Path f = DIR.resolve("judgements.yaml");
        if (Files.isRegularFile(f)) {
            for (JsonNode j : YAML.readTree(f.toFile())) {
                out.put(j.path("key").asText(), j);
            }
        }
        return out;
    }

    private static CvAnalysis analyse(String id) {
        try {
            return ANALYZER.analyze(GoldCvs.read(id), ROLE);
        } catch (Exception e) {
            throw new IllegalStateException("cannot analyse " + id, e);
        }
    }

    /**
     * The key prefix of a verdict on a set's line that is no longer read as a line at all (a role's field now):
     * {@code unread:} and the line's id in the set file.
     */
    static final String UNREAD = "unread:";

    /** The key of a judgement: the line and the whole suggestion, so any change to either asks for a new one. */
    static String key(String line, String suggestion) {
        return sha1(line + "\u0000" + suggestion).substring(0, 16);
    }

    /** The id of a line in the line files: a hash of its text as read. */
    static String hash(String line) {
        return sha1(line).substring(0, 16);
    }

    private static String sha1(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Draws the two sets: every corpus PDF and DOCX and {@value #KAGGLE_ROWS} Kaggle rows drawn with a fixed
     * seed, in a shuffled order; from each CV up to {@value #PER_CV} duty lines the tool rewrites, drawn with the
     * same seed; the first CVs fill the tuning set to 150 lines, the next ones the held-out set to 60.
     */
    @Test
    void select() throws Exception {
        assumeTrue(Boolean.getBoolean("pmo.rewrites.select"), "selection runs only on request");
        assumeTrue(Files.isDirectory(GoldCvs.CORPUS), "no ../shared corpus");
        List<String> ids = candidates();
        Map<String, List<String>> sets = new LinkedHashMap<>();
        sets.put("lines.yaml", new ArrayList<>());
        sets.put("heldout.yaml", new ArrayList<>());
        int[] wanted = {150, 60};
        int at = 0;
        int[] count = new int[2];
        for (String id : ids) {
            if (at == 2) {
                break;
            }
            count[at] += draw(id, sets.get(at == 0 ? "lines.yaml" : "heldout.yaml"), wanted[at] - count[at]);
            if (count[at] == wanted[at]) {
                at++;
            }
        }
        for (Map.Entry<String, List<String>> e : sets.entrySet()) {
            writeSet(e.getKey(), e.getValue());
        }
    }

    /**
     * Draws the second held-out set ({@code heldout2.yaml}, issue 14 item 4): the same candidates in the same
     * order as {@link #select()}, skipping every CV that {@code lines.yaml} or {@code heldout.yaml} uses (in either format), until
     * 60 duty lines are taken. Run with {@code -Dpmo.rewrites.select2=true}; not run in a build.
     */
    @Test
    void selectSecondHeldOut() throws Exception {
        assumeTrue(Boolean.getBoolean("pmo.rewrites.select2"), "selection runs only on request");
        assumeTrue(Files.isDirectory(GoldCvs.CORPUS), "no ../shared corpus");
        Set<String> used = new LinkedHashSet<>();
        for (String file : List.of("lines.yaml", "heldout.yaml")) {
            for (JsonNode entry : YAML.readTree(DIR.resolve(file).toFile())) {
                used.add(stem(entry.path("cv").asText()));
            }
        }
        List<String> out = new ArrayList<>();
        int count = 0;
        for (String id : candidates()) {
            if (count == 60) {
                break;
            }
            if (!used.contains(stem(id))) {
                count += draw(id, out, 60 - count);
            }
        }
        writeSet("heldout2.yaml", out);
    }

    /**
     * Draws the third held-out set ({@code heldout3.yaml}, issue 14 item 4, round four): every corpus PDF and DOCX
     * and every distinct Kaggle text (not only the {@value #KAGGLE_ROWS} rows the other sets drew from), shuffled
     * with the same seed, skipping every CV that the three other sets use, in either format or as a Kaggle row with
     * the same text, until 60 duty lines are taken. Run with {@code -Dpmo.rewrites.select3=true}; not run in a
     * build.
     */
    @Test
    void selectThirdHeldOut() throws Exception {
        assumeTrue(Boolean.getBoolean("pmo.rewrites.select3"), "selection runs only on request");
        assumeTrue(Files.isDirectory(GoldCvs.CORPUS), "no ../shared corpus");
        Set<String> used = new LinkedHashSet<>();
        Set<String> usedText = new LinkedHashSet<>();
        for (String file : List.of("lines.yaml", "heldout.yaml", "heldout2.yaml")) {
            for (JsonNode entry : YAML.readTree(DIR.resolve(file).toFile())) {
                String id = entry.path("cv").asText();
                used.add(stem(id));
                if (id.startsWith("kaggle#")) {
                    usedText.add(GoldCvs.read(id).lines().toString());
                }
            }
        }
        List<String> out = new ArrayList<>();
        int count = 0;
        for (String id : candidates(Integer.MAX_VALUE)) {
            if (count == 60) {
                break;
            }
            boolean usedKaggle = id.startsWith("kaggle#") && usedText.contains(GoldCvs.read(id).lines().toString());
            if (!used.contains(stem(id)) && !usedKaggle) {
                count += draw(id, out, 60 - count);
            }
        }
        writeSet("heldout3.yaml", out);
    }

    /** The Kaggle categories the fourth held-out set opens with, one CV each: PMO, operations and BA work. */
    private static final List<String> FOURTH_FIRST_CATEGORIES = List.of("PMO", "Operations Manager",
            "Business Analyst");
    private static final int FOURTH_LINES = 72;
    private static final int FOURTH_PER_CV = 4;

    /**
     * Draws the fourth held-out set ({@code heldout4.yaml}, issue 14 item 4, session 8) from the CVs no other
     * rewrite set uses: the {@code offlinecv/} fixtures (English-language western CVs; none used before; a
     * fixture whose first line is that of a used corpus PDF or DOCX, the same persona in another layout, is
     * skipped) and the distinct Kaggle texts no set uses, each list shuffled with the same seed. The draw
     * alternates a fixture and a Kaggle CV; the first three Kaggle CVs come from the PMO, operations-manager and
     * business-analyst categories, and no Kaggle category gives a second CV until every category has given
     * one; up to {@value #FOURTH_PER_CV} duty lines per CV, until {@value #FOURTH_LINES} lines are taken. Run
     * with {@code -Dpmo.rewrites.select4=true}; not run in a build.
     */
    @Test
    void selectFourthHeldOut() throws Exception {
        assumeTrue(Boolean.getBoolean("pmo.rewrites.select4"), "selection runs only on request");
        assumeTrue(Files.isDirectory(GoldCvs.CORPUS), "no ../shared corpus");
        Set<String> used = new LinkedHashSet<>();
        Set<String> usedText = new LinkedHashSet<>();
        Set<String> usedFirstLines = new LinkedHashSet<>();
        for (String file : List.of("lines.yaml", "heldout.yaml", "heldout2.yaml", "heldout3.yaml")) {
            for (JsonNode entry : YAML.readTree(DIR.resolve(file).toFile())) {
                String id = entry.path("cv").asText();
                if (!used.add(stem(id))) {
                    continue;
                }
                if (id.startsWith("kaggle#")) {
                    usedText.add(GoldCvs.read(id).lines().toString());
                } else {
                    firstLine(id).ifPresent(usedFirstLines::add);
                }
            }
        }
        Random random = new Random(SEED);
        List<String> fixtures = new ArrayList<>();
        try (Stream<Path> s = Files.list(GoldCvs.CORPUS.resolve("offlinecv"))) {
            s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".pdf")).sorted()
                    .map(n -> "offlinecv/" + n).forEach(fixtures::add);
        }
        fixtures.removeIf(id -> used.contains(stem(id)) || firstLine(id).map(usedFirstLines::contains).orElse(false));
        Collections.shuffle(fixtures, random);
        List<String> rows = new ArrayList<>();
        Set<String> seenText = new LinkedHashSet<>(usedText);
        for (int i = 1; i <= 962; i++) {
            if (seenText.add(GoldCvs.read("kaggle#" + i).lines().toString())) {
                rows.add("kaggle#" + i);
            }
        }
        Collections.shuffle(rows, random);
        List<String> kaggleOrder = new ArrayList<>();
        for (String category : FOURTH_FIRST_CATEGORIES) {
            rows.stream().filter(id -> GoldCvs.kaggleCategory(id).equals(category)).findFirst().ifPresent(id -> {
                kaggleOrder.add(id);
                rows.remove(id);
            });
        }
        Set<String> taken = new LinkedHashSet<>();
        kaggleOrder.forEach(id -> taken.add(GoldCvs.kaggleCategory(id)));
        while (!rows.isEmpty()) {  // one CV a category per round, in the shuffled order
            List<String> round = new ArrayList<>();
            for (String id : rows) {
                if (taken.add(GoldCvs.kaggleCategory(id))) {
                    round.add(id);
                }
            }
            kaggleOrder.addAll(round);
            rows.removeAll(round);
            taken.clear();
        }
        List<String> out = new ArrayList<>();
        int count = 0;
        for (int i = 0; count < FOURTH_LINES && (i < fixtures.size() || i < kaggleOrder.size()); i++) {
            for (List<String> source : List.of(fixtures, kaggleOrder)) {
                if (i < source.size() && count < FOURTH_LINES) {
                    count += draw(source.get(i), out, Math.min(FOURTH_PER_CV, FOURTH_LINES - count));
                }
            }
        }
        writeSet("heldout4.yaml", out);
    }

    /** The first non-blank line of a corpus file as read, to know one persona in two layouts. */
    private static java.util.Optional<String> firstLine(String id) {
        try {
            return GoldCvs.read(id).lines().stream().map(l -> l.text().strip()).filter(l -> !l.isEmpty()).findFirst();
        } catch (Exception e) {
            return java.util.Optional.empty();
        }
    }

    /** A CV's id without folder and extension: the corpus holds some CVs as both a PDF and a DOCX. */
    private static String stem(String id) {
        return id.replaceFirst("^[^/#]*/", "").replaceFirst("\\.[a-z]+$", "");
    }

    /**
     * Every corpus PDF and DOCX and {@value #KAGGLE_ROWS} Kaggle rows drawn with a fixed seed, in a shuffled order.
     */
    private static List<String> candidates() throws Exception {
        return candidates(KAGGLE_ROWS);
    }

    /** The corpus PDFs and DOCXs and up to {@code kaggleRows} distinct Kaggle rows, shuffled with the fixed seed. */
    private static List<String> candidates(int kaggleRows) throws Exception {
        List<String> ids = new ArrayList<>();
        for (String folder : List.of("cv-pdf", "cv-docx")) {
            try (Stream<Path> s = Files.list(GoldCvs.CORPUS.resolve(folder))) {
                s.map(p -> folder + "/" + p.getFileName()).sorted().forEach(ids::add);
            }
        }
        Random random = new Random(SEED);
        List<Integer> rows = new ArrayList<>();
        for (int i = 1; i <= 962; i++) {
            rows.add(i);
        }
        Collections.shuffle(rows, random);
        Set<String> seenText = new LinkedHashSet<>();
        int taken = 0;
        for (int row : rows) {
            if (taken == kaggleRows) {
                break;
            }
            String text = GoldCvs.read("kaggle#" + row).lines().toString();
            if (seenText.add(text)) {  // the dataset repeats many rows
                ids.add("kaggle#" + row);
                taken++;
            }
        }
        Collections.shuffle(ids, random);
        return ids;
    }

    /**
     * Adds to {@code out} up to {@value #PER_CV} (and at most {@code room}) duty lines of one CV that the tool
     * gives a suggestion, drawn with the fixed seed; returns how many.
     */
    private static int draw(String id, List<String> out, int room) {
        CvAnalysis a;
        try {
            a = analyse(id);
        } catch (IllegalStateException e) {
            return 0;
        }
        List<CvAnalysis.LineResult> duties = new ArrayList<>(a.lines().stream()
                .filter(l -> l.kind() == LineKind.RESPONSIBILITY && l.suggestion() != null).toList());
        Collections.shuffle(duties, new Random(SEED + id.hashCode()));
        Set<String> hashes = new LinkedHashSet<>();
        for (CvAnalysis.LineResult l : duties) {
            if (hashes.size() == PER_CV || hashes.size() == room) {
                break;
            }
            if (hashes.add(hash(l.text()))) {
                out.add("- cv: " + id + "\n  line: " + hash(l.text()) + "\n  span: \"" + span(l.text()) + "\"\n");
            }
        }
        return hashes.size();
    }

    private static void writeSet(String file, List<String> entries) throws Exception {
        Files.createDirectories(DIR);
        Files.writeString(DIR.resolve(file), "# Duty lines drawn by RewriteQualityTest.select() (seed " + SEED
                + "): CV id, SHA-1 of the line (16 hex), its first words (no names, no figures).\n"
                + String.join("", entries), StandardCharsets.UTF_8);
    }

    /**
     * The first words of a line, to find it by eye: at most six, stopping before any word that could name a
     * person, an employer or a client (a capital letter after the first word) or hold a figure or a contact.
     */
    static String span(String line) {
        String[] words = line.strip().replaceAll("^[^\\p{L}]+", "").split("\\s+");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < words.length && out.size() < 6; i++) {
            String w = words[i].replaceAll("[\"\\\\]", "");
            boolean risky = i > 0 && !w.isEmpty() && Character.isUpperCase(w.codePointAt(0))
                    || w.matches(".*[\\d@/].*");
            if (risky || w.isEmpty()) {
                break;
            }
            out.add(w);
        }
        return String.join(" ", out);
    }
}

package io.pmotoolkit.resume.jobad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.pmotoolkit.core.match.KeywordMatcher;
import io.pmotoolkit.core.model.SkillsModel;
import io.pmotoolkit.core.model.SkillsModelLoader;
import io.pmotoolkit.resume.read.CvReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * How each real advert is read, as a recruiter would check it: the title, the role chosen and why, the years
 * asked, every line's part and the terms, compared with a golden text under
 * {@code src/test/resources/io/pmotoolkit/resume/jobad/golden/}. The adverts are those of {@code samples/job-ads}
 * and of {@code ../shared/corpus/job-ads} (skipped without the shared folder). {@code -Dpmo.golden.update=true}
 * rewrites the goldens: read the diff.
 */
class AdvertGoldenTest {

    private static final SkillsModel MODEL = SkillsModelLoader.builtIn();
    private static final JobAdParser PARSER = new JobAdParser(MODEL, KeywordMatcher.of(MODEL));
    private static final Path SAMPLES = Path.of(System.getProperty("pmo.samples.dir", "../samples"), "job-ads");
    private static final Path CORPUS = Path.of(System.getProperty("pmo.shared.dir", "../../shared"), "corpus", "job-ads");
    private static final Path GOLDEN = Path.of("src/test/resources/io/pmotoolkit/resume/jobad/golden");
    private static final boolean UPDATE = Boolean.getBoolean("pmo.golden.update");
    /** The words of a corpus advert's line a golden keeps. */
    private static final int CORPUS_WORDS = 8;

    static Stream<String> samples() throws IOException {
        return adverts(SAMPLES);
    }

    static Stream<String> corpus() throws IOException {
        return Files.isDirectory(CORPUS) ? adverts(CORPUS) : Stream.of("(no shared corpus)");
    }

    private static Stream<String> adverts(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            // The Kaggle CSV of Google adverts is a data set, not an advert file.
            return files.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
                    .filter(n -> !n.endsWith(".csv")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void sampleAdvertIsReadAsItsGolden(String name) throws IOException {
        check(SAMPLES.resolve(name), "samples-" + name, Integer.MAX_VALUE);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void corpusAdvertIsReadAsItsGolden(String name) throws IOException {
        assumeTrue(Files.isDirectory(CORPUS), "no shared corpus at " + CORPUS);
        check(CORPUS.resolve(name), "corpus-" + name, CORPUS_WORDS);
    }

    private static void check(Path advert, String goldenName, int words) throws IOException {
        String actual;
        try {
            actual = describe(PARSER.parse(new CvReader().read(advert)), words);
        } catch (io.pmotoolkit.resume.read.CvReadException e) {
            actual = "refused (" + e.reason() + "): " + e.getMessage().replace(advert.toString(), advert.getFileName().toString()) + "\n";
        }
        Path golden = GOLDEN.resolve(goldenName.replaceAll("\\.[a-z]+$", "") + ".txt");
        if (UPDATE || !Files.exists(golden)) {
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual, advert + ": rerun with -Dpmo.golden.update=true");
    }

    /**
     * The reading of an advert as text: one header block, one row per line (its first {@code words} words: the
     * corpus adverts are other people's text, so their goldens keep short spans only), one row per term.
     */
    static String describe(JobAd ad, int words) {
        StringBuilder out = new StringBuilder();
        out.append("title: ").append(ad.title()).append('\n');
        out.append("role: ").append(ad.role().id()).append(" (").append(ad.roleReason()).append(")\n");
        out.append("years asked: ").append(ad.yearsRequired()).append('\n');
        out.append("\nlines:\n");
        for (JobAd.AdLine l : ad.lines()) {
            String[] w = l.text().split("\\s+");
            String text = w.length > words ? String.join(" ", java.util.Arrays.copyOf(w, words)) + " ..." : l.text();
            text = text.length() > 90 ? text.substring(0, 87) + "..." : text;
            out.append(String.format(Locale.ROOT, "%4d %-9s %s%n", l.number(), l.part(), text));
        }
        List<JobAd.AdTerm> terms = ad.terms();
        out.append("\nterms (").append(terms.stream().filter(JobAd.AdTerm::required).count()).append(" required, ")
                .append(terms.stream().filter(t -> !t.required()).count()).append(" preferred):\n");
        for (JobAd.AdTerm t : terms) {
            out.append(String.format(Locale.ROOT, "  %-9s %-7s x%d %s%n", t.required() ? "required" : "preferred",
                    t.known() ? "known" : "unknown", t.mentions(), t.keyword().term()));
        }
        return out.toString();
    }
}

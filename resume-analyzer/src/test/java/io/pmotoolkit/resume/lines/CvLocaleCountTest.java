package io.pmotoolkit.resume.lines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@link CvLocale#spellings} counts what the -ise/-ize patterns of {@link RewriteVocabulary} find, and
 * {@link CvLocale#shown} what each currency's pattern finds, line by line:
 * on hand-made edge cases, on the sample CVs and adverts, and on the Kaggle CV texts of {@code ../shared} (when
 * present).
 */
class CvLocaleCountTest {

    private static final RewriteVocabulary V = RewriteVocabulary.builtIn();

    @Test
    void edgeCasesAgreeWithThePatterns() {
        List<String> lines = List.of(
                "Organised and prioritised the PMO's work; ORGANIZED the board; Organizations, organisation",
                "reorganised (not a stem), re-organised, organised_team, organised2, 2organised, organise-d",
                "réorganisé, organisé, naïve organiser, Ørganised, organisés, „optimised“, utilisation’s",
                "summarising, summarizing, summarizations, emphasises, emphasized, synchronisations, revolutionised",
                "standardise, standardize, STANDARDISING, Standardizes, centralised/decentralised, minimisation",
                "organ, organis, organisee, organising, organisationss, Organ is, is, iz, ises, izing",
                "£5m, GBP 3m, gbp, pounds, Pound Sterling, pound  sterling, POUNDS2, 2pounds, £££, a£b",
                "US$ 4m, us$2m, $$, USD-1, dollars, Dollars., usd_x, xusd, €€, EURO, euros, eur-2, 2EUR, EUR",
                "Rs.5, rs.., RS. 4 lakh, lakhs, crores, Crore., ₹₹, INR, İnr ınr, rupees, \uD835\uDC00usd, usd\u00E9",
                "", " ", "__organised__", "organised.organized,organise;organize", "\uFF4Frganised", "organ\u0130sed");
        int hits = 0;
        for (String line : lines) {
            hits += agree(line);
        }
        assertTrue(hits >= 60, "the edge cases hold spellings and currencies: " + hits);
    }

    @Test
    void samplesAgreeWithThePatterns() throws IOException {
        Path samples = Path.of(System.getProperty("pmo.samples.dir", "../samples"));
        int hits = 0;
        for (Path f : texts(samples)) {
            for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                hits += agree(line);
            }
        }
        assertTrue(hits > 0, "the samples spell -ise/-ize words and show money");
    }

    @Test
    void kaggleTextsAgreeWithThePatterns() throws IOException {
        Path csv = Path.of(System.getProperty("pmo.shared.dir", "../../shared"), "corpus", "kaggle",
                "UpdatedResumeDataSet.csv");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(csv), "no ../shared corpus");
        int hits = 0;
        for (String line : Files.readAllLines(csv, StandardCharsets.UTF_8)) {
            hits += agree(line);
        }
        assertTrue(hits > 100, "the Kaggle CVs spell -ise/-ize words and show money: " + hits);
    }

    /** The two counts of each spelling and currency agree; returns how many were found. */
    private static int agree(String line) {
        int ise = count(V.iseWords(), line);
        int ize = count(V.izeWords(), line);
        assertEquals(ise, CvLocale.spellings(line, V.iseStems(), 's'), () -> "-ise in: " + line);
        assertEquals(ize, CvLocale.spellings(line, V.iseStems(), 'z'), () -> "-ize in: " + line);
        int money = 0;
        for (RewriteVocabulary.Currency c : V.currencies()) {
            int expected = count(c.shownBy(), line);
            assertEquals(expected, CvLocale.shown(line, CvLocale.asciiLower(line), c.forms()),
                    () -> c.sign() + " in: " + line);
            money += expected;
        }
        return ise + ize + money;
    }

    private static int count(Pattern p, String line) {
        Matcher m = p.matcher(line);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static List<Path> texts(Path dir) throws IOException {
        List<Path> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            s.filter(p -> p.toString().matches(".*\\.(txt|md)$")).sorted().forEach(out::add);
        }
        return out;
    }
}

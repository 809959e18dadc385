package io.pmotoolkit.resume.read;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * "Lines as printed": every PDF of the shared corpus reads (or fails with a reason), and on a sample of pages
 * whose bullets were counted by hand on the rendered page ({@code bullet-counts.tsv}) the reader finds one
 * bullet line per printed bullet, whatever draws the mark. Skips when the corpus is not beside the checkout.
 */
class PrintedBulletsTest {

    private static final Path CORPUS = Path.of(System.getProperty("pmo.shared.dir", "../../shared"), "corpus");
    private static final CvReader READER = new CvReader();

    /** Of the bullets printed on the sample pages, the share the reader must find as bullet lines, one each. */
    private static final double AGREEMENT_FLOOR = 0.95;

    private record Page(String file, int page, int printed, boolean heldOut) {
    }

    @Test
    void everyCorpusPdfReadsOrFailsWithAReason() throws IOException {
        assumeTrue(Files.isDirectory(CORPUS), "shared corpus not found at " + CORPUS);
        List<Path> pdfs = new ArrayList<>();
        for (String dir : List.of("cv-pdf", "offlinecv")) {
            try (Stream<Path> s = Files.list(CORPUS.resolve(dir))) {
                s.filter(p -> p.toString().endsWith(".pdf")).sorted().forEach(pdfs::add);
            }
        }
        assertTrue(pdfs.size() >= 80, "corpus PDFs found: " + pdfs.size());
        int read = 0;
        for (Path p : pdfs) {
            try {
                CvDocument doc = READER.read(p);
                assertFalse(doc.lines().isEmpty(), p.toString());
                for (CvLine l : doc.lines()) {
                    assertFalse(l.text().isBlank(), "blank line in " + p);
                }
                read++;
            } catch (CvReadException e) {
                assertNotNull(e.reason(), p.toString());
            }
        }
        System.out.printf("corpus PDFs: %d, read: %d%n", pdfs.size(), read);
    }

    @Test
    void bulletLinesMatchTheBulletsPrinted() throws IOException, CvReadException {
        assumeTrue(Files.isDirectory(CORPUS), "shared corpus not found at " + CORPUS);
        List<Page> pages = truth();
        StringBuilder report = new StringBuilder();
        int[] all = new int[3];  // printed, agreed, exact pages
        int[] heldOut = new int[3];
        for (Page t : pages) {
            CvDocument doc = READER.read(CORPUS.resolve(t.file()));
            int bullets = (int) doc.lines().stream().filter(l -> l.page() == t.page() && l.bullet()).count();
            // a bullet line too many (a wrapped line taken for a bullet) is as wrong as one missed
            int agreed = Math.max(0, t.printed() - Math.abs(bullets - t.printed()));
            for (int[] sum : t.heldOut() ? List.of(all, heldOut) : List.of(all)) {
                sum[0] += t.printed();
                sum[1] += agreed;
                sum[2] += bullets == t.printed() ? 1 : 0;
            }
            report.append(String.format("  %-70s p%d printed %3d read %3d%s%n", t.file(), t.page(), t.printed(), bullets,
                    t.heldOut() ? " (held out)" : ""));
        }
        double agreement = (double) all[1] / all[0];
        System.out.printf("printed bullets vs bullet lines read: %d pages, %d bullets, agreement %.1f%%, %d pages exact;"
                        + " held out: %d bullets, agreement %.1f%%, %d pages exact%n%s", pages.size(), all[0], 100 * agreement,
                all[2], heldOut[0], 100.0 * heldOut[1] / Math.max(1, heldOut[0]), heldOut[2], report);
        assertTrue(agreement >= AGREEMENT_FLOOR, String.format("agreement %.3f below %.2f:%n%s", agreement,
                AGREEMENT_FLOOR, report));
    }

    private static List<Page> truth() throws IOException {
        List<Page> pages = new ArrayList<>();
        try (var in = PrintedBulletsTest.class.getResourceAsStream("bullet-counts.tsv");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                pages.add(new Page(f[0], Integer.parseInt(f[1]), Integer.parseInt(f[2]), "held-out".equals(f[4])));
            }
        }
        return pages;
    }
}

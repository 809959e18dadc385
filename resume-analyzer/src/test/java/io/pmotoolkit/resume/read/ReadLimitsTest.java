package io.pmotoolkit.resume.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/**
 * The reading limits leave real CVs far alone: every CV of {@code ../shared/corpus} uses at most a quarter of each
 * (the figures ReadLimits cites are printed), and long words are broken without touching shorter text.
 */
class ReadLimitsTest {

    private static final Path CORPUS = Path.of(System.getProperty("pmo.shared.dir", "../../shared"), "corpus");

    @Test
    void realCvsUseAQuarterOfEachLimitAtMost() throws IOException {
        assumeTrue(Files.isDirectory(CORPUS), "shared corpus not found at " + CORPUS);
        List<Path> files;
        try (Stream<Path> s = Stream.of("cv-pdf", "cv-docx", "offlinecv").map(CORPUS::resolve).filter(Files::isDirectory)
                .flatMap(ReadLimitsTest::list)) {
            files = s.sorted().toList();
        }
        String[] names = {"operators", "form depth", "form draws", "glyphs on a page", "glyphs", "lines", "characters",
            "longest word"};
        int pages = CvReader.DEFAULT_MAX_PAGES;
        int[] limits = {ReadLimits.MAX_OPERATORS, ReadLimits.MAX_FORM_DEPTH, ReadLimits.MAX_FORM_DRAWS,
            ReadLimits.MAX_GLYPHS_PER_PAGE, ReadLimits.maxGlyphs(pages), ReadLimits.maxLines(pages),
            ReadLimits.maxTextChars(pages), ReadLimits.MAX_WORD_CHARS};
        int[] most = new int[names.length];
        String[] where = new String[names.length];
        CvReader reader = new CvReader();
        for (Path f : files) {
            int[] use = new int[names.length];
            if (f.toString().endsWith(".pdf")) {
                try (PDDocument pdf = Loader.loadPDF(f.toFile())) {
                    if (pdf.getNumberOfPages() > CvReader.DEFAULT_MAX_PAGES) {
                        continue;  // refused by its page count before its glyphs are collected
                    }
                    GlyphCollector c = new GlyphCollector(CvReader.DEFAULT_MAX_PAGES);
                    c.collect(pdf);
                    System.arraycopy(c.usage(), 0, use, 0, 5);
                } catch (IOException e) {
                    continue;  // encrypted or damaged: CorpusReadTest checks those
                }
            }
            CvDocument doc;
            try {
                doc = reader.read(f);
            } catch (CvReadException e) {
                continue;
            }
            use[5] = doc.lines().size();
            for (CvLine l : doc.lines()) {
                use[6] += l.text().length();
                for (String w : l.text().split("\\s+")) {
                    use[7] = Math.max(use[7], w.length());
                }
            }
            for (int i = 0; i < names.length; i++) {
                if (use[i] > most[i]) {
                    most[i] = use[i];
                    where[i] = f.getFileName().toString();
                }
            }
        }
        StringBuilder report = new StringBuilder("most over " + files.size() + " corpus CVs:");
        for (int i = 0; i < names.length; i++) {
            report.append(String.format("%n  %-17s %,9d of %,11d (%s)", names[i], most[i], limits[i], where[i]));
        }
        System.out.println(report);
        for (int i = 0; i < names.length; i++) {
            // words are broken at the limit, so the longest word may reach it; nothing else comes near
            int share = i == 7 ? 1 : 4;
            assertTrue((long) most[i] * share <= limits[i], report::toString);
        }
    }

    @Test
    void longWordsAreBrokenAndOtherTextIsUntouched() {
        String normal = "Maintained the RAID log; https://www.linkedin.com/in/jane-doe-0123456789abcdef";
        assertTrue(Lines.breakLongWords(normal) == normal);
        String word = "x".repeat(ReadLimits.MAX_WORD_CHARS * 2 + 5);
        String broken = Lines.breakLongWords("a " + word + " b");
        assertEquals("a " + "x".repeat(ReadLimits.MAX_WORD_CHARS) + " " + "x".repeat(ReadLimits.MAX_WORD_CHARS) + " xxxxx b",
                broken);
        String pairs = "\uD83D\uDE00".repeat(ReadLimits.MAX_WORD_CHARS);
        for (String piece : Lines.breakLongWords(pairs).split(" ")) {
            assertTrue(!Character.isLowSurrogate(piece.charAt(0)), "a surrogate pair is never split");
        }
    }

    private static Stream<Path> list(Path dir) {
        try {
            return Files.list(dir).filter(Files::isRegularFile).toList().stream();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

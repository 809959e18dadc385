package io.pmotoolkit.resume.gold;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.pmotoolkit.resume.read.CvDocument;
import io.pmotoolkit.resume.read.CvReadException;
import io.pmotoolkit.resume.read.CvReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Resolves the CV ids the gold sets use: a path under {@code ../shared/corpus} ({@code cv-pdf/x.pdf}), a
 * sample ({@code samples/x.pdf}), or a row of the Kaggle CV dataset ({@code kaggle#680}, the 1-based data
 * row). The gold files hold these ids, never the CVs' text.
 */
public final class GoldCvs {

    public static final Path SHARED = Path.of(System.getProperty("pmo.shared.dir", "../../shared"));
    public static final Path CORPUS = SHARED.resolve("corpus");
    public static final Path SAMPLES = Path.of(System.getProperty("pmo.samples.dir", "../samples"));
    public static final Path GOLD = SAMPLES.toAbsolutePath().getParent().resolve("gold");

    private static Map<Integer, String> kaggle;
    private static Map<Integer, String> kaggleCategories;

    private GoldCvs() {
    }

    /** Whether the material for an id is on this machine (the corpus is not in a user's clone). */
    public static boolean available(String id) {
        if (id.startsWith("samples/")) {
            return Files.isRegularFile(SAMPLES.resolve(id.substring("samples/".length())));
        }
        if (id.startsWith("kaggle#")) {
            return Files.isRegularFile(CORPUS.resolve("kaggle/UpdatedResumeDataSet.csv"));
        }
        return Files.isRegularFile(CORPUS.resolve(id));
    }

    public static CvDocument read(String id) throws CvReadException {
        CvReader reader = new CvReader();
        if (id.startsWith("samples/")) {
            return reader.read(SAMPLES.resolve(id.substring("samples/".length())));
        }
        if (id.startsWith("kaggle#")) {
            String text = kaggleRows().get(Integer.parseInt(id.substring("kaggle#".length())));
            return reader.read("row.txt", text.getBytes(StandardCharsets.UTF_8));
        }
        return reader.read(CORPUS.resolve(id));
    }

    /** The category the Kaggle dataset gives a row ({@code kaggle#N}: "PMO", "Testing"...); empty for other ids. */
    public static String kaggleCategory(String id) {
        if (!id.startsWith("kaggle#")) {
            return "";
        }
        kaggleRows();
        return kaggleCategories.getOrDefault(Integer.parseInt(id.substring("kaggle#".length())), "");
    }

    private static synchronized Map<Integer, String> kaggleRows() {
        if (kaggle == null) {
            Map<Integer, String> rows = new HashMap<>();
            Map<Integer, String> categories = new HashMap<>();
            Path csv = CORPUS.resolve("kaggle/UpdatedResumeDataSet.csv");
            try (MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class)
                    .with(CsvSchema.emptySchema().withHeader())
                    .readValues(Files.newBufferedReader(csv, StandardCharsets.UTF_8))) {
                int n = 0;
                while (it.hasNext()) {
                    Map<String, String> row = it.next();
                    rows.put(++n, row.get("Resume"));
                    categories.put(n, row.get("Category"));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            kaggleCategories = categories;
            kaggle = rows;
        }
        return kaggle;
    }
}

package io.pmotoolkit.resume.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A document clearly in another language than English is refused ({@link CvReadException.Reason#NOT_ENGLISH}),
 * and no English CV is: every real CV of the shared corpus (PDF, DOCX, the rendered CVs and the 962 texts of the
 * Kaggle CV dataset) and every sample is read, and the Italian adverts of the corpus are refused. Skipped where
 * the shared folder is absent.
 */
class LanguageRefusalTest {

    private static final Path CORPUS = Path.of(System.getProperty("pmo.shared.dir", "../../shared"), "corpus");
    private static final Path SAMPLES = Path.of(System.getProperty("pmo.samples.dir", "../samples"));
    private static final CvReader READER = new CvReader();

    @Test
    void noEnglishCvOfTheCorpusOrTheSamplesIsRefused() throws IOException {
        assumeTrue(Files.isDirectory(CORPUS), "no shared corpus at " + CORPUS);
        List<Path> files = new ArrayList<>();
        for (Path dir : List.of(CORPUS.resolve("cv-pdf"), CORPUS.resolve("cv-docx"), CORPUS.resolve("offlinecv"), SAMPLES,
                SAMPLES.resolve("job-ads"))) {
            try (Stream<Path> s = Files.list(dir)) {
                s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().endsWith(".json")).sorted().forEach(files::add);
            }
        }
        List<String> refused = new ArrayList<>();
        int read = 0;
        for (Path f : files) {
            try {
                READER.read(f);
                read++;
            } catch (CvReadException e) {
                if (e.reason() == CvReadException.Reason.NOT_ENGLISH) {
                    refused.add(f.getFileName() + ": " + e.getMessage());
                }
            }
        }
        assertTrue(refused.isEmpty(), "English CVs refused as another language: " + refused);
        assertTrue(read >= 90, "only " + read + " files read");
    }

    @Test
    void noTextOfTheKaggleCvDatasetIsRefused() throws IOException {
        Path csv = CORPUS.resolve("kaggle/UpdatedResumeDataSet.csv");
        assumeTrue(Files.isRegularFile(csv), "no Kaggle CV dataset at " + csv);
        List<Integer> refused = new ArrayList<>();
        int row = 0;
        try (MappingIterator<Map<String, String>> rows = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(csv.toFile())) {
            while (rows.hasNext()) {
                row++;
                String text = rows.next().get("Resume");
                try {
                    READER.read("row.txt", text.getBytes(StandardCharsets.UTF_8));
                } catch (CvReadException e) {
                    if (e.reason() == CvReadException.Reason.NOT_ENGLISH) {
                        refused.add(row);
                    }
                }
            }
        }
        assertTrue(refused.isEmpty(), "Kaggle rows refused as another language: " + refused);
        assertTrue(row > 900, "only " + row + " rows");
    }

    @Test
    void theItalianAdvertsOfTheCorpusAreRefused() throws IOException {
        Path ads = CORPUS.resolve("job-ads");
        assumeTrue(Files.isDirectory(ads), "no shared corpus at " + CORPUS);
        List<Path> italian;
        try (Stream<Path> s = Files.list(ads)) {
            italian = s.filter(p -> p.getFileName().toString().startsWith("pagopa_")).sorted().toList();
        }
        assertTrue(italian.size() >= 2, italian.toString());
        for (Path f : italian) {
            CvReadException e = assertThrows(CvReadException.class, () -> READER.read(f), f.toString());
            assertEquals(CvReadException.Reason.NOT_ENGLISH, e.reason(), e.getMessage());
            assertEquals(f + " is in Italian, and only English is supported: give an English version of it", e.getMessage());
        }
    }

    /** Foreign names, places, an employer and a course title do not make an English CV another language. */
    @Test
    void anEnglishCvWithForeignNamesAndPlacesIsRead() throws IOException {
        String cv = """
                Jean-Luc de la Fontaine
                12 rue de la Paix, 75002 Paris, France
                EXPERIENCE
                PMO Analyst, Société Générale de Banque et de Crédit, Paris
                - Ran the portfolio reporting cycle for the programme board and cut it from ten days to four.
                - Kept the RAID log of the transformation programme with the project managers of the three sites.
                Projektleiter (Praktikum), Deutsche Bahn AG, München
                - Supported the planning of the timetable project and the weekly status reports to the sponsor.
                EDUCATION
                Master en Gestion de Projet, Université de Lyon
                Diplom in Betriebswirtschaft, Universität zu Köln
                """;
        CvDocument doc = READER.read("cv.txt", cv.getBytes(StandardCharsets.UTF_8));
        assertTrue(doc.wordCount() > 50);
    }
}

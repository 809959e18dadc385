package io.pmotoolkit.resume.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Reads every CV of the shared corpus; skips when the corpus is not beside the checkout. */
class CorpusReadTest {

    private static final Path CORPUS = Path.of(System.getProperty("pmo.shared.dir", "../../shared"), "corpus");
    private static final Pattern PAGE_FOOTER = Pattern.compile("(?i)^page \\d+( of \\d+)?$");
    private static final CvReader READER = new CvReader();

    static Stream<Path> corpusCvs() throws IOException {
        if (!Files.isDirectory(CORPUS)) {
            return Stream.of(Path.of("corpus-missing"));
        }
        List<Path> files;
        try (Stream<Path> pdf = Files.list(CORPUS.resolve("cv-pdf")); Stream<Path> docx = Files.list(CORPUS.resolve("cv-docx"))) {
            files = Stream.concat(pdf, docx).sorted().toList();
        }
        return files.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpusCvs")
    void everyCorpusCvReadsOrFailsWithAReason(Path file) {
        assumeTrue(Files.isDirectory(CORPUS), "shared corpus not found at " + CORPUS);
        try {
            CvDocument doc = READER.read(file);
            assertFalse(doc.lines().isEmpty(), file.toString());
            for (CvLine l : doc.lines()) {
                assertFalse(l.text().isBlank(), "blank line in " + file);
                assertEquals(l.text().strip(), l.text());
            }
        } catch (CvReadException e) {
            assertNotNull(e.reason());
            assertFalse(e.getMessage().contains("\n"), e.getMessage());
            assertTrue(e.getMessage().contains(file.getFileName().toString()), e.getMessage());
        }
    }

    @Test
    void imageOnlyPdfHasNoText() {
        Path f = corpusFile("cv-pdf/jobcli_marketing_specialist_IMAGE_ONLY.pdf");
        CvReadException e = assertThrows(CvReadException.class, () -> READER.read(f));
        assertEquals(CvReadException.Reason.NO_TEXT, e.reason());
        assertTrue(e.getMessage().contains("OCR"), e.getMessage());
    }

    @Test
    void cvOverThePageLimitIsTooLarge() {
        Path f = corpusFile("cv-pdf/rendercv_classic_full_71pages.pdf");
        CvReadException e = assertThrows(CvReadException.class, () -> READER.read(f));
        assertEquals(CvReadException.Reason.TOO_LARGE, e.reason());
    }

    static Stream<String> linkedInExports() {
        return Stream.of("linkedin_export_alexander-pico_2025.pdf", "linkedin_export_lester-chan_2017.pdf",
                "linkedin_export_silas-yudi_2023.pdf");
    }

    @ParameterizedTest
    @MethodSource("linkedInExports")
    void linkedInExportDropsPageFootersAndFindsTheSidebar(String name) throws IOException {
        CvDocument doc = READER.read(corpusFile("cv-pdf/" + name));
        for (CvLine l : doc.lines()) {
            assertFalse(PAGE_FOOTER.matcher(l.text()).matches(), "page footer kept: " + l);
        }
        if (name.contains("2017")) {
            return; // the 2017 export format was one column, with "Page N" footers
        }
        assertTrue(doc.lines().stream().anyMatch(l -> l.origin() == LineOrigin.SIDEBAR),
                "no sidebar in " + name + ": " + doc.warnings());
        assertTrue(doc.warnings().stream().anyMatch(w -> w.matches("Two-column layout detected on pages? 1\\b.*")),
                doc.warnings().toString());
    }

    static Stream<Arguments> malformedFiles() {
        return Stream.of(
                Arguments.of("europass_empty_0bytes.pdf", CvReadException.Reason.EMPTY),
                Arguments.of("europass_locked_pubsec_certificate.pdf", CvReadException.Reason.ENCRYPTED),
                Arguments.of("pdfminer_aes-256-r6_userpw.pdf", CvReadException.Reason.ENCRYPTED),
                Arguments.of("poi_bug53475-password-is-pass.docx", CvReadException.Reason.ENCRYPTED),
                Arguments.of("poi_truncated62886.docx", CvReadException.Reason.CORRUPT),
                Arguments.of("poi_ExternalEntityInText_XXE.docx", CvReadException.Reason.CORRUPT));
    }

    @ParameterizedTest
    @MethodSource("malformedFiles")
    void malformedFileFailsWithItsReason(String name, CvReadException.Reason reason) {
        Path f = corpusFile("malformed/" + name);
        CvReadException e = assertThrows(CvReadException.class, () -> READER.read(f));
        assertEquals(reason, e.reason(), e.getMessage());
    }

    static Stream<String> damagedButReadable() {
        return Stream.of("pdfminer_issue-1113-evil-xobjects.pdf", "pdfminer_zen_of_python_corrupted.pdf",
                "poi_clusterfuzz-POIXWPFFuzzer-5313273089884160.docx", "soupboss_smbdeleteAAAc5210_docx_no_extension");
    }

    @ParameterizedTest
    @MethodSource("damagedButReadable")
    void damagedFileReadsOrFailsCleanly(String name) {
        Path f = corpusFile("malformed/" + name);
        try {
            assertFalse(READER.read(f).lines().isEmpty());
        } catch (CvReadException e) {
            // TOO_LARGE: a reading limit (ReadLimits), such as the evil-xobjects file's forms drawing each other
            assertTrue(e.reason() == CvReadException.Reason.CORRUPT || e.reason() == CvReadException.Reason.EMPTY
                    || e.reason() == CvReadException.Reason.TOO_LARGE, e.getMessage());
        }
    }

    @Test
    void docxWithoutExtensionIsReadByContent() throws IOException {
        CvDocument doc = READER.read(corpusFile("malformed/soupboss_smbdeleteAAAc5210_docx_no_extension"));
        assertEquals(DocumentFormat.DOCX, doc.format());
    }

    private static Path corpusFile(String relative) {
        assumeTrue(Files.isDirectory(CORPUS), "shared corpus not found at " + CORPUS);
        Path f = CORPUS.resolve(relative);
        assumeTrue(Files.isRegularFile(f), "missing corpus file " + f);
        return f;
    }
}

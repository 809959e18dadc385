package io.pmotoolkit.resume.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class TextReadingTest {

    private static final CvReader READER = new CvReader();

    private static CvDocument read(String name, String text) throws CvReadException {
        return READER.read(name, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void plainTextBulletsAreMarkedAndStripped() throws CvReadException {
        CvDocument doc = read("cv.txt", "Jane Doe\n\nEXPERIENCE\n- Ran the PMO\n* Cut costs\n• Led reviews\n"
                + "· Ran audits\no Hired staff\n1. Built the RAID log\n");
        assertEquals(DocumentFormat.TXT, doc.format());
        List<CvLine> lines = doc.lines();
        assertEquals("Jane Doe", lines.get(0).text());
        assertTrue(lines.get(1).heading(), "caps heading hint");
        assertEquals(List.of("Ran the PMO", "Cut costs", "Led reviews", "Ran audits", "Hired staff", "Built the RAID log"),
                lines.subList(2, 8).stream().map(CvLine::text).toList());
        assertTrue(lines.subList(2, 8).stream().allMatch(CvLine::bullet));
    }

    @Test
    void indentedContinuationJoinsTheBullet() throws CvReadException {
        CvDocument doc = read("cv.txt", "- Led the portfolio office of twelve people across three\n"
                + "  countries, cutting reporting time by half\n- Next bullet\n");
        assertEquals("Led the portfolio office of twelve people across three countries, cutting reporting time by half",
                doc.lines().get(0).text());
        assertEquals(2, doc.lines().size());
    }

    @Test
    void markdownHeadingsLoseTheirHashes() throws CvReadException {
        CvDocument doc = read("cv.md", "# Jane Doe\n\n## Work experience\n\n- **PMO Analyst**, Acme\n  wrapped line\n");
        assertEquals(DocumentFormat.MD, doc.format());
        assertEquals("Jane Doe", doc.lines().get(0).text());
        assertTrue(doc.lines().get(1).heading());
        assertEquals("Work experience", doc.lines().get(1).text());
        assertEquals("PMO Analyst, Acme wrapped line", doc.lines().get(2).text());
        assertTrue(doc.lines().get(2).bullet());
    }

    @Test
    void windows1252TextIsDecoded() throws CvReadException {
        byte[] bytes = "Caf\u00e9 manager \u2013 \u201cPMO\u201d".getBytes(Charset.forName("windows-1252"));
        CvDocument doc = READER.read("cv.txt", bytes);
        assertEquals("Café manager – \"PMO\"", doc.lines().get(0).text());
    }

    @Test
    void fewWordsRaiseAWarning() throws CvReadException {
        CvDocument doc = read("cv.txt", "Jane Doe\nPMO analyst\n");
        assertTrue(doc.warnings().contains("Only 4 words of text found: is this the whole CV?"), doc.warnings().toString());
    }

    @Test
    void textNamedDocxIsReadAsTextWithAWarning() throws CvReadException {
        CvDocument doc = read("cv.docx", "Jane Doe\n");
        assertEquals(DocumentFormat.TXT, doc.format());
        assertTrue(doc.warnings().contains("cv.docx is really plain text; read it as TXT"), doc.warnings().toString());
    }

    static Stream<Arguments> unreadable() {
        return Stream.of(
                Arguments.of("empty.txt", new byte[0], CvReadException.Reason.EMPTY),
                Arguments.of("blank.txt", "  \n\n ".getBytes(StandardCharsets.US_ASCII), CvReadException.Reason.EMPTY),
                Arguments.of("garbage.bin", new byte[] {1, 2, 0, 0, 5, 6, 7, 0, 9, 0x1B, 3, 4}, CvReadException.Reason.UNSUPPORTED_FORMAT),
                Arguments.of("cv.rtf", "{\\rtf1\\ansi hello}".getBytes(StandardCharsets.US_ASCII), CvReadException.Reason.UNSUPPORTED_FORMAT),
                Arguments.of("cv.doc", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0},
                        CvReadException.Reason.UNSUPPORTED_FORMAT),
                Arguments.of("photo.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10}, CvReadException.Reason.UNSUPPORTED_FORMAT),
                Arguments.of("broken.pdf", "%PDF-1.7\nnot really".getBytes(StandardCharsets.US_ASCII), CvReadException.Reason.CORRUPT));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unreadable")
    void unreadableInputFailsWithItsReason(String name, byte[] bytes, CvReadException.Reason reason) {
        CvReadException e = assertThrows(CvReadException.class, () -> READER.read(name, bytes));
        assertEquals(reason, e.reason(), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
        assertTrue(e.getMessage().startsWith(name), e.getMessage());
    }

    @Test
    void filesOverTheSizeLimitAreTooLarge() {
        CvReader small = new CvReader(10, 50);
        CvReadException e = assertThrows(CvReadException.class,
                () -> small.read("cv.txt", "more than ten bytes".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(CvReadException.Reason.TOO_LARGE, e.reason());
    }

    @Test
    void missingFileIsNotFound() {
        CvReadException e = assertThrows(CvReadException.class, () -> READER.read(java.nio.file.Path.of("no/such/cv.pdf")));
        assertEquals(CvReadException.Reason.NOT_FOUND, e.reason());
    }

    @Test
    void linkedInPasteDoubledTitlesAreUndoubled() throws CvReadException {
        CvDocument doc = read("cv.txt", "Senior PMO AnalystSenior PMO Analyst\nPMO Lead PMO Lead\nabab\n");
        assertEquals(List.of("Senior PMO Analyst", "PMO Lead", "abab"), doc.lines().stream().map(CvLine::text).toList());
    }
}

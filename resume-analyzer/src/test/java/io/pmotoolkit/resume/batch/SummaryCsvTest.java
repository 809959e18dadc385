package io.pmotoolkit.resume.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.pmotoolkit.core.result.CvAnalysis.ScorePart;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SummaryCsvTest {

    private static List<List<String>> parse(String csv) throws Exception {
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        try (MappingIterator<List<String>> it = mapper.readerForListOf(String.class).readValues(csv)) {
            return it.readAll();
        }
    }

    static Stream<Arguments> hostileCells() {
        return Stream.of(
                Arguments.of("=HYPERLINK(\"http://evil.example/\",\"click\").pdf", "'=HYPERLINK(\"http://evil.example/\",\"click\").pdf"),
                Arguments.of("+1+1.docx", "'+1+1.docx"),
                Arguments.of("-2+3.pdf", "'-2+3.pdf"),
                Arguments.of("@SUM(A1).pdf", "'@SUM(A1).pdf"),
                Arguments.of("\tcv.pdf", "\\u0009cv.pdf"),
                Arguments.of("a\r\nb.pdf", "a\\u000D\\u000Ab.pdf"),
                Arguments.of("\u001b]8;;http://x\u0007cv.pdf", "\\u001B]8;;http://x\\u0007cv.pdf"),
                Arguments.of("plain, \"quoted\".pdf", "plain, \"quoted\".pdf"));
    }

    @ParameterizedTest
    @MethodSource("hostileCells")
    void aFileNameNeverRunsAsAFormulaNorReachesTheSpreadsheetRaw(String file, String cell) throws Exception {
        String csv = SummaryCsv.write(List.of(SummaryRow.failed(file, file + " is damaged")), "pmo-analyst");
        List<List<String>> rows = parse(csv);
        assertEquals(2, rows.size(), csv);
        assertEquals(cell, rows.get(1).get(0), csv);
        assertFalse(csv.contains("\u001b"), csv);
    }

    @ParameterizedTest
    @MethodSource("hostileCells")
    void aCandidateNameIsNeutralisedAndQuotedToo(String name, String ignored) throws Exception {
        SummaryRow row = new SummaryRow("cv.pdf", "cv.json", List.of(), name, 40,
                List.of(new ScorePart("essentialTerms", "Essential terms", 10, 45, "")), List.of("RAG status"), "cv",
                null, null);
        List<List<String>> rows = parse(SummaryCsv.write(List.of(row), "pmo-analyst"));
        String cell = rows.get(1).get(1);
        assertFalse("=+-@\t\r".indexOf(cell.charAt(0)) >= 0, cell);
        assertEquals("40", rows.get(1).get(3));
        assertEquals("10", rows.get(1).get(10), "the score's parts in their columns");
    }

    @org.junit.jupiter.api.Test
    void aCarriageReturnInANameIsQuotedSoTheRowStaysOneRecord() throws Exception {
        SummaryRow row = new SummaryRow("cv.pdf", null, List.of(), "Ann\rLee", 40, List.of(), List.of(), "cv", null, null);
        String csv = SummaryCsv.write(List.of(row), "pmo-analyst");
        assertTrue(csv.contains("\"Ann\rLee\""), csv);
        assertEquals("Ann\rLee", parse(csv).get(1).get(1));
    }

    @org.junit.jupiter.api.Test
    void theHeaderKeepsTheEarlierColumnsFirst() {
        String csv = SummaryCsv.write(List.of(), "pmo-analyst");
        assertTrue(csv.startsWith("file,name,role,score,top_gaps,error,skipped,output,same_cv,document_kind,"
                + "essential_terms,competency_coverage,achievements,checks\n"), csv);
        assertTrue(csv.startsWith(SummaryCsv.FIRST_COLUMNS));
    }
}

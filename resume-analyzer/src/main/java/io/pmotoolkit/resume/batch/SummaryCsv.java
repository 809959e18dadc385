package io.pmotoolkit.resume.batch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code summary.csv}: one row per CV (the same CV in several files once), failure or skipped entry, written
 * through Jackson's CSV module (RFC 4180 quoting, CR and LF included). Safe to open in a spreadsheet: text
 * cells that would start a formula get a leading {@code '}, control characters in file names and messages are
 * shown as <code>&#92;u001B</code> (tab, CR and LF are kept, quoted, in the name and the messages). The first seven
 * columns are those of earlier versions; columns are only ever added at the end. Stateless and thread-safe.
 */
public final class SummaryCsv {

    /** The start of the header line, by which a batch recognises a summary it wrote itself. */
    public static final String FIRST_COLUMNS = "file,name,role,score,";

    /** The score's parts, in their fixed order, as {@code CvAnalysis.ScorePart} ids. */
    public static final List<String> PART_IDS = List.of("essentialTerms", "competencyCoverage", "achievements", "checks");

    private static final List<String> COLUMNS = List.of("file", "name", "role", "score", "top_gaps", "error",
            "skipped", "output", "same_cv", "document_kind", "essential_terms", "competency_coverage",
            "achievements", "checks");

    private static final CsvSchema SCHEMA = schema(COLUMNS);

    private SummaryCsv() {
    }

    /** The CSV text for the rows, with the header line. */
    public static String write(List<SummaryRow> rows, String roleId) {
        List<List<Object>> table = new ArrayList<>();
        for (SummaryRow r : rows) {
            List<Object> cells = new ArrayList<>(COLUMNS.size());
            cells.add(text(SafeText.fileName(r.file())));
            cells.add(text(SafeText.escapeControls(r.name(), true)));
            cells.add(text(roleId));
            cells.add(r.score());
            cells.add(text(String.join("; ", r.topGaps())));
            cells.add(text(SafeText.escapeControls(r.error(), true)));
            cells.add(text(SafeText.escapeControls(r.skipped(), true)));
            cells.add(text(SafeText.fileName(r.output())));
            cells.add(text(SafeText.fileName(String.join("; ", r.sameCv()))));
            cells.add(text(r.documentKind()));
            for (String id : PART_IDS) {
                cells.add(r.points(id));
            }
            table.add(cells);
        }
        return write(SCHEMA, table);
    }

    private static String text(String s) {
        return s == null ? "" : SafeText.cell(s);
    }

    private static final CsvMapper MAPPER = new CsvMapper();

    /** A CSV schema of these columns with a header line and LF line ends, as every CSV of the tool is written. */
    public static CsvSchema schema(List<String> columns) {
        CsvSchema.Builder b = CsvSchema.builder();
        columns.forEach(b::addColumn);
        return b.build().withHeader().withLineSeparator("\n");
    }

    /** The rows (cells already made safe) as CSV text in the schema, RFC 4180 quoting. */
    public static String write(CsvSchema schema, List<List<Object>> rows) {
        try {
            return MAPPER.writer(schema).writeValueAsString(rows);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}

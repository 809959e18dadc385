package io.pmotoolkit.app.render;

import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.pmotoolkit.core.result.AdvertRanking;
import io.pmotoolkit.resume.batch.SafeText;
import io.pmotoolkit.resume.batch.SummaryCsv;
import java.util.ArrayList;
import java.util.List;

/**
 * Adverts ranked for a CV ({@code pmo match --format csv}) as CSV: one row per advert, best first, with a header.
 * Every text cell is formula-safe ({@link SafeText#cell}) and its control characters escaped: adverts are
 * downloaded from anywhere. Stateless and thread-safe.
 */
public final class MatchCsv {

    /** The columns, in order (docs/json-format.md, "pmo match"). */
    public static final List<String> COLUMNS = List.of("rank", "file", "title", "role", "rate", "band", "title_fit",
            "must_haves", "top_gaps", "error");

    private static final CsvSchema SCHEMA = SummaryCsv.schema(COLUMNS);

    private MatchCsv() {
    }

    /** The CSV text, with the header line. */
    public static String render(AdvertRanking ranking) {
        List<List<Object>> table = new ArrayList<>();
        for (AdvertRanking.Entry e : ranking.adverts()) {
            List<Object> cells = new ArrayList<>(COLUMNS.size());
            cells.add(e.rank() == 0 ? "" : String.valueOf(e.rank()));
            cells.add(text(SafeText.fileName(e.file())));
            cells.add(text(e.title()));
            cells.add(text(e.role()));
            cells.add(e.rate() == null ? "" : String.valueOf(e.rate()));
            cells.add(text(e.band()));
            cells.add(text(e.titleFit()));
            cells.add(text(String.join("; ", e.mustHaves())));
            cells.add(text(String.join("; ", e.gaps())));
            cells.add(text(e.error()));
            table.add(cells);
        }
        return SummaryCsv.write(SCHEMA, table);
    }

    private static String text(String s) {
        return s == null ? "" : SafeText.cell(SafeText.escapeControls(s, false));
    }
}

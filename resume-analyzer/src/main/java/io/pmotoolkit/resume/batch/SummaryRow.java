package io.pmotoolkit.resume.batch;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.pmotoolkit.core.result.CvAnalysis;
import java.util.List;

/**
 * One row of a batch summary ({@code summary.csv}, {@code summary.json}, the ranked text): a CV analysed (with
 * the other files that were the same CV), a file that failed, or an entry skipped with the reason. Build one
 * with {@link #analysed}, {@link #failed} or {@link #skipped}. An immutable value; thread-safe.
 *
 * @param file         the file as given (for the same CV in several files, the one used)
 * @param output       the result's file name in the output folder ({@code a.json}), or null (no {@code --out},
 *                     or nothing written for this row)
 * @param sameCv       the other files that were the same CV and were not analysed again; empty otherwise
 * @param name         the candidate's name as read, or null
 * @param score        the overall score, or null when not analysed
 * @param parts        the score's parts, as in the analysis JSON; empty when not analysed
 * @param topGaps      the first three missing essential terms
 * @param documentKind {@code cv}, the kind of a document that is not a CV ({@code job-advert}...), or the reason
 *                     an entry was not read ({@code unsupported-format}, {@code unreadable}); null for a failure
 * @param error        the one-line reason a file failed, or null
 * @param skipped      the reason an entry was skipped, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SummaryRow(String file, String output, List<String> sameCv, String name, Integer score,
                         List<CvAnalysis.ScorePart> parts, List<String> topGaps, String documentKind, String error,
                         String skipped) {

    public SummaryRow {
        sameCv = List.copyOf(sameCv);
        parts = List.copyOf(parts);
        topGaps = List.copyOf(topGaps);
    }

    /** A CV analysed: its name, score, parts and top gaps from the analysis. */
    public static SummaryRow analysed(String file, String output, List<String> sameCv, CvAnalysis a) {
        List<String> gaps = a.keywords().missing().stream().filter(m -> m.importance().equals("essential"))
                .limit(3).map(CvAnalysis.MissingTerm::term).toList();
        return new SummaryRow(file, output, sameCv, a.candidate().name(), a.score().overall(), a.score().parts(), gaps,
                a.documentKind(), null, null);
    }

    /** A file that could not be analysed. */
    public static SummaryRow failed(String file, String error) {
        return new SummaryRow(file, null, List.of(), null, null, List.of(), List.of(), null, error, null);
    }

    /** An entry skipped: not a CV, this tool's output, a format not read, a folder that cannot be read. */
    public static SummaryRow skipped(String file, String documentKind, String reason) {
        return new SummaryRow(file, null, List.of(), null, null, List.of(), List.of(), documentKind, null, reason);
    }

    /** Whether the row is ranked: analysed as a CV. */
    public boolean ranked() {
        return score != null;
    }

    /** The points of the part with this id, or null. */
    public Integer points(String partId) {
        for (CvAnalysis.ScorePart p : parts) {
            if (p.id().equals(partId)) {
                return p.points();
            }
        }
        return null;
    }
}

package io.pmotoolkit.interview.feedback;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * One sentence of the answer (or clause, where a result-clause opener such as "so that" splits one) and the STAR
 * part it carries.
 *
 * @param text    the sentence as written
 * @param parts   the one part it carries, or empty when it carries none (a list, as in schema 1, when a sentence
 *                could carry more than one)
 * @param metrics the metrics in it, as written (see {@link io.pmotoolkit.core.text.MetricExtractor}); in a result,
 *                only those that describe the outcome ("from 11 days to 3"), not the work ("for three months")
 */
@JsonPropertyOrder({"text", "parts", "metrics"})
public record LabelledSentence(String text, List<Part> parts, List<String> metrics) {

    public LabelledSentence {
        parts = List.copyOf(parts);
        metrics = List.copyOf(metrics);
    }

    /** Whether the sentence carries this part. */
    public boolean has(Part part) {
        return parts.contains(part);
    }
}

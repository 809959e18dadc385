package io.pmotoolkit.interview.feedback;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * One sentence of the answer and the STAR parts it carries.
 *
 * @param text    the sentence as written
 * @param parts   the parts it carries, strongest first; empty when it carries none
 * @param metrics the metrics in it, as written (see {@link io.pmotoolkit.core.text.MetricExtractor})
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

package io.pmotoolkit.interview.feedback;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * What the answer shows of one STAR component.
 *
 * @param status   present, weak or missing
 * @param evidence the sentences that carry it, as written, in answer order
 * @param note     why it is weak or missing, in one sentence; null when present
 */
@JsonPropertyOrder({"status", "evidence", "note"})
public record Component(Status status, List<String> evidence, String note) {

    public Component {
        evidence = List.copyOf(evidence);
    }
}

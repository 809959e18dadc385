package io.pmotoolkit.interview.feedback;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * What the answer shows of one criterion of its rubric (a STAR part, or for a situational question the approach,
 * options, judgement and outcome...).
 *
 * @param id       stable id ({@code situation}, {@code approach}, {@code concepts}, {@code reasons}...)
 * @param name     the criterion's name for people
 * @param status   present, weak or missing
 * @param evidence the sentences that show it, as written, in answer order
 * @param note     why it is weak or missing, in one sentence; null when present
 */
@JsonPropertyOrder({"id", "name", "status", "evidence", "note"})
public record Criterion(String id, String name, Status status, List<String> evidence, String note) {

    public Criterion {
        evidence = List.copyOf(evidence);
    }
}

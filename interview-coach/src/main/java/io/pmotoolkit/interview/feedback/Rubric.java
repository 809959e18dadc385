package io.pmotoolkit.interview.feedback;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The rubric an answer was read and scored with, chosen by the question's type (docs/feedback.md): {@code star}
 * for behavioural questions and answers without a question, {@code situational}, {@code knowledge} and
 * {@code motivation}.
 *
 * @param id       stable id: star, situational, knowledge or motivation
 * @param name     the rubric's name for people ("STAR (behavioural)")
 * @param criteria what the answer shows of each criterion, in the rubric's order
 */
@JsonPropertyOrder({"id", "name", "criteria"})
public record Rubric(String id, String name, List<Criterion> criteria) {

    public Rubric {
        criteria = List.copyOf(criteria);
    }

    /** The criteria that are weak or missing. */
    public List<Criterion> gaps() {
        return criteria.stream().filter(c -> c.status() != Status.PRESENT).toList();
    }
}

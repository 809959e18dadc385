package io.pmotoolkit.interview.feedback;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Whether the answer to a knowledge question covers one idea a correct answer needs (from the bank's
 * {@code concepts}).
 *
 * @param name    the idea, as the bank names it
 * @param covered whether the answer shows it
 * @param signal  the phrase of the answer that shows it, as the bank lists it; null when not covered
 */
@JsonPropertyOrder({"name", "covered", "signal"})
public record ConceptCheck(String name, boolean covered, String signal) {
}

package io.pmotoolkit.interview.feedback;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One part of the 0–100 answer score (see {@code docs/feedback.md}).
 *
 * @param id     stable id: {@code star}, {@code quantified}, {@code length}, {@code delivery}, {@code terms}
 * @param name   the part's name for people
 * @param points points earned
 * @param max    points available
 * @param detail why, in a few words
 */
@JsonPropertyOrder({"id", "name", "points", "max", "detail"})
public record ScorePart(String id, String name, int points, int max, String detail) {
}

package io.pmotoolkit.interview.feedback;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A content word of the answer and how often it is used.
 *
 * @param word  the word, lower-case, as first written
 * @param count how many times it is used (inflections counted together: "report", "reports")
 */
@JsonPropertyOrder({"word", "count"})
public record WordCount(String word, int count) {
}

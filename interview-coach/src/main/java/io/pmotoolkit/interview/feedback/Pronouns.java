package io.pmotoolkit.interview.feedback;

/**
 * How often the answer says "I" and "we".
 *
 * @param i  occurrences of "I" (also in "I'm", "I've", "I'd")
 * @param we occurrences of "we" (also in "we're", "we've")
 */
public record Pronouns(int i, int we) {
}

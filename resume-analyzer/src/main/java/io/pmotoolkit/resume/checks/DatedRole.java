package io.pmotoolkit.resume.checks;

/**
 * A date range found in an experience-like section, with where it was found.
 *
 * @param lineNumber 1-based line number in the CV, as shown to users
 * @param line       the whole line the range was found on
 * @param range      the range
 */
public record DatedRole(int lineNumber, String line, DateRange range) {
}

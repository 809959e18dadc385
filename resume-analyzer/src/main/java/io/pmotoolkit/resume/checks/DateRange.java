package io.pmotoolkit.resume.checks;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/**
 * A start-to-end date range as written on a CV line ("Jan 2019 – Mar 2022", "2019 – Present").
 *
 * <p>Year-only dates are read generously: a start year counts from January and an end year up to
 * December of the year before ("2019 – 2022" is three years), while a gap after it opens only after
 * December of the end year, so that "2015 – 2018" followed by "2019 – 2022" shows no gap.
 *
 * @param text         the range as written
 * @param start        the first month
 * @param startStyle   the style the start is written in
 * @param end          the last month counted as experience, inclusive; for an ongoing role the current month
 * @param endStyle     the style the end is written in, or null when the role is ongoing ("Present")
 * @param ongoing      whether the end is "Present", "current", "now" or similar
 * @param lastPossible the latest month the role may have run to, from which a gap is measured
 */
public record DateRange(String text, YearMonth start, DateStyle startStyle, YearMonth end, DateStyle endStyle,
                        boolean ongoing, YearMonth lastPossible) {

    /** Months counted as experience, including the start and end months. */
    public int months() {
        return (int) start.until(end, ChronoUnit.MONTHS) + 1;
    }
}

package io.pmotoolkit.resume.checks;

import io.pmotoolkit.core.text.PatternScan;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Finds start-to-end date ranges in a CV line, in the forms CVs and LinkedIn exports use:
 * "Jan 2019 – Mar 2022", "January 2019 - Present", "2019 – 2022", "03/2019 - 04/2021",
 * "2019-03 to 2021-04", "Sept 2020 – current", "March 2018 - Present (6 years 8 months)".
 *
 * {@snippet :
 * new DateRangeParser().parse("PMO Analyst, Acme | Jan 2019 – Mar 2022", YearMonth.of(2026, 11));
 * // [DateRange[text=Jan 2019 – Mar 2022, start=2019-01, ..., end=2022-03, ...]]
 * }
 *
 * <p>A single date is not a range and is ignored. Ranges that end before they start, or start after
 * {@code now}, are ignored; an end after {@code now} is counted up to {@code now}.
 *
 * <p>Thread-safe: stateless.
 */
public final class DateRangeParser {

    /** A month's name or its abbreviation, as a regex alternation (match it case-insensitively). */
    public static final String MONTH = "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";
    /** A four-digit year of a CV's dates, 1900 to 2099, as a regex. */
    public static final String YEAR = "(?:19|20)\\d{2}";
    /** The words that end a range still going on ("2019 - Present"), as a regex alternation. */
    public static final String ONGOING = "present|current|currently|now|today|till\\s+date|date|ongoing";
    /** The dashes between a range's two dates, as a regex. */
    public static final String DASHES = "[-–—~]+";
    /** The words between a range's two dates ("2019 to 2021"), as a regex alternation. */
    public static final String RANGE_WORDS = "to|until|till|through|thru";
    private static final Pattern POINT = Pattern.compile("(?i)(?<![\\p{L}\\p{N}])(?:"
            + "(?<mname>" + MONTH + ")\\.?,?\\s*(?<myear>" + YEAR + "|['‘’]\\d{2})"
            + "|(?<nmonth>0?[1-9]|1[0-2])\\s?[/.]\\s?(?<nyear>" + YEAR + ")"
            + "|(?<iyear>" + YEAR + ")-(?<imonth>0[1-9]|1[0-2])"
            + "|(?<year>" + YEAR + ")"
            + "|(?<now>" + ONGOING + ")"
            + ")(?![\\p{L}\\p{N}])");
    private static final Pattern SEPARATOR = Pattern.compile("(?i)\\s*(?:" + DASHES + "|" + RANGE_WORDS + ")\\s*");
    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug",
            "sep", "oct", "nov", "dec");

    /** A date found in the text. style is null for "Present". */
    private record Point(int start, int end, YearMonth month, DateStyle style) {
    }

    /**
     * Returns the date ranges in a line, in order.
     *
     * @param line one CV line
     * @param now  the current month, for ongoing roles
     * @return the ranges; empty when there are none
     */
    public List<DateRange> parse(String line, YearMonth now) {
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(now, "now");
        int digits = digits(line);
        if (digits < 4 && (digits < 2 || !APOSTROPHE_YEAR.matcher(line).find())) {
            // A range starts with a dated point, and every dated point holds a four-digit year or an apostrophe
            // and two digits ("January ‘15"); most CV lines have no digits, and the point pattern is tried at
            // every position of a line.
            return List.of();
        }
        List<Point> points = points(line);
        List<DateRange> out = new ArrayList<>();
        for (int i = 0; i + 1 < points.size(); i++) {
            Point from = points.get(i);
            Point to = points.get(i + 1);
            if (from.style() == null || !SEPARATOR.matcher(line.substring(from.end(), to.start())).matches()) {
                continue;
            }
            DateRange range = range(line.substring(from.start(), to.end()), from, to, now);
            if (range != null) {
                out.add(range);
                i++;
            }
        }
        return List.copyOf(out);
    }

    private static DateRange range(String text, Point from, Point to, YearMonth now) {
        YearMonth start = from.month();
        boolean ongoing = to.style() == null;
        YearMonth end;
        YearMonth lastPossible;
        if (ongoing) {
            end = now;
            lastPossible = now;
        } else if (to.style() == DateStyle.YEAR_ONLY) {
            int year = to.month().getYear();
            end = year > start.getYear() ? YearMonth.of(year - 1, 12) : YearMonth.of(year, 12);
            lastPossible = YearMonth.of(year, 12);
        } else {
            end = to.month();
            lastPossible = end;
        }
        if (start.isAfter(now) || to.month() != null && to.month().isBefore(start)) {
            return null;
        }
        end = end.isAfter(now) ? now : end;
        lastPossible = lastPossible.isAfter(now) ? now : lastPossible;
        return new DateRange(text, start, from.style(), end, to.style(), ongoing, lastPossible);
    }

    /** 1 to 12 for a month's name or abbreviation ("Sept", "june"); 0 for anything else. */
    public static int monthNumber(String name) {
        return name.length() < 3 ? 0 : MONTHS.indexOf(name.substring(0, 3).toLowerCase(Locale.ROOT)) + 1;
    }

    private static int digits(String line) {
        int n = 0;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) >= '0' && line.charAt(i) <= '9') {
                n++;
            }
        }
        return n;
    }

    private static List<Point> points(String line) {
        List<Point> points = new ArrayList<>();
        // a point is an ASCII word or number not glued to letters or digits: try the pattern only there
        for (MatchResult m : PatternScan.findAll(POINT, line, PatternScan.wordStarts(line))) {
            points.add(point(m));
        }
        return points;
    }

    /**
     * A year as written: four digits, or an apostrophe and two after a month's name ("January ‘15" is 2015,
     * "June '98" 1998: two digits above the current century's 50 are the last century's).
     */
    public static int year(String written) {
        if (Character.isDigit(written.charAt(0))) {
            return Integer.parseInt(written);
        }
        int yy = Integer.parseInt(written.substring(1));
        return yy > TWO_DIGIT_PIVOT ? 1900 + yy : 2000 + yy;
    }

    private static final int TWO_DIGIT_PIVOT = 50;
    private static final Pattern APOSTROPHE_YEAR = Pattern.compile("['‘’]\\d{2}(?!\\d)");

    private static Point point(MatchResult m) {
        if (m.group("mname") != null) {
            String month = m.group("mname").substring(0, 3).toLowerCase(Locale.ROOT);
            return new Point(m.start(), m.end(), YearMonth.of(year(m.group("myear")),
                    monthNumber(month)), DateStyle.MONTH_NAME_YEAR);
        }
        if (m.group("nmonth") != null) {
            return new Point(m.start(), m.end(), YearMonth.of(Integer.parseInt(m.group("nyear")),
                    Integer.parseInt(m.group("nmonth"))), DateStyle.NUMERIC_MONTH_YEAR);
        }
        if (m.group("iyear") != null) {
            return new Point(m.start(), m.end(), YearMonth.of(Integer.parseInt(m.group("iyear")),
                    Integer.parseInt(m.group("imonth"))), DateStyle.ISO);
        }
        if (m.group("year") != null) {
            return new Point(m.start(), m.end(), YearMonth.of(Integer.parseInt(m.group("year")), 1),
                    DateStyle.YEAR_ONLY);
        }
        return new Point(m.start(), m.end(), null, null);
    }
}

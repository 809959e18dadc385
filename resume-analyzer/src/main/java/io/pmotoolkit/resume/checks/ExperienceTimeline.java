package io.pmotoolkit.resume.checks;

import io.pmotoolkit.resume.sections.NumberedLine;
import io.pmotoolkit.resume.sections.Section;
import java.time.Clock;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Builds the {@link Timeline} of a CV from the date ranges in its experience-like sections (experience,
 * projects, achievements, volunteering; see {@code SectionKind.isExperienceLike()}).
 *
 * {@snippet :
 * Timeline t = ExperienceTimeline.of(sections, Clock.systemDefaultZone());
 * t.roundedYears();   // 7
 * t.gaps();           // [Gap[from=2020-03, to=2021-01, months=10, label=Mar 2020 – Jan 2021]]
 * }
 *
 * <p>"Now", for ongoing roles, comes from the clock, so tests and golden files can fix it.
 *
 * <p>Thread-safe: stateless.
 */
public final class ExperienceTimeline {

    /** Gaps longer than this many months are reported. */
    public static final int GAP_MONTHS = 6;

    private static final DateRangeParser PARSER = new DateRangeParser();
    private static final String[] MONTH_NAMES = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
        "Oct", "Nov", "Dec"};

    private ExperienceTimeline() {
    }

    /**
     * The timeline of the dated roles in the given sections.
     *
     * @param sections the CV's sections; only experience-like ones are read
     * @param clock    where "now" comes from
     * @return the timeline; with no dated roles, an empty one
     */
    public static Timeline of(List<Section> sections, Clock clock) {
        Objects.requireNonNull(sections, "sections");
        YearMonth now = YearMonth.now(Objects.requireNonNull(clock, "clock"));
        List<DatedRole> roles = new ArrayList<>();
        for (Section section : sections) {
            if (section.kind().isExperienceLike()) {
                for (NumberedLine line : section.lines()) {
                    for (DateRange range : PARSER.parse(line.text(), now)) {
                        roles.add(new DatedRole(line.number(), line.text(), range));
                    }
                }
            }
        }
        return of(roles);
    }

    /**
     * The timeline of the given roles (employment roles read by the structure reader, for example).
     *
     * @param roles dated roles, in the CV's order
     * @return the timeline; with no roles, an empty one
     */
    public static Timeline of(List<DatedRole> roles) {
        List<DatedRole> copy = List.copyOf(roles);
        return new Timeline(copy, coveredMonths(copy), gaps(copy), styles(copy));
    }

    private static List<DateRange> byStart(List<DatedRole> roles) {
        return roles.stream().map(DatedRole::range)
                .sorted(Comparator.comparing(DateRange::start).thenComparing(DateRange::end)).toList();
    }

    /** Months in the union of the ranges. */
    private static int coveredMonths(List<DatedRole> roles) {
        int months = 0;
        YearMonth coveredTo = null;
        for (DateRange r : byStart(roles)) {
            YearMonth from = coveredTo == null || r.start().isAfter(coveredTo) ? r.start() : coveredTo.plusMonths(1);
            if (!from.isAfter(r.end())) {
                months += (int) from.until(r.end(), ChronoUnit.MONTHS) + 1;
                coveredTo = r.end();
            }
        }
        return months;
    }

    private static List<Gap> gaps(List<DatedRole> roles) {
        List<Gap> gaps = new ArrayList<>();
        YearMonth coveredTo = null;
        boolean coveredToYearOnly = false;
        for (DateRange r : byStart(roles)) {
            if (coveredTo != null) {
                int months = (int) coveredTo.until(r.start(), ChronoUnit.MONTHS);
                if (months > GAP_MONTHS) {
                    String label = label(coveredTo, coveredToYearOnly) + " – "
                            + label(r.start(), r.startStyle() == DateStyle.YEAR_ONLY);
                    gaps.add(new Gap(coveredTo, r.start(), months, label));
                }
            }
            if (coveredTo == null || r.lastPossible().isAfter(coveredTo)) {
                coveredTo = r.lastPossible();
                coveredToYearOnly = r.endStyle() == DateStyle.YEAR_ONLY;
            }
        }
        return gaps;
    }

    private static List<DateStyle> styles(List<DatedRole> roles) {
        Set<DateStyle> styles = EnumSet.noneOf(DateStyle.class);
        for (DatedRole role : roles) {
            styles.add(role.range().startStyle());
            if (role.range().endStyle() != null) {
                styles.add(role.range().endStyle());
            }
        }
        return List.copyOf(styles);
    }

    /** "Mar 2020", or "2020" where the CV gives only the year. */
    static String label(YearMonth month, boolean yearOnly) {
        return yearOnly ? String.valueOf(month.getYear()) : MONTH_NAMES[month.getMonthValue() - 1] + " " + month.getYear();
    }
}

package io.pmotoolkit.resume.checks;

import java.util.List;

/**
 * The dated roles of a CV and what follows from them: years of experience, gaps and date styles.
 * Built by {@link ExperienceTimeline#of}; reusable wherever a job advert asks for "5+ years".
 *
 * @param roles        the dated roles in CV order
 * @param totalMonths  months covered by at least one role (overlapping roles counted once)
 * @param gaps         gaps between roles longer than {@link ExperienceTimeline#GAP_MONTHS} months, oldest first
 * @param styles       the date styles used across all roles, in {@link DateStyle} order
 */
public record Timeline(List<DatedRole> roles, int totalMonths, List<Gap> gaps, List<DateStyle> styles) {

    public Timeline {
        roles = List.copyOf(roles);
        gaps = List.copyOf(gaps);
        styles = List.copyOf(styles);
    }

    /** Years of experience, with fractions (30 months is 2.5). */
    public double years() {
        return totalMonths / 12.0;
    }

    /** Whole years of experience, rounded half up (30 months is 3). */
    public int roundedYears() {
        return (totalMonths + 6) / 12;
    }

    /** Whether the roles use more than one date style. */
    public boolean mixedStyles() {
        return styles.size() > 1;
    }
}

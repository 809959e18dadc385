package io.pmotoolkit.resume.checks;

import io.pmotoolkit.core.result.CheckResult;
import java.util.ArrayList;
import java.util.List;

/**
 * The checks that read the {@link Timeline}: one date style, years of experience, gaps.
 *
 * <p>Thread-safe: stateless.
 */
final class TimelineChecks {

    private TimelineChecks() {
    }

    static CheckResult dateFormat(Timeline t) {
        if (t.roles().isEmpty()) {
            return new CheckResult("date-format", true, "No dated roles found, so there are no date styles to compare.");
        }
        if (!t.mixedStyles()) {
            return new CheckResult("date-format", true, "All dated roles use one date style ("
                    + t.styles().getFirst().label() + ").");
        }
        List<String> mixed = new ArrayList<>();
        for (DateStyle style : t.styles()) {
            mixed.add(style.label() + " (\"" + example(t, style) + "\")");
        }
        return new CheckResult("date-format", false, "Dates mix " + Messages.and(mixed)
                + ": use one style for every role, such as Jan 2019 – Mar 2022.");
    }

    /** The first range written wholly or partly in a style. */
    private static String example(Timeline t, DateStyle style) {
        for (DatedRole role : t.roles()) {
            if (role.range().startStyle() == style || role.range().endStyle() == style) {
                return role.range().text();
            }
        }
        return "";
    }

    static CheckResult experienceYears(Timeline t) {
        int roles = t.roles().size();
        if (roles == 0) {
            return new CheckResult("experience-years", false, "No dated roles found: add start and end dates to each"
                    + " role, such as Jan 2019 – Mar 2022.");
        }
        String amount = t.totalMonths() < 12 ? "Under a year"
                : "About " + Messages.plural(t.roundedYears(), "year", "years");
        return new CheckResult("experience-years", true, amount + " of experience from "
                + Messages.plural(roles, "dated role", "dated roles") + ".");
    }

    static CheckResult gaps(Timeline t) {
        if (t.gaps().isEmpty()) {
            String message = t.roles().isEmpty() ? "No dated roles found, so there are no gaps to check."
                    : "No gaps over " + ExperienceTimeline.GAP_MONTHS + " months between dated roles.";
            return new CheckResult("employment-gaps", true, message);
        }
        List<String> gaps = t.gaps().stream().map(Gap::describe).toList();
        return new CheckResult("employment-gaps", false, (gaps.size() == 1 ? "Gap" : "Gaps") + " over "
                + ExperienceTimeline.GAP_MONTHS + " months: " + String.join("; ", gaps)
                + "; add a line that explains " + (gaps.size() == 1 ? "it" : "each")
                + ", such as study, caring, travel or a career break.");
    }
}

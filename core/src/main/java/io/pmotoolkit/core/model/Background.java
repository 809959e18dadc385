package io.pmotoolkit.core.model;

import java.util.List;

/**
 * A route into PMO work (project manager, business analyst, business-unit leader, graduate or career
 * changer): what carries over and what to build.
 *
 * @param id          stable id ({@code business-analyst})
 * @param name        name for people
 * @param signals     job titles and phrases in a CV that suggest this background
 * @param transfers   what carries over into PMO work
 * @param build       concrete actions to close the distance
 * @param targetRoles ids of the roles this route usually leads to first
 * @param maxYears    the route fits only a CV with at most this many years of dated roles (a graduate), or null
 *                    for no limit
 * @param changeSignals phrases of a CV's header or profile that announce a change of field ("career change"):
 *                    they give this route whatever the years, when no other route's job titles fit
 * @param fieldTitles job titles of a field for which PMO work would be a change of field ("advocate", "fitness
 *                    trainer"): like {@code signals}, read from the dated roles and title lines and weighed the same
 *                    way, but whatever the years (a lawyer of twelve years is a career changer, not a graduate);
 *                    empty for the other routes
 */
public record Background(String id, String name, List<String> signals, List<String> transfers,
                         List<String> build, List<String> targetRoles, Double maxYears, List<String> changeSignals,
                         List<String> fieldTitles) {

    public Background {
        signals = List.copyOf(signals);
        changeSignals = List.copyOf(changeSignals);
        fieldTitles = List.copyOf(fieldTitles);
        transfers = List.copyOf(transfers);
        build = List.copyOf(build);
        targetRoles = List.copyOf(targetRoles);
    }

    /** A route without a years limit or change signals. */
    public Background(String id, String name, List<String> signals, List<String> transfers, List<String> build,
                      List<String> targetRoles) {
        this(id, name, signals, transfers, build, targetRoles, null, List.of(), List.of());
    }

    /** A route without change-of-field titles. */
    public Background(String id, String name, List<String> signals, List<String> transfers, List<String> build,
                      List<String> targetRoles, Double maxYears, List<String> changeSignals) {
        this(id, name, signals, transfers, build, targetRoles, maxYears, changeSignals, List.of());
    }
}

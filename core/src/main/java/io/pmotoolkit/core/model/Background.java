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
 */
public record Background(String id, String name, List<String> signals, List<String> transfers,
                         List<String> build, List<String> targetRoles, Double maxYears, List<String> changeSignals) {

    public Background {
        signals = List.copyOf(signals);
        changeSignals = List.copyOf(changeSignals);
        transfers = List.copyOf(transfers);
        build = List.copyOf(build);
        targetRoles = List.copyOf(targetRoles);
    }

    /** A route without a years limit or change signals. */
    public Background(String id, String name, List<String> signals, List<String> transfers, List<String> build,
                      List<String> targetRoles) {
        this(id, name, signals, transfers, build, targetRoles, null, List.of());
    }
}

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
 */
public record Background(String id, String name, List<String> signals, List<String> transfers,
                         List<String> build, List<String> targetRoles) {

    public Background {
        signals = List.copyOf(signals);
        transfers = List.copyOf(transfers);
        build = List.copyOf(build);
        targetRoles = List.copyOf(targetRoles);
    }
}

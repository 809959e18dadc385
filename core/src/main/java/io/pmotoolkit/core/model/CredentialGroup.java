package io.pmotoolkit.core.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Credentials of one kind, any of which gives what a role asks for: "a practitioner-level project credential"
 * is PRINCE2 Practitioner, PMP or APM PMQ, and a CV needs one of them, not all. For the roles it lists, a group
 * stands in for its members: the role expects the group once, with the group's importance, and any member the
 * CV holds satisfies it; for other roles each member counts on its own importance as a keyword.
 *
 * <p>Read from {@code credentialGroups:} in the skills model (see {@code docs/skills-model.md}); the loader
 * checks that every member is a keyword of the model, that the members share one competency, and that no
 * role expects two groups holding the same credential (it would count twice).
 *
 * @param id         stable kebab-case id ({@code project-practitioner})
 * @param name       the kind in words for people, to follow "missing": "a practitioner-level project credential"
 * @param competency the competency every member gives evidence for
 * @param members    keyword terms, in the order they are shown ("one of PRINCE2 Practitioner, PMP, APM PMQ")
 * @param importance essential or desirable for each role that expects one of the kind
 * @param recommend  which member to suggest next, by target level and route in
 */
public record CredentialGroup(String id, String name, String competency, List<String> members,
                              Map<String, Importance> importance, List<Recommend> recommend) {

    public CredentialGroup {
        members = List.copyOf(members);
        importance = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(importance));
        recommend = List.copyOf(recommend);
    }

    /**
     * What to suggest to someone who holds none of the group's members.
     *
     * @param levels the target-role levels (1 to 4) the entry is for
     * @param routes background ids it is for; empty for everyone the other entries of the level do not name
     * @param next   members to suggest, first choice first
     * @param reason why, in a short clause for people ("written for the entry role in a PMO")
     */
    public record Recommend(List<Integer> levels, List<String> routes, List<String> next, String reason) {
        public Recommend {
            levels = List.copyOf(levels);
            routes = List.copyOf(routes);
            next = List.copyOf(next);
        }
    }

    /** The group's importance for a role, empty when the role does not expect the kind as a group. */
    public Optional<Importance> importanceFor(String roleId) {
        return Optional.ofNullable(importance.get(roleId));
    }

    /** Whether {@code term} (a keyword's canonical term) is one of the members. */
    public boolean has(String term) {
        return members.contains(term);
    }

    /**
     * The entry for a target level and route in: the one that names the route, else the one for every route;
     * empty when the group suggests nothing at that level.
     */
    public Optional<Recommend> recommendFor(int level, String route) {
        Recommend general = null;
        for (Recommend r : recommend) {
            if (!r.levels().contains(level)) {
                continue;
            }
            if (route != null && r.routes().contains(route)) {
                return Optional.of(r);
            }
            if (r.routes().isEmpty()) {
                general = r;
            }
        }
        return Optional.ofNullable(general);
    }
}

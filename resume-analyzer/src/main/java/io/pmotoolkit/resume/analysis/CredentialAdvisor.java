package io.pmotoolkit.resume.analysis;

import io.pmotoolkit.core.model.CredentialGroup;
import io.pmotoolkit.core.model.Importance;
import io.pmotoolkit.core.model.Role;
import io.pmotoolkit.core.model.SkillsModel;
import io.pmotoolkit.core.result.CvAnalysis;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which credential to take next: a pure function of the target level, the PMO level the person is at now, their
 * route in and the credentials they hold, drawn from the skills model's credential groups (the data says which
 * member each group suggests per level and route; see {@code docs/skills-model.md}).
 *
 * <p>Of the kinds the target role asks for that the person holds none of, the one chosen is, in this order: one
 * whose member they are studying for (finish it); an essential kind before a desirable one; within each, one
 * whose suggestion is written for their route in before the general one; then the model's order. The suggestion is the group's first choice for the level and route,
 * with the rest as alternatives. A kind already held suggests nothing, so the answer is never a credential held
 * nor one below it (a PMP holder is not told to take PRINCE2 Foundation: both satisfy the same kind). When every
 * kind is held and the person already works at the target level, the next level's kinds are looked at, for the
 * step up. Someone who already works above the target level (a head of PMO applying for analyst roles) is advised
 * for the level they work at, never told to take an entry credential for a role below it.
 *
 * <p>Stateless and thread-safe.
 */
public final class CredentialAdvisor {

    private CredentialAdvisor() {
    }

    /**
     * The credential to suggest, or empty when the person holds one of every kind the role asks for (and does not
     * work at that level now, or there is no level above).
     *
     * @param model        the skills model with its credential groups
     * @param targetLevel  the target role's level (1 to 4)
     * @param currentLevel the PMO level the person works at now, or null when not in a PMO role
     * @param background   the route in ({@code business-analyst}), or null when not known
     * @param held         credentials held, as keyword terms
     * @param studying     credentials the CV says are in progress, as keyword terms
     */
    public static Optional<CvAnalysis.NextCredential> suggest(SkillsModel model, int targetLevel, Integer currentLevel,
                                                              String background, Set<String> held, Set<String> studying) {
        if (currentLevel != null && currentLevel > targetLevel) {
            return roleAt(model, currentLevel).flatMap(role -> suggestFor(model, role, background, held, studying));
        }
        Optional<CvAnalysis.NextCredential> forTarget = roleAt(model, targetLevel)
                .flatMap(role -> suggestFor(model, role, background, held, studying));
        if (forTarget.isPresent() || currentLevel == null || currentLevel != targetLevel) {
            return forTarget;
        }
        return roleAt(model, targetLevel + 1).flatMap(role -> suggestFor(model, role, background, held, studying));
    }

    private static CvAnalysis.RoleRef ref(Role role) {
        return new CvAnalysis.RoleRef(role.id(), role.title());
    }

    private static Optional<Role> roleAt(SkillsModel model, int level) {
        return model.roles().stream().filter(r -> r.level() == level).findFirst();
    }

    private static Optional<CvAnalysis.NextCredential> suggestFor(SkillsModel model, Role role, String background,
                                                                  Set<String> held, Set<String> studying) {
        CvAnalysis.NextCredential best = null;
        int bestRank = Integer.MAX_VALUE;
        for (CredentialGroup g : model.credentialGroupsFor(role)) {
            if (g.members().stream().anyMatch(held::contains)) {
                continue;
            }
            Optional<String> started = g.members().stream().filter(studying::contains).findFirst();
            var entry = g.recommendFor(role.level(), background);
            int rank;
            CvAnalysis.NextCredential next;
            if (started.isPresent()) {
                rank = 0;
                next = new CvAnalysis.NextCredential(started.get(), List.of(), g.id(), g.name(),
                        "the CV says it is in progress, and it gives " + g.name(), ref(role), true);
            } else if (entry.isPresent()) {
                boolean essential = g.importanceFor(role.id()).orElseThrow() == Importance.ESSENTIAL;
                rank = 1 + (essential ? 0 : 2) + (entry.get().routes().isEmpty() ? 1 : 0);
                List<String> options = entry.get().next();
                next = new CvAnalysis.NextCredential(options.get(0), options.subList(1, options.size()), g.id(),
                        g.name(), entry.get().reason(), ref(role), false);
            } else {
                continue;
            }
            if (rank < bestRank) {
                best = next;
                bestRank = rank;
            }
        }
        return Optional.ofNullable(best);
    }
}

package io.pmotoolkit.resume.analysis;

import io.pmotoolkit.core.model.CredentialGroup;
import io.pmotoolkit.core.model.Importance;
import io.pmotoolkit.core.model.Keyword;
import io.pmotoolkit.core.model.Role;
import io.pmotoolkit.core.model.SkillsModel;
import io.pmotoolkit.core.result.JobAdSummary.Origin;
import io.pmotoolkit.resume.jobad.JobAd;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A term the analysis expects the CV to show, or a kind of credential of which it expects one, with how much
 * it counts.
 *
 * @param keyword    the keyword (a synthetic one for an advert term the model does not know, and for a group
 *                   one named by the group, in the members' competency)
 * @param importance essential or desirable
 * @param weight     weight among the essential terms: 2 for the advert's required terms, 1 otherwise
 * @param origin     whether the advert, the role or both ask for it
 * @param adMentions how often the advert names it (0 for role-only terms)
 * @param group      the credential group when any one of its members will do, else null
 */
record Expected(Keyword keyword, Importance importance, double weight, Origin origin, int adMentions,
                CredentialGroup group) {

    Expected(Keyword keyword, Importance importance, double weight, Origin origin, int adMentions) {
        this(keyword, importance, weight, origin, adMentions, null);
    }

    /**
     * The role's terms: essential first, then by the competency's weight for the role. A credential group the
     * role expects stands, once, where its first member would.
     */
    static List<Expected> forRole(SkillsModel model, Role role) {
        List<Expected> out = new ArrayList<>();
        List<CredentialGroup> placed = new ArrayList<>();
        for (Keyword k : model.keywords()) {
            var group = model.groupOf(role, k.term());
            if (group.isPresent()) {
                if (!placed.contains(group.get())) {
                    placed.add(group.get());
                    out.add(of(group.get(), role));
                }
            } else if (k.importanceFor(role.id()).isPresent()) {
                out.add(new Expected(k, k.importanceFor(role.id()).orElseThrow(), 1, Origin.ROLE, 0));
            }
        }
        out.sort(order(role));
        return out;
    }

    private static Expected of(CredentialGroup g, Role role) {
        Importance importance = g.importanceFor(role.id()).orElseThrow();
        Keyword named = new Keyword(g.name(), g.competency(), List.of(), null, Map.of(role.id(), importance));
        return new Expected(named, importance, 1, Origin.ROLE, 0, g);
    }

    /** The keyword terms that show it: the group's members, or the one term. */
    List<String> terms() {
        return group == null ? List.of(keyword.term()) : group.members();
    }

    /**
     * The advert's terms first (required, then preferred; an advert's word beats the role profile's), then
     * the role's terms the advert does not name.
     */
    static List<Expected> forAdvert(SkillsModel model, Role role, JobAd ad) {
        Map<String, Expected> byTerm = new LinkedHashMap<>();
        List<Expected> adTerms = new ArrayList<>();
        for (JobAd.AdTerm t : ad.terms()) {
            Importance imp = t.required() ? Importance.ESSENTIAL : Importance.DESIRABLE;
            boolean roleToo = t.known() && t.keyword().importanceFor(role.id()).isPresent();
            Expected e = new Expected(t.keyword(), imp, t.required() ? 2 : 1, roleToo ? Origin.BOTH : Origin.AD,
                    t.mentions());
            adTerms.add(e);
            byTerm.put(t.keyword().term(), e);
        }
        adTerms.sort(Comparator.comparing(Expected::importance));
        List<Expected> out = new ArrayList<>(adTerms);
        for (Expected e : forRole(model, role)) {
            // A kind the advert names a member of is the advert's to ask for: its own terms stand instead.
            if (e.terms().stream().noneMatch(byTerm::containsKey)) {
                out.add(e);
            }
        }
        return out;
    }

    private static Comparator<Expected> order(Role role) {
        return Comparator.comparing(Expected::importance)
                .thenComparing(e -> -role.weightOf(e.keyword().competency()));
    }

    boolean essential() {
        return importance == Importance.ESSENTIAL;
    }
}

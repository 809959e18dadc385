package io.pmotoolkit.core.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A PMO term the analyzer looks for.
 *
 * @param term          the canonical term shown to users, unique in the model
 * @param competency    id of the competency it evidences
 * @param aliases       other ways people write it (acronyms, expansions, synonyms, US spellings)
 * @param caseSensitive null to apply the default rule (acronym-like aliases such as PMP or MoP keep
 *                      their case, everything else ignores case), or an explicit choice for all forms
 * @param importance    importance for each role that expects the term; roles not present do not
 * @param notWithin     larger phrases with another meaning: a match inside (overlapping) one of them does
 *                      not count ("resource management" within "human resource management")
 * @param implies       terms this one is evidence for (a PPM tool such as Planview implies "PPM software"); an
 *                      entry {@code "TERM: form, form"} implies TERM only when one of those forms matched
 *                      ("Bachelor's degree: B.Tech, BEng" on the engineering degree)
 * @param notNear       words that, anywhere in the same line, give the term's words another sense
 *                      ("resource utilisation" beside Kubernetes is about computers, not people)
 */
public record Keyword(String term, String competency, List<String> aliases, Boolean caseSensitive,
                      Map<String, Importance> importance, List<String> notWithin, List<String> implies,
                      List<String> notNear) {

    public Keyword {
        aliases = List.copyOf(aliases);
        importance = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(importance));
        notWithin = notWithin == null ? List.of() : List.copyOf(notWithin);
        implies = implies == null ? List.of() : List.copyOf(implies);
        notNear = notNear == null ? List.of() : List.copyOf(notNear);
    }

    /** A keyword without exclusions or implied terms. */
    public Keyword(String term, String competency, List<String> aliases, Boolean caseSensitive,
                   Map<String, Importance> importance) {
        this(term, competency, aliases, caseSensitive, importance, List.of(), List.of(), List.of());
    }

    /**
     * One {@code implies} entry: the implied term, and the forms it is limited to (empty: all forms).
     *
     * @param term  the implied term
     * @param forms the keyword's forms that imply it, or empty for every form
     */
    public record Implied(String term, List<String> forms) {

        /** Parses {@code "TERM"} or {@code "TERM: form, form"}. */
        public static Implied parse(String entry) {
            int colon = entry.indexOf(':');
            if (colon < 0) {
                return new Implied(entry.strip(), List.of());
            }
            List<String> forms = new java.util.ArrayList<>();
            for (String f : entry.substring(colon + 1).split(",")) {
                if (!f.isBlank()) {
                    forms.add(f.strip());
                }
            }
            return new Implied(entry.substring(0, colon).strip(), List.copyOf(forms));
        }
    }

    /** The term and its aliases: every form to look for. */
    public List<String> forms() {
        var all = new java.util.ArrayList<String>(aliases.size() + 1);
        all.add(term);
        all.addAll(aliases);
        return all;
    }

    /** The importance of the term for a role, empty when the role does not expect it. */
    public Optional<Importance> importanceFor(String roleId) {
        return Optional.ofNullable(importance.get(roleId));
    }
}

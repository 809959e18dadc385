package io.pmotoolkit.core.result;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * What a job advert asks for and how the CV compares: the {@code jobAd} object of the JSON output.
 *
 * @param file             the advert's file name ({@code stdin} for {@code -})
 * @param title            the job title as detected, or null
 * @param role             id of the target role used: the one given with --role, or the nearest of the
 *                         four to the advert's title and level
 * @param roleReason       why that role was chosen, one sentence
 * @param yearsRequired    years of experience the advert asks for, or null
 * @param yearsInCv        years covered by the CV's dated roles, or null
 * @param titleMatch       whether the CV names the advert's job title (or a close variant)
 * @param terms            the advert's terms first (required, then preferred), then the role's
 * @param responsibilities the advert's responsibility lines, as written
 * @param stuffing         terms the CV repeats far beyond the advert's use (a keyword-stuffing risk)
 * @param match            how well the CV fits the advert (the match rate, the term table, title, years,
 *                         education and certifications asked), or null when not computed
 */
@JsonPropertyOrder({"match", "file", "title", "role", "roleReason", "yearsRequired", "yearsInCv", "titleMatch", "terms",
        "responsibilities", "stuffing"})
public record JobAdSummary(String file, String title, String role, String roleReason, Integer yearsRequired,
                           Double yearsInCv, boolean titleMatch, List<Term> terms, List<String> responsibilities,
                           List<String> stuffing, AdvertMatch match) {

    public JobAdSummary {
        terms = List.copyOf(terms);
        responsibilities = List.copyOf(responsibilities);
        stuffing = List.copyOf(stuffing);
    }

    /** A summary without its match, which is computed from the finished analysis ({@link #withMatch}). */
    public JobAdSummary(String file, String title, String role, String roleReason, Integer yearsRequired,
                        Double yearsInCv, boolean titleMatch, List<Term> terms, List<String> responsibilities,
                        List<String> stuffing) {
        this(file, title, role, roleReason, yearsRequired, yearsInCv, titleMatch, terms, responsibilities, stuffing,
                null);
    }

    /** This summary with its advert match. */
    public JobAdSummary withMatch(AdvertMatch match) {
        return new JobAdSummary(file, title, role, roleReason, yearsRequired, yearsInCv, titleMatch, terms,
                responsibilities, stuffing, match);
    }

    /** Where a term comes from. */
    public enum Origin {
        /** Only the advert names it. */
        AD,
        /** Only the role profile expects it. */
        ROLE,
        /** The advert names it and the role expects it. */
        BOTH
    }

    /**
     * @param term       canonical term (skills-model term, or the advert's words for a term the model
     *                   does not know)
     * @param required   whether the advert requires it (essential, must have, requirements, duties), or
     *                   for a role-only term whether the role counts it essential
     * @param inCv       whether the CV shows it
     * @param origin     AD, ROLE or BOTH
     * @param competency skills-model competency id, or null for a term the model does not know
     */
    @JsonPropertyOrder({"term", "required", "inCv", "origin", "competency"})
    public record Term(String term, boolean required, boolean inCv, Origin origin, String competency) {
    }
}

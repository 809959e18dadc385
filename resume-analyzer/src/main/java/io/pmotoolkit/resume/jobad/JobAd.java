package io.pmotoolkit.resume.jobad;

import io.pmotoolkit.core.model.Keyword;
import io.pmotoolkit.core.model.Role;
import java.util.List;

/**
 * A job advert as read: its title, the role it maps to, what it requires and prefers.
 *
 * @param file             the advert's file name
 * @param title            the job title, or null when none was found
 * @param role             the nearest of the skills model's roles
 * @param roleReason       why that role, one sentence
 * @param yearsRequired    years of experience asked for, or null
 * @param terms            every term the advert names, skills-model keywords and terms the model does not
 *                         know (as synthetic keywords of competency {@value #ADVERT_COMPETENCY}), in order of
 *                         first mention
 * @param responsibilities the lines under a responsibilities heading, as written
 */
public record JobAd(String file, String title, Role role, String roleReason, Integer yearsRequired,
                    List<AdTerm> terms, List<String> responsibilities) {

    /** Competency id given to advert terms the skills model does not know. */
    public static final String ADVERT_COMPETENCY = "advert";

    public JobAd {
        terms = List.copyOf(terms);
        responsibilities = List.copyOf(responsibilities);
    }

    /**
     * A term of the advert.
     *
     * @param keyword  the skills-model keyword, or a synthetic one for a term the model does not know
     * @param required whether any mention is in a required context (essential, must, requirements, duties)
     * @param mentions how many times the advert names it
     * @param known    whether it is a skills-model keyword
     */
    public record AdTerm(Keyword keyword, boolean required, int mentions, boolean known) {
    }
}

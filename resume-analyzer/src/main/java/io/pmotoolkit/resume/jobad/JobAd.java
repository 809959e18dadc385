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
 * @param lines            every non-blank line of the advert with the part of the advert it belongs to, in order:
 *                         what reads the advert's asks (education, years per skill, certifications) looks only at
 *                         the parts that ask
 */
public record JobAd(String file, String title, Role role, String roleReason, Integer yearsRequired,
                    List<AdTerm> terms, List<String> responsibilities, List<AdLine> lines) {

    /** Competency id given to advert terms the skills model does not know. */
    public static final String ADVERT_COMPETENCY = "advert";

    public JobAd {
        terms = List.copyOf(terms);
        responsibilities = List.copyOf(responsibilities);
        lines = List.copyOf(lines);
    }

    /** The part of an advert a line belongs to. */
    public enum Part {
        /** The advert's job title. */
        TITLE,
        /** A heading or section label: never a term. */
        HEADING,
        /** What the advert requires (essential, must have, requirements, about you). */
        REQUIRED,
        /** What the job holder will do (responsibilities, duties). */
        DUTY,
        /** What the advert would like (desirable, nice to have, a plus). */
        PREFERRED,
        /** About the employer, benefits, salary, equal opportunities, how to apply: never a requirement. */
        EMPLOYER,
        /** Anything else (an introduction, a line before the first heading). */
        OTHER;

        /** Whether a line of this part states something the advert asks of the candidate. */
        public boolean asks() {
            return this == REQUIRED || this == DUTY || this == PREFERRED;
        }
    }

    /**
     * One line of the advert.
     *
     * @param number the line's number in the advert, from 1
     * @param text   the line as written, stripped
     * @param part   the part of the advert it belongs to
     */
    public record AdLine(int number, String text, Part part) {
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

package io.pmotoolkit.core.model;

import java.util.List;
import java.util.Map;

/**
 * A target PMO role.
 *
 * @param id           stable id ({@code pmo-manager})
 * @param title        title for people
 * @param level        seniority: the role's rung on the ladder, from 1 (entry); one role per level,
 *                     the highest is {@link SkillsModel#topLevel()} (4, head of PMO, in the built-in model)
 * @param summary      what the role does, in two or three sentences
 * @param titles       job titles that signal this role in CVs and adverts
 * @param competencies weight (1 to 5) of each competency the role expects, in file order
 * @param ladderWords  words that put a job title naming PMO work ({@link SkillsModel#pmoWork()}) on this
 *                     role's rung when none of {@code titles} does ("head", "director" for the head of PMO)
 * @param advertYears  the years of experience from which an advert whose title names no rung reads as this
 *                     level ("8+ years" reads as head of PMO); null when years never point to this role
 */
public record Role(String id, String title, int level, String summary, List<String> titles,
                   Map<String, Integer> competencies, List<String> ladderWords, Integer advertYears) {

    public Role {
        titles = List.copyOf(titles);
        ladderWords = List.copyOf(ladderWords);
        competencies = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(competencies));
    }

    /** A role that years of experience in an advert do not point to. */
    public Role(String id, String title, int level, String summary, List<String> titles,
                Map<String, Integer> competencies, List<String> ladderWords) {
        this(id, title, level, summary, titles, competencies, ladderWords, null);
    }

    /** A role without ladder words. */
    public Role(String id, String title, int level, String summary, List<String> titles,
                Map<String, Integer> competencies) {
        this(id, title, level, summary, titles, competencies, List.of(), null);
    }

    /** The weight of a competency for this role, 0 when the role does not expect it. */
    public int weightOf(String competencyId) {
        return competencies.getOrDefault(competencyId, 0);
    }
}

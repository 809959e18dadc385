package io.pmotoolkit.interview;

import java.util.List;

/**
 * One question of the bank, as validated from {@code question-bank.yaml}.
 *
 * @param id         stable kebab-case id, unique in the bank
 * @param type       behavioural, situational or knowledge
 * @param competency id of the skills-model competency it probes
 * @param roles      ids of the roles it suits, in file order
 * @param text       the question as a panel asks it
 * @param why        what interviewers assess with it
 * @param star       what a strong Situation, Task, Action and Result contain for this question
 * @param pitfalls   common ways answers go wrong
 * @param followUps  2 or 3 probes a panel follows up with
 * @param keywords   skills-model terms a good answer would use (may be empty)
 * @param audience   whom it is for: everyone, or only people outside or inside PMO work
 * @param concepts   for a knowledge question, the ideas a correct answer covers, each with the phrases that show
 *                   it; empty for the other types
 * @param misconceptions for a knowledge question, common wrong statements and the phrases that show them (may be
 *                   empty)
 */
public record Question(String id, QuestionType type, String competency, List<String> roles, String text,
                       String why, Star star, List<String> pitfalls, List<String> followUps,
                       List<String> keywords, Audience audience, List<Concept> concepts,
                       List<Concept> misconceptions) {

    /** A question without concepts (any type but knowledge). */
    public Question(String id, QuestionType type, String competency, List<String> roles, String text, String why,
                    Star star, List<String> pitfalls, List<String> followUps, List<String> keywords,
                    Audience audience) {
        this(id, type, competency, roles, text, why, star, pitfalls, followUps, keywords, audience, List.of(),
                List.of());
    }

    /** A question for everyone. */
    public Question(String id, QuestionType type, String competency, List<String> roles, String text, String why,
                    Star star, List<String> pitfalls, List<String> followUps, List<String> keywords) {
        this(id, type, competency, roles, text, why, star, pitfalls, followUps, keywords, Audience.EVERYONE);
    }

    public Question {
        roles = List.copyOf(roles);
        pitfalls = List.copyOf(pitfalls);
        followUps = List.copyOf(followUps);
        keywords = List.copyOf(keywords);
        concepts = concepts == null ? List.of() : List.copyOf(concepts);
        misconceptions = misconceptions == null ? List.of() : List.copyOf(misconceptions);
        audience = audience == null ? Audience.EVERYONE : audience;
    }

    /** Whether the question suits the role with this id. */
    public boolean suits(String roleId) {
        return roles.contains(roleId);
    }
}

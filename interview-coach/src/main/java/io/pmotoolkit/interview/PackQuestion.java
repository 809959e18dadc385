package io.pmotoolkit.interview;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * One question of a practice pack, as documented in {@code docs/json-format.md}. The first seven fields are
 * the contract of {@code schemaVersion} 1; the others were added for the Markdown and PDF packs.
 *
 * @param id             the bank id, or {@code cv-line-N} for a question made from CV line N
 * @param competency     competency id
 * @param text           the question as a panel would ask it
 * @param reason         why it is in the pack
 * @param cvEvidence     the CV line it quotes, exactly as analysed, or null
 * @param star           STAR guidance; for a CV question, a scaffold pre-filled from the line
 * @param followUps      2 or 3 probes
 * @param type           behavioural, situational or knowledge
 * @param competencyName the competency's name for people
 * @param why            what interviewers assess with it
 * @param pitfalls       common ways answers go wrong
 * @param advice         for a gap, how to answer honestly from adjacent experience; else null
 * @param cvLine         the line number of {@code cvEvidence}, or null
 * @param missingTerms   for a gap, the essential terms of the competency the CV does not show; else empty
 */
@JsonPropertyOrder({"id", "competency", "text", "reason", "cvEvidence", "star", "followUps", "type",
        "competencyName", "why", "pitfalls", "advice", "cvLine", "missingTerms"})
public record PackQuestion(String id, String competency, String text, Reason reason, String cvEvidence, Star star,
                           List<String> followUps, QuestionType type, String competencyName, String why,
                           List<String> pitfalls, String advice, Integer cvLine, List<String> missingTerms) {

    public PackQuestion {
        followUps = List.copyOf(followUps);
        pitfalls = List.copyOf(pitfalls);
        missingTerms = List.copyOf(missingTerms);
    }
}

package io.pmotoolkit.interview.feedback;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/**
 * Feedback on one answer: the JSON contract of {@code pmo feedback --format json}, documented in
 * {@code docs/json-format.md}. The fields up to {@code suggestions} are the contract of {@code schemaVersion}
 * 1; the others were added for the text output and the practice session, and from {@code type} on for the
 * question types and relevance (issue 18). Fields are only ever added, at the end.
 *
 * @param schemaVersion    1
 * @param components       the four STAR components, each present, weak or missing, with its sentences
 * @param quantifiedResult whether a result sentence carries a metric
 * @param pronouns         how often the answer says "I" and "we"
 * @param fillers          filler words found and their counts, in a fixed order; absent ones are left out
 * @param words            words in the answer
 * @param speakingSeconds  estimated speaking time at {@value AnswerCoach#WORDS_PER_MINUTE} words a minute
 * @param termsUsed        skills-model terms the answer uses, in order of first use
 * @param termsMissed      terms the question and its competency expect that the answer never uses, most
 *                         important first, at most {@value AnswerCoach#MAX_MISSED}
 * @param score            0 to 100: the sum of {@code scoreParts}, capped at {@code relevance.scoreCap} when the
 *                         answer is not about its question
 * @param suggestions      concrete next steps, most important first
 * @param question         the question answered, or null
 * @param questionId       the bank id of the question, or null
 * @param scoreParts       the parts of the score (see {@code docs/feedback.md})
 * @param length           {@code short} (under a minute), {@code ok} or {@code long} (over three minutes)
 * @param speakingRange    speaking time in seconds at 160 and at 130 words a minute
 * @param pronounNote      what the balance of "I" and "we" says, in one sentence
 * @param sentences        every sentence (or clause, where a result clause such as "so that..." splits one) with
 *                         the one part it carries
 * @param type             the question's type (behavioural, situational, knowledge, motivation), or null
 * @param rubric           the rubric the answer was read and scored with, and what it shows of each criterion
 * @param relevance        whether the answer is about its question, read before anything else; caps the score
 * @param concepts         for a knowledge question, each idea a correct answer covers and whether this one does
 * @param misconceptions   for a knowledge question, the wrong statements the answer makes
 * @param mostUsedWords    the content words used most (at least twice), most first, at most
 *                         {@value AnswerCoach#MOST_USED}
 * @param repeatedWords    content words used so often that a listener notices, not counting the question's own
 * @param verdict          strong (score 65 or more), fair (45 to 64) or weak
 */
@JsonPropertyOrder({"schemaVersion", "components", "quantifiedResult", "pronouns", "fillers", "words",
        "speakingSeconds", "termsUsed", "termsMissed", "score", "suggestions", "question", "questionId",
        "scoreParts", "length", "speakingRange", "pronounNote", "sentences", "type", "rubric", "relevance",
        "concepts", "misconceptions", "mostUsedWords", "repeatedWords", "verdict"})
public record AnswerFeedback(int schemaVersion, Components components, boolean quantifiedResult, Pronouns pronouns,
                             Map<String, Integer> fillers, int words, int speakingSeconds, List<String> termsUsed,
                             List<String> termsMissed, int score, List<String> suggestions, String question,
                             String questionId, List<ScorePart> scoreParts, String length, List<Integer> speakingRange,
                             String pronounNote, List<LabelledSentence> sentences, String type, Rubric rubric,
                             Relevance relevance, List<ConceptCheck> concepts, List<String> misconceptions,
                             List<WordCount> mostUsedWords, List<String> repeatedWords, String verdict) {

    public static final int SCHEMA_VERSION = 1;

    public AnswerFeedback {
        fillers = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fillers));
        termsUsed = List.copyOf(termsUsed);
        termsMissed = List.copyOf(termsMissed);
        suggestions = List.copyOf(suggestions);
        scoreParts = List.copyOf(scoreParts);
        speakingRange = List.copyOf(speakingRange);
        sentences = List.copyOf(sentences);
        concepts = List.copyOf(concepts);
        misconceptions = List.copyOf(misconceptions);
        mostUsedWords = List.copyOf(mostUsedWords);
        repeatedWords = List.copyOf(repeatedWords);
    }

    /** Score from which the verdict is strong, and from which it is fair. */
    public static final int STRONG = 65;
    public static final int FAIR = 45;

    /** The verdict of a score: strong, fair or weak. */
    public static String verdictOf(int score) {
        return verdictOf(score, FAIR);
    }

    /**
     * The verdict of a score under a rubric whose fair band starts at {@code fairFrom} (the rubric's
     * {@code fairFrom} in the feedback vocabulary; {@value #FAIR} unless it says otherwise).
     */
    public static String verdictOf(int score, int fairFrom) {
        return score >= STRONG ? "strong" : score >= fairFrom ? "fair" : "weak";
    }

    /** Total filler words. */
    public int fillerCount() {
        return fillers.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The parts that are weak or missing, in STAR order. */
    public List<Part> gaps() {
        return java.util.Arrays.stream(Part.values()).filter(p -> components.get(p).status() != Status.PRESENT).toList();
    }
}

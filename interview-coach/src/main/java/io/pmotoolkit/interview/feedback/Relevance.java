package io.pmotoolkit.interview.feedback;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.pmotoolkit.core.text.WordKeys;
import io.pmotoolkit.interview.QuestionType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Whether an answer is about its question: a well-built story told to the wrong question is the commonest way a
 * practised answer fails, so this is read first and caps the score. The question's topic is the content words of
 * its text (without the words every question uses, {@code questionWords} in the vocabulary); the answer is
 * compared on word keys ({@link WordKeys}: inflections and UK/US spellings meet), with the PMO terms it uses, the
 * ideas of a knowledge question it covers, and for a motivation question the reasons, fit and aims it gives.
 *
 * <ul>
 *   <li>{@code on-topic}: two topic words, or one with a term the question expects or two of its ideas, or two expected
 *       terms, or an answer that fits its question better than all but a few of the bank's ({@link TopicIndex});
 *       a motivation answer: a topic word, or two of reasons, fit and aims;</li>
 *   <li>{@code off-topic}: no topic word, no expected or competency term: an answer to another question. The
 *       score is capped at {@value #OFF_TOPIC_CAP};</li>
 *   <li>{@code partial}: anything between; the score is capped at {@value #PARTIAL_CAP};</li>
 *   <li>{@code unknown}: no question was given; nothing is capped.</li>
 * </ul>
 *
 * @param level      on-topic, partial, off-topic or unknown
 * @param topicWords the question's topic words, as the question spells them
 * @param topicUsed  those the answer uses
 * @param termsUsed  the terms the question and its competency expect that the answer uses
 * @param scoreCap   the most the answer can score, or null when not capped
 * @param note       why, in one sentence; null when on-topic or unknown
 */
@JsonPropertyOrder({"level", "topicWords", "topicUsed", "termsUsed", "scoreCap", "note"})
public record Relevance(String level, List<String> topicWords, List<String> topicUsed, List<String> termsUsed,
                        Integer scoreCap, String note) {

    public static final String ON_TOPIC = "on-topic";
    public static final String PARTIAL = "partial";
    public static final String OFF_TOPIC = "off-topic";
    public static final String UNKNOWN = "unknown";
    /** Why an answer to a behavioural question that tells no story is partial (see {@link #withoutStory()}). */
    static final String NO_STORY = "The answer talks about the subject in general: it tells no story of a time it "
            + "happened (no scene, no action, no result).";
    /** The most an off-topic answer scores, whatever its structure. */
    public static final int OFF_TOPIC_CAP = 30;
    /** The most an answer that only touches its question scores. */
    public static final int PARTIAL_CAP = 60;
    /** An answer that fits its question better than all but this many of the bank's is on-topic. */
    static final int FITS_RANK = 5;
    /**
     * An answer that echoes nothing of its question but still fits it better than all but this many of the
     * bank's is partial, not off-topic: it may be about the subject in other words.
     */
    static final int CLOSE_RANK = 20;
    /**
     * An answer that echoes at most one of its question's words by chance and fits this many of the bank's
     * questions better is off-topic: a story about another subject that happens to say "review" or "leave".
     */
    static final int FAR_RANK = 30;
    /**
     * The content an on-topic answer needs beyond the question's own words: distinct words that are not the
     * question's, not function words and not vague ({@code vagueWords}: "important", "properly"). An answer that
     * repeats its question and adds nothing ("a risk became an issue; I learned risks must be managed properly")
     * is partial, however many of the question's words it uses.
     */
    static final int MIN_SUBSTANCE = 2;

    public Relevance {
        topicWords = List.copyOf(topicWords);
        topicUsed = List.copyOf(topicUsed);
        termsUsed = List.copyOf(termsUsed);
    }

    /** Whether the answer is about its question (or no question was given). */
    public boolean onTopic() {
        return ON_TOPIC.equals(level) || UNKNOWN.equals(level);
    }

    /**
     * Why the answer has this level, in one sentence: the note when it is not on-topic, else what ties it to the
     * question ("it uses the question's gate, review and its terms Stage gates"); null when no question was given.
     * Not in the JSON, which has the note and the words themselves.
     */
    @JsonIgnore
    public String reason() {
        if (UNKNOWN.equals(level)) {
            return null;
        }
        if (note != null) {
            return note;
        }
        List<String> why = new java.util.ArrayList<>();
        if (!topicUsed.isEmpty()) {
            why.add("the question's " + String.join(", ", topicUsed));
        }
        if (!termsUsed.isEmpty()) {
            why.add("its terms " + String.join(", ", termsUsed));
        }
        return why.isEmpty() ? "The answer fits this question better than almost any other of the bank."
                : "The answer is about the question: it uses " + String.join(" and ", why) + ".";
    }

    /** The question's topic words: content words of its text, each once, as written. */
    static Map<String, String> topic(String question) {
        Map<String, String> out = new LinkedHashMap<>();
        if (question == null) {
            return out;
        }
        Set<String> skip = FeedbackVocabulary.BUILT.questionWords;
        for (String w : question.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (w.length() >= 4 && !skip.contains(w)) {
                out.putIfAbsent(WordKeys.key(w), w);
            }
        }
        return out;
    }

    /**
     * Whether the answer repeats two neighbouring words of its question, not both function words ("two projects",
     * "same time"): the question's own framing, which the topic words leave out when they are words every
     * question uses. The answer's keys are a set, so the two need only both occur; enough to tell a story framed
     * by its question from one that shares a single word with it by chance.
     */
    private static boolean echoesPhrase(String question, Set<String> answerKeys) {
        Set<String> stop = FeedbackVocabulary.BUILT.stopWords;
        String[] w = question.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
        for (int i = 0; i + 1 < w.length; i++) {
            if (!w[i].isEmpty() && !stop.contains(w[i]) && !stop.contains(w[i + 1]) && answerKeys.contains(WordKeys.key(w[i]))
                    && answerKeys.contains(WordKeys.key(w[i + 1]))) {
                return true;
            }
        }
        return false;
    }

    /** The keys of every word of the question, function words included. */
    static Set<String> questionKeys(String question) {
        Set<String> out = new java.util.HashSet<>();
        for (String w : question.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            out.add(WordKeys.key(w));
        }
        return out;
    }

    /**
     * How many distinct words the answer adds to its question's own: three letters or more (or a number), not a
     * word of the question, not a function word ({@code stopWords}, {@code questionWords}) and not a vague one
     * ({@code vagueWords}).
     */
    static int substance(Set<String> questionKeys, Set<String> answerKeys) {
        FeedbackVocabulary v = FeedbackVocabulary.BUILT;
        int n = 0;
        for (String k : answerKeys) {
            boolean number = k.chars().anyMatch(Character::isDigit);
            if ((number || k.length() >= 3) && !questionKeys.contains(k) && !v.stopKeys.contains(k)) {
                n++;
            }
        }
        return n;
    }

    /**
     * Reads the relevance.
     *
     * @param question        the question's text, or null
     * @param type            its type, or null
     * @param answerKeys      the word keys of the answer
     * @param expectedUsed    terms the question and its competency expect that the answer uses
     * @param competencyUsed  how many terms of the question's competency the answer uses
     * @param ideas           ideas of a knowledge question covered, or criteria of a motivation answer found
     */
    static Relevance assess(String question, QuestionType type, Set<String> answerKeys, List<String> expectedUsed,
                            int competencyUsed, int ideas) {
        return assess(question, type, answerKeys, expectedUsed, competencyUsed, ideas, 0);
    }

    /**
     * As {@link #assess(String, QuestionType, Set, List, int, int)}, with where the question ranks among the
     * bank's by fit to the answer ({@link TopicIndex}; 0 when unknown): within the first {@value #FITS_RANK} the
     * answer fits its question better than almost any other, which makes it on-topic even when it echoes none of
     * the question's own words (a story about a reconciled invoice, asked for a mistake caught).
     */
    static Relevance assess(String question, QuestionType type, Set<String> answerKeys, List<String> expectedUsed,
                            int competencyUsed, int ideas, int rank) {
        if (question == null || question.isBlank()) {
            return new Relevance(UNKNOWN, List.of(), List.of(), expectedUsed, null, null);
        }
        Map<String, String> topic = topic(question);
        Map<String, Set<String>> related = FeedbackVocabulary.BUILT.relatedWords;
        List<String> used = topic.entrySet().stream().filter(e -> answerKeys.contains(e.getKey())
                || related.getOrDefault(e.getKey(), Set.of()).stream().anyMatch(answerKeys::contains))
                .map(Map.Entry::getValue).toList();
        // The question's own framing repeated ("two projects ... the same time") shows its subject like a topic word.
        int hits = used.size() + (echoesPhrase(question, answerKeys) ? 1 : 0);
        boolean fits = rank > 0 && rank <= FITS_RANK;
        boolean far = rank == 0 || rank > CLOSE_RANK;
        // The terms of a competency are shared by all its questions ("PMO", "Stakeholder management"): they tell
        // the competency, not the question. An answer that fits many other questions of the bank better is about
        // one of those, so there only the question's own words count.
        boolean elsewhere = rank > FAR_RANK;
        int terms = elsewhere ? 0 : expectedUsed.size();
        competencyUsed = elsewhere ? 0 : competencyUsed;
        String level;
        if (type == QuestionType.MOTIVATION) {
            // An answer that gives no reason, fit or aim but fits this question better than most of the bank is about
            // it in empty words ("an exciting opportunity with a fantastic organisation"): partial, not another
            // question's answer.
            level = hits >= 1 || ideas >= 2 ? ON_TOPIC : ideas == 0 && terms == 0 && far ? OFF_TOPIC : PARTIAL;
        } else if (hits >= 2 || (hits >= 1 && terms + competencyUsed + (ideas >= 2 ? 1 : 0) >= 1) || terms >= 2
                || fits || hits == 1 && !far) {
            // One of the question's words where the answer also fits the question better than all but a few of
            // the bank's is no chance: a story in other words that names its subject once ("not performing").
            // The same word with a question that ranks far is read as chance (below).
            level = ON_TOPIC;
        } else if (terms == 0 && competencyUsed == 0 && (hits == 0 && far
                || hits == 1 && rank > FAR_RANK)) {
            // The ideas of a knowledge question are single words too ("stop", "board") to count on their own.
            level = OFF_TOPIC;
        } else {
            level = PARTIAL;
        }
        if (ON_TOPIC.equals(level) && substance(questionKeys(question), answerKeys) < MIN_SUBSTANCE) {
            level = PARTIAL;
        }
        List<String> subject = List.copyOf(topic.values()).subList(0, Math.min(3, topic.size()));
        String about = subject.isEmpty() ? "" : " (" + String.join(", ", subject) + ")";
        String note = switch (level) {
            case OFF_TOPIC -> type == QuestionType.MOTIVATION
                    ? "The answer does not say why you want this: no reason, no tie to the role, no aim. It reads "
                    + "as an answer to another question."
                    : "The answer never mentions what the question asks about" + about + " and uses none of the "
                    + "terms it expects: it reads as an answer to another question.";
            case PARTIAL -> "The answer only touches the question" + (used.isEmpty() ? "" : " (it mentions "
                    + String.join(", ", used) + ")") + ": most of it is about something else, or too general.";
            default -> null;
        };
        Integer cap = switch (level) {
            case OFF_TOPIC -> OFF_TOPIC_CAP;
            case PARTIAL -> PARTIAL_CAP;
            default -> null;
        };
        return new Relevance(level, List.copyOf(topic.values()), used, expectedUsed, cap, note);
    }

    /**
     * An on-topic reading turned partial because the answer tells no story: a behavioural question asks for a time
     * something happened, and an answer without a scene, an action or a result ("I always make sure the team hears
     * it from me first") talks about the subject in general. Other levels are returned as they are.
     */
    Relevance withoutStory() {
        if (!ON_TOPIC.equals(level)) {
            return this;
        }
        return new Relevance(PARTIAL, topicWords, topicUsed, termsUsed, PARTIAL_CAP, NO_STORY);
    }

    /** The next step for an answer that is not about its question, or null. */
    String suggestion() {
        return switch (level) {
            case OFF_TOPIC -> "Answer the question asked" + (topicWords.isEmpty() ? "" : " (" + String.join(", ",
                    topicWords.subList(0, Math.min(3, topicWords.size()))) + ")") + ": this answer reads as an answer "
                    + "to another question. Open with one sentence that answers it directly, then give your evidence.";
            case PARTIAL -> NO_STORY.equals(note) ? "Tell one real time it happened: where you were and what was at "
                    + "stake, what you did yourself, and what came of it." : "Bring the answer back to the question: "
                    + "open with one sentence that answers it directly"
                    + (topicWords.isEmpty() ? "" : " (" + String.join(", ", topicWords.subList(0,
                    Math.min(3, topicWords.size()))) + ")") + ", then keep every example tied to it.";
            default -> null;
        };
    }
}

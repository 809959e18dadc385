package io.pmotoolkit.interview;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The validated interview questions, in file order, and the advice on answering honestly from adjacent
 * experience for each competency. Get one with {@link QuestionBankLoader}. Immutable and thread-safe.
 */
public final class QuestionBank {

    private final String version;
    private final List<Question> questions;
    private final Map<String, Question> byId;
    private final Map<String, String> gapAdvice;
    private final Map<QuestionType, Double> typeWeights;
    private final Map<String, Pattern> dutyTopics;

    /** The weight of a question type the bank's {@code typeWeights} do not give. */
    public static final double DEFAULT_TYPE_WEIGHT = 1.0;

    QuestionBank(String version, List<Question> questions, Map<String, String> gapAdvice) {
        this(version, questions, gapAdvice, Map.of(), Map.of());
    }

    QuestionBank(String version, List<Question> questions, Map<String, String> gapAdvice,
                 Map<QuestionType, Double> typeWeights, Map<String, Pattern> dutyTopics) {
        this.typeWeights = typeWeights.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(typeWeights));
        this.dutyTopics = Collections.unmodifiableMap(new LinkedHashMap<>(dutyTopics));
        this.version = version;
        this.questions = List.copyOf(questions);
        Map<String, Question> index = new LinkedHashMap<>();
        questions.forEach(q -> index.put(q.id(), q));
        this.byId = Collections.unmodifiableMap(index);
        this.gapAdvice = Collections.unmodifiableMap(new LinkedHashMap<>(gapAdvice));
    }

    /** The bank's version, to reproduce a pack. */
    public String version() {
        return version;
    }

    /** Every question, in file order. */
    public List<Question> questions() {
        return questions;
    }

    public Optional<Question> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The questions that suit a role, in file order. */
    public List<Question> forRole(String roleId) {
        return questions.stream().filter(q -> q.suits(roleId)).toList();
    }

    /**
     * Where people usually find adjacent experience for a competency they have not practised directly,
     * or empty when the bank gives no advice for it.
     */
    public Optional<String> gapAdvice(String competencyId) {
        return Optional.ofNullable(gapAdvice.get(competencyId));
    }

    /**
     * How much more often a pack's core questions are of this type (the bank's {@code typeWeights}: behavioural
     * 3, situational 2, knowledge 1.2), {@link #DEFAULT_TYPE_WEIGHT} for a type the bank gives no weight.
     */
    public double typeWeight(QuestionType type) {
        return typeWeights.getOrDefault(type, DEFAULT_TYPE_WEIGHT);
    }

    /**
     * The words that point a CV line or an advert's duty at a competency when no skills-model term does, by
     * competency id in file order (the bank's {@code dutyTopics}): the first that matches the lower-cased text wins.
     */
    public Map<String, Pattern> dutyTopics() {
        return dutyTopics;
    }
}

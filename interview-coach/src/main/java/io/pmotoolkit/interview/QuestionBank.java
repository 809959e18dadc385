package io.pmotoolkit.interview;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The validated interview questions, in file order, and the advice on answering honestly from adjacent
 * experience for each competency. Get one with {@link QuestionBankLoader}. Immutable and thread-safe.
 */
public final class QuestionBank {

    private final String version;
    private final List<Question> questions;
    private final Map<String, Question> byId;
    private final Map<String, String> gapAdvice;

    QuestionBank(String version, List<Question> questions, Map<String, String> gapAdvice) {
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
}

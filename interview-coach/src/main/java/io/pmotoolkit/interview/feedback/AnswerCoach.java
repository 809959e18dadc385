package io.pmotoolkit.interview.feedback;

import io.pmotoolkit.core.match.KeywordMatch;
import io.pmotoolkit.core.match.KeywordMatcher;
import io.pmotoolkit.core.model.Importance;
import io.pmotoolkit.core.model.Keyword;
import io.pmotoolkit.core.model.SkillsModel;
import io.pmotoolkit.core.text.AnalyzedText;
import io.pmotoolkit.core.text.Nlp;
import io.pmotoolkit.core.text.Token;
import io.pmotoolkit.interview.QuestionType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Feedback on a written interview answer: which STAR components it shows, sentence by sentence, whether the
 * result is measured, "I" and "we", fillers, length, PMO terms used and missed, next steps and a score.
 *
 * {@snippet :
 * AnswerCoach coach = new AnswerCoach(SkillsModelLoader.builtIn());
 * AnswerFeedback f = coach.assess("When I joined the PMO, ...", AnswerContext.none());
 * f.components().result().status();   // MISSING
 * f.suggestions().get(0);              // "Your answer has no result: ..."
 * }
 *
 * <p>Build one per skills model and share it: immutable and thread-safe (the keyword matcher is compiled once;
 * {@link Nlp} keeps its taggers per thread). Deterministic: no network, no randomness.
 */
public final class AnswerCoach {

    /** Words a minute used for the speaking-time estimate (people speak 130 to 160 in interviews). */
    public static final int WORDS_PER_MINUTE = 145;
    /** The most missed terms reported. */
    public static final int MAX_MISSED = 6;
    /** Under this many seconds an answer is short; over {@link #LONG_SECONDS} long. */
    public static final int SHORT_SECONDS = 60;
    public static final int LONG_SECONDS = 180;
    /** The most-used words reported. */
    public static final int MOST_USED = 5;
    /** A word is said too often from this many uses, and when more than one word in this many is it. */
    static final int REPEATED_MIN = 5;
    static final int REPEATED_EVERY = 25;

    private final SkillsModel model;
    private final KeywordMatcher matcher;
    private final StarLabeller labeller = new StarLabeller();

    private final TopicIndex topics;

    /** A coach without a question bank: relevance is read from the question's own words and terms only. */
    public AnswerCoach(SkillsModel model) {
        this.model = Objects.requireNonNull(model, "model");
        this.matcher = KeywordMatcher.of(model);
        this.topics = null;
    }

    /**
     * A coach that also compares an answer with every question of {@code bank}, to tell an answer that fits its
     * question from one that fits another better (see {@link Relevance}).
     */
    public AnswerCoach(SkillsModel model, io.pmotoolkit.interview.QuestionBank bank) {
        this.model = Objects.requireNonNull(model, "model");
        this.matcher = KeywordMatcher.of(model);
        this.topics = new TopicIndex(Objects.requireNonNull(bank, "bank"));
    }

    /**
     * Feedback on an answer.
     *
     * @param answer  the answer as written or transcribed; must have at least one word
     * @param context the question and role it answers ({@link AnswerContext#none()} when unknown)
     * @throws IllegalArgumentException when the answer has no words
     */
    public AnswerFeedback assess(String answer, AnswerContext context) {
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(context, "context");
        String text = answer.replace('\u2019', '\'').strip();
        Nlp nlp = Nlp.get();
        List<String> raw = new ArrayList<>();
        List<Boolean> resultClause = new ArrayList<>();
        for (String paragraph : text.split("\\n\\s*\\n")) {
            for (String sentence : nlp.sentences(paragraph.replaceAll("\\s+", " "))) {
                List<String> clauses = clauses(sentence);
                for (int k = 0; k < clauses.size(); k++) {
                    raw.add(clauses.get(k));
                    resultClause.add(k > 0);
                }
            }
        }
        List<AnalyzedText> analysed = raw.stream().map(nlp::analyze).toList();
        int words = 0;
        int i = 0;
        int we = 0;
        for (AnalyzedText t : analysed) {
            for (Token tok : t.tokens()) {
                if (tok.text().chars().anyMatch(Character::isLetterOrDigit) && !tok.text().startsWith("'")) {
                    words++;
                }
                if (tok.text().equals("I")) {
                    i++;
                } else if (tok.text().toLowerCase(Locale.ROOT).equals("we")) {
                    we++;
                }
            }
        }
        if (words == 0) {
            throw new IllegalArgumentException("the answer has no words");
        }
        List<LabelledSentence> sentences = new ArrayList<>();
        for (int k = 0; k < analysed.size(); k++) {
            sentences.add(labeller.label(analysed.get(k), k, analysed.size(), resultClause.get(k)));
        }
        Components components = components(sentences, analysed);
        boolean quantified = sentences.stream().anyMatch(s -> s.has(Part.RESULT) && !s.metrics().isEmpty());
        Map<String, Integer> fillers = Fillers.count(text);
        int seconds = Math.round(words * 60f / WORDS_PER_MINUTE);
        String length = seconds < SHORT_SECONDS ? "short" : seconds > LONG_SECONDS ? "long" : "ok";
        List<String> used = termsUsed(text);
        List<String> expected = expectedTerms(context);
        List<String> missed = expected.stream().filter(t -> !used.contains(t)).limit(MAX_MISSED).toList();
        Pronouns pronouns = new Pronouns(i, we);
        int fillerTotal = fillers.values().stream().mapToInt(Integer::intValue).sum();
        List<String> answerWords = KeyPhrases.words(text);
        List<String> answerKeys = answerWords.stream().map(io.pmotoolkit.core.text.WordKeys::key).toList();
        List<WordCount> mostUsed = mostUsed(answerWords, answerKeys);
        List<String> repeated = repeated(mostUsed, words, context.questionText());
        QuestionType type = context.type();
        FeedbackVocabulary.RubricDef def = FeedbackVocabulary.BUILT.rubric(type);
        Rubric rubric;
        List<ScorePart> parts;
        List<String> suggestions;
        List<ConceptCheck> concepts = RubricReader.concepts(context.concepts(), answerWords, answerKeys,
                context.questionText());
        List<String> wrong = RubricReader.misconceptions(context.misconceptions(), answerWords, answerKeys);
        int competencyUsed = context.competency() == null ? 0 : (int) used.stream()
                .filter(t -> model.findKeyword(t).map(k -> k.competency().equals(context.competency())).orElse(false))
                .count();
        Set<String> keySet = Set.copyOf(answerKeys);
        int rank = topics == null || context.questionId() == null ? 0 : topics.rank(context.questionId(), keySet);
        List<String> expectedUsed = used.stream().filter(expected::contains).toList();
        Relevance relevance;
        if (def.criteria().isEmpty()) {
            rubric = RubricReader.star(components);
            parts = FeedbackScore.parts(components, quantified, concreteResult(components), seconds, words,
                    fillerTotal, used, expected);
            int situationWords = situationShare(sentences);
            suggestions = new ArrayList<>(Suggestions.of(components, quantified, seconds, fillers, missed, type,
                    situationWords * 100 / words, sentences.size(), repeated));
            relevance = Relevance.assess(context.questionText(), type, keySet, expectedUsed, competencyUsed, 0, rank);
            if (type == QuestionType.BEHAVIOURAL && components.situation().status() == Status.MISSING
                    && components.action().status() == Status.MISSING
                    && components.result().status() == Status.MISSING) {
                relevance = relevance.withoutStory();
            }
        } else {
            int covered = (int) concepts.stream().filter(ConceptCheck::covered).count();
            if (type != QuestionType.MOTIVATION) {
                relevance = Relevance.assess(context.questionText(), type, keySet, expectedUsed, competencyUsed,
                        covered, rank);
                if (Relevance.OFF_TOPIC.equals(relevance.level())) {
                    // Ideas found in an answer to another question are coincidences ("stop", "board"): not credited.
                    concepts = concepts.stream().map(c -> new ConceptCheck(c.name(), false, null)).toList();
                }
                rubric = RubricReader.read(type, sentences, concepts, wrong, context.questionText());
            } else {
                rubric = RubricReader.read(type, sentences, concepts, wrong, context.questionText());
                int ideas = (int) rubric.criteria().stream().filter(c -> !c.id().equals("evidence")
                        && c.status() != Status.MISSING).count();
                relevance = Relevance.assess(context.questionText(), type, keySet, expectedUsed, competencyUsed,
                        ideas, rank);
            }
            parts = FeedbackScore.rubricParts(def, rubric, concepts, !wrong.isEmpty(), seconds, words, fillerTotal,
                    used, expected);
            suggestions = new ArrayList<>(Suggestions.ofRubric(def, rubric, seconds, fillers, repeated, missed));
        }
        int sum = parts.stream().mapToInt(ScorePart::points).sum();
        int score = relevance.scoreCap() == null ? sum : Math.min(sum, relevance.scoreCap());
        String step = relevance.suggestion();
        if (step != null) {
            suggestions.add(0, step);
            if (suggestions.size() > Suggestions.MAX) {
                suggestions.remove(suggestions.size() - 1);
            }
        }
        return new AnswerFeedback(AnswerFeedback.SCHEMA_VERSION, components, quantified, pronouns, fillers, words,
                seconds, used, missed, score, suggestions, context.questionText(), context.questionId(), parts, length,
                List.of(Math.round(words * 60f / 160), Math.round(words * 60f / 130)),
                pronounNote(pronouns, components, type), sentences, type == null ? null : type.id(), rubric, relevance,
                concepts, wrong, mostUsed, repeated, AnswerFeedback.verdictOf(score, def.fairFrom()));
    }

    /**
     * A result-clause opener, or ", and" opening a clause about someone or something else that uses the vocabulary's
     * outcome language within a few words ("..., and her papers started getting decisions at the first meeting"):
     * the action and its outcome in one sentence.
     */
    private static final java.util.regex.Pattern RESULT_OR_OUTCOME_CLAUSE = java.util.regex.Pattern.compile(
            FeedbackVocabulary.BUILT.resultClause.pattern() + "|(?<=,\\s{0,3})and (?!(?:I|we|then)\\b)(?=[^.;,]{0,40}?"
                    + FeedbackVocabulary.BUILT.outcomeLanguage.pattern() + ")",
            FeedbackVocabulary.BUILT.resultClause.flags());

    /**
     * A sentence cut before each result-clause opener ("..., so that the board could see", "..., which meant")
     * that follows a comma, a semicolon or "and", when both sides keep three words or more.
     */
    static List<String> clauses(String sentence) {
        List<String> out = new ArrayList<>();
        Matcher m = RESULT_OR_OUTCOME_CLAUSE.matcher(sentence);
        int from = 0;
        while (m.find()) {
            String before = sentence.substring(from, m.start());
            String after = sentence.substring(m.start());
            boolean joined = before.matches("(?s).*(?:[,;:]|\\band|—|–)\\s*$");
            // ", and the board stopped..." after a clause that is already a result ("As a result, ...") is the same
            // result going on, not an action's outcome: left whole.
            boolean outcomeAnd = m.group().regionMatches(true, 0, "and ", 0, 4);
            if (outcomeAnd && (FeedbackVocabulary.BUILT.resultClause.matcher(before).find()
                    || FeedbackVocabulary.BUILT.outcomeLanguage.matcher(before).find())) {
                continue;
            }
            if (joined && before.strip().split("\\s+").length >= 3 && after.strip().split("\\s+").length >= 3) {
                out.add(before.strip());
                from = m.start();
            }
        }
        out.add(sentence.substring(from).strip());
        return out;
    }

    /** Content words used twice or more, most first (ties in order of first use), at most {@link #MOST_USED}. */
    private static List<WordCount> mostUsed(List<String> words, List<String> keys) {
        Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        Map<String, String> firstForm = new java.util.HashMap<>();
        Set<String> stop = FeedbackVocabulary.BUILT.stopWords;
        for (int k = 0; k < words.size(); k++) {
            String w = words.get(k);
            if (w.length() < 3 || stop.contains(w) || w.chars().anyMatch(Character::isDigit)) {
                continue;
            }
            counts.merge(keys.get(k), 1, Integer::sum);
            firstForm.putIfAbsent(keys.get(k), w);
        }
        return counts.entrySet().stream().filter(e -> e.getValue() >= 2)
                .sorted((a, b) -> b.getValue() - a.getValue())
                .limit(MOST_USED).map(e -> new WordCount(firstForm.get(e.getKey()), e.getValue())).toList();
    }

    /**
     * Words a listener notices: used {@value #REPEATED_MIN} times or more and in more than one word in
     * {@value #REPEATED_EVERY}, not counting the question's own words.
     */
    private static List<String> repeated(List<WordCount> mostUsed, int words, String question) {
        Set<String> topic = question == null ? Set.of() : Set.copyOf(KeyPhrases.keys(question));
        return mostUsed.stream().filter(w -> w.count() >= REPEATED_MIN && w.count() * REPEATED_EVERY > words)
                .filter(w -> !topic.contains(io.pmotoolkit.core.text.WordKeys.key(w.word()))).map(WordCount::word)
                .toList();
    }

    private Components components(List<LabelledSentence> sentences, List<AnalyzedText> analysed) {
        Map<Part, List<String>> evidence = new EnumMap<>(Part.class);
        for (Part p : Part.values()) {
            evidence.put(p, new ArrayList<>());
        }
        boolean actionWithI = false;
        boolean resultWithOutcome = false;
        for (int k = 0; k < sentences.size(); k++) {
            LabelledSentence s = sentences.get(k);
            for (Part p : s.parts()) {
                evidence.get(p).add(s.text());
            }
            if (s.has(Part.ACTION) && mentionsI(analysed.get(k))) {
                actionWithI = true;
            }
            if (s.has(Part.RESULT) && (!s.metrics().isEmpty() || StarLabeller.OUTCOME.matcher(s.text()).find())) {
                resultWithOutcome = true;
            }
        }
        // One part a sentence: a story that opens on its scene and its brief (or first action) in one sentence shows
        // its situation all the same.
        if (evidence.get(Part.SITUATION).isEmpty() && sentences.size() > 1 && !sentences.get(0).parts().isEmpty()
                && labeller.setsScene(analysed.get(0))) {
            evidence.get(Part.SITUATION).add(sentences.get(0).text());
        }
        // The other way round: a sentence that carries the scene and states the brief as well ("In my last role I was
        // asked to look at why projects were late") shows the task too.
        if (evidence.get(Part.TASK).isEmpty()) {
            for (int k = 0; k < sentences.size(); k++) {
                if (sentences.get(k).has(Part.SITUATION) && labeller.statesBrief(analysed.get(k))) {
                    evidence.get(Part.TASK).add(sentences.get(k).text());
                    break;
                }
            }
        }
        Component situation = present(evidence.get(Part.SITUATION),
                "No sentence sets the scene: where you were, when, and what was wrong or at stake.");
        Component task = present(evidence.get(Part.TASK),
                "No sentence says what your own job was: what you were asked, or decided, to do.");
        Component action;
        if (evidence.get(Part.ACTION).isEmpty()) {
            action = new Component(Status.MISSING, List.of(), "No sentence says what you did.");
        } else if (!actionWithI) {
            action = new Component(Status.WEAK, evidence.get(Part.ACTION),
                    "Every action is told as \"we\" or without a subject, so your own part is not visible.");
        } else {
            action = new Component(Status.PRESENT, evidence.get(Part.ACTION), null);
        }
        Component result;
        if (evidence.get(Part.RESULT).isEmpty()) {
            result = new Component(Status.MISSING, List.of(), "No sentence says what changed because of what you did.");
        } else if (!resultWithOutcome) {
            result = new Component(Status.WEAK, evidence.get(Part.RESULT),
                    "The result names no measurable outcome (time, money, errors, adoption) and no number.");
        } else {
            result = new Component(Status.PRESENT, evidence.get(Part.RESULT), null);
        }
        return new Components(situation, task, action, result);
    }

    /** Whether the result is concrete without a number: present, with outcome language ("could now use"). */
    private static boolean concreteResult(Components c) {
        return c.result().status() == Status.PRESENT;
    }

    private static Component present(List<String> evidence, String missingNote) {
        return evidence.isEmpty() ? new Component(Status.MISSING, List.of(), missingNote)
                : new Component(Status.PRESENT, evidence, null);
    }

    private static boolean mentionsI(AnalyzedText t) {
        return t.tokens().stream().anyMatch(tok -> tok.text().equals("I"));
    }

    /** Words in sentences whose first part is the situation. */
    private static int situationShare(List<LabelledSentence> sentences) {
        int n = 0;
        for (LabelledSentence s : sentences) {
            if (!s.parts().isEmpty() && s.parts().get(0) == Part.SITUATION) {
                n += s.text().split("\\s+").length;
            }
        }
        return n;
    }

    private List<String> termsUsed(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (KeywordMatch m : matcher.find(text)) {
            out.add(m.keyword().term());
        }
        return List.copyOf(out);
    }

    /**
     * The terms the question expects, most important first: the question's own keywords, then the competency's
     * terms that are essential for the role (with a role), or the competency's terms by how many roles hold them
     * essential (without one).
     */
    List<String> expectedTerms(AnswerContext context) {
        Set<String> out = new LinkedHashSet<>();
        for (String k : context.keywords()) {
            if (model.findKeyword(k).isPresent()) {
                out.add(k);
            }
        }
        if (context.competency() == null) {
            return List.copyOf(out);
        }
        // Traits ("Attention to detail") are judged from the story; only a question that names one expects it.
        List<Keyword> ofCompetency = model.keywords().stream()
                .filter(k -> k.competency().equals(context.competency()))
                .filter(k -> !FeedbackVocabulary.BUILT.traitTerms.contains(k.term().toLowerCase(Locale.ROOT)))
                .toList();
        if (context.role() != null) {
            String role = context.role().id();
            ofCompetency.stream().filter(k -> k.importanceFor(role).orElse(null) == Importance.ESSENTIAL)
                    .forEach(k -> out.add(k.term()));
        } else {
            ofCompetency.stream()
                    .filter(k -> essentialFor(k) > 0)
                    .sorted(Comparator.comparingLong(AnswerCoach::essentialFor).reversed())
                    .forEach(k -> out.add(k.term()));
        }
        return List.copyOf(out);
    }

    private static long essentialFor(Keyword k) {
        return k.importance().values().stream().filter(i -> i == Importance.ESSENTIAL).count();
    }

    private static String pronounNote(Pronouns p, Components c, QuestionType type) {
        if (p.i() == 0 && p.we() == 0 && (type == QuestionType.KNOWLEDGE || type == QuestionType.SITUATIONAL)) {
            return "Neither \"I\" nor \"we\": fine for explaining, but one example of your own (\"In my last role "
                    + "I...\") shows the panel you have done it.";
        }
        if (p.i() == 0 && p.we() == 0) {
            return "Neither \"I\" nor \"we\": say who did what, so the panel can tell your part.";
        }
        if (p.i() == 0) {
            return "Only \"we\": the panel cannot tell what you did yourself. Keep \"we\" for the team's work and "
                    + "say \"I\" for your own decisions and actions.";
        }
        if (p.we() == 0) {
            return "Only \"I\": your own part is clear. If others helped, one \"we\" for the team's share shows you "
                    + "work with people.";
        }
        if (p.we() > 2 * p.i()) {
            return "\"We\" " + times(p.we()) + ", \"I\" " + times(p.i()) + ": \"we\" is fine for the team's work, "
                    + "but make sure each step you took yourself is said with \"I\".";
        }
        return "\"I\" " + times(p.i()) + ", \"we\" " + times(p.we()) + ": your own part stands out and the team "
                + "is credited.";
    }

    private static String times(int n) {
        return n == 1 ? "once" : n == 2 ? "twice" : n + " times";
    }
}

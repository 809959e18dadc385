package io.pmotoolkit.interview.feedback;

import io.pmotoolkit.core.match.KeywordMatch;
import io.pmotoolkit.core.match.KeywordMatcher;
import io.pmotoolkit.core.model.Importance;
import io.pmotoolkit.core.model.Keyword;
import io.pmotoolkit.core.model.SkillsModel;
import io.pmotoolkit.core.text.AnalyzedText;
import io.pmotoolkit.core.text.Nlp;
import io.pmotoolkit.core.text.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

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

    private final SkillsModel model;
    private final KeywordMatcher matcher;
    private final StarLabeller labeller = new StarLabeller();

    public AnswerCoach(SkillsModel model) {
        this.model = Objects.requireNonNull(model, "model");
        this.matcher = KeywordMatcher.of(model);
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
        for (String paragraph : text.split("\\n\\s*\\n")) {
            raw.addAll(nlp.sentences(paragraph.replaceAll("\\s+", " ")));
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
            sentences.add(labeller.label(analysed.get(k), k, analysed.size()));
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
        List<ScorePart> parts = FeedbackScore.parts(components, quantified, seconds, words, fillerTotal, used,
                expected);
        int score = parts.stream().mapToInt(ScorePart::points).sum();
        int situationWords = situationShare(sentences);
        List<String> suggestions = new ArrayList<>(Suggestions.of(components, quantified, seconds, fillers, missed,
                context.type(), situationWords * 100 / words, sentences.size()));
        String offTopic = Relevance.warning(context.questionText(), text, used, expected);
        if (offTopic != null) {
            suggestions.add(0, offTopic);
            if (suggestions.size() > Suggestions.MAX) {
                suggestions.remove(suggestions.size() - 1);
            }
        }
        return new AnswerFeedback(AnswerFeedback.SCHEMA_VERSION, components, quantified, pronouns, fillers, words,
                seconds, used, missed, score, suggestions, context.questionText(), context.questionId(), parts, length,
                List.of(Math.round(words * 60f / 160), Math.round(words * 60f / 130)), pronounNote(pronouns, components),
                sentences);
    }

    private static Components components(List<LabelledSentence> sentences, List<AnalyzedText> analysed) {
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
        List<Keyword> ofCompetency = model.keywords().stream()
                .filter(k -> k.competency().equals(context.competency())).toList();
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

    private static String pronounNote(Pronouns p, Components c) {
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

package io.pmotoolkit.interview.feedback;

import io.pmotoolkit.core.text.ActionVerbs;
import io.pmotoolkit.core.text.AnalyzedText;
import io.pmotoolkit.core.text.MetricExtractor;
import io.pmotoolkit.core.text.OutcomeWords;
import io.pmotoolkit.core.text.Token;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells which STAR parts one sentence of an answer carries, from cues: phrases people use to set a scene, state
 * their brief, describe what they did and say what came of it, the tense and subject of the verbs, and metrics.
 *
 * <p>Each part gets points from its cues (in {@code feedback-vocabulary.yaml}); the sentence carries its best
 * part only. A sentence that tells an action and its result ("I built a tracker, which cut reporting from 10
 * days to 4") is split by the caller before the result-clause opener, so each clause carries one part. A
 * sentence without cues carries nothing, except that a first-person sentence with a verb counts as a weak
 * action. Numbers count towards the result only when they describe the outcome (see {@link #outcomeMetrics}).
 *
 * <p>Pitfall: the cues are English and tuned to spoken answers, not to prose in general; a sentence can
 * carry no part at all, and the caller must cope.
 *
 * <p>Thread-safe: stateless.
 */
final class StarLabeller {

    /** Points from which a part counts as carried. */
    private static final int CARRIES = 2;
    /** Points a clause gets towards the result when a result-clause opener ("so that", "which meant") starts it. */
    private static final int RESULT_CLAUSE = 4;

    private static final FeedbackVocabulary V = FeedbackVocabulary.BUILT;

    /** The data file's result cues, then core's outcome verbs and states (3 points each). */
    private static final List<FeedbackVocabulary.Cue> RESULT = results();

    private static List<FeedbackVocabulary.Cue> results() {
        List<FeedbackVocabulary.Cue> out = new ArrayList<>(V.star.get(Part.RESULT));
        out.add(new FeedbackVocabulary.Cue(3, Pattern.compile("(?i)\\b(?:" + OutcomeWords.alternation("answerVerbs")
                + ")\\b")));
        out.add(new FeedbackVocabulary.Cue(3, Pattern.compile("(?i)\\b(?:" + OutcomeWords.alternation("answerStates")
                + ")\\b")));
        out.add(new FeedbackVocabulary.Cue(3, V.outcomeLanguage));
        return List.copyOf(out);
    }

    /** Outcome language that makes a result more than "it went well" (also used for the WEAK check). */
    static final Pattern OUTCOME = Pattern.compile("(?i)\\b(?:" + OutcomeWords.alternation("answerOutcome") + ")|"
            + V.outcomeLanguage.pattern());

    /** Metrics that only a result has: changes, percentages, money, multipliers. */
    private static final Pattern STRONG_METRIC = Pattern.compile("(?i)^from\\s|%|per ?cent|[£$€]|pounds|dollars|euros"
            + "|\\b\\d+x\\b|fold");

    private static final Set<String> NOT_ACTIONS = Set.of("was", "were", "had", "did", "got", "felt", "thought",
            "knew", "wanted", "needed", "seemed", "became", "came", "joined", "worked", "been", "used", "could",
            "would", "should", "might", "must", "learned", "learnt", "realised", "realized", "remember", "think",
            "believe", "believed", "mean", "meant", "guess", "hoped", "liked");

    /** "When I started, ...": a clause that sets the scene, not an action. */
    private static final Set<String> SCENE_OPENERS = Set.of("when", "while", "whilst", "after", "before", "since",
            "until", "once", "as", "if");

    private final MetricExtractor metrics = new MetricExtractor();

    /**
     * The part a sentence (or clause) carries: one primary part, or none.
     *
     * @param analyzed     the sentence, analysed with {@link io.pmotoolkit.core.text.Nlp#analyze}
     * @param position     the sentence's index in the answer
     * @param count        the number of sentences in the answer
     * @param resultClause whether a result-clause opener ("so that", "which meant") starts it
     */
    LabelledSentence label(AnalyzedText analyzed, int position, int count, boolean resultClause) {
        String s = analyzed.text();
        List<String> found = metrics.extract(s);
        if (V.genericYou.matcher(V.bare(s)).find()) {
            // "You avoid jargon", "If you do that, people follow you": advice to anyone, not a time it happened.
            return new LabelledSentence(s, List.of(), found);
        }
        Map<Part, Integer> points = new EnumMap<>(Part.class);
        points.put(Part.SITUATION, score(V.star.get(Part.SITUATION), s) + (pastContinuous(analyzed) ? 2 : 0));
        points.put(Part.TASK, score(V.star.get(Part.TASK), s));
        points.put(Part.ACTION, score(V.star.get(Part.ACTION), s) + (firstPersonAction(analyzed, "i") ? 4 : 0)
                + (firstPersonAction(analyzed, "we") ? 2 : 0));
        int metricPoints = 0;
        for (String m : outcomeMetrics(s, found)) {
            metricPoints = Math.max(metricPoints, STRONG_METRIC.matcher(m).find() ? 3 : 1);
        }
        points.put(Part.RESULT, score(RESULT, s) + metricPoints + (resultClause ? RESULT_CLAUSE : 0));
        // Where a story usually is: scene first, outcome last. Only breaks near-ties.
        if (position == 0) {
            points.merge(Part.SITUATION, 1, Integer::sum);
        }
        if (count > 2 && position == count - 1) {
            points.merge(Part.RESULT, 1, Integer::sum);
        }
        // A brief ("I was asked to reduce...") is not a result, whatever verbs follow.
        if (points.get(Part.TASK) >= 4) {
            points.merge(Part.RESULT, -2, Integer::sum);
        }
        Part best = null;
        for (Part p : Part.values()) {
            if (best == null || points.get(p) > points.get(best)) {
                best = p;
            }
        }
        List<Part> parts = new ArrayList<>();
        if (points.get(best) >= CARRIES) {
            parts.add(best);
        } else if (firstPersonVerb(analyzed)) {
            parts.add(Part.ACTION);
        } else if (position == 0 && count > 1 && tellsThePast(analyzed)) {
            // A story opens with its scene: "A project manager asked me at four o'clock for the full report".
            parts.add(Part.SITUATION);
        }
        // A result's metrics are those that describe the outcome; another part's are all it has.
        return new LabelledSentence(s, parts, parts.contains(Part.RESULT) ? outcomeMetrics(s, found) : found);
    }

    /**
     * Whether the opening sentence of a story sets its scene even though it carries another part: "When our office
     * moved floors, I was the one coordinating it" is the brief, and the scene too. The situation cues of the
     * sentence alone reach what a sentence needs to carry a part.
     */
    boolean setsScene(AnalyzedText analyzed) {
        return score(V.star.get(Part.SITUATION), analyzed.text()) + (pastContinuous(analyzed) ? 2 : 0) >= CARRIES;
    }

    /**
     * Whether a sentence states a brief with a strong task cue ("I was asked to", "my job was"), whatever part it
     * carries: a scene and a brief told in one sentence show both.
     */
    boolean statesBrief(AnalyzedText analyzed) {
        return V.star.get(Part.TASK).stream().anyMatch(c -> c.points() >= 4 && c.pattern().matcher(analyzed.text())
                .find());
    }

    /**
     * The metrics that describe an outcome: all but those the work itself is counted in ("for three months",
     * "went through 60 stale risks"), told by the word before the number.
     */
    static List<String> outcomeMetrics(String sentence, List<String> found) {
        List<String> out = new ArrayList<>();
        String lower = sentence.toLowerCase(Locale.ROOT);
        int from = 0;
        for (String m : found) {
            int at = lower.indexOf(m.toLowerCase(Locale.ROOT), from);
            if (at < 0) {
                at = lower.indexOf(m.toLowerCase(Locale.ROOT));
            }
            if (at >= 0) {
                from = at + m.length();
            }
            if (STRONG_METRIC.matcher(m).find() || at < 0 || !activity(lower.substring(0, at))) {
                out.add(m);
            }
        }
        return out;
    }

    private static boolean activity(String before) {
        String[] words = before.strip().split("[^\\p{L}']+");
        if (words.length == 0) {
            return false;
        }
        String last = words[words.length - 1];
        String two = words.length > 1 ? words[words.length - 2] + " " + last : last;
        // "went through the 60 risks": one determiner may come between.
        if (Set.of("the", "a", "all", "about", "some", "around", "nearly", "almost").contains(last) && words.length > 1) {
            last = words[words.length - 2];
            two = words.length > 2 ? words[words.length - 3] + " " + last : last;
        }
        return V.activityBeforeNumber.contains(last) || V.activityBeforeNumber.contains(two);
    }

    private static int score(List<FeedbackVocabulary.Cue> cues, String s) {
        int total = 0;
        String bare = V.bare(s);
        for (FeedbackVocabulary.Cue c : cues) {
            if (c.pattern().matcher(s).find() || !bare.equals(s) && c.pattern().matcher(bare).find()) {
                total += c.points();
            }
        }
        return total;
    }

    /** "was reporting", "were slipping": the tense that sets a scene. */
    private static boolean pastContinuous(AnalyzedText t) {
        List<Token> tokens = t.tokens();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            String w = lower(tokens.get(i));
            if ((w.equals("was") || w.equals("were")) && endsIng(tokens, i + 1)) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsIng(List<Token> tokens, int i) {
        // "was still reporting": one adverb may come between.
        for (int j = i; j < Math.min(tokens.size(), i + 2); j++) {
            String w = lower(tokens.get(j));
            if (w.endsWith("ing") && w.length() > 4 && tokens.get(j).isVerb()) {
                return true;
            }
        }
        return false;
    }

    /**
     * "I" (or "we") followed, within two words, by a past-tense verb that does something: "I built", "we then
     * agreed"; not "I was", "I had", "I felt".
     */
    static boolean firstPersonAction(AnalyzedText t, String pronoun) {
        List<Token> tokens = t.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            if (!lower(tokens.get(i)).equals(pronoun) || (i > 0 && SCENE_OPENERS.contains(lower(tokens.get(i - 1))))) {
                continue;
            }
            for (int j = i + 1; j < Math.min(tokens.size(), i + 3); j++) {
                Token v = tokens.get(j);
                String w = lower(v);
                if (NOT_ACTIONS.contains(w)) {
                    break;
                }
                if (isPastAction(v) || j == i + 1 && w.length() > 4 && w.endsWith("ed") && !w.endsWith("eed")) {
                    return true;
                }
                if (!"ADV".equals(v.pos())) {
                    break;
                }
            }
        }
        return false;
    }

    private static final Set<String> PERFECT = Set.of("have", "has", "'ve");
    private static final Set<String> PAST_OF_BE_HAVE = Set.of("was", "were", "had");

    /** Whether a verb of the sentence is in the past: the sentence tells something that happened. */
    private static boolean tellsThePast(AnalyzedText t) {
        List<Token> tokens = t.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token tok = tokens.get(i);
            // "I have had to give bad news many times" is a habit, not a scene: the perfect is left out.
            boolean perfect = i > 0 && PERFECT.contains(lower(tokens.get(i - 1)));
            if (tok.isVerb() && !perfect && (isPastAction(tok) || PAST_OF_BE_HAVE.contains(lower(tok)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPastAction(Token v) {
        String w = lower(v);
        if (ActionVerbs.isPastForm(w) || V.pastSameAsPresent.contains(w)) {
            return true;
        }
        return v.isVerb() && !"AUX".equals(v.pos()) && !w.equals(v.lemma()) && (w.endsWith("ed") || !w.endsWith("s"))
                && !w.endsWith("ing");
    }

    /**
     * Any "I" or "we" directly followed by a verb in the past: the weakest sign of an action. A present-tense habit
     * ("I try to be proactive", "I enjoy working in a team") tells no story.
     */
    private static boolean firstPersonVerb(AnalyzedText t) {
        List<Token> tokens = t.tokens();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            String w = lower(tokens.get(i));
            // "we used PRINCE2", "I felt": a state or a habit, not a thing done (the same words firstPersonAction skips).
            if ((w.equals("i") || w.equals("we")) && "VERB".equals(tokens.get(i + 1).pos())
                    && isPastAction(tokens.get(i + 1)) && !NOT_ACTIONS.contains(lower(tokens.get(i + 1)))) {
                return true;
            }
        }
        return false;
    }

    private static String lower(Token t) {
        return t.text().toLowerCase(Locale.ROOT);
    }
}

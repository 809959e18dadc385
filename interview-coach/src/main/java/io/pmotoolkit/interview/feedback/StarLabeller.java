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
 * <p>Each part gets points from its cues; the sentence carries its best part, and also any other part with
 * strong cues ("I built a tracker, which cut reporting from 10 days to 4" is action and result). A sentence
 * without cues carries nothing, except that a first-person sentence with a verb counts as a weak action.
 *
 * <p>Pitfall: the cues are English and tuned to spoken answers, not to prose in general; a sentence can
 * carry no part at all, and the caller must cope.
 *
 * <p>Thread-safe: stateless.
 */
final class StarLabeller {

    /** Points from which a part counts as carried on its own, and as a second part of a sentence. */
    private static final int CARRIES = 2;
    private static final int SECOND = 4;

    private static final List<Cue> SITUATION = List.of(
            cue(3, "\\bwhen I (?:was|worked|joined|started|first|moved)\\b"),
            cue(3, "\\b(?:while|whilst) I was\\b"),
            cue(3, "\\bin my (?:previous|last|first|old|current|former) (?:role|job|position|team|company)\\b"),
            cue(3, "\\b(?:at the time|back then|a (?:few|couple of) years ago|last year|in (?:19|20)\\d\\d)\\b"),
            cue(2, "\\bI (?:was|worked) (?:working )?(?:as|at|in|for|on)\\b"),
            // "When a colleague went on leave, ...": a scene-setting clause opening the sentence.
            cue(2, "^(?:when|while|whilst|after|before|during|in|at|back in|last)\\b[^,]{3,80},"),
            cue(2, "\\b(?:the|our|my) (?:team|project|programme|program|company|organisation|organization|business"
                    + "|pmo|department|client|portfolio|board|office|council|trust) (?:had|was|were|did not|didn't"
                    + "|could not|couldn't|used to)\\b"),
            cue(2, "\\bthere (?:was|were|had been)\\b"),
            cue(2, "\\b(?:problem|problems|challenge|challenges|struggling|struggled|behind schedule|over budget"
                    + "|slipping|backlog|complain\\w*|frustrat\\w*|inconsistent|no (?:one|single|clear|consistent|proper)"
                    + "|lacked|lack of|nobody|out of date|mess|kept (?:being|slipping|missing)|(?:always|often|usually|constantly|regularly) (?:late|wrong|behind|over))\\b"),
            cue(3, "\\bI (?:remember|recall)\\b"),
            cue(1, "\\b(?:every|each) (?:week|month|quarter)\\b"),
            cue(1, "\\b(?:joined|context|background|situation)\\b"));

    private static final List<Cue> TASK = List.of(
            cue(4, "\\bmy (?:job|role|task|responsibility|brief|goal|aim|objective|remit|challenge)\\b[^.;]{0,40}?\\b(?:was|became)\\b"),
            cue(4, "\\bI was (?:asked|tasked|responsible|given|brought in|hired|charged|expected|chosen|put in charge)\\b"),
            cue(4, "\\b(?:it was (?:my|up to me)|I had been asked)\\b"),
            cue(4, "\\bI (?:needed|had|wanted|set out|decided I needed) to\\b"),
            cue(3, "\\bthe (?:goal|aim|objective|target|brief|task) was\\b"),
            cue(1, "\\b(?:needed to|had to|so that we could|in order to)\\b"),
            cue(1, "\\b(?:goal|aim|objective|target|deadline)\\b"));

    private static final List<Cue> ACTION = List.of(
            cue(3, "(?<!\\bwhen )(?<!\\bwhile )(?<!\\bwhilst )\\bI (?:(?:then|first|also|quickly|personally|immediately|next|finally) )?(?:decided|started|began"
                    + "|made sure|went|set up|sat down|spoke|talked|met|called|asked|proposed|suggested|persuaded"
                    + "|convinced|agreed|worked with|reached out|took|chose|arranged|created|built|wrote)\\b"),
            cue(3, "\\b(?:so|then|first|next|after that|to (?:start|begin) with),? I\\b"),
            cue(2, "\\bI (?:would|will|'d|'ll)\\b"));

    private static final List<Cue> RESULT = List.of(
            cue(4, "\\b(?:as a result|the result was|the outcome was|which meant|this meant|that meant|the upshot"
                    + "|consequently|since then|from then on|ever since)\\b"),
            cue(2, "\\b(?:in the end|by the end|eventually|afterwards)\\b"),
            cue(3, "\\b(?:" + OutcomeWords.alternation("answerVerbs") + ")\\b"),
            cue(3, "\\b(?:" + OutcomeWords.alternation("answerStates") + ")\\b"),
            cue(3, "\\b(?:I|we) (?:learned|learnt|realised|realized)\\b|\\blessons? (?:I|we)\\b|\\bwhat I (?:learned|learnt|would do differently)\\b"),
            cue(2, "\\bso that\\b(?! (?:was|is|were|'s)\\b)"),
            cue(1, "\\b(?:result|outcome|impact|benefit|success|successful|successfully|faster|fewer|less|more accurate"
                    + "|better|lower|higher)\\b"));

    /** Outcome language that makes a result more than "it went well" (also used for the WEAK check). */
    static final Pattern OUTCOME = Pattern.compile("(?i)\\b(?:" + OutcomeWords.alternation("answerOutcome") + ")");

    /** Metrics that only a result has: changes, percentages, money, multipliers. */
    private static final Pattern STRONG_METRIC = Pattern.compile("(?i)^from\\s|%|per ?cent|[£$€]|\\b\\d+x\\b|fold");

    private static final Set<String> NOT_ACTIONS = Set.of("was", "were", "had", "did", "got", "felt", "thought",
            "knew", "wanted", "needed", "seemed", "became", "came", "joined", "worked", "been", "used", "could",
            "would", "should", "might", "must", "learned", "learnt", "realised", "realized", "remember", "think",
            "believe", "believed", "mean", "meant", "guess", "hoped", "liked");

    /** "When I started, ...": a clause that sets the scene, not an action. */
    private static final Set<String> SCENE_OPENERS = Set.of("when", "while", "whilst", "after", "before", "since",
            "until", "once", "as", "if");

    private final MetricExtractor metrics = new MetricExtractor();

    private record Cue(int points, Pattern pattern) {
    }

    private static Cue cue(int points, String regex) {
        return new Cue(points, Pattern.compile("(?i)" + regex));
    }

    /**
     * The parts a sentence carries.
     *
     * @param analyzed the sentence, analysed with {@link io.pmotoolkit.core.text.Nlp#analyze}
     * @param position the sentence's index in the answer
     * @param count    the number of sentences in the answer
     */
    LabelledSentence label(AnalyzedText analyzed, int position, int count) {
        String s = analyzed.text();
        List<String> found = metrics.extract(s);
        Map<Part, Integer> points = new EnumMap<>(Part.class);
        points.put(Part.SITUATION, score(SITUATION, s) + (pastContinuous(analyzed) ? 2 : 0));
        points.put(Part.TASK, score(TASK, s));
        points.put(Part.ACTION, score(ACTION, s) + (firstPersonAction(analyzed, "i") ? 4 : 0)
                + (firstPersonAction(analyzed, "we") ? 2 : 0));
        int metricPoints = 0;
        for (String m : found) {
            metricPoints = Math.max(metricPoints, STRONG_METRIC.matcher(m).find() ? 3 : 1);
        }
        points.put(Part.RESULT, score(RESULT, s) + metricPoints);
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
        List<Part> order = new ArrayList<>(List.of(Part.values()));
        order.sort((a, b) -> points.get(b) - points.get(a));
        List<Part> parts = new ArrayList<>();
        Part best = order.get(0);
        if (points.get(best) >= CARRIES) {
            parts.add(best);
            for (Part p : order.subList(1, order.size())) {
                if (points.get(p) >= SECOND) {
                    parts.add(p);
                }
            }
        } else if (firstPersonVerb(analyzed)) {
            parts.add(Part.ACTION);
        }
        return new LabelledSentence(s, parts, found);
    }

    private static int score(List<Cue> cues, String s) {
        int total = 0;
        for (Cue c : cues) {
            if (c.pattern().matcher(s).find()) {
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
                if (isPastAction(v)) {
                    return true;
                }
                if (!"ADV".equals(v.pos())) {
                    break;
                }
            }
        }
        return false;
    }

    private static boolean isPastAction(Token v) {
        String w = lower(v);
        if (ActionVerbs.isPastForm(w)) {
            return true;
        }
        return v.isVerb() && !"AUX".equals(v.pos()) && !w.equals(v.lemma()) && (w.endsWith("ed") || !w.endsWith("s"))
                && !w.endsWith("ing");
    }

    /** Any "I" or "we" directly followed by a verb: the weakest sign of an action. */
    private static boolean firstPersonVerb(AnalyzedText t) {
        List<Token> tokens = t.tokens();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            String w = lower(tokens.get(i));
            if ((w.equals("i") || w.equals("we")) && "VERB".equals(tokens.get(i + 1).pos())) {
                return true;
            }
        }
        return false;
    }

    private static String lower(Token t) {
        return t.text().toLowerCase(Locale.ROOT);
    }
}

package io.pmotoolkit.interview.feedback;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.pmotoolkit.core.text.WordPattern;
import io.pmotoolkit.interview.QuestionType;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The answer-feedback vocabulary of {@code feedback-vocabulary.yaml} beside this class: fillers, STAR cues,
 * result-clause openers, outcome language, the rubric of each question type, the words relevance and the
 * most-used words leave out, and the trait terms never "expected". Loaded once; a broken file fails at class
 * load with a message naming the list and the entry.
 *
 * <p>Thread-safe: immutable after loading.
 */
final class FeedbackVocabulary {

    static final String BUILT_IN = "feedback-vocabulary.yaml";

    /** The built-in vocabulary. */
    static final FeedbackVocabulary BUILT = load();

    /** A cue: points towards a part when the pattern matches. */
    record Cue(int points, Pattern pattern) {
    }

    /** A filler: its id as reported and where it counts. */
    record Filler(String id, Pattern pattern) {
    }

    /**
     * One criterion of a rubric.
     *
     * @param alsoFrom STAR parts whose sentences count for it
     */
    record CriterionDef(String id, String name, int points, String missing, List<Pattern> cues, List<Part> alsoFrom) {
    }

    /** A question type's rubric: criteria and the points of terms; the STAR rubric has no criteria here. */
    record RubricDef(String id, String name, int termPoints, int minSeconds, int maxSeconds, int fairFrom,
                     List<CriterionDef> criteria) {
    }

    final List<Filler> fillers;
    final Map<Part, List<Cue>> star;
    final Pattern resultClause;
    /** Words a spoken sentence opens with before it says anything ("So, um, we had..."): see {@link #bare}. */
    final Pattern openers;
    final Pattern outcomeLanguage;
    final Set<String> activityBeforeNumber;
    final Map<QuestionType, RubricDef> rubrics;
    final Set<String> questionWords;
    final Set<String> stopWords;
    /** Words that say nothing about any subject ("important", "properly"): not substance (see Relevance). */
    final Set<String> vagueWords;
    /** The keys of the stop, question and vague words: what is not substance in an answer. */
    final Set<String> stopKeys;
    final Set<String> traitTerms;
    /** Topic word key → the keys of the words that show it. */
    final Map<String, Set<String>> relatedWords;
    /** Verbs whose past is spelt like their present ("I split", "I cut"): after "I" or "we" they tell an action. */
    final Set<String> pastSameAsPresent;
    /** A sentence opening with the generic "you" ("You avoid jargon", "If you do that, ..."): advice to anyone. */
    final Pattern genericYou;

    private record FileShape(List<FillerEntry> fillers, List<String> resultClauses, List<String> outcomeLanguage,
                             List<String> activityBeforeNumber, List<String> openers, Map<String, List<CueEntry>> star,
                             Map<String, RubricEntry> rubrics, List<String> questionWords, List<String> stopWords,
                             List<String> vagueWords, List<String> traitTerms, Map<String, List<String>> relatedWords,
                             List<String> pastSameAsPresent, String genericYou) {
    }

    private record FillerEntry(String id, String phrase, String pattern) {
    }

    private record CueEntry(int points, String pattern) {
    }

    private record RubricEntry(String id, String name, Integer termPoints, List<Integer> lengthSeconds,
                               Integer fairFrom, List<CriterionEntry> criteria) {
    }

    private record CriterionEntry(String id, String name, int points, String missing, List<String> cues,
                                  List<String> alsoFrom) {
    }

    private FeedbackVocabulary(FileShape f) {
        List<Filler> fl = new ArrayList<>();
        for (FillerEntry e : f.fillers()) {
            String regex = e.pattern() != null ? e.pattern() : "\\b" + Pattern.quote(e.phrase()) + "\\b";
            fl.add(new Filler(e.id(), compile("fillers/" + e.id(), regex)));
        }
        this.fillers = List.copyOf(fl);
        Map<Part, List<Cue>> cues = new EnumMap<>(Part.class);
        for (Part p : Part.values()) {
            List<CueEntry> entries = f.star().get(p.id());
            if (entries == null || entries.isEmpty()) {
                throw new IllegalStateException(BUILT_IN + ": star has no cues for " + p.id());
            }
            cues.put(p, entries.stream().map(c -> new Cue(c.points(), compile("star/" + p.id(), c.pattern())))
                    .toList());
        }
        this.star = cues;
        this.resultClause = WordPattern.whole(f.resultClauses(), true, true);
        this.openers = compile("openers", "^(?:(?:" + String.join("|", f.openers().stream().map(Pattern::quote)
                .toList()) + ")\\b[\\s,.;:!?-]*)+");
        this.outcomeLanguage = compile("outcomeLanguage", "\\b(?:" + String.join("|", f.outcomeLanguage()) + ")");
        this.activityBeforeNumber = lower(f.activityBeforeNumber());
        Map<QuestionType, RubricDef> rub = new EnumMap<>(QuestionType.class);
        for (QuestionType t : QuestionType.values()) {
            RubricEntry r = f.rubrics().get(t.id());
            if (r == null) {
                throw new IllegalStateException(BUILT_IN + ": no rubric for question type " + t.id());
            }
            List<CriterionDef> criteria = new ArrayList<>();
            if (r.criteria() != null) {
                for (CriterionEntry c : r.criteria()) {
                    List<Pattern> ps = c.cues() == null ? List.of() : c.cues().stream()
                            .map(x -> compile("rubrics/" + t.id() + "/" + c.id(), x)).toList();
                    List<Part> also = c.alsoFrom() == null ? List.of() : c.alsoFrom().stream()
                            .map(x -> Part.valueOf(x.toUpperCase(Locale.ROOT))).toList();
                    criteria.add(new CriterionDef(c.id(), c.name(), c.points(), c.missing(), ps, also));
                }
            }
            List<Integer> len = r.lengthSeconds() == null ? List.of(AnswerCoach.SHORT_SECONDS, AnswerCoach.LONG_SECONDS)
                    : r.lengthSeconds();
            rub.put(t, new RubricDef(r.id(), r.name(), r.termPoints() == null ? 0 : r.termPoints(), len.get(0),
                    len.get(1), r.fairFrom() == null ? AnswerFeedback.FAIR : r.fairFrom(), List.copyOf(criteria)));
        }
        this.rubrics = rub;
        this.questionWords = lower(f.questionWords());
        this.stopWords = lower(f.stopWords());
        this.vagueWords = lower(f.vagueWords());
        Set<String> sk = new java.util.HashSet<>();
        for (Set<String> words : List.of(stopWords, questionWords, vagueWords)) {
            words.forEach(w -> sk.add(io.pmotoolkit.core.text.WordKeys.key(w)));
        }
        this.stopKeys = Set.copyOf(sk);
        this.traitTerms = lower(f.traitTerms());
        Map<String, Set<String>> related = new LinkedHashMap<>();
        if (f.relatedWords() != null) {
            f.relatedWords().forEach((w, list) -> related.put(io.pmotoolkit.core.text.WordKeys.key(w.strip()
                    .toLowerCase(Locale.ROOT)), Set.copyOf(list.stream().map(x -> io.pmotoolkit.core.text.WordKeys
                    .key(x.strip().toLowerCase(Locale.ROOT))).toList())));
        }
        this.relatedWords = Map.copyOf(related);
        this.pastSameAsPresent = lower(f.pastSameAsPresent());
        if (f.genericYou() == null) {
            throw new IllegalStateException(BUILT_IN + ": genericYou is missing");
        }
        this.genericYou = compile("genericYou", f.genericYou());
    }

    private static Set<String> lower(List<String> words) {
        Set<String> out = new LinkedHashSet<>();
        if (words != null) {
            words.forEach(w -> out.add(w.strip().toLowerCase(Locale.ROOT)));
        }
        return Set.copyOf(out);
    }

    private static Pattern compile(String where, String regex) {
        try {
            return Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
        } catch (PatternSyntaxException e) {
            throw new IllegalStateException(BUILT_IN + ": " + where + ": bad pattern: " + e.getDescription(), e);
        }
    }

    /**
     * A sentence without the words a spoken sentence opens with ("So basically, yeah, we had two projects" → "we
     * had two projects"), so that cues written for the start of a sentence still find it.
     */
    String bare(String sentence) {
        return openers.matcher(sentence).replaceFirst("");
    }

    /** The rubric of a question type; behavioural when the type is unknown (an answer without a question). */
    RubricDef rubric(QuestionType type) {
        return rubrics.get(type == null ? QuestionType.BEHAVIOURAL : type);
    }

    private static FeedbackVocabulary load() {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        try (InputStream in = FeedbackVocabulary.class.getResourceAsStream(BUILT_IN)) {
            if (in == null) {
                throw new IllegalStateException(BUILT_IN + " is missing from the jar");
            }
            return new FeedbackVocabulary(yaml.readValue(in, FileShape.class));
        } catch (IOException e) {
            throw new IllegalStateException("Could not read " + BUILT_IN + ": " + e.getMessage(), e);
        }
    }

    /** For tests: the names of the lists, to check none is empty. */
    Map<String, Integer> sizes() {
        Map<String, Integer> out = new LinkedHashMap<>();
        out.put("fillers", fillers.size());
        out.put("questionWords", questionWords.size());
        out.put("stopWords", stopWords.size());
        out.put("vagueWords", vagueWords.size());
        out.put("traitTerms", traitTerms.size());
        return out;
    }
}

package io.pmotoolkit.resume.lines;

import com.fasterxml.jackson.databind.JsonNode;
import io.pmotoolkit.core.model.YamlTree;
import io.pmotoolkit.core.text.WordPattern;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of the line rewrites, from {@code rewrite-vocabulary.yaml} beside this class: topics and the result
 * each asks for, verbs put in front of a task named without one, words that make a line a skill claim or a
 * description, currencies, the -ise stems and the guidance given when no safe sentence can be built.
 *
 * <p>All lists match whole words, case-insensitively.
 *
 * <p>Thread-safe: immutable after loading.
 */
final class RewriteVocabulary {

    static final String BUILT_IN = "/io/pmotoolkit/resume/lines/rewrite-vocabulary.yaml";
    /** What follows "is"/"iz" in a respelt word: "organis[e]", "organis[ations]". */
    static final List<String> SPELLING_ENDINGS = List.of("e", "ed", "es", "ing", "ation", "ations");
    private static final RewriteVocabulary INSTANCE = load(RewriteVocabulary.class.getResourceAsStream(BUILT_IN));

    /**
     * A currency a CV may write in, and the words and signs that show it: as one pattern, and as the list it is
     * made of ({@code forms}, ASCII letters in lower case, in the list's order), which {@link CvLocale} searches
     * with {@code indexOf}.
     */
    record Currency(String sign, Pattern shownBy, List<String> forms) {
    }

    /** A verb for an object named without one, and the object words it fits. */
    record VerbForObject(String verb, Pattern words) {
    }

    private final List<Topic> topics;
    private final List<Topic> wordedTopics;
    private final Pattern topicWords;
    private final List<VerbForObject> verbsForObjects;
    private final Set<String> notLeadingVerbs;
    private final Pattern skillWords;
    private final Pattern describingOpeners;
    private final Pattern describingVerbs;
    private final Pattern statusOpeners;
    private final Set<String> skillLastWords;
    private final Pattern skillTail;
    private final Pattern roleOpener;
    private final List<String> roleNounEndings;
    private final Set<String> compoundVerbPrefixes;
    private final Set<String> droppedOpeners;
    private final Map<String, String> actionNouns;
    private final Set<String> verbsTakingOf;
    private final List<Currency> currencies;
    private final Pattern iseWords;
    private final Pattern izeWords;
    /** The -ise stems, lower case: {@link CvLocale} looks each word's stem up here rather than run the patterns. */
    private final Set<String> iseStems;
    private final Map<String, String> guidance;
    private final Set<String> verbBreaks;
    private final Pattern mainClauseEnd;
    private final Pattern trailingClause;
    private final Set<String> jobNouns;
    private final Set<String> roleNouns;
    private final Map<String, String> misspellings;
    private final Map<String, String> casings;
    private final Pattern lowerCased;
    private final Pattern standardPhrase;
    private final Pattern objectEnd;
    private final Pattern membershipOpener;
    private final Set<String> skillVerbs;
    private final Set<String> midLineNouns;
    private final List<String> pastPrefixes;
    private final Pattern studyOpener;
    private final Pattern attendedStudy;
    private final Pattern resultPhrase;
    private final Pattern misspelt;

    private RewriteVocabulary(JsonNode f) {
        List<Topic> t = new ArrayList<>();
        List<List<String>> topicLists = new ArrayList<>();
        List<Topic> worded = new ArrayList<>();
        for (JsonNode n : require(f, "topics")) {
            List<String> words = strings(n.path("words"));
            t.add(new Topic(text(n, "id"), words(words), text(n, "result"),
                    optional(n, "resultNoMoney"), optional(n, "example"), optional(n, "exampleNoMoney"),
                    Set.copyOf(strings(n.path("notAfter")).stream().map(w -> w.toLowerCase(Locale.ROOT)).toList())));
            if (!words.isEmpty()) {
                topicLists.add(words);
                worded.add(t.getLast());
            }
        }
        if (t.isEmpty() || t.getLast().keywords() != null) {
            throw new IllegalStateException(BUILT_IN + ": the last topic must have no words (it is the general one)");
        }
        topics = List.copyOf(t);
        wordedTopics = List.copyOf(worded);
        topicWords = topicLists.isEmpty() ? null : WordPattern.wholeGroups(topicLists, true, true);
        List<VerbForObject> v = new ArrayList<>();
        for (JsonNode n : require(f, "verbsForObjects")) {
            v.add(new VerbForObject(text(n, "verb"), words(strings(n.path("words")))));
        }
        verbsForObjects = List.copyOf(v);
        notLeadingVerbs = Set.copyOf(strings(require(f, "notLeadingVerbs")));
        skillWords = words(strings(require(f, "skillWords")));
        describingOpeners = opening(strings(require(f, "describingOpeners")));
        describingVerbs = Pattern.compile("^(?:[^\\s,;:]+\\s+){1,5}?(?:"
                + WordPattern.alternatives(strings(require(f, "describingVerbs")), true) + ")(?![\\p{L}\\d'’])",
                Pattern.CASE_INSENSITIVE);
        statusOpeners = opening(strings(require(f, "statusOpeners")));
        skillLastWords = Set.copyOf(strings(require(f, "skillLastWords")));
        skillTail = Pattern.compile(",\\s*(?:" + WordPattern.alternatives(strings(require(f, "skillTails")), true)
                + ")\\s+\\p{L}", Pattern.CASE_INSENSITIVE);
        roleOpener = Pattern.compile("^(?:\\S+\\s+){0,9}?(?:" + WordPattern.alternatives(strings(require(f, "roleOpeners")), true)
                + ")\\s+((?:\\S+\\s+){0,3}\\S+)", Pattern.CASE_INSENSITIVE);
        roleNounEndings = strings(require(f, "roleNounEndings"));
        // the phrase, then the rest of its clause up to a comma, a semicolon, a stop or the end
        standardPhrase = Pattern.compile("\\b(?:" + WordPattern.alternatives(strings(require(f, "standardPhrases")), true)
                + ")\\b[^,;.]*", Pattern.CASE_INSENSITIVE);
        // a word ending the verb's object, after at least the verb and one more word
        objectEnd = Pattern.compile("^\\P{L}*\\p{L}[\\p{L}'’-]*\\s+(?:[^,;\\s]+\\s+)+?(?:"
                + WordPattern.alternatives(strings(require(f, "objectEnds")), true) + ")(?![\\p{L}\\d'’])|[,;]",
                Pattern.CASE_INSENSITIVE);
        membershipOpener = opening(strings(require(f, "membershipOpeners")));
        skillVerbs = lowered(strings(require(f, "skillVerbs")));
        studyOpener = opening(strings(require(f, "studyOpeners")));
        attendedStudy = Pattern.compile("^attend(?:ed|ing|s)?\\s+(?:\\S+\\s+){0,3}?(?:"
                + WordPattern.alternatives(strings(require(f, "studyNouns")), true) + ")(?![\\p{L}\\d'’])",
                Pattern.CASE_INSENSITIVE);
        resultPhrase = Pattern.compile("(?<![\\p{L}\\d])(?:" + WordPattern.alternatives(strings(require(f, "resultPhrases")),
                true) + ")(?![\\p{L}\\d'’])", Pattern.CASE_INSENSITIVE);
        midLineNouns = lowered(strings(require(f, "midLineNouns")));
        pastPrefixes = List.copyOf(strings(require(f, "pastPrefixes")));
        compoundVerbPrefixes = Set.copyOf(strings(require(f, "compoundVerbPrefixes")));
        droppedOpeners = Set.copyOf(strings(require(f, "droppedOpeners")));
        Map<String, String> an = new java.util.HashMap<>();
        require(f, "actionNouns").properties().forEach(e -> an.put(e.getKey().toLowerCase(Locale.ROOT),
                e.getValue().asText().strip().toLowerCase(Locale.ROOT)));
        actionNouns = Map.copyOf(an);
        verbsTakingOf = lowered(strings(require(f, "verbsTakingOf")));
        List<Currency> c = new ArrayList<>();
        for (JsonNode n : require(f, "currencies")) {
            List<String> shownBy = strings(n.path("shownBy"));
            if (shownBy.isEmpty() || shownBy.stream().anyMatch(String::isEmpty)) {
                throw new IllegalStateException(BUILT_IN + ": a currency needs signs or words that show it");
            }
            c.add(new Currency(text(n, "sign"), signsOrWords(shownBy),
                    shownBy.stream().map(CvLocale::asciiLower).toList()));
        }
        currencies = List.copyOf(c);
        String stems = WordPattern.alternatives(strings(require(f, "iseStems")), true);
        String endings = "(" + String.join("|", SPELLING_ENDINGS) + ")";
        iseWords = Pattern.compile("\\b(" + stems + ")is" + endings + "\\b", Pattern.CASE_INSENSITIVE);
        izeWords = Pattern.compile("\\b(" + stems + ")iz" + endings + "\\b", Pattern.CASE_INSENSITIVE);
        Set<String> lower = new java.util.HashSet<>();
        for (String st : strings(require(f, "iseStems"))) {
            String stem = st.strip().toLowerCase(Locale.ROOT);
            if (!stem.matches("[a-z0-9_]+")) {
                // CvLocale counts spellings word by word, a word being what the patterns' \b bounds.
                throw new IllegalStateException(BUILT_IN + ": iseStems must be single words of ASCII letters, not "
                        + st);
            }
            lower.add(stem);
        }
        iseStems = Set.copyOf(lower);
        Map<String, String> g = new LinkedHashMap<>();
        require(f, "guidance").properties().forEach(e -> g.put(e.getKey(), e.getValue().asText().strip()));
        for (String reason : List.of("notADuty", "merged", "skill", "unsure", "fragment", "ownAction", "role", "firstPerson", "skillTail",
                "membership", "study")) {
            if (!g.containsKey(reason)) {
                throw new IllegalStateException(BUILT_IN + ": guidance." + reason + " is missing");
            }
        }
        guidance = Map.copyOf(g);
        JsonNode clauses = require(f, "clauseWords");
        verbBreaks = Set.copyOf(strings(require(clauses, "verbBreaks")));
        mainClauseEnd = Pattern.compile("\\b(?:" + WordPattern.alternatives(strings(require(clauses, "mainClauseEnds")),
                false) + ")\\b|\\b(to)\\s+(\\p{Ll}+)");
        trailingClause = Pattern.compile(",\\s+(?:" + WordPattern.alternatives(strings(require(clauses, "trailing")),
                false) + "|\\p{Ll}{3,}ing)\\b");
        jobNouns = Set.copyOf(strings(require(f, "jobNouns")));
        roleNouns = Set.copyOf(strings(require(f, "roleNouns")));
        Map<String, String> m = new java.util.HashMap<>();
        require(f, "misspellings").properties().forEach(e -> m.put(e.getKey().toLowerCase(Locale.ROOT),
                e.getValue().asText().strip()));
        misspellings = Map.copyOf(m);
        misspelt = m.isEmpty() ? null : Pattern.compile("\\b(?:" + WordPattern.alternatives(List.copyOf(m.keySet()),
                true) + ")\\b", Pattern.CASE_INSENSITIVE);
        Map<String, String> cased = new java.util.HashMap<>();
        require(f, "casings").properties().forEach(e -> cased.put(e.getKey().toLowerCase(Locale.ROOT),
                e.getValue().asText().strip()));
        casings = Map.copyOf(cased);
        // matched as written: only the all-lower-case spelling is a slip ("hibernate", not "Hibernate" or "HIBERNATE")
        lowerCased = cased.isEmpty() ? null : Pattern.compile("(?<![\\p{L}\\d./@-])(?:" + WordPattern.alternatives(
                List.copyOf(cased.keySet()), true) + ")(?![\\p{L}\\d@]|[./-][\\p{L}\\d])");
    }

    /**
     * The text with the names of {@code casings} that the CV wrote in lower case given their own capitals
     * ("using JSP servlet and hibernate" → "... and Hibernate"); a name written with any capital stays as written,
     * and so does a name inside a path, an address or a longer word.
     */
    String namesCased(String text) {
        return lowerCased == null ? text
                : lowerCased.matcher(text).replaceAll(r -> Matcher.quoteReplacement(casings.get(r.group())));
    }

    /**
     * The text with the misspelt words of {@code misspellings} put right ("Project Mangers" → "Project Managers"),
     * a capital kept; other words as written.
     */
    String spelledRight(String text) {
        if (misspelt == null) {
            return text;
        }
        return misspelt.matcher(text).replaceAll(r -> {
            String right = misspellings.get(r.group().toLowerCase(Locale.ROOT));
            return Matcher.quoteReplacement(Character.isUpperCase(r.group().charAt(0))
                    ? Character.toUpperCase(right.charAt(0)) + right.substring(1) : right);
        });
    }

    static RewriteVocabulary builtIn() {
        return INSTANCE;
    }

    /** Reads a vocabulary file (the built-in one, or one a test hands in). */
    static RewriteVocabulary load(InputStream in) {
        if (in == null) {
            throw new IllegalStateException(BUILT_IN + " is missing from the jar");
        }
        try (in) {
            return new RewriteVocabulary(YamlTree.read(in));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + BUILT_IN, e);
        }
    }

    /** Whether a word, while verbs of a list are put in the past tense, opens another clause ({@code clauseWords.verbBreaks}). */
    boolean isVerbBreak(String word) {
        return verbBreaks.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * Where a body's main clause may end: a word of {@code clauseWords.mainClauseEnds}, or "to" and the next word
     * (groups 1 and 2), which ends it only when that word is a verb.
     */
    Pattern mainClauseEnd() {
        return mainClauseEnd;
    }

    /**
     * The line up to the end of its verb's object ({@code objectEnds}, a comma or a semicolon), the rest blanked
     * (same length): the words a topic slot may be chosen by.
     */
    String objectOnly(String line) {
        Matcher m = objectEnd.matcher(line);
        if (!m.find()) {
            return line;
        }
        int cut = m.group().endsWith(",") || m.group().endsWith(";") ? m.start() : m.end();
        if (m.group().length() > 1 && !m.group().endsWith(",") && !m.group().endsWith(";")) {
            cut = m.end() - lastWordLength(m.group());
        }
        return line.substring(0, cut) + " ".repeat(line.length() - cut);
    }

    private static int lastWordLength(String s) {
        int i = s.length();
        while (i > 0 && !Character.isWhitespace(s.charAt(i - 1))) {
            i--;
        }
        return s.length() - i;
    }

    /** A clause hung on the end of a line after a comma: {@code clauseWords.trailing}, or an -ing participle. */
    Pattern trailingClause() {
        return trailingClause;
    }

    /** Whether a word after a line's first word makes the two a job title ({@code jobNouns}). */
    boolean isJobNoun(String word) {
        return jobNouns.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether a line's first word names a role the person held ({@code roleNouns}: "Sponsor for..."). */
    boolean isRoleNoun(String word) {
        return roleNouns.contains(word.toLowerCase(Locale.ROOT));
    }

    List<Topic> topics() {
        return topics;
    }

    /**
     * Every topic's words in one pattern ({@link WordPattern#wholeGroups}): group {@code i + 1} is
     * {@code wordedTopics().get(i)}; null when no topic has words.
     */
    Pattern topicWords() {
        return topicWords;
    }

    /** The topics that have words, in the file's order: the groups of {@link #topicWords}. */
    List<Topic> wordedTopics() {
        return wordedTopics;
    }

    /** The verb for the object word that comes first in the text, or null when none of the words is there. */
    String verbForObject(String text) {
        String verb = null;
        int at = Integer.MAX_VALUE;
        for (VerbForObject v : verbsForObjects) {
            Matcher m = v.words().matcher(text);
            if (m.find() && m.start() < at) {
                verb = v.verb();
                at = m.start();
            }
        }
        return verb;
    }

    /** Whether a first word ending in -ed describes the person ("Experienced") rather than an action. */
    boolean isNotLeadingVerb(String word) {
        return notLeadingVerbs.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether the first five words of a line claim a skill or knowledge ("Experience in writing SQL"). */
    boolean claimsSkill(String line) {
        String[] words = line.strip().split("\\s+", 6);
        String head = String.join(" ", java.util.Arrays.copyOf(words, Math.min(5, words.length)));
        Matcher m = skillWords.matcher(head);
        return m.find() && !thingWorkedOn(head, m.start());
    }

    /** Determiners that open the object of a verb: "a new customer experience", "the user experience". */
    private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "its", "their", "our", "his", "her");

    /**
     * Whether the skill word at {@code at} is the thing the line's verb worked on: the line opens with a verb in
     * the past that is none of {@code skillVerbs}, and a determiner stands among the three words before the
     * skill word ("Launched a reimagined assistant experience"), not "Gained hands-on experience".
     */
    private boolean thingWorkedOn(String head, int at) {
        String[] before = head.substring(0, at).strip().split("\\s+");
        String first = before[0].toLowerCase(Locale.ROOT);
        if (before.length < 2 || skillVerbs.contains(first) || !(io.pmotoolkit.core.text.ActionVerbs.isPastForm(first)
                || first.endsWith("ed") && io.pmotoolkit.core.text.ActionVerbs.isPlausiblePast(first))) {
            return false;
        }
        for (int i = Math.max(1, before.length - 3); i < before.length; i++) {
            if (DETERMINERS.contains(before[i].toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The line with each phrase of {@code standardPhrases} and the rest of its clause blanked (same length): the
     * standard followed or who directed the work ("according to established policies") chooses no topic.
     */
    String withoutStandards(String line) {
        return standardPhrase.matcher(line).replaceAll(r -> " ".repeat(r.group().length()));
    }

    /** Whether a line says which team its writer was part of ({@code membershipOpeners}), with no verb of its own after. */
    boolean statesMembership(String line) {
        String l = line.strip();
        if (!membershipOpener.matcher(l).find()) {
            return false;
        }
        return !l.toLowerCase(Locale.ROOT).matches(".*\\b(?:that|which|who|to)\\s+\\p{L}+.*") && l.split("\\s+").length <= 12;
    }

    /** Whether a line is about its writer's own learning ({@code studyOpeners}, or "attend" and a {@code studyNouns} word). */
    boolean statesStudy(String line) {
        String l = line.strip();
        return studyOpener.matcher(l).find() || attendedStudy.matcher(l).find();
    }

    /** Whether a line states what came of its work after its first word ({@code resultPhrases}: "through promotion"). */
    boolean statesResult(String line) {
        Matcher m = resultPhrase.matcher(line);
        return m.find() && m.start() > 0;
    }

    /** Whether a word is one of {@code midLineNouns}: a common noun a CV may capitalise mid-sentence by slip. */
    boolean isMidLineNoun(String word) {
        return midLineNouns.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether a claim about the writer's skills is hung on the line after a comma ({@code skillTails}). */
    boolean hasSkillTail(String line) {
        return skillTail.matcher(line).find();
    }

    /** A line with no verb of its own that ends on a word of {@code skillLastWords}: "… and design skills". */
    boolean endsOnSkill(String line) {
        String[] words = line.strip().toLowerCase(Locale.ROOT).replaceAll("[.;,:]+$", "").split("\\s+");
        return skillLastWords.contains(words[words.length - 1]);
    }

    /**
     * Whether a line states the job its writer held ({@code roleOpeners} among its first ten words, then a job
     * word within four): "Working as Java developer in Spring MVC", "… worked as Asst. Electrical Engineer".
     */
    boolean statesRole(String line) {
        Matcher m = roleOpener.matcher(line.strip());
        if (!m.find()) {
            return false;
        }
        for (String w : m.group(1).split("\\s+")) {
            if (isJobWord(w.replaceAll("[^\\p{L}]", ""))) {
                return true;
            }
        }
        return false;
    }

    /** A word that names a job: one of {@code jobNouns}, or longer than four letters with a {@code roleNounEndings} ending. */
    boolean isJobWord(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return jobNouns.contains(w) || w.length() > 4 && roleNounEndings.stream().anyMatch(w::endsWith);
    }

    /** Whether a line opens by describing ("I am", "They have", "The portal allows") rather than with an action. */
    boolean opensByDescribing(String line) {
        return describingOpeners.matcher(line.strip()).find();
    }

    /**
     * The words before a describing verb ("CPI is", "The portal allows"), when one follows a subject of one to
     * five words at the start of the line; empty when there is none. The caller checks the subject is no verb.
     */
    java.util.Optional<String> subjectBeforeDescribingVerb(String line) {
        Matcher m = describingVerbs.matcher(line.strip());
        return m.find() ? java.util.Optional.of(line.strip().substring(0, m.end())) : java.util.Optional.empty();
    }

    /** Prefixes written as one word with an irregular past ({@code pastPrefixes}: "re" in "rewrote"), in the file's order. */
    List<String> pastPrefixes() {
        return pastPrefixes;
    }

    /** Whether a word is the first part of a two-word verb ("fine" in "fine-tune"). */
    boolean isCompoundVerbPrefix(String word) {
        return compoundVerbPrefixes.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * The past-tense verb a noun of {@code actionNouns} names ("preparation" → "prepared"), in lower case, or null
     * when the word is none of them.
     */
    String verbOfActionNoun(String word) {
        return actionNouns.get(word.toLowerCase(Locale.ROOT));
    }

    /** Whether a past-tense verb takes "of" straight after it ("Disposed of"), of {@code verbsTakingOf}. */
    boolean takesOf(String pastVerb) {
        return verbsTakingOf.contains(pastVerb.toLowerCase(Locale.ROOT));
    }

    /** Whether a word that may open a line before its verb is dropped from the rewrite ("Also" in "Also performed"). */
    boolean isDroppedOpener(String word) {
        return droppedOpeners.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether a line opens by stating a job, a status or an admission ("Worked as", "Admitted to"). */
    boolean opensWithStatus(String line) {
        return statusOpeners.matcher(line.strip()).find();
    }

    List<Currency> currencies() {
        return currencies;
    }

    Pattern iseWords() {
        return iseWords;
    }

    Pattern izeWords() {
        return izeWords;
    }

    /** The -ise stems of {@link #iseWords()}, lower case. */
    Set<String> iseStems() {
        return iseStems;
    }

    /**
     * The guidance for a reason ({@code notADuty}, {@code merged}, {@code skill}, {@code unsure}, {@code fragment},
     * {@code ownAction}).
     */
    String guidance(String reason) {
        return guidance.get(reason);
    }

    private static JsonNode require(JsonNode f, String field) {
        JsonNode n = f.path(field);
        if (n.isMissingNode() || n.isNull()) {
            throw new IllegalStateException(BUILT_IN + ": '" + field + "' is missing");
        }
        return n;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.path(field);
        if (!v.isTextual() || v.asText().isBlank()) {
            throw new IllegalStateException(BUILT_IN + ": '" + field + "' is missing in " + n);
        }
        return v.asText().strip();
    }

    private static String optional(JsonNode n, String field) {
        JsonNode v = n.path(field);
        return v.isTextual() && !v.asText().isBlank() ? v.asText().strip() : null;
    }

    private static List<String> strings(JsonNode list) {
        List<String> out = new ArrayList<>();
        list.forEach(n -> out.add(n.asText().strip().toLowerCase(Locale.ROOT)));
        return out;
    }

    /** The words at the start of a line, each as a whole word (not "Attendance" for "attend"), in any case. */
    private static Pattern opening(List<String> words) {
        return Pattern.compile("^(?:" + WordPattern.alternatives(words, true) + ")(?![\\p{L}\\d'’])",
                Pattern.CASE_INSENSITIVE);
    }

    private static Set<String> lowered(List<String> words) {
        return Set.copyOf(words.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList());
    }

    /** Whole words, case-insensitive, a space matching any white space; null for an empty list. */
    private static Pattern words(List<String> words) {
        return words.isEmpty() ? null : WordPattern.whole(words, true, true);
    }

    /** Signs anywhere ("£5m"), words as whole words ("dollars"). */
    private static Pattern signsOrWords(List<String> shownBy) {
        List<String> alternatives = new ArrayList<>();
        for (String s : shownBy) {
            boolean sign = !Character.isLetter(s.codePointAt(0));
            alternatives.add(sign ? Pattern.quote(s) : "(?<![\\p{L}\\d])" + Pattern.quote(s) + "(?![\\p{L}\\d])");
        }
        return Pattern.compile(String.join("|", alternatives), Pattern.CASE_INSENSITIVE);
    }
}

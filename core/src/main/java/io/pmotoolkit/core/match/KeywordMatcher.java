package io.pmotoolkit.core.match;

import io.pmotoolkit.core.model.Keyword;
import io.pmotoolkit.core.model.SkillsModel;
import io.pmotoolkit.core.model.SkillsModelLoader;
import io.pmotoolkit.core.text.AnalyzedText;
import io.pmotoolkit.core.text.Nlp;
import io.pmotoolkit.core.text.Token;
import io.pmotoolkit.core.text.WordKeys;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Finds the skills model's keywords in text.
 *
 * <p>Text and keyword forms go through the same OpenNLP tokeniser, then each word is compared by its
 * {@linkplain WordKeys matching key} (inflections and UK/US spellings meet; different words such as
 * government and governance do not) and, where the model groups derivations into a word family
 * (negotiate, negotiation), by the family's key. So that:
 * <ul>
 *   <li>a form matches only as a whole phrase, in its own word order ("prioritizing portfolios" finds
 *       "prioritise portfolio"); a reordered phrase people really write ("managed stakeholders") is an
 *       alias of its own in the model;</li>
 *   <li>an alias may allow a few words inside it where it says {@code ...}: "lead ... team" finds "led a
 *       team of analysts" and "led the PMO team", never words across a comma, an "and" or a preposition
 *       ("led the delivery of the team" is not team leadership);</li>
 *   <li>a phrase never runs across sentence punctuation, a comma between list items or a bullet;</li>
 *   <li>hyphens, slashes and spaces are alike ("stage-gate" = "stage gate") and a possessive is
 *       ignored ("PMO's" finds "PMO");</li>
 *   <li>words are whole tokens, so "PMP" is not found in "PMPX", "Java" not in "JavaScript";</li>
 *   <li>forms that look like acronyms (two or more capitals, at most five letters: PMP, MoP, CoE, RAID)
 *       must keep their case, so the household word "mop" is not Management of Portfolios; a plural
 *       "s" is allowed ("KPIs");</li>
 *   <li>a match inside a larger phrase the keyword lists as {@code notWithin} does not count ("human
 *       resource management" is not resource management);</li>
 *   <li>a match in a line that also holds one of the keyword's {@code notNear} words does not count
 *       (resource utilisation beside Kubernetes);</li>
 *   <li>a keyword found also stands for the terms it {@code implies} (Planview: PPM software), each
 *       such match naming the keyword it came {@linkplain KeywordMatch#via() via};</li>
 *   <li>one typo is forgiven in long words only (nine letters or more, same length or a letter
 *       missing inside, never a prefix), where it cannot turn one real word into another; words are
 *       never joined or split to make a match.</li>
 * </ul>
 *
 * <p>Build one per model with {@link #of(SkillsModel)} and share it: immutable and thread-safe.
 */
public final class KeywordMatcher {

    private static final int FUZZY_MIN_LENGTH = 9;
    private static final Pattern PIECE_SPLIT = Pattern.compile("[-/_\u2013\u2014]");
    private static final String BARRIER_CHARS = ".,;:|!?\u2022\u00b7()[]{}";
    private static final Pattern BARRIER = Pattern.compile("[.,;:|!?\u2022\u00b7()\\[\\]{}]+");
    private static final LevenshteinDistance ONE_EDIT = new LevenshteinDistance(1);
    /** How an alias marks the place where a few words may stand ("lead ... team"). */
    private static final Pattern GAP_MARK = Pattern.compile("\\s*(?:\\.\\.\\.|\u2026)\\s*");

    private static final String SKILL_KEY = WordKeys.key("skills");

    /** Most words allowed where an alias says {@code ...}; a hyphenated word ("6-person", "cross-functional") is one. */
    static final int MAX_GAP = 3;
    /** Words that end a gap: they join or relate two phrases rather than qualify one. */
    private static final Set<String> GAP_STOPS = Set.of("and", "or", "but", "nor", "with", "for", "to", "of", "in",
            "on", "at", "by", "from", "into", "as", "via", "per", "than", "while", "who", "which", "that", "where",
            "when", "including", "such", "across", "through", "within", "between", "among", "over", "under", "about",
            "around", "during", "after", "before");

    /**
     * Words that may follow a phrase matched with a gap. "managed the staff schedules" is not "manage ...
     * staff": after the last word of such a match comes the end, punctuation, a number, one of these words
     * or an adverb in -ly, not another noun the phrase's last word qualifies.
     */
    private static final Set<String> GAP_FOLLOWERS = Set.of("of", "to", "for", "with", "and", "or", "in", "on", "at",
            "by", "from", "across", "through", "into", "over", "under", "within", "while", "including", "that",
            "which", "who", "as", "so", "via", "per", "against", "towards", "toward", "during", "since", "until",
            "worth", "totalling", "totaling", "valued", "the", "a", "an", "each", "every", "up", "down", "out",
            "successfully", "effectively", "end", "&", "but", "then", "using", "whilst", "among", "amongst",
            "when", "whenever", "where", "wherever", "if", "once", "before", "after", "because", "unless");

    private final Map<String, List<Form>> byFirstKey = new HashMap<>();
    /** The notWithin phrases, by their first word's key. */
    private final Map<String, List<Form>> exclusionsByFirstKey = new HashMap<>();
    // Keyed by identity: a keyword record's own hash walks all its lists and maps.
    private final Map<Keyword, List<Implication>> implied = new java.util.IdentityHashMap<>();

    /** A term another implies: always, or only when one of the given forms matched ({@code forms} not null). */
    private record Implication(Keyword target, Set<String> forms) {
        boolean appliesTo(KeywordMatch m) {
            return forms == null || forms.contains(m.form().toLowerCase(Locale.ROOT));
        }
    }
    /** Each keyword's notNear words, as matching keys. */
    private final Map<Keyword, Set<String>> notNear = new java.util.IdentityHashMap<>();
    private final Map<String, String> familyOf;
    private static final int CACHE_LIMIT = 50_000;
    private final java.util.concurrent.ConcurrentHashMap<String, List<Form>> fuzzyCache =
            new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<Integer, Set<String>> longWordsByLength = new HashMap<>();

    private KeywordMatcher(List<Keyword> keywords, List<List<String>> families) {
        this.familyOf = SkillsModelLoader.familyKeys(families);
        Nlp nlp = Nlp.get();
        Map<String, Keyword> byTerm = new HashMap<>();
        for (Keyword k : keywords) {
            byTerm.put(k.term().toLowerCase(Locale.ROOT), k);
        }
        for (Keyword k : keywords) {
            for (String form : new LinkedHashSet<>(k.forms())) {
                Form f = compile(nlp, k, form);
                if (f == null) {
                    continue;
                }
                byFirstKey.computeIfAbsent(f.units().get(0).key(), x -> new ArrayList<>()).add(f);
                Form item = f.listItem();
                if (item != null) {
                    byFirstKey.computeIfAbsent(item.units().get(0).key(), x -> new ArrayList<>()).add(item);
                }
                String first = f.units().get(0).lower();
                if (!f.exactCase()[0] && first.length() >= FUZZY_MIN_LENGTH && isLetters(first)) {
                    longWordsByLength.computeIfAbsent(first.length(), x -> new LinkedHashSet<>()).add(f.units().get(0).key());
                }
            }
            for (String phrase : k.notWithin()) {
                Form f = compile(nlp, k, phrase);
                if (f != null) {
                    exclusionsByFirstKey.computeIfAbsent(f.units().get(0).key(), x -> new ArrayList<>()).add(f);
                }
            }
            if (!k.notNear().isEmpty()) {
                Set<String> keys = new java.util.HashSet<>();
                for (String w : k.notNear()) {
                    keys.add(family(familyOf, WordKeys.key(w)));
                }
                notNear.put(k, keys);
            }
            List<Implication> targets = new ArrayList<>();
            for (String t : k.implies()) {
                Keyword.Implied parsed = Keyword.Implied.parse(t);
                Keyword target = byTerm.get(parsed.term().toLowerCase(Locale.ROOT));
                if (target != null && target != k) {
                    targets.add(new Implication(target, parsed.forms().isEmpty() ? null
                            : Set.copyOf(parsed.forms().stream().map(f -> f.toLowerCase(Locale.ROOT)).toList())));
                }
            }
            if (!targets.isEmpty()) {
                implied.put(k, List.copyOf(targets));
            }
        }
    }

    /** Compiles one form, or null when it has no words (or holds sentence punctuation). */
    private Form compile(Nlp nlp, Keyword k, String form) {
        String[] segments = GAP_MARK.split(form.strip());
        List<Unit> units = new ArrayList<>();
        List<Boolean> gaps = new ArrayList<>();
        for (int s = 0; s < segments.length; s++) {
            List<Unit> segment = units(nlp.tokenize(segments[s]), familyOf);
            for (int i = 0; i < segment.size(); i++) {
                units.add(segment.get(i));
                gaps.add(s > 0 && i == 0);
            }
        }
        while (!units.isEmpty() && units.get(units.size() - 1).surface().equals(".")) {
            units.remove(units.size() - 1);  // "B.E.": the tokeniser may split the last dot off as a full stop
        }
        if (units.isEmpty() || units.get(0).barrier() || units.get(units.size() - 1).barrier() && !closes(units)) {
            return null;  // a comma or brackets may stand inside a form ("risks, assumptions, issues and
        }                 // dependencies", "BA (Hons)"); the text must then have them too
        boolean[] exactCase = new boolean[units.size()];
        boolean[] gapBefore = new boolean[units.size()];
        for (int i = 0; i < units.size(); i++) {
            exactCase[i] = k.caseSensitive() != null ? k.caseSensitive() : looksLikeAcronym(units.get(i).surface());
            gapBefore[i] = gaps.get(i);
        }
        return new Form(k, form, units, exactCase, gapBefore, false);
    }

    /** Whether a form ends with a closing bracket that it opened ("BA (Hons)"). */
    private static boolean closes(List<Unit> units) {
        String last = units.get(units.size() - 1).surface();
        return last.equals(")") && units.stream().anyMatch(u -> u.surface().equals("("));
    }

    /**
     * A matcher for every keyword of the model, with the model's word families. Forms match as written
     * (with inflections), or with the few words an alias allows where it says {@code ...}.
     */
    public static KeywordMatcher of(SkillsModel model) {
        return new KeywordMatcher(model.keywords(), model.wordFamilies());
    }

    /** A matcher for the given keywords only, without word families. */
    public static KeywordMatcher of(List<Keyword> keywords) {
        return new KeywordMatcher(keywords, List.of());
    }

    /** Finds keywords in a piece of text (analysed here). */
    public List<KeywordMatch> find(String text) {
        return find(Nlp.get().analyze(text));
    }

    /**
     * Finds keywords in analysed text, in order of position. Where one keyword matches twice over the
     * same words (a longer and a shorter form, or two forms that overlap), only the first and longer match is kept; different keywords may
     * overlap ("PRINCE2 Practitioner" also shows "PRINCE2"). Matches inside a keyword's notWithin phrases
     * are dropped; implied terms follow the matches that imply them.
     */
    public List<KeywordMatch> find(AnalyzedText text) {
        List<Unit> units = units(text, familyOf);
        List<KeywordMatch> found = new ArrayList<>();
        List<KeywordMatch> excluded = null;
        for (int i = 0; i < units.size(); i++) {
            Unit u = units.get(i);
            if (u.barrier()) {
                continue;
            }
            for (Form f : candidates(u)) {
                int end = matchAt(units, i, f);
                if (end > 0) {
                    found.add(match(text, units, i, end, f));
                }
            }
            if (!exclusionsByFirstKey.isEmpty()) {
                for (Form f : union(exclusionsByFirstKey.get(u.key()),
                        u.lemmaKey() == null ? null : exclusionsByFirstKey.get(u.lemmaKey()))) {
                    int end = matchAt(units, i, f);
                    if (end > 0) {
                        if (excluded == null) {
                            excluded = new ArrayList<>();
                        }
                        excluded.add(match(text, units, i, end, f));
                    }
                }
            }
        }
        if (excluded != null) {
            List<KeywordMatch> exclusions = excluded;
            found.removeIf(m -> exclusions.stream().anyMatch(x -> x.keyword() == m.keyword()
                    && x.start() < m.end() && m.start() < x.end()));
        }
        if (!notNear.isEmpty() && !found.isEmpty()) {
            found.removeIf(m -> {
                Set<String> words = notNear.get(m.keyword());
                return words != null && units.stream().anyMatch(u -> words.contains(u.key()));
            });
        }
        List<KeywordMatch> out = dropContained(found);
        if (implied.isEmpty()) {
            return out;
        }
        List<KeywordMatch> withImplied = new ArrayList<>(out);
        for (KeywordMatch m : out) {
            for (Implication i : implied.getOrDefault(m.keyword(), List.of())) {
                if (i.appliesTo(m)) {
                    withImplied.add(new KeywordMatch(i.target(), m.form(), m.text(), m.start(), m.end(), m.fuzzy(),
                            m.keyword()));
                }
            }
        }
        return dropContained(withImplied);
    }

    private static KeywordMatch match(AnalyzedText text, List<Unit> units, int i, int end, Form f) {
        Unit first = units.get(i);
        Unit last = units.get(end - 1);
        boolean fuzzy = false;
        if (!f.hasGap()) {
            for (int j = 0; j < f.units().size(); j++) {
                fuzzy |= !exactEqual(units.get(i + j), f.units().get(j));
            }
        }
        return new KeywordMatch(f.keyword(), f.form(), text.text().substring(first.start(), last.end()),
                first.start(), last.end(), fuzzy);
    }
    private List<Form> candidates(Unit u) {
        List<Form> byKey = byFirstKey.get(u.key());
        List<Form> byLemma = u.lemmaKey() != null && !u.lemmaKey().equals(u.key()) ? byFirstKey.get(u.lemmaKey()) : null;
        List<Form> fuzzy = u.lower().length() >= FUZZY_MIN_LENGTH ? fuzzyCandidates(u.lower()) : null;
        return union(byKey, byLemma, fuzzy);
    }

    /**
     * The forms of the lists, each once, in order. Most words have at most one non-empty list, which is
     * returned as it is: building a set for every word of a CV was a tenth of matching.
     */
    @SafeVarargs
    private static List<Form> union(List<Form>... lists) {
        List<Form> only = null;
        int nonEmpty = 0;
        for (List<Form> l : lists) {
            if (l != null && !l.isEmpty()) {
                only = l;
                nonEmpty++;
            }
        }
        if (nonEmpty <= 1) {
            return only == null ? List.of() : only;
        }
        Set<Form> out = new LinkedHashSet<>();
        for (List<Form> l : lists) {
            addAll(out, l);
        }
        return new ArrayList<>(out);
    }

    /**
     * Forms whose first word is one typo away from {@code lower}. CVs reuse their vocabulary, so the answer
     * for each word is kept (bounded): scanning every long first word was a tenth of a batch's CPU.
     */
    private List<Form> fuzzyCandidates(String lower) {
        List<Form> known = fuzzyCache.get(lower);
        if (known != null) {
            return known;
        }
        List<Form> found = new ArrayList<>();
        if (isLetters(lower)) {
            for (int len = lower.length() - 1; len <= lower.length() + 1; len++) {
                for (String key : longWordsByLength.getOrDefault(len, Set.of())) {
                    for (Form f : byFirstKey.get(key)) {
                        if (fuzzyEqual(lower, f.units().get(0).lower())) {
                            found.add(f);
                        }
                    }
                }
            }
        }
        List<Form> result = found.isEmpty() ? List.of() : List.copyOf(found);
        if (fuzzyCache.size() > CACHE_LIMIT) {
            fuzzyCache.clear();
        }
        fuzzyCache.put(lower, result);
        return result;
    }

    private static void addAll(Set<Form> out, List<Form> forms) {
        if (forms != null) {
            out.addAll(forms);
        }
    }

    /** Index after the match of {@code form} starting at unit {@code i}, or -1. */
    private static int matchAt(List<Unit> units, int i, Form form) {
        int end = matchInOrder(units, i, form);
        if (end < 0 && form.units().size() == 2 && !form.hasGap() && !form.itemOnly()
                && !form.asWritten() && unitOk(units.get(i), form.units().get(0), form.exactCase()[0], false)) {
            end = coordinated(units, i, form);
        }
        if (end > 0 && form.itemOnly() && !(standsAlone(units, i - 1) && standsAlone(units, end)
                && sameWords(units, i, form))) {
            return -1;
        }
        return end;
    }

    /**
     * Whether the words from {@code i} are the form's own words, not other forms of them: a list item
     * "Communication" names the skill, "Communicate, plan and report" is a list of verbs.
     */
    private static boolean sameWords(List<Unit> units, int i, Form form) {
        for (int j = 0; j < form.units().size(); j++) {
            if (!WordKeys.ukSpelling(units.get(i + j).lower()).equals(WordKeys.ukSpelling(form.units().get(j).lower()))) {
                return false;
            }
        }
        return true;
    }

    /** Whether position {@code at} is the edge of a list item: the line's start or end, or a separator. */
    private static boolean standsAlone(List<Unit> units, int at) {
        return at < 0 || at >= units.size() || units.get(at).barrier();
    }

    private static boolean isConjunction(Unit u) {
        return u.lower().equals("and") || u.lower().equals("or");
    }

    /**
     * A two-word form whose second word is shared by a coordinated list: "communication and interpersonal
     * skills" shows communication skills, "risk, issue and change management" shows risk management. After
     * the first word come one to three conjuncts of one word (the last may have two), separated by commas
     * and ending with "and", "&amp;" or "or", then the form's second word.
     */
    private static int coordinated(List<Unit> units, int i, Form form) {
        Unit head = form.units().get(1);
        boolean exact = form.exactCase()[1];
        int n = units.size();
        int at = i + 1;
        for (int k = 0; k < 3; k++) {
            boolean conjunction = false;
            boolean separated = false;
            if (at < n && units.get(at).barrier() && units.get(at).surface().equals(",")) {
                at++;
                separated = true;
            }
            if (at < n && isConjunction(units.get(at))) {
                at++;
                separated = true;
                conjunction = true;
            }
            if (!separated) {
                return -1;
            }
            for (int len = 1; len <= (conjunction ? 2 : 1); len++) {
                if (at + len >= n || !plainWord(units.get(at + len - 1))) {
                    break;
                }
                if (conjunction && unitOk(units.get(at + len), head, exact, false)) {
                    return at + len + 1;
                }
            }
            if (conjunction || at >= n || !plainWord(units.get(at))) {
                return -1;
            }
            at++;
        }
        return -1;
    }

    private static boolean plainWord(Unit u) {
        return !u.barrier() && !isConjunction(u) && !GAP_STOPS.contains(u.lower());
    }

    private static int matchInOrder(List<Unit> units, int i, Form form) {
        List<Unit> want = form.units();
        if (i + want.size() > units.size()) {
            return -1;
        }
        int at = i;
        for (int j = 0; j < want.size(); j++) {
            if (form.gapBefore()[j]) {
                int skipped = 0;
                if (j == 1) {
                    at = pastCoordinatedVerb(units, at);
                }
                while (at < units.size() && !unitOk(units.get(at), want.get(j), form.exactCase()[j], form.asWritten())) {
                    Unit u = units.get(at);
                    if (u.barrier() || GAP_STOPS.contains(u.lower()) || !u.joined() && ++skipped > MAX_GAP) {
                        return -1;
                    }
                    at++;
                }
                if (at >= units.size()) {
                    return -1;
                }
            } else if (at >= units.size() || !unitOk(units.get(at), want.get(j), form.exactCase()[j], form.asWritten())) {
                return -1;
            }
            at++;
        }
        // "manage team's workload": a possessive last word owns what follows rather than qualifying it.
        if (form.hasGap() && at < units.size() && !possessive(units.get(at - 1)) && !mayFollowGappedMatch(units.get(at))) {
            return -1;
        }
        return at;
    }

    /**
     * Where a gap starts after a form's first word that is coordinated with a second verb of the same ending:
     * "cleansing &amp; processing data" is "cleanse ... data", "managed and coordinated the team" is "manage ...
     * team" (two verbs sharing one object). Only right after the first word, only -ing with -ing or -ed with
     * -ed, so "led workshops and managed the team" stays what it was. Returns {@code at} when there is none.
     */
    static int pastCoordinatedVerb(List<Unit> units, int at) {
        if (at < 1 || at + 1 >= units.size()) {
            return at;
        }
        Unit first = units.get(at - 1);
        Unit conjunction = units.get(at);
        Unit verb = units.get(at + 1);
        boolean joins = isConjunction(conjunction) || conjunction.surface().equals("&");
        if (!joins || first.barrier() || verb.barrier() || verb.joined()) {
            return at;
        }
        String a = first.lower();
        String b = verb.lower();
        boolean sameEnding = a.endsWith("ing") && b.endsWith("ing") || a.endsWith("ed") && b.endsWith("ed");
        return sameEnding && a.length() > 4 && b.length() > 4 ? at + 2 : at;
    }

    private static boolean possessive(Unit u) {
        String w = u.lower();
        return w.endsWith("'s") || w.endsWith("s'");
    }

    private static boolean mayFollowGappedMatch(Unit next) {
        String w = next.lower();
        return next.barrier() || GAP_FOLLOWERS.contains(w) || w.endsWith("ly") || !Character.isLetter(w.charAt(0));
    }

    private static boolean unitOk(Unit have, Unit want, boolean exactCase, boolean asWritten) {
        if (want.barrier() || have.barrier()) {
            return want.barrier() && have.barrier() && have.surface().equals(want.surface());
        }
        if (asWritten && !exactCase && !sameSpelling(have.lower(), want.lower())) {
            return false;
        }
        return unitMatches(have, want, exactCase);
    }

    /**
     * Whether a word of the text may stand for a name's form word: a participle in a name ("scaled" in "scaled
     * agile", SAFe; "Structured" in "Structured Query Language") is part of the name, so the text must have it as
     * written, or its stem ("Structure Query Language"), never another inflection: "scaling agile" is not SAFe.
     * Other words of a name's forms match with their inflections as usual ("established a PMO" finds "establish ...
     * PMO"; "Excel macro" finds "Excel macros").
     */
    private static boolean sameSpelling(String have, String want) {
        String a = WordKeys.ukSpelling(have);
        String b = WordKeys.ukSpelling(want);
        if (!b.endsWith("ed") || b.length() < 5) {
            return true;
        }
        return a.equals(b) || a.equals(b.substring(0, b.length() - 1)) || a.equals(b.substring(0, b.length() - 2))
                || a.length() >= FUZZY_MIN_LENGTH && fuzzyEqual(a, b);
    }

    /**
     * Whether a keyword's term is a name (a method, a credential, a product): a capital after its first letter or
     * a digit ("Lean Six Sigma", "SAFe", "APM PMQ", "PRINCE2", "Microsoft Project"), not a common phrase
     * ("Risk management", "Agile"). A common word pair is never expanded into a name: a coordinated list does not
     * share its last word with a name's form ("lean and agile thinking" is not lean thinking, so not Lean Six
     * Sigma), and a participle in a name's form matches only as written ({@link #sameSpelling}).
     */
    static boolean isName(String term) {
        for (int i = 1; i < term.length(); i++) {
            char c = term.charAt(i);
            if (Character.isUpperCase(c) || Character.isDigit(c)) {
                return true;
            }
        }
        return false;
    }

    private static boolean unitMatches(Unit have, Unit want, boolean exactCase) {
        if (exactCase) {
            String s = have.surface();
            String w = want.surface();
            return s.equals(w) || s.equals(w + "s") || s.equals(w + "'s") || s.equals(w + "’s");
        }
        if (exactEqual(have, want)) {
            return true;
        }
        String a = have.lower();
        String b = want.lower();
        return a.length() >= FUZZY_MIN_LENGTH && b.length() >= FUZZY_MIN_LENGTH && fuzzyEqual(a, b);
    }

    private static boolean exactEqual(Unit have, Unit want) {
        return have.key().equals(want.key()) || (have.lemmaKey() != null && have.lemmaKey().equals(want.key()));
    }

    /** One edit apart, both letters only, and neither a prefix of the other (programme ≠ programmer). */
    static boolean fuzzyEqual(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        if (a.isEmpty() || b.isEmpty() || a.charAt(0) != b.charAt(0)) {
            return false;  // settles most pairs before the letter and prefix tests
        }
        if (!isLetters(a) || !isLetters(b) || a.startsWith(b) || b.startsWith(a)) {
            return false;
        }
        return ONE_EDIT.apply(a, b) == 1;
    }

    private static boolean isLetters(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isLetter(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Two or more capitals and at most five letters, in one word: PMP, MoP, CoE, P3O, RAID. */
    static boolean looksLikeAcronym(String word) {
        int upper = 0;
        int letters = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) {
                    upper++;
                }
            }
        }
        return upper >= 2 && letters <= 5;
    }

    private static List<KeywordMatch> dropContained(List<KeywordMatch> found) {
        found.sort(Comparator.comparingInt(KeywordMatch::start).thenComparing(m -> -(m.end() - m.start())));
        List<KeywordMatch> out = new ArrayList<>();
        for (KeywordMatch m : found) {
            boolean contained = false;
            for (KeywordMatch kept : out) {
                // Contained, or overlapping one that starts first: "Reduced supplier costs by 12%" is one
                // match of cost control, not "Reduced supplier costs" and "costs by".
                if (kept.keyword() == m.keyword() && kept.start() <= m.start() && m.start() < kept.end()) {
                    contained = true;
                    break;
                }
            }
            if (!contained) {
                out.add(m);
            }
        }
        return out;
    }

    // --- units: the words that are compared ---------------------------------------------------------

    /**
     * A word to compare.
     *
     * @param surface  the word as written
     * @param lower    lower case (Locale.ROOT)
     * @param key      the matching key
     * @param lemmaKey the key of the tagger's lemma, when the token was not split, else null
     * @param barrier  sentence punctuation that no phrase may cross
     * @param joined   a later piece of a hyphenated or slashed word ("person" in "6-person"): one word with the
     *                 piece before it where an alias allows a few words ({@link #MAX_GAP})
     */
    record Unit(String surface, String lower, String key, String lemmaKey, int start, int end, boolean barrier,
            boolean joined) {
    }

    /**
     * One form of a keyword, compiled. A class, not a record: forms are compared by identity, and a record's
     * deep hash over its units cost a tenth of a batch's CPU in the candidate sets.
     */
    private static final class Form {
        private final Keyword keyword;
        private final String form;
        private final List<Unit> units;
        private final boolean[] exactCase;
        private final boolean[] gapBefore;
        private final boolean hasGap;

        private final boolean itemOnly;
        private final boolean asWritten;

        Form(Keyword keyword, String form, List<Unit> units, boolean[] exactCase, boolean[] gapBefore, boolean itemOnly) {
            this.keyword = keyword;
            this.asWritten = isName(keyword.term());
            this.form = form;
            this.units = units;
            this.exactCase = exactCase;
            this.gapBefore = gapBefore;
            this.itemOnly = itemOnly;
            boolean any = false;
            for (boolean g : gapBefore) {
                any |= g;
            }
            this.hasGap = any;
        }

        boolean[] gapBefore() {
            return gapBefore;
        }

        /** A form that counts only as a whole list item ("Communication" between commas for communication skills). */
        boolean itemOnly() {
            return itemOnly;
        }

        /**
         * For a form "X skills", the form "X" that counts when it stands alone as a list item: a skills list that
         * says "Leadership | Communication | Teamwork" shows communication skills, "improve communication" does not.
         */
        Form listItem() {
            int n = units.size();
            if (n < 2 || hasGap || itemOnly || !units.get(n - 1).key().equals(SKILL_KEY)) {
                return null;
            }
            return new Form(keyword, form, units.subList(0, n - 1), java.util.Arrays.copyOf(exactCase, n - 1),
                    java.util.Arrays.copyOf(gapBefore, n - 1), true);
        }

        boolean hasGap() {
            return hasGap;
        }

        /** Whether the form is a name's, whose participles match only as written ({@link #sameSpelling}). */
        boolean asWritten() {
            return asWritten;
        }

        Keyword keyword() {
            return keyword;
        }

        String form() {
            return form;
        }

        List<Unit> units() {
            return units;
        }

        boolean[] exactCase() {
            return exactCase;
        }
    }

    /** Whether a token holds a character of {@link #PIECE_SPLIT} (most do not, and need no split). */
    private static boolean hasPieceBreak(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '-' || c == '/' || c == '_' || c == '\u2013' || c == '\u2014') {
                return true;
            }
        }
        return false;
    }

    static List<Unit> units(AnalyzedText text, Map<String, String> familyOf) {
        List<Unit> out = pieces(text, familyOf);
        String all = text.text();
        for (int i = 1; i < out.size(); i++) {
            Unit u = out.get(i);
            Unit before = out.get(i - 1);
            if (!u.barrier() && !before.barrier() && u.start() > before.end() && onlyPieceBreaks(all, before.end(), u.start())) {
                out.set(i, new Unit(u.surface(), u.lower(), u.key(), u.lemmaKey(), u.start(), u.end(), false, true));
            }
        }
        return out;
    }

    /** Whether the text between two words is only hyphens or slashes ("6-person", "weekly/monthly"): one word. */
    private static boolean onlyPieceBreaks(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c != '-' && c != '/' && c != '_' && c != '\u2013' && c != '\u2014') {
                return false;
            }
        }
        return true;
    }

    private static List<Unit> pieces(AnalyzedText text, Map<String, String> familyOf) {
        List<Unit> out = new ArrayList<>();
        for (Token t : text.tokens()) {
            String s = t.text();
            if (!s.isEmpty() && BARRIER_CHARS.indexOf(s.charAt(0)) >= 0 && BARRIER.matcher(s).matches()) {
                out.add(new Unit(s, s, s, null, t.start(), t.end(), true, false));
                continue;
            }
            if (s.equals("&") || s.equalsIgnoreCase("and")) {
                out.add(new Unit(s, "and", "and", null, t.start(), t.end(), false, false));
                continue;
            }
            String[] pieces = hasPieceBreak(s) ? PIECE_SPLIT.split(s) : new String[] {s};
            if (pieces.length == 1) {
                String word = trimPunct(s);
                if (!word.isEmpty()) {
                    int offset = t.start() + s.indexOf(word);
                    String lemmaKey = t.lemma().equals(word.toLowerCase(Locale.ROOT)) ? null
                            : family(familyOf, WordKeys.key(t.lemma()));
                    out.add(unit(word, offset, lemmaKey, familyOf));
                }
                continue;
            }
            int from = 0;
            for (String piece : pieces) {
                int at = s.indexOf(piece, from);
                from = at + piece.length();
                String word = trimPunct(piece);
                if (!word.isEmpty()) {
                    out.add(unit(word, t.start() + at + piece.indexOf(word), null, familyOf));
                }
            }
        }
        return out;
    }

    private static String family(Map<String, String> familyOf, String key) {
        return familyOf.isEmpty() ? key : familyOf.getOrDefault(key, key);
    }

    private static Unit unit(String word, int start, String lemmaKey, Map<String, String> familyOf) {
        String lower = word.toLowerCase(Locale.ROOT);
        String key = family(familyOf, WordKeys.key(word));
        return new Unit(word, lower, key, lemmaKey, start, start + word.length(), false, false);
    }

    /** Strips punctuation around a word but keeps what belongs to names like C#, C++, .NET, Monday.com. */
    private static String trimPunct(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && !Character.isLetterOrDigit(s.charAt(a)) && s.charAt(a) != '.' && s.charAt(a) != '£'
                && s.charAt(a) != '$' && s.charAt(a) != '€') {
            a++;
        }
        while (b > a && !Character.isLetterOrDigit(s.charAt(b - 1)) && s.charAt(b - 1) != '#'
                && s.charAt(b - 1) != '+') {
            b--;
        }
        String w = s.substring(a, b);
        if (w.startsWith(".") && (w.length() < 2 || !Character.isUpperCase(w.charAt(1)))) {
            w = w.substring(1);
        }
        return w;
    }
}

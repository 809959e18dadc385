package io.pmotoolkit.core.match;

import io.pmotoolkit.core.model.Area;
import io.pmotoolkit.core.model.Keyword;
import io.pmotoolkit.core.model.SkillsModel;
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
 * <p>Text and keyword forms go through the same OpenNLP tokeniser and lemmatiser, then each word is
 * compared by its {@linkplain WordKeys matching key}, so that:
 * <ul>
 *   <li>multi-word phrases match in their word order across inflections and UK/US spellings
 *       ("prioritizing portfolios" finds "prioritise portfolio", "managed stakeholders" finds
 *       "manage stakeholders");</li>
 *   <li>hyphens, slashes and spaces are alike ("stage-gate" = "stage gate") and a possessive is
 *       ignored ("PMO's" finds "PMO");</li>
 *   <li>words are whole tokens, so "PMP" is not found in "PMPX", "Java" not in "JavaScript";</li>
 *   <li>forms that look like acronyms (two or more capitals, at most five letters: PMP, MoP, CoE, RAID)
 *       must keep their case, so the household word "mop" is not Management of Portfolios; a plural
 *       "s" is allowed ("KPIs");</li>
 *   <li>a phrase never runs across sentence punctuation or a bullet;</li>
 *   <li>one typo is forgiven in long words only (nine letters or more, same length or a letter
 *       missing inside, never a prefix), where it cannot turn one real word into another.</li>
 * </ul>
 *
 * <p>Build one per model with {@link #of(SkillsModel)} and share it: immutable and thread-safe.
 */
public final class KeywordMatcher {

    private static final int FUZZY_MIN_LENGTH = 9;
    private static final Pattern PIECE_SPLIT = Pattern.compile("[-/_\u2013\u2014]");
    private static final Pattern BARRIER = Pattern.compile("[.;:|!?\u2022\u00b7()\\[\\]{}]+");
    private static final LevenshteinDistance ONE_EDIT = new LevenshteinDistance(1);

    /** Most tokens allowed between the two words of a loose two-word match. */
    static final int LOOSE_GAP = 3;
    private static final Set<String> FUNCTION_WORDS = Set.of("and", "the", "for", "with", "from", "into", "of");

    private final Map<String, List<Form>> byFirstKey = new HashMap<>();
    private final Map<String, List<Form>> looseByKey = new HashMap<>();
    private static final int CACHE_LIMIT = 50_000;
    private final java.util.concurrent.ConcurrentHashMap<String, List<Form>> fuzzyCache =
            new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<Integer, Set<String>> longWordsByLength = new HashMap<>();

    private KeywordMatcher(List<Keyword> keywords, java.util.function.Predicate<Keyword> loose) {
        Nlp nlp = Nlp.get();
        for (Keyword k : keywords) {
            for (String form : new LinkedHashSet<>(k.forms())) {
                List<Unit> units = units(nlp.tokenize(form));
                if (units.isEmpty() || units.stream().anyMatch(Unit::barrier)) {
                    continue;
                }
                boolean[] exactCase = new boolean[units.size()];
                for (int i = 0; i < units.size(); i++) {
                    exactCase[i] = k.caseSensitive() != null ? k.caseSensitive() : looksLikeAcronym(units.get(i).surface());
                }
                Form f = new Form(k, form, units, exactCase);
                byFirstKey.computeIfAbsent(units.get(0).key(), x -> new ArrayList<>()).add(f);
                if (loose.test(k) && canMatchLoosely(units, exactCase)) {
                    looseByKey.computeIfAbsent(units.get(0).key(), x -> new ArrayList<>()).add(f);
                    if (!units.get(1).key().equals(units.get(0).key())) {  // each list holds a form once
                        looseByKey.computeIfAbsent(units.get(1).key(), x -> new ArrayList<>()).add(f);
                    }
                }
                String first = units.get(0).lower();
                if (!exactCase[0] && first.length() >= FUZZY_MIN_LENGTH && isLetters(first)) {
                    longWordsByLength.computeIfAbsent(first.length(), x -> new LinkedHashSet<>()).add(units.get(0).key());
                }
            }
        }
    }

    /**
     * A matcher for every keyword of the model. Two-word practice terms ("strategic alignment") also
     * match loosely; names of tools, certifications and qualifications only match as written.
     */
    public static KeywordMatcher of(SkillsModel model) {
        java.util.Set<String> exactOnly = new java.util.HashSet<>();
        for (var c : model.competencies()) {
            if (c.area() == Area.TOOLS || c.area() == Area.CERTIFICATIONS || c.area() == Area.EDUCATION) {
                exactOnly.add(c.id());
            }
        }
        return new KeywordMatcher(model.keywords(), k -> !exactOnly.contains(k.competency()));
    }

    /** A matcher for the given keywords only, all matched as written (no loose two-word matches). */
    public static KeywordMatcher of(List<Keyword> keywords) {
        return new KeywordMatcher(keywords, k -> false);
    }

    /**
     * Two lower-case content words of four letters or more ("budget tracking", not "Power BI" or
     * "PMO set-up"): such a pair may match in either order with up to {@value #LOOSE_GAP} words
     * between, as in "tracked the budget" or "alignment to strategic goals".
     */
    private static boolean canMatchLoosely(List<Unit> units, boolean[] exactCase) {
        if (units.size() != 2 || exactCase[0] || exactCase[1]) {
            return false;
        }
        for (int i = 0; i < 2; i++) {
            String w = units.get(i).surface();
            if (w.length() < 4 || !isLetters(w) || FUNCTION_WORDS.contains(units.get(i).lower())) {
                return false;
            }
            for (int c = 1; c < w.length(); c++) {
                if (Character.isUpperCase(w.charAt(c))) {
                    return false;
                }
            }
            if (i == 1 && Character.isUpperCase(w.charAt(0))) {
                return false;
            }
        }
        return !units.get(0).key().equals(units.get(1).key());
    }

    /** Finds keywords in a piece of text (analysed here). */
    public List<KeywordMatch> find(String text) {
        return find(Nlp.get().analyze(text));
    }

    /**
     * Finds keywords in analysed text, in order of position. Where one keyword matches twice over the
     * same words (a longer and a shorter form), only the longer match is kept; different keywords may
     * overlap ("PRINCE2 Practitioner" also shows "PRINCE2").
     */
    public List<KeywordMatch> find(AnalyzedText text) {
        List<Unit> units = units(text);
        List<KeywordMatch> found = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            Unit u = units.get(i);
            if (u.barrier()) {
                continue;
            }
            for (Form f : candidates(u)) {
                int end = matchAt(units, i, f);
                if (end > 0) {
                    Unit last = units.get(end - 1);
                    boolean fuzzy = false;
                    for (int j = 0; j < f.units().size(); j++) {
                        fuzzy |= !exactEqual(units.get(i + j), f.units().get(j));
                    }
                    found.add(new KeywordMatch(f.keyword(), f.form(), text.text().substring(u.start(), last.end()),
                            u.start(), last.end(), fuzzy));
                }
            }
        }
        findLoose(units, text, found);
        return dropContained(found);
    }

    private void findLoose(List<Unit> units, AnalyzedText text, List<KeywordMatch> found) {
        for (int i = 0; i < units.size(); i++) {
            Unit a = units.get(i);
            if (a.barrier()) {
                continue;
            }
            List<Form> forms = union(looseByKey.get(a.key()), a.lemmaKey() == null ? null : looseByKey.get(a.lemmaKey()));
            for (Form f : forms) {
                int mine = exactEqual(a, f.units().get(0)) ? 0 : 1;
                Unit other = f.units().get(1 - mine);
                for (int j = i + 1; j < units.size() && j <= i + 1 + LOOSE_GAP; j++) {
                    Unit b = units.get(j);
                    if (b.barrier()) {
                        break;
                    }
                    if (exactEqual(b, other)) {
                        found.add(new KeywordMatch(f.keyword(), f.form(), text.text().substring(a.start(), b.end()),
                                a.start(), b.end(), false));
                        break;
                    }
                }
            }
        }
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
        List<Unit> want = form.units();
        if (i + want.size() > units.size()) {
            return -1;
        }
        for (int j = 0; j < want.size(); j++) {
            Unit have = units.get(i + j);
            if (have.barrier() || !unitMatches(have, want.get(j), form.exactCase()[j])) {
                return -1;
            }
        }
        return i + want.size();
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
                if (kept.keyword() == m.keyword() && kept.start() <= m.start() && kept.end() >= m.end()) {
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
     */
    record Unit(String surface, String lower, String key, String lemmaKey, int start, int end, boolean barrier) {
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

        Form(Keyword keyword, String form, List<Unit> units, boolean[] exactCase) {
            this.keyword = keyword;
            this.form = form;
            this.units = units;
            this.exactCase = exactCase;
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

    static List<Unit> units(AnalyzedText text) {
        List<Unit> out = new ArrayList<>();
        for (Token t : text.tokens()) {
            String s = t.text();
            if (!s.isEmpty() && ".;:|!?\u2022\u00b7()[]{}".indexOf(s.charAt(0)) >= 0 && BARRIER.matcher(s).matches()) {
                out.add(new Unit(s, s, s, null, t.start(), t.end(), true));
                continue;
            }
            if (s.equals("&") || s.equalsIgnoreCase("and")) {
                out.add(new Unit(s, "and", "and", null, t.start(), t.end(), false));
                continue;
            }
            String[] pieces = hasPieceBreak(s) ? PIECE_SPLIT.split(s) : new String[] {s};
            if (pieces.length == 1) {
                String word = trimPunct(s);
                if (!word.isEmpty()) {
                    int offset = t.start() + s.indexOf(word);
                    String lemmaKey = t.lemma().equals(word.toLowerCase(Locale.ROOT)) ? null : WordKeys.key(t.lemma());
                    out.add(unit(word, offset, lemmaKey));
                }
                continue;
            }
            int from = 0;
            for (String piece : pieces) {
                int at = s.indexOf(piece, from);
                from = at + piece.length();
                String word = trimPunct(piece);
                if (!word.isEmpty()) {
                    out.add(unit(word, t.start() + at + piece.indexOf(word), null));
                }
            }
        }
        return out;
    }

    private static Unit unit(String word, int start, String lemmaKey) {
        String lower = word.toLowerCase(Locale.ROOT);
        String key = WordKeys.key(word);
        return new Unit(word, lower, key, lemmaKey, start, start + word.length(), false);
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

package io.pmotoolkit.core.text;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The curated list of action verbs (CV lines, interview answers), and turning a base form or an {@code -ing} form into the past tense.
 *
 * <p>Why a list on top of the part-of-speech tagger: the UD-EWT models often tag a past-tense verb that
 * opens a bullet as an adjective ("Delivered/ADJ") and lemmatise "Led" as "led", so the tagger alone
 * misses the most common CV openers.
 *
 * <p>Thread-safe: immutable tables filled once.
 */
public final class ActionVerbs {

    /** Regular verbs: the past tense is built by the spelling rules in {@link #regularPast(String)}. */
    private static final String REGULAR = """
            manage deliver introduce reduce coordinate maintain establish implement design develop create
            launch produce prepare plan organise organize facilitate streamline standardise standardize
            automate negotiate secure own direct chair train mentor coach support track monitor report
            analyse analyze review audit govern schedule budget save increase improve resolve migrate
            consolidate redesign transform champion spearhead pioneer initiate define draft present advise
            influence persuade recruit hire onboard achieve complete close execute administer process compile
            collate update document embed deploy integrate configure test evaluate assess identify mitigate
            escalate control allocate prioritise prioritize align enable accelerate shorten halve double triple
            expand lower decrease eliminate recover turn mobilise mobilize restructure revamp overhaul
            benchmark baseline scope sequence orchestrate supervise oversee engage liaise partner collaborate
            generate exceed surpass boost raise cut reshape simplify modernise modernize centralise
            centralize measure forecast assure procure contract handle convert rebuild publish
            rationalise rationalize optimise optimize shape host form pilot steer
            """;
    private static final Map<String, String> IRREGULAR_PAST = Map.ofEntries(
            Map.entry("lead", "led"), Map.entry("run", "ran"), Map.entry("build", "built"),
            Map.entry("set", "set"), Map.entry("write", "wrote"), Map.entry("make", "made"),
            Map.entry("oversee", "oversaw"), Map.entry("drive", "drove"), Map.entry("hold", "held"),
            Map.entry("keep", "kept"), Map.entry("bring", "brought"), Map.entry("cut", "cut"),
            Map.entry("put", "put"), Map.entry("win", "won"), Map.entry("teach", "taught"),
            Map.entry("grow", "grew"), Map.entry("forecast", "forecast"), Map.entry("rebuild", "rebuilt"),
            Map.entry("meet", "met"), Map.entry("sell", "sold"), Map.entry("spend", "spent"),
            Map.entry("take", "took"), Map.entry("give", "gave"), Map.entry("stand", "stood"),
            Map.entry("see", "saw"), Map.entry("begin", "began"), Map.entry("speak", "spoke"),
            Map.entry("get", "got"), Map.entry("draw", "drew"), Map.entry("find", "found"));

    /**
     * Past tenses of common irregular verbs that are not action verbs ("sit on the board", "deal with
     * queries"): used only to put a line's own verb in the past tense, never to recognise an action verb.
     */
    private static final Map<String, String> OTHER_IRREGULAR_PAST = Map.ofEntries(
            Map.entry("sit", "sat"), Map.entry("come", "came"), Map.entry("know", "knew"),
            Map.entry("think", "thought"), Map.entry("feel", "felt"), Map.entry("leave", "left"),
            Map.entry("send", "sent"), Map.entry("pay", "paid"), Map.entry("say", "said"), Map.entry("tell", "told"),
            Map.entry("deal", "dealt"), Map.entry("lend", "lent"), Map.entry("understand", "understood"),
            Map.entry("undertake", "undertook"), Map.entry("choose", "chose"), Map.entry("fly", "flew"),
            Map.entry("buy", "bought"), Map.entry("catch", "caught"), Map.entry("seek", "sought"),
            Map.entry("fight", "fought"), Map.entry("hear", "heard"), Map.entry("lay", "laid"),
            Map.entry("lose", "lost"), Map.entry("mean", "meant"), Map.entry("read", "read"),
            Map.entry("ride", "rode"), Map.entry("rise", "rose"), Map.entry("shoot", "shot"),
            Map.entry("show", "showed"), Map.entry("sleep", "slept"), Map.entry("split", "split"),
            Map.entry("spread", "spread"), Map.entry("stick", "stuck"), Map.entry("strike", "struck"),
            Map.entry("swim", "swam"), Map.entry("throw", "threw"), Map.entry("wear", "wore"),
            Map.entry("withdraw", "withdrew"), Map.entry("cost", "cost"), Map.entry("hit", "hit"),
            Map.entry("quit", "quit"), Map.entry("shut", "shut"), Map.entry("upset", "upset"),
            Map.entry("bet", "bet"), Map.entry("broadcast", "broadcast"), Map.entry("hurt", "hurt"),
            Map.entry("feed", "fed"), Map.entry("flee", "fled"), Map.entry("hang", "hung"),
            Map.entry("light", "lit"), Map.entry("overcome", "overcame"), Map.entry("oversell", "oversold"),
            Map.entry("foresee", "foresaw"), Map.entry("withhold", "withheld"), Map.entry("uphold", "upheld"),
            Map.entry("undergo", "underwent"), Map.entry("become", "became"), Map.entry("break", "broke"),
            Map.entry("eat", "ate"), Map.entry("fall", "fell"), Map.entry("forget", "forgot"),
            Map.entry("hide", "hid"), Map.entry("shake", "shook"), Map.entry("sing", "sang"),
            Map.entry("sink", "sank"), Map.entry("steal", "stole"), Map.entry("swear", "swore"),
            Map.entry("wake", "woke"), Map.entry("bear", "bore"), Map.entry("bind", "bound"),
            Map.entry("dig", "dug"), Map.entry("freeze", "froze"), Map.entry("grind", "ground"),
            Map.entry("slide", "slid"), Map.entry("spin", "spun"), Map.entry("sweep", "swept"),
            Map.entry("weave", "wove"), Map.entry("wind", "wound"), Map.entry("input", "input"),
            Map.entry("troubleshoot", "troubleshot"), Map.entry("setup", "set up"), Map.entry("backup", "backed up"),
            Map.entry("follow-up", "followed up"), Map.entry("signoff", "signed off"), Map.entry("login", "logged in"));

    /**
     * Common verbs of duty lines that are not action verbs ("assist", "provide", "reconcile"): known so that a
     * third-person form ("Assists", "Provides") is put in the past from its base, never from the noun-like
     * spelling ("Assistsed"). Used only to put a line's own verb in the past, never to recognise an action verb.
     * A verb of {@link #REGULAR} is not listed again here ({@code ActionVerbsTest} checks).
     */
    private static final Set<String> OTHER_REGULAR = Set.of("""
            assist provide perform conduct serve communicate research reconcile verify validate interact respond
            attend visit file book answer greet check confirm arrange ensure participate contribute explain
            gather collect record enter issue follow help work act operate install repair replace clean inspect
            calculate compute invoice post order stock guide study learn use utilise utilize apply travel type
            edit translate code debug fix approve sign encourage require welcome chase
            """.strip().split("\\s+"));

    /** Endings of past forms no English verb has: "Collaboratived" (an adjective), "Reconcileed". */
    private static final java.util.regex.Pattern IMPLAUSIBLE_PAST = java.util.regex.Pattern.compile(
            ".*(?:tived|[^aeiourt]eed|iesed)$");

    /** Short verbs that double their last consonant: plan → planned. */
    private static final Set<String> DOUBLING = Set.of("plan", "ship", "stop", "commit", "control", "drop", "map",
            "step", "pin", "tag", "scrap", "transfer", "refer", "prefer", "occur", "admit", "submit", "equip",
            "permit", "omit", "regret", "compel", "propel", "excel", "patrol", "enrol", "format", "chat", "chip",
            "clip", "grab", "jog", "log", "nod", "pat", "rob", "rub", "scan", "shop", "skip", "slip", "trim",
            "wrap", "zip");

    /** Every known form (base and past), lower-case, mapped to its past tense. */
    private static final Map<String, String> PAST_BY_FORM = new HashMap<>();
    private static final Set<String> BASES = new HashSet<>();

    /**
     * Past participles that differ from the past tense ("written" → "wrote"), from {@code irregular-forms.txt}
     * (base, past, participle): a list that opens in the past and goes on with one ("Implemented the rules,
     * written controllers") is put right with the past.
     */
    private static final Map<String, String> PAST_OF_PARTICIPLE = new HashMap<>();

    static {
        for (String base : REGULAR.strip().split("\\s+")) {
            add(base, IRREGULAR_PAST.getOrDefault(base, regularPast(base)));
        }
        IRREGULAR_PAST.forEach(ActionVerbs::add);
        for (List<String> row : IrregularForms.ROWS) {
            if (row.size() == 3 && !row.get(1).equals(row.get(2))) {
                PAST_OF_PARTICIPLE.put(row.get(2), row.get(1));
            }
        }
    }

    /** The verbs listed twice: in the action verbs, or as an action verb and as another verb. */
    static Set<String> listedTwice() {
        Set<String> seen = new HashSet<>();
        Set<String> twice = new HashSet<>();
        for (String w : REGULAR.strip().split("\\s+")) {
            if (!seen.add(w) || OTHER_REGULAR.contains(w)) {
                twice.add(w);
            }
        }
        return twice;
    }

    /** The past tense of an irregular past participle ("written" → "wrote"), or null when the word is not one. */
    public static String pastOfParticiple(String word) {
        return PAST_OF_PARTICIPLE.get(word.toLowerCase(Locale.ROOT));
    }

    private ActionVerbs() {
    }

    private static void add(String base, String past) {
        BASES.add(base);
        PAST_BY_FORM.put(base, past);
        PAST_BY_FORM.put(past, past);
    }

    /** Whether a word, in any case, is a listed action verb in its base or past form. */
    public static boolean isActionVerb(String word) {
        return PAST_BY_FORM.containsKey(word.toLowerCase(Locale.ROOT));
    }

    /** Whether a word is a listed verb's past form, also when the base form is the same ("ran", "cut", "set"). */
    public static boolean isPastForm(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.equals(PAST_BY_FORM.get(w));
    }

    /** Whether a word is a listed verb's past form and not also a base form ("ran", "led"; not "set", "lead"). */
    public static boolean isOnlyPast(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.equals(PAST_BY_FORM.get(w)) && !BASES.contains(w);
    }

    /**
     * Whether a word is the base form of a verb this class knows: a listed action verb, a common duty verb
     * ("provide", "compute") or a common irregular verb ("sit", "deal").
     */
    public static boolean isKnownBase(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return BASES.contains(w) && !w.equals(PAST_BY_FORM.get(w)) || OTHER_REGULAR.contains(w)
                || OTHER_IRREGULAR_PAST.containsKey(w) || BASES.contains(w) && IRREGULAR_PAST.containsKey(w);
    }

    /**
     * The base of a third-person form of a known verb ("reviews" → "review", "liaises" → "liaise", "copies" →
     * "copy"), or null when the word is not one.
     */
    public static String baseOfThirdPerson(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (!w.endsWith("s") || w.endsWith("ss")) {
            return null;
        }
        for (String base : new String[] {w.substring(0, w.length() - 1), w.endsWith("es") ? w.substring(0, w.length() - 2)
                : null, w.endsWith("ies") ? w.substring(0, w.length() - 3) + "y" : null}) {
            if (base != null && (BASES.contains(base) || OTHER_REGULAR.contains(base)
                    || OTHER_IRREGULAR_PAST.containsKey(base))) {
                return base;
            }
        }
        return null;
    }

    /**
     * Whether a word is a believable past form: a known one ("led", "set up"), or one ending in -ed that no
     * spelling rule would reject ("Setuped", "Collaboratived" and "Reconcileed" are rejected).
     */
    public static boolean isPlausiblePast(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.equals(PAST_BY_FORM.get(w)) || OTHER_IRREGULAR_PAST.containsValue(w)) {
            return true;
        }
        if (!w.endsWith("ed") || w.length() < 4) {
            return false;
        }
        int n = w.length();
        String[] bases = {w.substring(0, n - 2), w.substring(0, n - 1), w.substring(0, n - 3),
                w.endsWith("ied") ? w.substring(0, n - 3) + "y" : null};
        for (String base : bases) {
            if (base != null && (BASES.contains(base) || OTHER_REGULAR.contains(base)
                    || OTHER_IRREGULAR_PAST.containsKey(base))) {
                return past(base).equals(w);  // "reconcileed", "setuped", "troubleshooted" are not its past
            }
        }
        return !IMPLAUSIBLE_PAST.matcher(w).matches();
    }

    /**
     * The past tense of a verb given in its base, past or {@code -ing} form, lower-case
     * ("managing" → "managed", "lead" → "led", "planning" → "planned").
     */
    public static String past(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        String known = PAST_BY_FORM.get(w);
        if (known != null) {
            return known;
        }
        String other = OTHER_IRREGULAR_PAST.get(w);
        if (other != null) {
            return other;
        }
        if (w.endsWith("ing") && w.length() > 5) {
            return pastFromGerund(w);
        }
        String third = baseOfThirdPerson(w);
        if (third != null) {
            return past(third);  // "reviews" → "reviewed", not "reviewsed"
        }
        if (w.endsWith("ies") && w.length() > 4) {
            return w.substring(0, w.length() - 3) + "ied";  // "copies" → "copied"
        }
        // Already past: "used", "covered".
        return w.endsWith("ed") ? w : regularPast(w);
    }

    private static String pastFromGerund(String w) {
        String stem = w.substring(0, w.length() - 3);
        for (String candidate : new String[] {stem, stem + "e", stem.substring(0, stem.length() - 1)}) {
            String known = PAST_BY_FORM.get(candidate);
            if (known != null && BASES.contains(candidate)) {
                return known;
            }
            String other = OTHER_IRREGULAR_PAST.get(candidate);
            if (other != null) {
                return other;
            }
            if (OTHER_REGULAR.contains(candidate)) {
                return regularPast(candidate);  // "reconciling" → "reconciled"
            }
        }
        // Unknown verb: "maintaining" → "maintained", "managing" → "managed", "copying" → "copied".
        if (stem.endsWith("y") && stem.length() > 1 && !isVowel(stem.charAt(stem.length() - 2))) {
            return stem.substring(0, stem.length() - 1) + "ied";
        }
        return stem + "ed";
    }

    /** The past tense by the regular spelling rules: manage → managed, copy → copied, plan → planned. */
    public static String regularPast(String base) {
        if (base.endsWith("e")) {
            return base + "d";
        }
        if (base.endsWith("y") && base.length() > 1 && !isVowel(base.charAt(base.length() - 2))) {
            return base.substring(0, base.length() - 1) + "ied";
        }
        if (DOUBLING.contains(base)) {
            return base + base.charAt(base.length() - 1) + "ed";
        }
        return base + "ed";
    }

    private static boolean isVowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }
}

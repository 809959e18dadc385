package io.pmotoolkit.resume.lines;

import io.pmotoolkit.core.text.ActionVerbs;
import io.pmotoolkit.resume.checks.DateRangeParser;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Why a line cannot be rewritten safely, read from its shape before any verb is put right: it is not a duty (a
 * label, title, date, contact or template line, a description of someone else), a claim of skill, several points
 * run together, or part of a sentence. A rewrite of such a line would be a broken sentence; the suggestion is
 * guidance instead.
 *
 * <p>Thread-safe: stateless.
 */
final class LineShape {

    /** A line that says which team its writer was part of ("Was part of the backend team."). */
    static final String MEMBERSHIP = "membership";
    /** A line about the writer's own learning ("Attending a workshop in college"). */
    static final String STUDY = "study";
    /** Reasons, named as the guidance texts of {@code rewrite-vocabulary.yaml}. */
    static final String NOT_A_DUTY = "notADuty";
    static final String MERGED = "merged";
    static final String SKILL = "skill";
    static final String FRAGMENT = "fragment";
    static final String UNSURE = "unsure";
    /** A line that states the job held ("Working as a developer"), not what was done in it. */
    static final String ROLE = "role";
    /** A duty written with "I" ("I have taught ..."). */
    static final String FIRST_PERSON = "firstPerson";
    /** A duty with a claim of skill hung on it (", demonstrating expertise in ..."). */
    static final String SKILL_TAIL = "skillTail";
    /** For an achievement that opens weakly and whose opening cannot be put right safely. */
    static final String OWN_ACTION = "ownAction";

    /** Lines longer than this hold more than one point, or will not read as one bullet. */
    private static final int MAX_WORDS = 45;

    /** A short label before a dash or colon: "description - ", "Maintenance & Upgrades: ", "Address: ". */
    private static final Pattern LABEL = Pattern.compile("^[\\p{L}][\\p{L}&/'’ ]{0,30}?\\s*(?:\\s[-–—]\\s|:\\s)");
    private static final Pattern CONTACT_OR_TABLE = Pattern.compile("[|@]|https?://|www\\.|\\b\\d{5,}\\b");
    /** A date range ("Jan 2019 – Mar 2022", "2019 to present"), or a month and year; "May 2019" alone is not one. */
    private static final Pattern DATE_RANGE = Pattern.compile("(?i)\\b(?:(?:" + DateRangeParser.MONTH
            + ")\\.?\\s+)?(?:19|20)\\d{2}\\s*(?:[-–—]|to)\\s*(?:(?:" + DateRangeParser.MONTH
            + ")\\.?\\s+)?(?:(?:19|20)\\d{2}|present|current|now|date|today)\\b"
            + "|\\b(?:" + DateRangeParser.MONTH.replace("|may|", "|") + ")\\.?\\s+(?:19|20)\\d{2}\\b");
    /** A sentence ends and another starts inside the line: "...components. Implemented FTP", "3years.I". */
    private static final Pattern TWO_SENTENCES = Pattern.compile("[\\p{Ll}\\d)\\]%]\\s*[.!?;]\\s*\\p{Lu}\\p{Ll}"
            + "|[\\p{Ll}\\d]\\.\\p{Lu}");
    /** A capitalised word after a lower-case word, with no punctuation between: where a second bullet starts. */
    private static final Pattern CAPITAL_AFTER_LOWER = Pattern.compile("(?<=\\p{Ll}\\s)(\\p{Lu}\\p{Ll}+)\\b");
    private static final Pattern CAPITAL_VERB_AFTER_AND = Pattern.compile("\\b(?:and|or)\\s+\\p{Lu}\\p{Ll}+ed\\b");
    private static final Pattern TEMPLATE = Pattern.compile("^\\[|\\[(?!(?-i:\\p{Lu}{2,8})])[^\\]]{1,30}]|\\bjob description\\s*\\d*$"
            + "|\\blorem ipsum\\b", Pattern.CASE_INSENSITIVE);

    /** A line that opens with "To" and a verb: the second half of a sentence ("To handle large volumes"). */
    private static final Pattern INFINITIVE_OPENING = Pattern.compile("^To\\s+\\p{Ll}+\\b");
    /** A length of time held: "for 4 years", "for the past 3 yrs", "since 2012". */
    private static final Pattern TENURE = Pattern.compile("(?i)\\bfor\\s+(?:the\\s+(?:past|last)\\s+)?\\d+\\+?\\s*"
            + "(?:years?|yrs?|months?)\\b|\\b(?:since|in)\\s+(?:19|20)\\d{2}\\b");
    /** Words that cannot be part of a describing line's subject: the line is a clause after a verb. */
    private static final java.util.Set<String> NOT_IN_SUBJECT = java.util.Set.of("that", "which", "who", "to",
            "whether", "if", "how", "what", "when", "where");

    private LineShape() {
    }

    /**
     * A description of a project, client or system: a subject that is no verb, then a describing verb ("CPI is a
     * maintenance project", "The portal allows customers..."). A duty opens with its verb ("Ensure that the tasks
     * are done") and is not one.
     */
    static boolean describes(String text, RewriteVocabulary v) {
        Optional<String> head = v.subjectBeforeDescribingVerb(text).or(() -> subjectBeforeThirdPerson(text));
        if (head.isEmpty() || Character.isLowerCase(text.strip().codePointAt(0))) {
            // a line that opens in lower case is the cut-off half of a sentence, whatever its verb
            // ("together with static data must therefore be delivered"): the fragment guidance fits it
            return false;
        }
        String[] words = head.get().split("\\s+");
        String first = words[0].toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}-]", "");
        if (first.isEmpty() || ActionVerbs.isActionVerb(first) || ActionVerbs.isKnownBase(first)
                || ActionVerbs.isPastForm(first) || first.endsWith("ed") || first.endsWith("ing")
                || ActionVerbs.baseOfThirdPerson(first) != null) {
            return false;
        }
        for (int i = 0; i < words.length - 1; i++) {
            if (NOT_IN_SUBJECT.contains(words[i].toLowerCase(java.util.Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /** A subject of one to four words, then a verb in -s before a determiner: "The admin module controls the ...". */
    private static final Pattern THIRD_PERSON_AFTER_SUBJECT = Pattern.compile(
            "^((?:[^\\s,;:]+\\s+){1,4}?(\\p{Ll}+s))\\s+(?:the|a|an|all|each|every|its|their|our)\\b");

    /**
     * The subject and its verb when a line opens with a noun phrase and a verb in the third person before its
     * object ("Admin module controls the site data", "The tool stores every change"): a description of a system,
     * not what the writer did. The verb must be a known verb's -s form; the subject is checked by {@link #describes}.
     */
    private static Optional<String> subjectBeforeThirdPerson(String text) {
        Matcher m = THIRD_PERSON_AFTER_SUBJECT.matcher(text.strip());
        if (!m.find() || ActionVerbs.baseOfThirdPerson(m.group(2)) == null) {
            return Optional.empty();
        }
        for (String w : m.group(1).split("\\s+")) {
            if (w.matches("\\p{Ll}+s") && !w.equals(m.group(2)) && ActionVerbs.baseOfThirdPerson(w) != null) {
                return Optional.empty();  // "Reviews and signs the ...": a list of verbs, not a subject
            }
        }
        return Optional.of(m.group(1));
    }

    /** A job, status or admission held for a time ("Worked as a developer for 4 years", "Admitted ... since 2012"). */
    static boolean statesStatus(String text, RewriteVocabulary v) {
        return v.opensWithStatus(text) && TENURE.matcher(text).find();
    }

    /**
     * The duty after a short lower-case label, when one follows it: "description - Prepared the mapping
     * documents" → "Prepared the mapping documents" (a data export's field name before the text).
     */
    static Optional<String> afterLabel(String text) {
        Matcher m = LABEL.matcher(text);
        if (!m.find() || !Character.isLowerCase(text.codePointAt(0))) {
            return Optional.empty();
        }
        // "description - - Designed...", "description - ؠManaging...": more dashes, a stray glyph
        String rest = withoutDebris(LEADING_BULLET.matcher(text.substring(m.end()).replaceFirst("^[\\s\\-–—]+", "")
                .strip()).replaceFirst(""));
        String first = rest.split("[\\s,]+", 2)[0];
        return !rest.isEmpty() && Character.isUpperCase(rest.codePointAt(0)) && (ActionVerbs.isPastForm(first)
                || ActionVerbs.isPlausiblePast(first) && first.endsWith("ed")
                || first.endsWith("ing") && isVerbWord(first)) ? Optional.of(rest) : Optional.empty();
    }

    /** A sentence that ends with a full stop, then only a short aside in brackets: "... for driving business. (PLAN TO WIN)". */
    private static final Pattern TRAILING_ASIDE = Pattern.compile("^(.*[\\p{Ll}\\d]\\.)\\s*\\([^()]{1,60}\\)\\s*\\.?$");

    /**
     * The line without an aside in brackets after its last full stop (a slogan, a label, a note: "Encouraged the
     * team to ... for driving business. (PLAN TO WIN)"): the duty is the sentence before it, and the aside would
     * break the rewrite ("business. (PLAN TO WIN), so that") and choose its result.
     */
    static Optional<String> withoutTrailingAside(String text) {
        Matcher m = TRAILING_ASIDE.matcher(text.strip());
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** A list number before a verb: "2 Using...", "3.Preparing...", "6) Inspect...". */
    private static final Pattern LIST_NUMBER = Pattern.compile("^\\d{1,2}(?:[.)]\\s*|\\s+)(?=(\\p{Lu}\\p{Ll}+)\\b)");
    /** A stray glyph of another script stuck to the first word: a symbol-font bullet read as a letter ("ؠMonitor"). */
    private static final Pattern STRAY_GLYPH = Pattern.compile("^[^\\p{ASCII}\\p{IsLatin}](?=\\p{IsLatin})");
    /** The end of a date range left before a verb by the PDF reader: "Present Developed...", "Current Leading...". */
    private static final Pattern DATE_END = Pattern.compile("^(?:Present|Current|Till date|To date|Now)\\s+"
            + "(?=\\p{Lu}\\p{Ll}+(?:ed|ing)\\b)");

    /**
     * The line without what the reading left before its first word: a list number before a verb, a stray glyph,
     * the end of a date range before a verb in the past or -ing form. The words of the line are kept.
     */
    static String withoutDebris(String text) {
        String t = STRAY_GLYPH.matcher(text).replaceFirst("");
        t = DATE_END.matcher(t).replaceFirst("");
        Matcher n = LIST_NUMBER.matcher(t);
        if (n.find() && isVerbWord(n.group(1))) {
            t = t.substring(n.end());
        }
        return t;
    }

    /** A verb in its past, -ing or base form, as a word of the action-verb list: "Using", "Compiling", "Inspect". */
    private static boolean isVerbWord(String word) {
        String w = word.toLowerCase(java.util.Locale.ROOT);
        return ActionVerbs.isActionVerb(w) || ActionVerbs.isKnownBase(w) || ActionVerbs.isPastForm(w)
                || w.endsWith("ing") && w.length() > 5 && ActionVerbs.isPlausiblePast(ActionVerbs.past(w))
                && !ActionVerbs.past(w).equals(w);
    }

    /** A noun in the plural before "to" and a verb: the subject of a sentence cut before it ("Organizations to make..."). */
    private static final Pattern SUBJECT_OF_CUT_SENTENCE = Pattern.compile("^\\p{Lu}\\p{Ll}+s\\s+to\\s+\\p{Ll}+\\b");

    /**
     * Why no sentence was built for a line whose shape allowed one, once the rewrite found no verb to put right:
     * part of a sentence when it opens with a preposition or a conjunction and has no verb ("Up to completion.") or with a
     * plural noun before "to" and a verb ("Organizations to make informed decisions"); else unsure.
     */
    static String unsureReason(String text, io.pmotoolkit.core.text.AnalyzedText analysis) {
        java.util.List<io.pmotoolkit.core.text.Token> tokens = analysis.tokens();
        String firstPos = tokens.isEmpty() ? "" : tokens.getFirst().pos();
        String first = text.split("\\s+", 2)[0].toLowerCase(java.util.Locale.ROOT);
        boolean verbFirst = ActionVerbs.isActionVerb(first) || ActionVerbs.isKnownBase(first)
                || ActionVerbs.baseOfThirdPerson(first) != null;
        boolean ownVerb = tokens.stream().anyMatch(t -> "VERB".equals(t.pos()) || "AUX".equals(t.pos()));
        if (java.util.Set.of("ADP", "CCONJ", "SCONJ").contains(firstPos) && !verbFirst && !ownVerb && !hasYear(text)
                || SUBJECT_OF_CUT_SENTENCE.matcher(text).find() && !verbFirst) {
            return FRAGMENT;
        }
        return UNSURE;
    }

    /** "Since 2018, handled...": a year after an opening preposition dates a duty, it does not cut one. */
    private static boolean hasYear(String text) {
        return text.matches("^\\p{L}+\\s+(?:\\p{L}+\\s+)?(?:19|20)\\d{2}\\b.*");
    }

    /** The reason a line cannot be rewritten safely, or empty when its shape allows a rewrite. */
    static Optional<String> refusal(String text) {
        RewriteVocabulary v = RewriteVocabulary.builtIn();
        if (FIRST_PERSON_DUTY.matcher(text).find() && isPastWord(firstPersonVerb(text))) {
            return Optional.of(FIRST_PERSON);  // "I have taught A+ and CCNA": a duty in the first person
        }
        boolean notADuty = LABEL.matcher(text).find() || CONTACT_OR_TABLE.matcher(text).find()
                || DATE_RANGE.matcher(text).find() || TEMPLATE.matcher(text).find() || v.opensByDescribing(text)
                || describes(text, v) || statesStatus(text, v);
        boolean title = isTitleCase(text) && !opensInThePast(text, v);
        if (!notADuty && title && opensWithNominalisedDuty(text)) {
            return Optional.of(UNSURE);  // "Selection of Electrical Switchgear for ...": the work named as a noun
        }
        if (notADuty || title) {
            return Optional.of(NOT_A_DUTY);
        }
        if (v.statesStudy(text)) {
            return Optional.of(STUDY);  // "Attending 3d printing workshop in college": own learning, no duty
        }
        if (v.statesMembership(text)) {
            return Optional.of(MEMBERSHIP);  // "Was part of the backend team.": a team named, no duty
        }
        if (v.statesRole(text)) {
            return Optional.of(ROLE);  // "Working as Java developer in Spring MVC": the job held, not a duty
        }
        if (INFINITIVE_OPENING.matcher(text).find()) {
            return Optional.of(FRAGMENT);  // "To handle large": the purpose of a sentence cut from its start
        }
        int first = text.codePointAt(0);
        if (Character.isLowerCase(first) || text.matches("^\\p{L}\\s.*") && !text.matches("^[IA]\\s.*")
                || !Character.isLetter(first) && !Character.isDigit(first) || unbalanced(text)) {
            return Optional.of(FRAGMENT);  // "to take a sinking ship...", "America) using Java", a stray glyph
        }
        if (v.hasSkillTail(text)) {
            return Optional.of(SKILL_TAIL);
        }
        if (v.claimsSkill(text) || v.endsOnSkill(text) && !isVerbWord(text.split("[\\s,]+", 2)[0])) {
            return Optional.of(SKILL);
        }
        if (TWO_SENTENCES.matcher(text).find() || text.split("\\s+").length > MAX_WORDS || secondBullet(text)
                || BULLET_INSIDE.matcher(text).find()) {
            return Optional.of(MERGED);
        }
        if (CAPITAL_VERB_AFTER_AND.matcher(text).find()) {
            return Optional.of(UNSURE);  // "Represented the county and Selected for...": the line's own grammar is broken
        }
        if (endsMidPhrase(text)) {
            return Optional.of(FRAGMENT);
        }
        return Optional.empty();
    }

    /** "I" (perhaps with "have" or "had") before the line's verb: "I have taught ...", "I managed ...". */
    private static final Pattern FIRST_PERSON_DUTY = Pattern.compile("^I\\s+(?:have\\s+|had\\s+)?(\\p{Ll}+)\\b");

    private static String firstPersonVerb(String text) {
        Matcher m = FIRST_PERSON_DUTY.matcher(text);
        return m.find() ? m.group(1) : "";
    }

    /** A verb's past form (a listed one, or a believable one in -ed): not "am", "was", "have". */
    private static boolean isPastWord(String w) {
        return w.length() > 3 && (ActionVerbs.isPastForm(w) || w.endsWith("ed") && ActionVerbs.isPlausiblePast(w)
                || ActionVerbs.pastOfParticiple(w) != null);
    }

    /** Endings that make a verb a noun, with what is put back to find the verb: "selection" → "select". */
    private static final String[][] NOMINAL_ENDINGS = {{"ation", ""}, {"ation", "e"}, {"ation", "ate"}, {"ion", ""},
        {"ion", "e"}, {"ment", ""}, {"ing", ""}, {"ing", "e"}};

    /**
     * Whether a line opens with a verb made a noun ("Selection", "Installation", "Commissioning") followed by "of"
     * or by more such nouns: the work is named, only the verb is missing, so the writer is asked for one.
     */
    private static boolean opensWithNominalisedDuty(String text) {
        String[] words = text.strip().toLowerCase(java.util.Locale.ROOT).split("[\\s,&]+", 7);
        boolean of = false;
        for (int i = 1; i < words.length && i < 6; i++) {
            of |= words[i].equals("of");
        }
        if (!of) {
            return false;
        }
        String w = words[0].replaceAll("[^\\p{L}-]", "");
        if (RewriteVocabulary.builtIn().verbOfActionNoun(w) != null) {
            return true;  // a noun of actionNouns: "Selection of ..."
        }
        w = w.replace("-", "");
        for (String[] e : NOMINAL_ENDINGS) {
            if (w.endsWith(e[0]) && w.length() > e[0].length() + 2) {
                String base = w.substring(0, w.length() - e[0].length()) + e[1];
                if (ActionVerbs.isKnownBase(base) || ActionVerbs.isActionVerb(base)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A bullet sign between two words: two bullets the reading ran together ("… which includes User • VBA …"). */
    private static final Pattern BULLET_INSIDE = Pattern.compile("\\S\\s+[•●▪■◦►➢❖✓✔]\\s*\\p{L}");
    /** A bullet sign (and the space after it) opening the text after a label: "description - • Taking …". */
    private static final Pattern LEADING_BULLET = Pattern.compile("^[•●▪■◦►➢❖✓✔*-]\\s*");

    /** Words after a line's first word that make what follows a where or a what-for, not the thing worked on. */
    private static final java.util.Set<String> PLACE_PREPOSITIONS =
            java.util.Set.of("in", "at", "on", "for", "to", "with", "by", "from", "of", "as");

    /**
     * Whether the line opens with an action verb in the past tense ("Modified Invoice Smart Form."): its writer
     * said what they did, so capitalised words after it name the thing worked on, not a title.
     */
    private static boolean opensInThePast(String text, RewriteVocabulary v) {
        String[] words = text.split("[\\s,]+", 3);
        String first = words[0].toLowerCase(java.util.Locale.ROOT);
        if (words.length > 1 && PLACE_PREPOSITIONS.contains(words[1].toLowerCase(java.util.Locale.ROOT))) {
            return false;  // "Presented in National Level Paper Presentation": the title is where, not what
        }
        for (String w : text.split("\\s+")) {
            if (v.isJobWord(w.replaceAll("[^\\p{L}]", ""))) {
                return false;  // "Authorised Panel Builder for ...": a title held, not a thing worked on
            }
        }
        if (ActionVerbs.isOnlyPast(first) || ActionVerbs.isActionVerb(first) && first.endsWith("ed")) {
            return true;
        }
        if (first.length() < 5 || !first.endsWith("ed") || !ActionVerbs.isPlausiblePast(first)
                || RewriteVocabulary.builtIn().isNotLeadingVerb(first)) {
            return false;
        }
        // a past form the list does not know: the tagger, asked about the line lower-cased, says verb, not
        // adjective ("Modified Invoice Smart Form", not "Advanced Driver Assistance Systems")
        java.util.List<io.pmotoolkit.core.text.Token> tokens = io.pmotoolkit.core.text.Nlp.get()
                .analyze(Character.toLowerCase(text.charAt(0)) + text.substring(1), 4).tokens();
        return !tokens.isEmpty() && "VERB".equals(tokens.getFirst().pos());
    }

    /** Most words after the first capitalised (acronyms aside): a title or a name ("Authorised Panel Builder for..."). */
    private static boolean isTitleCase(String text) {
        int words = 0;
        int capitals = 0;
        String[] parts = text.strip().split("\\s+");
        for (int i = 1; i < parts.length; i++) {
            String w = parts[i].replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
            if (w.length() < 2 || w.equals(w.toUpperCase(java.util.Locale.ROOT))) {
                continue;  // a number, a sign, an acronym
            }
            words++;
            capitals += Character.isUpperCase(w.codePointAt(0)) ? 1 : 0;
        }
        return words >= 3 && capitals * 10 >= words * 6;
    }

    /** A bracket opened and not closed, or closed and not opened: part of a longer sentence. */
    private static boolean unbalanced(String text) {
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (depth < 0) {
                return true;
            }
        }
        return depth != 0;
    }

    /**
     * A capitalised action verb in the past after a lower-case word ("...problem resolutions Performed routine"),
     * or in its base form after a plain lower-case noun and before "and" or a determiner ("...sign-offs from
     * approvers Gather and perform analysis"): where a second bullet starts.
     */
    private static boolean secondBullet(String text) {
        Matcher m = CAPITAL_AFTER_LOWER.matcher(text);
        while (m.find()) {
            if (m.start() > 0 && ActionVerbs.isOnlyPast(m.group(1)) || m.group(1).endsWith("ed")
                    && ActionVerbs.isActionVerb(m.group(1))) {
                return true;
            }
            if (m.start() > 0 && baseVerbOpensBullet(text, m)) {
                return true;
            }
        }
        return false;
    }

    /** Words before which a capitalised word is a name or a title ("the Support team", "in Build"), not a verb. */
    private static final java.util.Set<String> BEFORE_A_NAME = java.util.Set.of("the", "a", "an", "with", "of", "for",
            "to", "and", "or", "in", "on", "by", "our", "their", "its", "from", "at", "as", "into", "via", "per");
    /** What follows a verb's base form that opens a bullet: "and", or a determiner of its object. */
    private static final Pattern AFTER_BASE_VERB = Pattern.compile("^\\s+(?:and|the|all|a|an|any|each|new)\\s");

    private static boolean baseVerbOpensBullet(String text, Matcher m) {
        String w = m.group(1).toLowerCase(java.util.Locale.ROOT);
        if (!ActionVerbs.isKnownBase(w) || ActionVerbs.isPastForm(w)) {
            return false;
        }
        String before = wordBefore(text, m.start()).toLowerCase(java.util.Locale.ROOT);
        return !BEFORE_A_NAME.contains(before) && !before.endsWith("ed") && !before.endsWith("ing")
                && before.chars().allMatch(Character::isLetter)
                && AFTER_BASE_VERB.matcher(text).region(m.end(), text.length()).find();
    }

    /**
     * The word before {@code at}: the text after the last space of {@code text.substring(0, at).strip()}, found
     * without copying the line (a scan back from {@code at}), so a rule that asks it for every word of a long line
     * stays linear.
     */
    static String wordBefore(String text, int at) {
        int start = headStart(text, at);
        int end = headEnd(text, start, at);
        return text.substring(Math.max(start, text.lastIndexOf(' ', end - 1) + 1), end);
    }

    /** Whether the stripped text before {@code at} is one word (no space in it). */
    static boolean oneWordBefore(String text, int at) {
        int start = headStart(text, at);
        int space = text.indexOf(' ', start);
        return space < 0 || space >= headEnd(text, start, at);
    }

    /** Where {@code text.substring(0, at).strip()} starts in the text. */
    private static int headStart(String text, int at) {
        int start = 0;
        while (start < at && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        return start;
    }

    /** Where {@code text.substring(0, at).strip()} ends in the text, given where it starts. */
    private static int headEnd(String text, int start, int at) {
        int end = at;
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    /** A line that stops on a word that needs more after it: "...Association in", "...that convey". */
    private static boolean endsMidPhrase(String text) {
        String t = text.strip().replaceAll("[\\s,;:/\\-–—]+$", "");
        if (t.length() < text.strip().length() && !text.strip().endsWith(".")) {
            return true;  // ends on a comma, a dash or a slash
        }
        String[] words = t.toLowerCase(java.util.Locale.ROOT).split("\\s+");
        String last = words[words.length - 1];
        if (words.length > 2 && java.util.Set.of("that", "which", "who").contains(words[words.length - 2])
                && !last.endsWith("ed")) {
            return true;  // "...communications for applicants that convey": the relative clause has no end
        }
        return java.util.Set.of("in", "of", "for", "to", "with", "and", "or", "the", "a", "an", "that", "by", "on",
                "at", "from", "as", "which", "who").contains(last);
    }
}

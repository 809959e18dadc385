package io.pmotoolkit.resume.lines;

import io.pmotoolkit.core.text.ActionVerbs;
import io.pmotoolkit.core.text.AnalyzedText;
import io.pmotoolkit.core.text.Nlp;
import io.pmotoolkit.core.text.Token;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites the opening of a CV line as a strong past-tense verb, keeping the line's own words
 * ("Responsible for maintaining the RAID log" → "Maintained the RAID log"), and words the suggestion.
 *
 * <p>Thread-safe: stateless.
 */
final class Rewrite {

    /** Suggestions never run longer than this many characters. */
    static final int MAX_SUGGESTION = 200;

    /** A verb that fits a noun object, by the first keyword found: "the RAID log" → "Maintained". */
    private static final List<Map.Entry<Pattern, String>> VERB_FOR_OBJECT = List.of(
            entry("\\b(?:logs?|registers?|trackers?|databases?|repositor(?:y|ies)|sharepoint|site|intranet)\\b",
                    "Maintained"),
            entry("\\b(?:reports?|reporting|dashboards?|packs?|minutes|mi|papers?)\\b", "Produced"),
            entry("\\b(?:meetings?|workshops?|boards?|forums?|ceremonies|stand-ups?|reviews?)\\b", "Ran"),
            entry("\\b(?:teams?|staff|analysts|officers|coordinators|people)\\b", "Led"),
            entry("\\b(?:stakeholders?|communications?|engagement|suppliers?|vendors?|contractors?)\\b",
                    "Coordinated"),
            entry("\\b(?:frameworks?|process(?:es)?|templates?|standards?|methodolog(?:y|ies)|playbooks?)\\b",
                    "Owned"));
    /** Tags a line can start with for a verb to be put in front of it: "Monthly reporting", "The PMO". */
    private static final Set<String> OBJECT_START = Set.of("NOUN", "PROPN", "ADJ", "DET", "NUM");
    private static final Pattern TRAILING = Pattern.compile("[\\s.;,:]+$");

    private Rewrite() {
    }

    private static Map.Entry<Pattern, String> entry(String regex, String verb) {
        return Map.entry(Pattern.compile(regex), verb);
    }

    /**
     * The line with a strong past-tense verb in front and its other words kept.
     *
     * @param text     the line without its bullet
     * @param analysis the tokens of {@code text}
     * @param opener   the weak opener, or null
     * @param verb     the leading action verb token, or null
     */
    static String strongOpening(String text, AnalyzedText analysis, WeakOpeners.Opener opener, Token verb) {
        if (verb != null) {
            return toPast(text, analysis, verb);
        }
        String rest = opener == null ? text : opener.rest();
        int restStart = text.length() - rest.length();
        Token first = firstTokenFrom(analysis, restStart);
        // After "Responsible for" or "Duties included", an -ing word is a verb ("booking boards").
        boolean gerundAfterOpener = opener != null && first != null && first.text().length() > 5
                && first.text().toLowerCase(Locale.ROOT).endsWith("ing") && !"PROPN".equals(first.pos());
        if (opener == null && first != null && namesAJob(analysis, first)) {
            return text;  // a job title ("Teaching Assistant for the ... course"): no verb to put right
        }
        boolean atStart = first != null && (opener != null || isListPrefix(text.substring(0, first.start())));
        if (atStart && (gerundAfterOpener || isVerbForm(first)
                && (opener != null && isListedVerbForm(first) || opensClause(analysis, first)))) {
            // "Monitoring and recording..." → "Monitored and recorded...", "Work closely with" → "Worked..."
            return toPast(text, analysis, first);
        }
        Token loweredFirst = null;  // the first word of the line lower-cased, as the tagger sees it
        if (opener == null && first != null && first.start() == 0 && Character.isUpperCase(text.charAt(0))) {
            // The tagger takes most capitalised first words for names or nouns ("Liaise with suppliers",
            // "Work closely with"); asked again about the line with its first letter lower-cased, it says verb.
            AnalyzedText again = Nlp.get().analyze(Character.toLowerCase(text.charAt(0)) + text.substring(1), 12);
            List<Token> retagged = again.tokens();
            loweredFirst = retagged.isEmpty() ? null : retagged.getFirst();
            if (!retagged.isEmpty() && ("VERB".equals(retagged.getFirst().pos()) && isVerbForm(retagged.getFirst())
                    && opensClause(again, retagged.getFirst()) || actionVerbBeforeObject(retagged, 0))) {
                return toPast(text, again, retagged.getFirst());
            }
        }
        if (opener == null && (analysis.tokens().isEmpty() || !OBJECT_START.contains(analysis.tokens().getFirst().pos()))) {
            // Neither a verb nor an object comes first ("Since 2018, handled..."): keep the line as written.
            return text;
        }
        if (first != null && isListedVerbForm(first) && !namesAJob(analysis, first)) {
            // A verb the tagger took for a noun, before words the checks above could not place
            // ("Handling Escalations", "Monitoring and Controlling the panel"): the verb alone is put right.
            return capitalise(ActionVerbs.past(first.text())) + text.substring(first.end());
        }
        if (first != null && ROLE_NOUNS.contains(first.text().toLowerCase(Locale.ROOT)) && followedBy(analysis, first,
                ROLE_LINKS)) {
            // "Sponsor for the site move" → "Served as sponsor for the site move"
            return "Served as " + lowerFirst(rest, first, loweredFirst);
        }
        String verbForObject = opener != null && opener.shared() ? "Supported" : verbForObject(rest);
        return verbForObject + " " + lowerFirst(rest, first, loweredFirst);
    }

    /**
     * Whether a first word taken for a verb opens a clause rather than a title or a list of nouns: an -ing
     * word needs its object ("Organising special events", not "Planning, PPM and analytics tools"); a word
     * the action-verb list does not know must not be followed by a noun or a name ("Meet with clients",
     * not "Software Engineer", "Site Reliability Engineer", "Microsoft Office").
     */
    private static boolean opensClause(AnalyzedText analysis, Token first) {
        List<Token> tokens = analysis.tokens();
        int i = tokens.indexOf(first);
        if (i < 0 || i + 1 >= tokens.size()) {
            return false;
        }
        String w = first.text().toLowerCase(Locale.ROOT);
        Token next = tokens.get(i + 1);
        if (w.endsWith("ing") && w.length() > 5) {
            // an object, but not a job: "Teaching Assistant", "Marketing Manager" are titles
            // and a lower-case one: "SHOPPING MANAGEMENT SYSTEM", "Engineering Station" are names
            return GERUND_OBJECT_START.contains(next.pos()) && !namesAJob(analysis, first)
                    && !Character.isUpperCase(next.text().charAt(0))
                    || COORDINATORS.contains(next.text().toLowerCase(Locale.ROOT))
                    && i + 2 < tokens.size() && isJoinedVerb(tokens, i + 2, true);
        }
        if (ActionVerbs.isActionVerb(w)) {
            return true;
        }
        return !Set.of("NOUN", "PROPN", "PUNCT", "SYM", "X", "NUM").contains(next.pos())
                && !Character.isUpperCase(next.text().charAt(0));  // "Gilmore Financial" is a name
    }

    /** Whether the word after {@code word} names a job, so the two are a job title: "Teaching Assistant". */
    private static boolean namesAJob(AnalyzedText analysis, Token word) {
        List<Token> tokens = analysis.tokens();
        int i = tokens.indexOf(word);
        return i >= 0 && i + 1 < tokens.size() && JOB_NOUNS.contains(tokens.get(i + 1).text().toLowerCase(Locale.ROOT));
    }

    private static final Set<String> JOB_NOUNS = Set.of("assistant", "manager", "analyst", "officer", "coordinator",
            "co-ordinator", "engineer", "consultant", "lead", "director", "intern", "administrator", "specialist",
            "associate", "executive", "supervisor", "technician", "instructor", "advisor", "adviser", "trainee",
            "apprentice", "representative", "controller");

    /** What may stand before a line's first word and be dropped: a list number or a year ("9 ", "2005) "). */
    private static boolean isListPrefix(String prefix) {
        for (int k = 0; k < prefix.length(); k++) {
            char c = prefix.charAt(k);
            if (Character.isLowerCase(c) || c == '(' || c == '[' || c == '"' || c == '\u201C' || c == '\'') {
                return false;
            }
        }
        return true;
    }

    /**
     * The text from {@code verb} on, with the verb in the past tense and so are verbs joined to it by "and",
     * "or", a comma or a semicolon in the same form: "Check ID and confirm age" → "Checked ID and confirmed
     * age", "Serve food; prepare and serve dishes" → "Served food; prepared and served dishes".
     */
    private static String toPast(String text, AnalyzedText analysis, Token verb) {
        String lead = verb.text().toLowerCase(Locale.ROOT);
        boolean gerund = lead.endsWith("ing");
        StringBuilder out = new StringBuilder(capitalise(ActionVerbs.past(verb.text())));
        int at = verb.end();
        List<Token> tokens = analysis.tokens();
        // Only a list that opened in the base or -ing form is put in the past; one that opened in the past
        // ("Presided over site walks and walkout validations") is left as the writer had it.
        boolean changed = !ActionVerbs.past(lead).equals(lead);
        for (int i = 1; i < tokens.size() && changed; i++) {
            Token t = tokens.get(i);
            if (t.start() > verb.end() && (CLAUSE_BREAKS.contains(t.text().toLowerCase(Locale.ROOT))
                    || t.text().equals("("))) {
                // "to build, maintain and manage", "that meets", "(coaching and guiding)": verbs of another
                // clause keep their form
                break;
            }
            if (t.start() < verb.end() || !COORDINATORS.contains(tokens.get(i - 1).text().toLowerCase(Locale.ROOT))
                    || !(isJoinedVerb(tokens, i, gerund) || !gerund && actionVerbBeforeObject(tokens, i))) {
                continue;
            }
            out.append(text, at, t.start()).append(ActionVerbs.past(t.text()));
            at = t.end();
        }
        return out.append(text.substring(at)).toString();
    }

    /**
     * A verb in the same form as the verb it is joined to: both base forms, or both -ing forms. An -ing word
     * counts when an object follows it, whatever the tagger said ("answering phones, booking viewings"),
     * or when it is joined to one that does.
     */
    private static boolean isJoinedVerb(List<Token> tokens, int i, boolean gerund) {
        Token t = tokens.get(i);
        String w = t.text().toLowerCase(Locale.ROOT);
        if (NOT_CONVERTIBLE.contains(w) || !Character.isLowerCase(t.text().charAt(0))) {
            return false;
        }
        if (gerund) {
            if (!w.endsWith("ing") || w.length() <= 5 || i + 1 >= tokens.size()) {
                return false;
            }
            Token next = tokens.get(i + 1);
            if (GERUND_OBJECT_START.contains(next.pos()) || "VERB".equals(t.pos()) && "ADP".equals(next.pos())) {
                return true;  // "booking viewings", "updating the database", "dealing with clients"
            }
            // "scheduling and tracking projects": a verb when the list it opens ends in a verb with an
            // object; "events, catering and security" stays as written.
            return COORDINATORS.contains(next.text().toLowerCase(Locale.ROOT)) && i + 2 < tokens.size()
                    && isJoinedVerb(tokens, i + 2, true);
        }
        if (!"VERB".equals(t.pos()) || !w.equals(t.lemma()) || w.endsWith("ing") || !isLetters(w)) {
            return false;
        }
        // A listed verb, any verb with its object right after it ("and confirm it") or joined to one that has
        // ("check and file the timesheets"): not "and state corporate returns", an adjective to the tagger.
        if (ActionVerbs.isActionVerb(w) || i + 1 < tokens.size() && Set.of("DET", "PRON").contains(tokens.get(i + 1).pos())) {
            return true;
        }
        return i + 2 < tokens.size() && COORDINATORS.contains(tokens.get(i + 1).text().toLowerCase(Locale.ROOT))
                && (isJoinedVerb(tokens, i + 2, false) || actionVerbBeforeObject(tokens, i + 2));
    }

    private static boolean isLetters(String w) {
        for (int k = 0; k < w.length(); k++) {
            if (!Character.isLetter(w.charAt(k))) {
                return false;
            }
        }
        return !w.isEmpty();
    }

    /** Tags that open an object, after an -ing word: "booking viewings", "chasing the invoices". */
    private static final Set<String> GERUND_OBJECT_START = Set.of("NOUN", "PROPN", "DET", "ADJ", "NUM", "PRON");

    /**
     * A verb in its base form that the tagger took for a noun, followed by what opens an object or a
     * complement: a listed action verb before "the", "them", a number, an adjective or a preposition
     * ("liaise with suppliers"), any word before "the" or a pronoun when joined to a verb ("and file the
     * timesheets"); not "support staff", "review of", "support for".
     */
    private static boolean actionVerbBeforeObject(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        String w = t.text().toLowerCase(Locale.ROOT);
        if (i + 1 >= tokens.size() || ActionVerbs.isOnlyPast(w) || !w.equals(t.lemma()) || NOT_CONVERTIBLE.contains(w)
                || !("NOUN".equals(t.pos()) || "PROPN".equals(t.pos())) || !isLetters(w)) {
            return false;
        }
        Token next = tokens.get(i + 1);
        String n = next.text().toLowerCase(Locale.ROOT);
        boolean listed = ActionVerbs.isActionVerb(w);
        // an unlisted word counts only as a plain lower-case noun joined to a verb, never a name ("AngularJS")
        boolean plain = i > 0 && "NOUN".equals(t.pos()) && Character.isLowerCase(t.text().charAt(0));
        return switch (next.pos()) {
            case "DET", "PRON" -> listed || plain;  // joined to a verb: "and file the timesheets"
            case "NUM", "ADJ" -> listed;
            case "ADP" -> listed && !n.equals("of") && !n.equals("for");
            default -> false;
        };
    }

    private static boolean followedBy(AnalyzedText analysis, Token token, Set<String> words) {
        List<Token> tokens = analysis.tokens();
        int i = tokens.indexOf(token);
        return i >= 0 && i + 1 < tokens.size() && words.contains(tokens.get(i + 1).text().toLowerCase(Locale.ROOT));
    }

    /** Words after which the verbs belong to another clause: an infinitive, a relative or a subordinate. */
    private static final Set<String> CLAUSE_BREAKS = Set.of("to", "that", "which", "who", "whom", "where", "when",
            "as", "so", "while", "whilst", "because", "if", "until", "by");

    /** Words that join two verbs of a list: "prepare and serve", "check, file". */
    private static final Set<String> COORDINATORS = Set.of("and", "or", "&", ",", ";");
    /** Verbs whose past tense by rule would be wrong or meaningless in a CV line. */
    private static final Set<String> NOT_CONVERTIBLE = Set.of("be", "have", "do", "go", "ensure", "need", "must",
            "can", "will", "may", "let", "try", "want", "like");
    /** Role nouns that open a line as "Sponsor for...", "Member of...": the line says what the person was. */
    private static final Set<String> ROLE_NOUNS = Set.of("sponsor", "owner", "member", "chair", "lead", "secretary",
            "representative", "champion", "deputy", "coordinator", "administrator", "manager", "analyst",
            "officer", "contact", "advisor", "adviser", "mentor", "trustee", "governor");
    private static final Set<String> ROLE_LINKS = Set.of("for", "of", "on", "to");

    /** Suggestion for a duty: lead with the result and the missing number. */
    static String leadWithResult(String body, Topic topic, boolean shared) {
        String before = "Lead with the result: \"";
        String after = ", so that <" + topic.resultHint() + ">\"." + (shared ? " Say which part was yours." : "");
        return before + fit(body, before.length() + after.length()) + after;
    }

    /** Suggestion for a duty whose rewrite already reads as a result: say so only if it was one. */
    static String resultIfItWasOne(String body, boolean quantified) {
        String before = "If this was a result, not just a goal, say so: \"";
        String after = "\"." + (quantified ? "" : " Then add how much.");
        return before + fit(body, before.length() + after.length()) + after;
    }

    /** Suggestion for an achievement that opens weakly: swap in a strong verb. */
    static String openStrongly(String body, boolean shared, boolean quantified) {
        String before = "Open with your own action: \"";
        String after = "\"." + (shared ? " Say which part was yours." : "")
                + (quantified ? "" : " Then add how much.");
        return before + fit(body, before.length() + after.length()) + after;
    }

    /** Suggestion for an achievement without a number. */
    static String addScale(Topic topic) {
        if (topic.example() == null) {
            return null;
        }
        return "How much? Add a number: %, £, time saved or count, e.g. \"" + topic.example() + "\".";
    }

    private static String fit(String body, int around) {
        String b = TRAILING.matcher(body).replaceFirst("");
        int room = MAX_SUGGESTION - around;
        if (b.length() <= room) {
            return b;
        }
        int cut = b.lastIndexOf(' ', room - 1);
        return TRAILING.matcher(b.substring(0, cut > 0 ? cut : room - 1)).replaceFirst("") + "…";
    }

    private static Token firstTokenFrom(AnalyzedText analysis, int start) {
        for (Token t : analysis.tokens()) {
            if (t.start() >= start && Character.isLetter(t.text().codePointAt(0))) {
                return t;
            }
        }
        return null;
    }

    /** An -ing form or a base form of a listed action verb (or one the tagger calls a verb). */
    private static boolean isListedVerbForm(Token t) {
        String w = t.text().toLowerCase(Locale.ROOT);
        if (w.endsWith("ing") && w.length() > 5) {
            return t.isVerb() || ActionVerbs.isActionVerb(ActionVerbs.past(w));
        }
        return ActionVerbs.isActionVerb(w) && (t.isVerb() || !"NOUN".equals(t.pos()));
    }

    /** An -ing form or a base form of a verb that can be turned into the past tense. */
    private static boolean isVerbForm(Token t) {
        String w = t.text().toLowerCase(Locale.ROOT);
        if (w.endsWith("ing") && w.length() > 5 || ActionVerbs.isActionVerb(w)) {
            return isListedVerbForm(t);
        }
        // A verb the list does not know, in its base form: "Work closely with..." → "Worked closely with...";
        // never an acronym the tagger took for a verb ("PMO")
        return "VERB".equals(t.pos()) && w.equals(t.lemma()) && !NOT_CONVERTIBLE.contains(w) && w.length() > 2
                && isLetters(w.replace("-", "")) && !w.startsWith("-") && !w.endsWith("-")
                && !t.text().equals(t.text().toUpperCase(Locale.ROOT));  // "co-ordinate" is a verb too
    }

    /** The verb for the object keyword that comes first; "Managed" when none is found. */
    private static String verbForObject(String object) {
        String lower = object.toLowerCase(Locale.ROOT);
        String verb = "Managed";
        int at = Integer.MAX_VALUE;
        for (Map.Entry<Pattern, String> e : VERB_FOR_OBJECT) {
            Matcher m = e.getKey().matcher(lower);
            if (m.find() && m.start() < at) {
                verb = e.getValue();
                at = m.start();
            }
        }
        return verb;
    }

    /**
     * Lower-cases the first letter of an object that now follows a verb, unless it is a name or an acronym.
     * The tagger calls most capitalised words at the start of a line names, so ask it again about the
     * lower-cased word: "Monthly" becomes "monthly" while "Jira" stays a name. {@code asked} is that answer
     * when the line was already asked about (the object is then the whole line), else null.
     */
    private static String lowerFirst(String object, Token first, Token asked) {
        if (object.isEmpty() || first == null || !Character.isUpperCase(object.charAt(0))) {
            return object;
        }
        String word = first.text();
        if (word.length() > 1 && !word.substring(1).equals(word.substring(1).toLowerCase(Locale.ROOT))) {
            return object;
        }
        String lowered = Character.toLowerCase(object.charAt(0)) + object.substring(1);
        if (asked == null) {
            List<Token> again = Nlp.get().analyze(lowered, 3).tokens();  // only the first word matters
            asked = again.isEmpty() ? null : again.get(0);
        }
        return asked == null || "PROPN".equals(asked.pos()) ? object : lowered;
    }

    private static String capitalise(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}

package io.pmotoolkit.resume.lines;

import io.pmotoolkit.core.result.CvAnalysis.LineResult.Advice;
import io.pmotoolkit.core.text.ActionVerbs;
import io.pmotoolkit.core.text.AnalyzedText;
import io.pmotoolkit.core.text.Nlp;
import io.pmotoolkit.core.text.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites the opening of a CV line as a strong past-tense verb, keeping the line's own words
 * ("Responsible for maintaining the RAID log" → "Maintained the RAID log"), and words the suggestion: the
 * rewrite with a placeholder for the result the line does not state ("Add the result: ..."), never cut short;
 * guidance instead of a sentence when the parse is unsure.
 *
 * <p>Thread-safe: stateless.
 */
final class Rewrite {

    /** Tags a line can start with for a verb to be put in front of it: "Monthly reporting", "The PMO". */
    private static final Set<String> OBJECT_START = Set.of("NOUN", "PROPN", "ADJ", "DET", "NUM");
    private static final Pattern TRAILING = Pattern.compile("[\\s.;,:]+$");

    private Rewrite() {
    }

    /**
     * The line with a strong past-tense verb in front and its other words kept, or null when the parse is unsure
     * (no verb can be found or put in front safely: a title, a name, a noun phrase with no task word).
     *
     * @param text     the line without its bullet
     * @param analysis the tokens of {@code text}
     * @param opener   the weak opener, or null
     * @param verb     the leading action verb token, or null
     */
    static String strongOpening(String text, AnalyzedText analysis, WeakOpeners.Opener opener, Token verb) {
        Matcher dropped = DROPPED_OPENER.matcher(text);
        if (opener == null && dropped.find() && RewriteVocabulary.builtIn().isDroppedOpener(dropped.group(1))) {
            // "Also performed hardware testing" → "Performed hardware testing": the rest read as a line of its own
            String rest = capitalise(text.substring(dropped.end()));
            AnalyzedText again = Nlp.get().analyze(rest);
            Token restVerb = LineClassifier.leadingActionVerb(again);
            return strongOpening(rest, again, null, restVerb);
        }
        Matcher adverb = LEADING_ADVERB.matcher(text);
        if (opener == null && verb == null && adverb.find()
                && !ADJECTIVES_IN_LY.contains(adverb.group(1).toLowerCase(Locale.ROOT))) {
            // "Continuously managing team performance" → "Continuously managed team performance"
            String rest = text.substring(adverb.end());
            String restBody = strongOpening(capitalise(rest), Nlp.get().analyze(capitalise(rest)), null, null);
            String restFirst = rest.split("\\s+", 2)[0];
            boolean pastKept = restBody != null && restBody.startsWith(capitalise(restFirst) + " ")
                    && restFirst.endsWith("ed") && ActionVerbs.isPlausiblePast(restFirst);
            // "Continuously managing ..." was put right; "Effectively coded ..." was already in the past
            if (restBody != null && (pastKept || !restBody.startsWith(capitalise(restFirst) + " "))) {
                return adverb.group(1) + " " + Character.toLowerCase(restBody.charAt(0)) + restBody.substring(1);
            }
        }
        String body = opening(text, analysis, opener, verb);
        if (body == null) {
            return null;
        }
        body = participlesToPast(body);
        if (!body.split("\\s+", 2)[0].equalsIgnoreCase(text.split("\\s+", 2)[0])) {
            body = backshiftThatClause(body);
        }
        return !reads(body, analysis) || presentLeft(text, body, analysis) ? null : slipsPutRight(body);
    }

    /** A word before the line's verb, then a comma or a space and a lower-case word: "Also performed", "Further, built". */
    private static final Pattern DROPPED_OPENER = Pattern.compile("^(\\p{Lu}\\p{Ll}+),?\\s+(?=\\p{Ll})");

    /** "few of the applications" without its article (not "a few of", "very few of"). */
    private static final Pattern FEW_OF = Pattern.compile("(?<!\\b(?:a|very|the|quite|too|so)\\s)\\bfew of\\b");
    /** An acronym's plural written with an apostrophe, at the end of a list item: "Dashboards and PPT's". */
    private static final Pattern ACRONYM_PLURAL = Pattern.compile(
            "\\b(\\p{Lu}{2,6})['’]s(?=\\s*(?:[,.;)]|\\band\\b|\\bor\\b|$))");

    /**
     * The CV's own slips that have one reading only, put right in the rewrite: a misspelt word of
     * {@code misspellings} ("Project Mangers"), a name of {@code casings} written in lower case ("hibernate"), "few of" for "a few of", an acronym's plural with an apostrophe
     * before a comma, "and" or the end ("PPT's" → "PPTs"; "KPI's test scenarios" could be a possessive and stays).
     */
    static String slipsPutRight(String body) {
        String b = midLineNounsLowered(RewriteVocabulary.builtIn().namesCased(RewriteVocabulary.builtIn().spelledRight(body)));
        b = FEW_OF.matcher(b).replaceAll("a few of");
        return ACRONYM_PLURAL.matcher(b).replaceAll("$1s");
    }

    /** A capitalised word with the words either side of it: the one before, the one after (or none). */
    private static final Pattern CAPITALISED_WORD = Pattern.compile("(?<=\\s)(\\p{Lu}\\p{Ll}+)\\b");

    /**
     * The common nouns of {@code midLineNouns} that the CV capitalised mid-sentence, lower-cased: the word before is
     * in lower case (or is the line's first word) and the word after is in lower case, a stop or the end ("worked
     * with the Team to plan" → "the team to plan", "Performed Hardware testing" → "Performed hardware testing").
     * A capitalised run stays ("Business Analyst", "the User Acceptance Testing").
     */
    private static final Pattern LINE_END = Pattern.compile("\\s*(?:[.;]\\s*)?$");
    private static final Pattern BREAK_AFTER = Pattern.compile("[,;)]\\s");
    private static final Pattern LOWER_AFTER = Pattern.compile("\\s+\\p{Ll}");

    /** Whether {@code p} matches at {@code from} (to the end of the text where it ends with $). */
    private static boolean after(Pattern p, String text, int from) {
        return p.matcher(text).region(from, text.length()).lookingAt();
    }

    static String midLineNounsLowered(String body) {
        Matcher m = CAPITALISED_WORD.matcher(body);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String w = m.group(1);
            // Only a listed noun is looked at, and without copying the line: a long line stays linear.
            if (!RewriteVocabulary.builtIn().isMidLineNoun(w)) {
                m.appendReplacement(out, Matcher.quoteReplacement(w));
                continue;
            }
            String before = LineShape.wordBefore(body, m.start());
            boolean firstWord = LineShape.oneWordBefore(body, m.start());
            boolean lowerBefore = !before.isEmpty() && (firstWord || Character.isLowerCase(before.codePointAt(0)))
                    && Character.isLetter(before.codePointAt(before.length() - 1));
            boolean lowerAfter = after(LINE_END, body, m.end()) || after(BREAK_AFTER, body, m.end())
                    || after(LOWER_AFTER, body, m.end());
            m.appendReplacement(out, Matcher.quoteReplacement(lowerBefore && lowerAfter ? w.toLowerCase(Locale.ROOT) : w));
        }
        return m.appendTail(out).toString();
    }

    /** An adverb in -ly before a verb in its -ing, base or third-person form at the start of a line. */
    private static final Pattern LEADING_ADVERB = Pattern.compile("^(\\p{Lu}\\p{Ll}{3,}ly)\\s+(?=\\p{Ll}+(?:ing|s)?\\b)");
    /** Words in -ly that describe a noun ("Monthly reporting", "Early engagement"), not a verb. */
    private static final Set<String> ADJECTIVES_IN_LY = Set.of("daily", "weekly", "monthly", "quarterly", "yearly",
            "hourly", "fortnightly", "early", "only", "friendly", "costly", "timely", "likely", "elderly", "family",
            "assembly", "supply", "reply", "apply", "rely", "italy");

    /** The clause a verb reports, right after it: "Ensured that the tasks are done" (group 1: is/are/has/have). */
    private static final Pattern THAT_CLAUSE = Pattern.compile("^(\\p{L}+ that\\b[^,;.]*?\\b)(is|are|has|have)\\b");

    /**
     * The verb of a clause reported by the line's verb, put in the past with it: "Ensure that the daily tasks
     * are done" → "Ensured that the daily tasks were done". Only the first clause after "that" is changed.
     */
    private static String backshiftThatClause(String body) {
        Matcher m = THAT_CLAUSE.matcher(body);
        if (!m.find()) {
            return body;
        }
        String past = switch (m.group(2)) {
            case "is" -> "was";
            case "are" -> "were";
            default -> "had";
        };
        return m.group(1) + past + body.substring(m.end());
    }

    private static String opening(String text, AnalyzedText analysis, WeakOpeners.Opener opener, Token verb) {
        Matcher actionNoun = ACTION_NOUN_OF.matcher(text);
        if (opener == null && actionNoun.lookingAt() && RewriteVocabulary.builtIn().verbOfActionNoun(actionNoun.group(1)) != null) {
            // "Preparation of material submittals": the work named as a noun; its verb or guidance, never a guess
            return actionNounOpening(text, analysis);
        }
        if (opener != null && !opener.shared() && !opener.rest().isEmpty()) {
            // "Responsible for preparation of the weekly reports" → "Prepared the weekly reports", not "Managed
            // preparation of"; a shared opener ("Involved in") keeps its own verb, the work was not all the writer's
            String rest = capitalise(opener.rest().strip());
            Matcher restNoun = ACTION_NOUN_OF.matcher(rest);
            String fromNoun = restNoun.lookingAt() && RewriteVocabulary.builtIn().verbOfActionNoun(restNoun.group(1)) != null
                    ? actionNounOpening(rest, Nlp.get().analyze(rest)) : null;
            if (fromNoun != null) {
                return fromNoun;  // else the opener's own rule below, as before
            }
        }
        if (verb != null) {
            return toPast(text, analysis, verb);
        }
        String compound = opener == null ? compoundVerb(text) : null;
        if (compound != null) {
            return compound;
        }
        String rest = opener == null ? text : opener.rest();
        int restStart = text.length() - rest.length();
        Token first = firstTokenFrom(analysis, restStart);
        if (first == null) {
            return null;
        }
        // After "Responsible for" or "Duties included", an -ing word is a verb ("booking boards").
        boolean gerundAfterOpener = opener != null && first.text().length() > 5
                && first.text().toLowerCase(Locale.ROOT).endsWith("ing") && !"PROPN".equals(first.pos());
        if (namesAJob(analysis, first)) {
            return null;  // a job title ("Teaching Assistant for the ... course", "reporting manager")
        }
        boolean atStart = opener != null || isListPrefix(text.substring(0, first.start()));
        // after "Responsible for" or "Duties included" a base form is a noun ("document control", "support
        // requests"); only "My role was to", "Helped to" take a verb in its base form
        boolean baseMayFollow = opener == null || opener.asWritten().toLowerCase(Locale.ROOT).endsWith(" to");
        boolean gerund = first.text().toLowerCase(Locale.ROOT).endsWith("ing");
        if (atStart && (gerundAfterOpener || isVerbForm(first) && (gerund || baseMayFollow)
                && (opener != null && isListedVerbForm(first) || opensClause(analysis, first)))) {
            // "Monitoring and recording..." → "Monitored and recorded...", "Work closely with" → "Worked..."
            return toPast(text, analysis, first);
        }
        if (atStart && baseMayFollow && (isThirdPerson(analysis, first) || isKnownBaseBeforeObject(analysis, first))) {
            // "Reviews and validates the inputs" → "Reviewed and validated...", "Compute taxes" → "Computed taxes"
            return toPast(text, analysis, first);
        }
        Token loweredFirst = null;  // the first word of the line lower-cased, as the tagger sees it
        if (opener == null && first.start() == 0 && Character.isUpperCase(text.charAt(0))) {
            // The tagger takes most capitalised first words for names or nouns ("Liaise with suppliers",
            // "Work closely with"); asked again about the line with its first letter lower-cased, it says verb.
            AnalyzedText again = Nlp.get().analyze(Character.toLowerCase(text.charAt(0)) + text.substring(1), 12);
            List<Token> retagged = again.tokens();
            loweredFirst = retagged.isEmpty() ? null : retagged.getFirst();
            if (!retagged.isEmpty() && ("VERB".equals(retagged.getFirst().pos()) && isVerbForm(retagged.getFirst())
                    && opensClause(again, retagged.getFirst()) || actionVerbBeforeObject(retagged, 0))) {
                return toPast(text, again, retagged.getFirst());
            }
            if (isPastAlready(analysis, first, loweredFirst)) {
                return text;  // "Performed 2 full system upgrades": a verb the list does not know, already past
            }
        }
        if (opener == null && !OBJECT_START.contains(analysis.tokens().getFirst().pos())) {
            return null;  // neither a verb nor an object comes first ("Since 2018, handled...")
        }
        if (isListedVerbForm(first) && (gerund || baseMayFollow) && !namesAJob(analysis, first)) {
            // A verb the tagger took for a noun, before words the checks above could not place
            // ("Handling Escalations", "Monitoring and Controlling the panel"): the verb alone is put right.
            return capitalise(ActionVerbs.past(first.text())) + text.substring(first.end());
        }
        if (RewriteVocabulary.builtIn().isRoleNoun(first.text()) && followedBy(analysis, first, ROLE_LINKS)) {
            // "Sponsor for the site move" → "Served as sponsor for the site move"
            return "Served as " + lowerFirst(rest, first, loweredFirst);
        }
        String verbForObject = RewriteVocabulary.builtIn().verbForObject(head(rest, analysis, restStart));
        if (opener == null && (verbForObject == null || !isPlainTask(analysis, first))) {
            return null;  // a noun phrase that names no task we know, or a name, a title, a sentence
        }
        if (MIXED_LIST.matcher(rest).find()) {
            return null;  // "cluster maintenance, adding and removing nodes, manage and review backups": no one verb fits
        }
        Matcher keptOpener = opener == null ? null : WORKED_ON.matcher(opener.asWritten());
        if (keptOpener != null && keptOpener.matches()) {
            // "Worked on Hadoop + Java programming", "Contributed to internal tooling", "Participated in the on-call
            // rotation": "Supported" would change the activity; the writer's own words are kept, in the past, and
            // the object as written ("Hadoop" stays a name)
            int g = keptOpener.group(1) != null ? 1 : keptOpener.group(3) != null ? 3 : 5;
            return capitalise(ActionVerbs.past(keptOpener.group(g))) + " " + keptOpener.group(g + 1).toLowerCase(Locale.ROOT)
                    + " " + rest;
        }
        if (opener != null) {
            // one verb for a list of unlike things ("workshops, user stories and acceptance criteria"): "Managed"
            boolean list = rest.contains(",");
            // "Assisted the audit team complete the audits": a bare verb after the object needs "Helped"
            verbForObject = opener.shared() ? (bareVerbAfterObject(analysis, first) ? "Helped" : "Supported")
                    : verbForObject == null || list ? "Managed" : verbForObject;
        }
        if (!isShared(opener) && verbForObject.length() > 6 && rest.toLowerCase(Locale.ROOT)
                .contains(verbForObject.substring(0, 6).toLowerCase(Locale.ROOT))) {
            verbForObject = "Managed";  // not "Maintained cluster maintenance"
        }
        return verbForObject + " " + lowerFirst(rest, first, loweredFirst);
    }

    /** A noun that may name an action, then "of" and the first word of its object: "Preparation of material". */
    private static final Pattern ACTION_NOUN_OF = Pattern.compile("(\\p{Lu}[\\p{Ll}-]+)\\s+of\\s+(?=[\\p{L}\\d])");
    /** The same inside a list, after a comma, "and" or "&": ", installation of", "and maintenance of". */
    private static final Pattern LISTED_ACTION_NOUN_OF = Pattern.compile(
            "(?<=(?:,|\\band|&)\\s)(\\p{L}[\\p{Ll}-]+)(?=\\s+of\\s)");
    /** After a comma, "and", "&" or "or", a word that may be a verb of the list's own: "and follow up with". */
    private static final Pattern LISTED_WORD = Pattern.compile("(?:,|\\band|&|\\bor)\\s+(\\p{L}[\\p{Ll}-]*)");
    /**
     * A capitalised word that is no acronym ("Panel", "Design", "Oracle"): mid-sentence it is a name or the CV's
     * title case, and which one cannot be told, so the rewrite would carry it on a guess.
     */
    private static final Pattern CAPITALISED_IN_OBJECT = Pattern.compile("(?<![\\p{L}\\d])\\p{Lu}\\p{Ll}");

    /**
     * A duty that opens with a noun of {@code actionNouns} and "of", as the verb the vocabulary gives for that noun
     * with the object after "of" ("Preparation of material submittals" → "Prepared material submittals"); a later
     * list item that opens the same way takes its verb too ("…, installation of the panels" → "…, installed the
     * panels"). Null, so that guidance is given, when the noun is not listed, when a list item opens with a verb of
     * its own ("and follow up with consultant": the CV's missing article would be kept), when the line has a verb
     * of its own, or when the object holds a capitalised word that is no acronym (a name or the CV's title case:
     * which, cannot be told, and the capitals would be carried mid-sentence; "Preparation of BOM" is rewritten).
     */
    static String actionNounOpening(String text, AnalyzedText analysis) {
        RewriteVocabulary v = RewriteVocabulary.builtIn();
        Matcher m = ACTION_NOUN_OF.matcher(text);
        if (!m.lookingAt() || v.verbOfActionNoun(m.group(1)) == null) {
            return null;
        }
        String object = text.substring(m.end());
        if (CAPITALISED_IN_OBJECT.matcher(object).find()) {
            return null;  // "Selection of Electrical Switchgear for ...", "Maintenance of MCC Panel": capitals kept mid-sentence
        }
        for (Token t : analysis.tokens()) {
            String w = t.text().toLowerCase(Locale.ROOT);
            if (t.start() >= m.end() && ("AUX".equals(t.pos())
                    || "VERB".equals(t.pos()) && !w.endsWith("ing") && !w.endsWith("ed") && v.verbOfActionNoun(w) == null)) {
                return null;  // "Preparation of reports is done weekly": a sentence of its own, not a named task
            }
        }
        Matcher item = LISTED_WORD.matcher(object);
        while (item.find()) {
            String w = item.group(1).toLowerCase(Locale.ROOT);
            boolean verbOfItsOwn = w.endsWith("ing") && w.length() > 5 && v.verbOfActionNoun(w) == null
                    || ActionVerbs.isKnownBase(w) || ActionVerbs.baseOfThirdPerson(w) != null
                    || ActionVerbs.isActionVerb(w) && !ActionVerbs.isPastForm(w);
            if (verbOfItsOwn && !object.substring(item.end()).matches("(?s)\\s+of\\s.*")) {
                return null;  // "... and follow up with consultant": a second duty in another form
            }
        }
        String listed = LISTED_ACTION_NOUN_OF.matcher(object).replaceAll(r -> {
            String past = v.verbOfActionNoun(r.group(1));
            return past == null ? Matcher.quoteReplacement(r.group(1)) : past + "\u0000";
        }).replace("\u0000 of ", " ");
        if (listed.indexOf('\u0000') >= 0) {
            return null;
        }
        return capitalise(v.verbOfActionNoun(m.group(1))) + " " + listed;
    }

    /** The opener "Worked on" or "Working on", whose verb is kept rather than swapped for another. */
    private static final Pattern WORKED_ON = Pattern.compile(
            "(?i)(work(?:ed|ing)) (on)|(contribut(?:ed|ing)) (to)|(participat(?:ed|ing)) (in)");

    /** A verb of two words at the start: "Fine tuning the applications" → "Fine-tuned the applications". */
    private static final Pattern COMPOUND_VERB = Pattern.compile("^(\\p{L}+)[- ](\\p{Ll}{3,})(?=\\s+\\p{L})");

    /**
     * The line with a two-word verb put in the past, hyphenated ("Fine tuning", "Cross checks", "Double-check"):
     * its first part from {@code compoundVerbPrefixes}, its second a verb's -ing, base or third-person form. Null
     * when the line does not open with one.
     */
    private static String compoundVerb(String text) {
        Matcher m = COMPOUND_VERB.matcher(text);
        if (!m.find() || !RewriteVocabulary.builtIn().isCompoundVerbPrefix(m.group(1))) {
            return null;
        }
        String second = m.group(2);
        if (text.substring(m.end()).strip().toLowerCase(Locale.ROOT).matches("^(?:of|for|to|and|or)\\b.*")) {
            return null;  // "Spot checks of invoices", "Cross checks and...": a noun, not a verb
        }
        boolean verbForm = second.endsWith("ing") && second.length() > 5 || ActionVerbs.isKnownBase(second)
                || ActionVerbs.baseOfThirdPerson(second) != null;
        String past = verbForm ? ActionVerbs.past(second) : null;
        if (past == null || past.equals(second) || !ActionVerbs.isPlausiblePast(past)) {
            return null;
        }
        return capitalise(m.group(1).toLowerCase(Locale.ROOT)) + "-" + past + text.substring(m.end());
    }

    /**
     * A verb in its base form straight after a noun, further on from {@code first}: the object of "help" and what
     * it did ("the internal audit team complete annual audits"), which only "Helped" can take.
     */
    private static boolean bareVerbAfterObject(AnalyzedText analysis, Token first) {
        List<Token> tokens = analysis.tokens();
        for (int i = Math.max(1, tokens.indexOf(first) + 1); i < tokens.size(); i++) {
            Token t = tokens.get(i);
            String w = t.text();
            if (",".equals(w) || "ADP".equals(t.pos())) {
                return false;  // the object ended without a verb
            }
            if (Character.isLowerCase(w.charAt(0)) && ActionVerbs.isKnownBase(w) && !w.endsWith("s")
                    && !Set.of("NOUN", "PROPN").contains(t.pos()) && Set.of("NOUN", "PROPN").contains(tokens.get(i - 1).pos())
                    && (i + 1 >= tokens.size() || Set.of("NOUN", "DET", "ADJ", "NUM", "PRON", "PROPN")
                    .contains(tokens.get(i + 1).pos()))) {
                return true;
            }
        }
        return false;
    }

    /** A participle joined to the verbs of a list, before its object: ", written controllers", "and done the checks". */
    private static final Pattern JOINED_PARTICIPLE = Pattern.compile("(?<=(?:,|\\band)\\s)(\\p{Ll}+)(?=\\s+\\p{L})");

    /** "Implemented the rules, written controllers" → "Implemented the rules, wrote controllers". */
    private static String participlesToPast(String body) {
        return JOINED_PARTICIPLE.matcher(body).replaceAll(m -> {
            String past = ActionVerbs.pastOfParticiple(m.group(1));
            return Matcher.quoteReplacement(past == null || m.group(1).equals("done") || m.group(1).equals("gone")
                    || m.group(1).equals("seen") || m.group(1).equals("given") ? m.group(1) : past);
        });
    }

    /**
     * The head of a noun phrase: its words before the first preposition or comma, so that a task word after one
     * does not choose the verb ("Collaborative approach to stakeholder workshops" is not about stakeholders).
     */
    private static String head(String rest, AnalyzedText analysis, int restStart) {
        for (Token t : analysis.tokens()) {
            if (t.start() > restStart && ("ADP".equals(t.pos()) || ",".equals(t.text()))) {
                return rest.substring(0, Math.max(0, Math.min(rest.length(), t.start() - restStart)));
            }
        }
        return rest;
    }

    /** A noun phrase that goes on with verbs: ", adding and removing", "and reviewing the logs". */
    private static final Pattern MIXED_LIST = Pattern.compile(
            "(?:;|\\band|\\bor)\\s+\\p{Ll}{3,}ing\\b|,\\s+\\p{Ll}{3,}ing\\s+(?:and|or)\\b");

    private static boolean isShared(WeakOpeners.Opener opener) {
        return opener != null && opener.shared();
    }

    /**
     * A first word in the past tense that the action-verb list does not know ("Performed", "Conducted"): it ends
     * in -ed, does not describe the person ("Experienced"), and the tagger calls it a verb or an object follows.
     */
    private static boolean isPastAlready(AnalyzedText analysis, Token first, Token asked) {
        String w = first.text().toLowerCase(Locale.ROOT);
        if (!w.endsWith("ed") || w.length() < 5 || !isLetters(w) || RewriteVocabulary.builtIn().isNotLeadingVerb(w)) {
            return false;
        }
        List<Token> tokens = analysis.tokens();
        int i = tokens.indexOf(first);
        String next = i + 1 < tokens.size() ? tokens.get(i + 1).pos() : "";
        return asked != null && "VERB".equals(asked.pos()) || Set.of("DET", "NUM", "PRON", "ADP").contains(next);
    }

    /**
     * The base form of a verb the tagger may not know at the start of a line ("Compute taxes", "Guide
     * stakeholders", "Support Certification Audits"), followed by an object: a noun, a determiner, an adjective.
     */
    private static boolean isKnownBaseBeforeObject(AnalyzedText analysis, Token first) {
        List<Token> tokens = analysis.tokens();
        int i = tokens.indexOf(first);
        if (i < 0 || i + 1 >= tokens.size() || !ActionVerbs.isKnownBase(first.text())
                || NOT_CONVERTIBLE.contains(first.text().toLowerCase(Locale.ROOT))) {
            return false;
        }
        Token next = tokens.get(i + 1);
        if (Set.of("NOUN", "PROPN", "DET", "ADJ", "NUM", "PRON").contains(next.pos())) {
            return true;
        }
        // "Organise and facilitate the board": joined to another verb this class knows
        return COORDINATORS.contains(next.text().toLowerCase(Locale.ROOT)) && i + 2 < tokens.size()
                && Character.isLowerCase(tokens.get(i + 2).text().charAt(0))
                && (ActionVerbs.isKnownBase(tokens.get(i + 2).text()) || ActionVerbs.isActionVerb(tokens.get(i + 2).text())
                && !ActionVerbs.isPastForm(tokens.get(i + 2).text()));
    }

    /**
     * A third-person form of a known verb before its object ("Reviews the inputs", "Monitors and assists the
     * team"), not a plural noun ("Reports for the board", "Issues and risks").
     */
    private static boolean isThirdPerson(AnalyzedText analysis, Token t) {
        String w = t.text().toLowerCase(Locale.ROOT);
        if (w.length() <= 3 || ActionVerbs.baseOfThirdPerson(w) == null) {
            return false;
        }
        List<Token> tokens = analysis.tokens();
        int i = tokens.indexOf(t);
        if (i + 1 >= tokens.size()) {
            return false;
        }
        Token next = tokens.get(i + 1);
        if (Set.of("DET", "PRON", "NUM").contains(next.pos())) {
            return true;
        }
        if (Set.of("NOUN", "ADJ").contains(next.pos()) && Character.isLowerCase(next.text().charAt(0))
                && ActionVerbs.isActionVerb(ActionVerbs.baseOfThirdPerson(w))) {
            return true;  // "Negotiates settlements of civil disputes": a listed verb before a plain object
        }
        // "Reviews and validate the inputs": joined to a verb in its base or third-person form
        return COORDINATORS.contains(next.text().toLowerCase(Locale.ROOT)) && i + 2 < tokens.size()
                && Character.isLowerCase(tokens.get(i + 2).text().charAt(0))
                && (ActionVerbs.baseOfThirdPerson(tokens.get(i + 2).text()) != null
                || ActionVerbs.isKnownBase(tokens.get(i + 2).text()));
    }

    /**
     * A noun phrase a verb may be put in front of: no verb of its own (else it is a sentence: "The portal
     * allows..."), and no capitalised word after the first unless an acronym (else it holds a name or a title:
     * "Royal Alliance Associates").
     */
    private static boolean isPlainTask(AnalyzedText analysis, Token first) {
        for (Token t : analysis.tokens()) {
            if (t.start() <= first.start()) {
                continue;
            }
            String w = t.text();
            boolean acronym = w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT));
            if (Character.isUpperCase(w.codePointAt(0)) && !acronym || "AUX".equals(t.pos())
                    || "VERB".equals(t.pos()) && !w.toLowerCase(Locale.ROOT).endsWith("ing")) {
                return false;
            }
        }
        return !first.text().toLowerCase(Locale.ROOT).endsWith("ing");
    }

    /**
     * Whether a rewritten line reads as one sentence: it opens with a past form that is a real word (not
     * "Setuped", "Collaboratived") and no verb of a list it opens is left in another form ("Kept the matrix up
     * to date and supporting testing", "Managed risk and provide the process").
     */
    private static boolean reads(String body, AnalyzedText analysis) {
        String first = body.split("[\\s,;]+", 2)[0];
        if (!first.equals("Served") && !ActionVerbs.isPlausiblePast(first) && !prefixedPast(first)) {
            return false;
        }
        if (PAST_THEN_OF.matcher(body).lookingAt() && !RewriteVocabulary.builtIn().takesOf(first)) {
            return false;  // "Scheduled of work": a noun put in the past with its "of" left
        }
        List<Token> tokens = analysis.tokens();
        boolean openedWithGerund = !tokens.isEmpty() && tokens.getFirst().text().toLowerCase(Locale.ROOT).endsWith("ing");
        boolean converted = openedWithGerund || openerList(tokens);
        if (NO_OBJECT.matcher(body).find() || converted && (gerundNounItem(body)
                || GERUND_LAST_ITEM.matcher(body).find())
                || openerList(tokens) && NOUN_ITEM.matcher(mainClause(body)).find()
                && !PREPOSITION_FIRST.matcher(body).find()) {
            return false;  // "Filed and the move to a shared drive", "Served customers, cash handling and..."
        }
        Matcher m = LEFT_IN_ANOTHER_FORM.matcher(mainClause(body));
        while (m.find()) {
            String w = m.group(1);
            if (parallelGerund(body, m.start())) {
                continue;  // "by managing and reviewing all operations": a pair of -ing words under one preposition
            }
            Token t = tokenOf(analysis, w);
            // an -ing word left in a list this class put in the past; in a line that opened in the past the
            // tagger's VERB is not believed ("Trained new members on tills and opening procedures")
            boolean gerund = converted && w.endsWith("ing") && w.length() > 5 && (t != null && t.isVerb()
                    || ActionVerbs.isKnownBase(w.substring(0, w.length() - 3)) && m.group(3) != null);
            boolean base = (ActionVerbs.isActionVerb(w) && !ActionVerbs.isPastForm(w)
                    || ActionVerbs.baseOfThirdPerson(w) != null) && m.group(2) != null;
            if (gerund || base) {
                return false;
            }
        }
        return true;
    }

    /** The rewrite's first word, then "of": "Scheduled of work". */
    private static final Pattern PAST_THEN_OF = Pattern.compile("\\p{L}+\\s+of\\b");

    /** The verb is followed at once by "and the...": it had no object, it was a noun ("Filing and the move"). */
    private static final Pattern NO_OBJECT = Pattern.compile("^\\p{L}+\\s*(?:,|\\band\\b|&)\\s+(?:the|a|an|this|our|my)\\b");
    /** A list item with its own determiner after a list that opened with a verb: "..., staff rotas and the report". */
    private static final Pattern NOUN_ITEM = Pattern.compile(",[^,]+\\band\\s+(?:the|a|an)\\s");

    /** A preposition before the first comma: the list belongs to it ("the cycle across finance, HR and the board"). */
    private static final Pattern PREPOSITION_FIRST = Pattern.compile(
            "^[^,]*?\\b(?:for|across|in|of|to|with|on|at|by|from|into|within|between)\\b[^,]*,");

    /** Whether the line opens with a weak opener and an -ing word: "Duties included ordering stock, ...". */
    private static boolean openerList(List<Token> tokens) {
        for (int i = 1; i < tokens.size() && i < 5; i++) {
            String w = tokens.get(i).text().toLowerCase(Locale.ROOT);
            if (w.endsWith("ing") && w.length() > 5) {
                String before = tokens.get(i - 1).text().toLowerCase(Locale.ROOT);
                return Set.of("for", "included", "include", "involved", "with", "in").contains(before);
            }
        }
        return false;
    }

    /** A last list item in -ing with no object, after a verb: "Prepared bills of quantities, scheduling etc." */
    private static final Pattern GERUND_LAST_ITEM = Pattern.compile(
            "(?:,|\\band)\\s+\\p{Ll}{3,}ing(?:\\s+etc\\b|\\s*[.;]?$)");
    /** A list item that names a duty as a noun, after a verb: ", cash handling and", ", data entry". */
    private static final Pattern GERUND_NOUN_ITEM = Pattern.compile("(?:,|\\band)\\s+(\\p{Ll}+)\\s+\\p{Ll}{3,}(?:ing|ment)\\b");

    /** A {@link #GERUND_NOUN_ITEM} whose first word is no verb put in the past ("and supervised tendering procedures"). */
    private static boolean gerundNounItem(String body) {
        Matcher m = GERUND_NOUN_ITEM.matcher(body);
        while (m.find()) {
            if (!ActionVerbs.isPastForm(m.group(1)) && !m.group(1).endsWith("ed")) {
                return true;
            }
        }
        return false;
    }

    /** The sentence up to another clause, whose verbs keep their own form: "to build, maintain and manage", "that". */
    private static String mainClause(String body) {
        Matcher m = RewriteVocabulary.builtIn().mainClauseEnd().matcher(body);
        while (m.find()) {
            String w = m.group(2);
            if (w == null || ActionVerbs.isKnownBase(w) || ActionVerbs.isActionVerb(w)) {
                return body.substring(0, m.start());
            }
        }
        return body;
    }

    /** Whether the word before the coordinator at {@code at} is an -ing word too: "managing and reviewing". */
    private static boolean parallelGerund(String body, int at) {
        String before = body.substring(0, at).strip();
        String last = before.substring(before.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        return last.endsWith("ing") && last.length() > 5;
    }

    /**
     * Whether the line's verb was put in the past but a clause after it stays in the present ("Ensure that daily
     * tasks are done" → "Ensured that daily tasks are done"): the sentence would mix tenses.
     */
    private static boolean presentLeft(String text, String body, AnalyzedText analysis) {
        String before = text.split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
        if (body.toLowerCase(Locale.ROOT).startsWith(before + " ")) {
            return false;  // the opening was kept as written
        }
        for (String w : body.toLowerCase(Locale.ROOT).split("[^\\p{L}']+")) {
            if (PRESENT.contains(w)) {
                return true;  // a present tense left in the rewrite (a reported clause is put in the past first)
            }
        }
        List<Token> tokens = analysis.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            // "Volunteering activities ... and university requirements involved many...": the -ing words were the
            // subject of a verb of their own, not the line's verb
            if (before.endsWith("ing") && i > 1 && i + 1 < tokens.size() && "NOUN".equals(tokens.get(i - 1).pos())
                    && t.isVerb() && t.text().endsWith("ed")
                    && Set.of("DET", "ADJ", "NUM", "PRON").contains(tokens.get(i + 1).pos())) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> PRESENT = Set.of("is", "are", "am", "has", "have", "does", "isn't", "aren't");

    /** A word after "and", "or", a comma or a semicolon, and "the"/"a"/a pronoun after it (group 2). */
    private static final Pattern LEFT_IN_ANOTHER_FORM = Pattern.compile(
            "(?:;|&|\\band|\\bor)\\s+(?:\\p{Ll}+ly\\s+)?(\\p{Ll}+)\\s+(?:((?:the|a|an|all|them|it|their|its|our|new)\\b|\\d)|(\\p{Ll})|\\p{L})");

    private static Token tokenOf(AnalyzedText analysis, String word) {
        for (Token t : analysis.tokens()) {
            if (t.text().equals(word)) {
                return t;
            }
        }
        return null;
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
                    && (!Character.isUpperCase(next.text().charAt(0)) || acronymObject(tokens, i, first))
                    || COORDINATORS.contains(next.text().toLowerCase(Locale.ROOT))
                    && i + 2 < tokens.size() && isJoinedVerb(tokens, i + 2, true);
        }
        if (ActionVerbs.isActionVerb(w)) {
            return true;
        }
        return !Set.of("NOUN", "PROPN", "PUNCT", "SYM", "X", "NUM").contains(next.pos())
                && !Character.isUpperCase(next.text().charAt(0));  // "Gilmore Financial" is a name
    }

    /**
     * An acronym of two to five capitals as the object of an -ing verb written in lower case after its capital,
     * followed by a lower-case word: "Raising SR with Oracle Support", "Testing SAP modules"; not a title in
     * capitals ("SHOPPING MANAGEMENT SYSTEM") nor a name in title case ("Leading EMEA Sales").
     */
    private static boolean acronymObject(List<Token> tokens, int i, Token first) {
        String w = first.text();
        String next = tokens.get(i + 1).text();
        return w.substring(1).equals(w.substring(1).toLowerCase(Locale.ROOT)) && next.matches("\\p{Lu}{2,5}")
                && i + 2 < tokens.size() && Character.isLowerCase(tokens.get(i + 2).text().codePointAt(0));
    }

    /** Whether the word after {@code word} names a job, so the two are a job title: "Teaching Assistant". */
    private static boolean namesAJob(AnalyzedText analysis, Token word) {
        List<Token> tokens = analysis.tokens();
        int i = tokens.indexOf(word);
        return i >= 0 && i + 1 < tokens.size() && RewriteVocabulary.builtIn().isJobNoun(tokens.get(i + 1).text());
    }

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
        if (prefixedPast(lead)) {
            return text;  // "Rewrote the report", "Overran ...": already in the past, not "Rewroted"
        }
        boolean gerund = lead.endsWith("ing");
        StringBuilder out = new StringBuilder(capitalise(ActionVerbs.past(verb.text())));
        int at = verb.end();
        List<Token> tokens = analysis.tokens();
        // Only a list that opened in the base or -ing form is put in the past; one that opened in the past
        // ("Presided over site walks and walkout validations") is left as the writer had it.
        boolean changed = !ActionVerbs.past(lead).equals(lead);
        boolean thirdPerson = !gerund && ActionVerbs.baseOfThirdPerson(lead) != null;  // "Monitors and assists"
        for (int i = 1; i < tokens.size() && changed; i++) {
            Token t = tokens.get(i);
            if (t.start() > verb.end() && (breaksClause(tokens, i) || t.text().equals("("))) {
                // "to build, maintain and manage", "that meets", "(coaching and guiding)": verbs of another
                // clause keep their form
                break;
            }
            boolean pair = !gerund && pairedWith(tokens, i, verb);
            // "Driving sales ... and achieve monthly targets": the writer's list in two forms, put in one
            boolean baseInGerundList = gerund && "and".equalsIgnoreCase(tokens.get(i - 1).text())
                    && baseBeforeObject(tokens, i);
            if (t.start() < verb.end() || !joinedAt(tokens, i)
                    || !(isJoinedVerb(tokens, i, gerund) || baseInGerundList || !gerund && actionVerbBeforeObject(tokens, i)
                    || thirdPerson && ActionVerbs.baseOfThirdPerson(t.text()) != null || pair)) {
                continue;
            }
            String past = ActionVerbs.past(t.text());
            out.append(text, at, t.start()).append(pair ? past.toLowerCase(Locale.ROOT) : past);
            at = t.end();
        }
        return out.append(text.substring(at)).toString();
    }

    /**
     * An irregular past with a prefix of {@code pastPrefixes} written as one word ("rewrote", "redrew",
     * "co-wrote"), which the past-tense rule would spoil ("Rewroted").
     */
    static boolean prefixedPast(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        for (String prefix : RewriteVocabulary.builtIn().pastPrefixes()) {
            if (w.startsWith(prefix) && w.length() > prefix.length() + 2) {
                String rest = w.substring(prefix.length()).replaceFirst("^-", "");
                if (!rest.endsWith("ed") && ActionVerbs.isOnlyPast(rest)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A verb in its base form joined straight to the line's verb, whatever its case or tag: "Manage & Track Work
     * Allocation", "Measure & track testing metrics" (the tagger reads the second as a noun of the object).
     */
    private static boolean pairedWith(List<Token> tokens, int i, Token verb) {
        if (i < 2 || !tokens.get(i - 2).equals(verb) || !Set.of("&", "and").contains(tokens.get(i - 1).text().toLowerCase(Locale.ROOT))) {
            return false;
        }
        String w = tokens.get(i).text().toLowerCase(Locale.ROOT);
        return isLetters(w) && !w.endsWith("ing") && !NOT_CONVERTIBLE.contains(w)
                && (ActionVerbs.isKnownBase(w) || ActionVerbs.isActionVerb(w) && !ActionVerbs.isPastForm(w));
    }

    /**
     * A known verb in its base form (lower case, not a past) before what opens its object: "and achieve monthly
     * targets", "and resize the storage". Not a noun the tagger is sure of ("and support staff").
     */
    private static boolean baseBeforeObject(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        String w = t.text();
        if (i + 1 >= tokens.size() || !isLetters(w) || !Character.isLowerCase(w.charAt(0)) || w.endsWith("ing")
                || NOT_CONVERTIBLE.contains(w) || ActionVerbs.isPastForm(w)
                || !(ActionVerbs.isKnownBase(w) || ActionVerbs.isActionVerb(w) || "VERB".equals(t.pos())
                && w.equals(t.lemma()) && Set.of("DET", "PRON").contains(tokens.get(i + 1).pos()))
                || "NOUN".equals(t.pos()) && !w.equals(t.lemma())) {
            return false;
        }
        Token next = tokens.get(i + 1);
        return Set.of("DET", "ADJ", "NUM", "PRON").contains(next.pos())
                || "NOUN".equals(next.pos()) && Character.isLowerCase(next.text().charAt(0)) && "VERB".equals(t.pos());
    }

    /** Whether the word at {@code i} follows "and", "or", a comma or a semicolon, perhaps with an -ly adverb between. */
    private static boolean joinedAt(List<Token> tokens, int i) {
        String before = tokens.get(i - 1).text().toLowerCase(Locale.ROOT);
        if (COORDINATORS.contains(before)) {
            return true;
        }
        return i >= 2 && before.endsWith("ly") && "ADV".equals(tokens.get(i - 1).pos())
                && COORDINATORS.contains(tokens.get(i - 2).text().toLowerCase(Locale.ROOT));
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
            if (next.text().equalsIgnoreCase("etc")) {
                return false;  // "bill of quantities, scheduling etc.": a noun item of the list
            }
            if (GERUND_OBJECT_START.contains(next.pos()) || "VERB".equals(t.pos()) && "ADP".equals(next.pos())) {
                return true;  // "booking viewings", "updating the database", "dealing with clients"
            }
            if (next.text().endsWith("ing") && Character.isLowerCase(next.text().charAt(0)) && i + 2 < tokens.size()
                    && "NOUN".equals(tokens.get(i + 2).pos())) {
                return true;  // "supervising tendering procedures": the object opens with an -ing noun
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
        if (ActionVerbs.isActionVerb(w) || ActionVerbs.isKnownBase(w)
                || i + 1 < tokens.size() && Set.of("DET", "PRON", "NUM").contains(tokens.get(i + 1).pos())) {
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
        boolean listed = ActionVerbs.isActionVerb(w) || ActionVerbs.isKnownBase(w);
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

    /**
     * Whether the word at {@code i} opens another clause, whose verbs keep their form: a relative or a
     * subordinate, or "to" before a verb ("to build, maintain and manage"), not "up to date".
     */
    private static boolean breaksClause(List<Token> tokens, int i) {
        String w = tokens.get(i).text().toLowerCase(Locale.ROOT);
        if (!RewriteVocabulary.builtIn().isVerbBreak(w)) {
            return false;
        }
        if (!w.equals("to") || i + 1 >= tokens.size()) {
            return true;
        }
        Token next = tokens.get(i + 1);
        if (next.text().equalsIgnoreCase("date") || i > 0 && tokens.get(i - 1).text().equalsIgnoreCase("up")) {
            return false;  // "up to date", "to date", "up to 15 people"
        }
        return next.isVerb() || ActionVerbs.isActionVerb(next.text()) || ActionVerbs.isKnownBase(next.text());
    }

    /** Words that join two verbs of a list: "prepare and serve", "check, file". */
    private static final Set<String> COORDINATORS = Set.of("and", "or", "&", ",", ";");
    /** Verbs whose past tense by rule would be wrong or meaningless in a CV line. */
    private static final Set<String> NOT_CONVERTIBLE = Set.of("be", "have", "do", "go", "ensure", "need", "must",
            "can", "will", "may", "let", "try", "want", "like");
    private static final Set<String> ROLE_LINKS = Set.of("for", "of", "on", "to");

    /**
     * The advice for a line: the text for people, the rewrite sentence alone (null for guidance or a request for
     * a number) and what it asks for.
     */
    record Suggestion(String text, String rewrite, Advice advice) {
    }

    /** For a duty: the line as written, put right, with a placeholder for the result it had. */
    static Suggestion addResult(String body, Topic topic, boolean shared, CvLocale locale) {
        String rewrite = trim(body) + ", so that <" + topic.resultHint(locale) + ">";
        return new Suggestion("Add the result: \"" + rewrite + "\"." + (shared ? " Say which part was yours." : ""),
                rewrite, Advice.ADD_RESULT);
    }

    /** For a duty whose rewrite already reads as a result: say so only if it was one. */
    static Suggestion resultIfItWasOne(String body, boolean quantified) {
        String rewrite = trim(body);
        return new Suggestion("If this was a result, not just a goal, say so: \"" + rewrite + "\"."
                + (quantified ? "" : " Then add how much."), rewrite, Advice.CONFIRM_RESULT);
    }

    /** For an achievement that opens weakly: swap in a strong verb. */
    static Suggestion openStrongly(String body, boolean shared, boolean quantified) {
        String rewrite = trim(body);
        return new Suggestion("Open with your own action: \"" + rewrite + "\"." + (shared ? " Say which part was yours." : "")
                + (quantified ? "" : " Then add how much."), rewrite, Advice.STRONGER_VERB);
    }

    /** For an achievement without a number: no sentence, an example of the number to add; null where none fits. */
    static Suggestion addScale(Topic topic, CvLocale locale) {
        String example = topic.example(locale);
        if (example == null) {
            return null;
        }
        String money = locale.currency() == null ? "money saved" : locale.currency();
        return new Suggestion("How much? Add a number: %, " + money + ", time saved or count, e.g. \"" + example + "\".",
                null, Advice.ADD_NUMBER);
    }

    /** When no safe sentence can be built: what to do instead, with the kind of result the topic asks for. */
    static Suggestion guidance(String reason, Topic topic, CvLocale locale) {
        String text = RewriteVocabulary.builtIn().guidance(reason).replace("{example}", topic.resultHint(locale));
        return new Suggestion(locale.words(text), null, Advice.GUIDANCE);
    }

    private static String trim(String body) {
        String b = TRAILING.matcher(body).replaceFirst("");
        return ABBREVIATION_END.matcher(body.strip()).find() ? b + "." : b;  // "Oracle etc." keeps its point
    }

    private static final Pattern ABBREVIATION_END = Pattern.compile("(?i)\\b(?:etc|ltd|inc|co|corp|plc)\\.$");

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

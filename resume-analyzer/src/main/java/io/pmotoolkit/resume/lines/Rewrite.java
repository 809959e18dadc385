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
            return capitalise(ActionVerbs.past(verb.text())) + text.substring(verb.end());
        }
        if (opener == null && (analysis.tokens().isEmpty() || !OBJECT_START.contains(analysis.tokens().getFirst().pos()))) {
            // Neither a verb nor an object comes first ("Since 2018, handled..."): keep the line as written.
            return text;
        }
        String rest = opener == null ? text : opener.rest();
        int restStart = text.length() - rest.length();
        Token first = firstTokenFrom(analysis, restStart);
        // After "Responsible for" or "Duties included", an -ing word is a verb ("booking boards").
        boolean gerundAfterOpener = opener != null && first != null && first.text().length() > 5
                && first.text().toLowerCase(Locale.ROOT).endsWith("ing") && !"PROPN".equals(first.pos());
        if (first != null && (isVerbForm(first) || gerundAfterOpener)) {
            return capitalise(ActionVerbs.past(first.text())) + text.substring(first.end());
        }
        String verbForObject = opener != null && opener.shared() ? "Supported" : verbForObject(rest);
        return verbForObject + " " + lowerFirst(rest, first);
    }

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

    /** An -ing form or a base form of a verb that can be turned into the past tense. */
    private static boolean isVerbForm(Token t) {
        String w = t.text().toLowerCase(Locale.ROOT);
        if (w.endsWith("ing") && w.length() > 5) {
            return t.isVerb() || ActionVerbs.isActionVerb(ActionVerbs.past(w));
        }
        return ActionVerbs.isActionVerb(w) && (t.isVerb() || !"NOUN".equals(t.pos()));
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
     * lower-cased word: "Monthly" becomes "monthly" while "Jira" stays a name.
     */
    private static String lowerFirst(String object, Token first) {
        if (object.isEmpty() || first == null || !Character.isUpperCase(object.charAt(0))) {
            return object;
        }
        String word = first.text();
        if (word.length() > 1 && !word.substring(1).equals(word.substring(1).toLowerCase(Locale.ROOT))) {
            return object;
        }
        String lowered = Character.toLowerCase(object.charAt(0)) + object.substring(1);
        List<Token> again = Nlp.get().analyze(lowered, 3).tokens();  // only the first word matters
        return again.isEmpty() || "PROPN".equals(again.get(0).pos()) ? object : lowered;
    }

    private static String capitalise(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}

package io.pmotoolkit.core.match;

import io.pmotoolkit.core.model.Keyword;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Acronyms a document defines for itself. "Provost Marshal Office (PMO)" says that in this CV PMO is not a
 * project management office: a keyword whose acronym the document spells out as something the keyword does
 * not mean is not shown by that acronym anywhere in the document.
 *
 * <p>A definition is a run of words whose first letters spell the acronym, followed by the acronym in
 * brackets, or the acronym followed by such words in brackets. Small words (of, and, for, the, &amp;) may be
 * left out of the initials.
 */
public final class AcronymDefinitions {

    private static final Pattern AFTER = Pattern.compile("\\(\\s*(\\p{Lu}[\\p{L}\\d&]{1,7})\\s*\\)");
    private static final Pattern BEFORE = Pattern.compile("(?<![\\p{L}\\d])(\\p{Lu}[\\p{L}\\d&]{1,7})\\s*\\(([^()]{3,100})\\)");
    private static final Set<String> SMALL = Set.of("of", "and", "for", "the", "&", "in", "on", "to", "a");

    private AcronymDefinitions() {
    }

    /**
     * The acronyms each keyword loses in a document: for every keyword, the acronym forms (as written) that
     * the document defines with an expansion the keyword does not match.
     */
    public static Map<Keyword, Set<String>> redefined(KeywordMatcher matcher, List<String> lines) {
        Map<Keyword, Set<String>> out = new java.util.IdentityHashMap<>();
        for (String line : lines) {
            if (line.indexOf('(') < 0) {
                continue;
            }
            for (String[] def : definitions(line)) {
                String acronym = def[0];
                String expansion = def[1];
                List<KeywordMatch> asAcronym = matcher.find(acronym);
                if (asAcronym.isEmpty()) {
                    continue;
                }
                Set<Keyword> meant = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
                for (KeywordMatch m : matcher.find(expansion)) {
                    meant.add(m.keyword());
                }
                for (KeywordMatch m : asAcronym) {
                    if (m.text().equals(acronym) && !meant.contains(m.keyword()) && m.via() == null) {
                        out.computeIfAbsent(m.keyword(), k -> new HashSet<>()).add(acronym);
                    }
                }
            }
        }
        return out;
    }

    /** Whether a match is one of the acronyms its keyword has lost (a plural or possessive counts too). */
    public static boolean isRedefined(Map<Keyword, Set<String>> redefined, KeywordMatch m) {
        Set<String> lost = redefined.get(m.keyword());
        if (lost == null) {
            return false;
        }
        String t = m.text();
        for (String a : lost) {
            if (t.equals(a) || t.equals(a + "s") || t.equals(a + "'s") || t.equals(a + "\u2019s")) {
                return true;
            }
        }
        return false;
    }

    /** Each definition in a line as {acronym, expansion}. */
    static List<String[]> definitions(String line) {
        List<String[]> out = new ArrayList<>();
        Matcher after = AFTER.matcher(line);
        while (after.find()) {
            String acronym = after.group(1);
            String[] words = line.substring(0, after.start()).strip().split("[\\s\\-/]+");
            String expansion = spelled(acronym, words, true);
            if (expansion != null) {
                out.add(new String[] {acronym, expansion});
            }
        }
        Matcher before = BEFORE.matcher(line);
        while (before.find()) {
            String acronym = before.group(1);
            String inside = before.group(2).strip();
            String[] words = inside.split("[\\s\\-/]+");
            String expansion = spelled(acronym, words, false);
            if (expansion != null && expansion.split("\\s+").length == words.length) {
                out.add(new String[] {acronym, expansion});
            }
        }
        return out;
    }

    /**
     * The words whose initials spell the acronym: the last words before it ({@code ending}) or the first words
     * of the bracket; null when they do not spell it.
     */
    private static String spelled(String acronym, String[] words, boolean ending) {
        String letters = acronym.replaceAll("[^\\p{L}]", "").toLowerCase(Locale.ROOT);
        if (letters.length() < 2 || acronym.chars().filter(Character::isUpperCase).count() < 2) {
            return null;
        }
        int need = letters.length();
        List<String> taken = new ArrayList<>();
        int li = ending ? need - 1 : 0;
        int wi = ending ? words.length - 1 : 0;
        while (wi >= 0 && wi < words.length && li >= 0 && li < need) {
            String w = words[wi].replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
            if (w.isEmpty()) {
                return null;
            }
            String lower = w.toLowerCase(Locale.ROOT);
            if (lower.charAt(0) == letters.charAt(li)) {
                taken.add(w);
                li += ending ? -1 : 1;
            } else if (SMALL.contains(lower)) {
                taken.add(w);
            } else {
                return null;
            }
            wi += ending ? -1 : 1;
        }
        if (li >= 0 && li < need) {
            return null;
        }
        if (ending) {
            java.util.Collections.reverse(taken);
        }
        return String.join(" ", taken);
    }
}

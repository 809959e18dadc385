package io.pmotoolkit.resume.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a role, education or contact line into its parts at the separators CVs use between fields:
 * bars, bullets, dashes with spaces, tabs, wide gaps, and a comma before a place ("Acme Ltd, London").
 *
 * <p>Thread-safe: stateless.
 */
final class Segments {

    /** Separators between fields; a hyphen counts only with spaces both sides ("Jean-Luc" stays whole). */
    private static final Pattern SEPARATOR = Pattern.compile(
            "\\s*(?:[|•·▪◦●■♦⋅：]|ï¼)\\s*|\\s+[-–—]+\\s+|\\s*[–—]\\s*|\\t+|\\s{3,}");
    /** A duration LinkedIn and some templates add: "(5 years 6 months)", "· 2 yrs 3 mos". */
    static final Pattern DURATION = Pattern.compile(
            "(?i)\\(?\\s*\\b\\d+\\s*(?:years?|yrs?)(?:,?\\s*\\d+\\s*(?:months?|mos?))?\\s*\\)?|\\(?\\s*\\b\\d+\\s*(?:months?|mos?)\\s*\\)?");
    /** Icons of icon fonts (private use), other symbols and invisible characters: never part of a field. */
    private static final Pattern SYMBOLS = Pattern.compile("[\\p{Co}\\p{So}\\p{Cf}\\u00a0]+");
    /** Punctuation trimmed from a part's start, and from its end (where a closing bracket stays). */
    private static final String LEADING = ",;:|()[]–—-";
    private static final String TRAILING = ",;:|([–—-";

    private Segments() {
    }

    /** The non-empty parts of a line, trimmed of the punctuation left at their edges. */
    static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        for (String part : SEPARATOR.split(line)) {
            String p = trim(part);
            if (!p.isEmpty()) {
                out.add(p);
            }
        }
        return out;
    }

    /** A part without the commas, colons, brackets and dashes at its ends; a closing bracket that closes stays. */
    static String trim(String part) {
        String p = withoutEdges(SYMBOLS.matcher(part).replaceAll(" "));
        if (p.endsWith(")") && p.indexOf('(') < 0) {
            p = p.substring(0, p.length() - 1).strip();
        }
        if (p.startsWith("(") && p.indexOf(')') < 0) {
            p = p.substring(1).strip();
        }
        return p;
    }

    /**
     * The text without the spaces and punctuation at its ends. A scan rather than a pattern: "[,;]+$" tried
     * at each comma of a long run of them costs the square of the run.
     */
    private static String withoutEdges(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isEdge(text.charAt(start), LEADING)) {
            start++;
        }
        while (end > start && isEdge(text.charAt(end - 1), TRAILING)) {
            end--;
        }
        return text.substring(start, end);
    }

    private static boolean isEdge(char c, String punctuation) {
        return Character.isWhitespace(c) || punctuation.indexOf(c) >= 0;
    }

    /** The text with every match of the pattern cut out, the rest joined with a separator the splitter knows. */
    static String cut(String text, Pattern p) {
        Matcher m = p.matcher(text);
        return m.replaceAll(" | ");
    }
}

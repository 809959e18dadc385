package io.pmotoolkit.core.text;

import java.util.regex.Pattern;

/**
 * Cuts a text to a length at a word boundary, ended with "…": the one rule for the quotes of a CV's words in
 * reports, question packs, feedback and the candidate's evidence. Stateless and thread-safe.
 *
 * {@snippet :
 * TextCut.words("Prepared the monthly portfolio report, the RAID log and the board pack", 40);
 * // "Prepared the monthly portfolio report…"
 * }
 */
public final class TextCut {

    /** A bullet glyph at the start of a line is the CV's layout, not its words. */
    private static final Pattern LEADING_BULLET = Pattern.compile("^[•·▪●◦‣∙*\\-–—]+\\s+");
    /** What a cut text does not end with before its "…": a comma, a dash, an opening bracket... */
    private static final Pattern TRAILING = Pattern.compile("[\\s,;:.\\-–—(/&]+$");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private TextCut() {
    }

    /**
     * The text cut to at most {@code max} characters, the "…" included: at the last space that leaves room for
     * it, when that space is past the middle, else inside the word; punctuation and dashes before the "…" are
     * dropped. A text that fits is returned as it is.
     *
     * @throws IllegalArgumentException when {@code max} is below 2
     */
    public static String words(String text, int max) {
        if (max < 2) {
            throw new IllegalArgumentException("max: at least 2 expected, got " + max);
        }
        if (text == null || text.length() <= max) {
            return text;
        }
        int space = text.lastIndexOf(' ', max - 1);
        String head = space > max / 2 ? text.substring(0, space) : text.substring(0, max - 1);
        return TRAILING.matcher(head).replaceAll("") + "…";
    }

    /**
     * A quote of a line: without a leading bullet, runs of white space made single, then cut as {@link #words}.
     *
     * @throws IllegalArgumentException when {@code max} is below 2
     */
    public static String quote(String text, int max) {
        if (max < 2) {
            throw new IllegalArgumentException("max: at least 2 expected, got " + max);
        }
        if (text == null) {
            return null;
        }
        return words(SPACES.matcher(LEADING_BULLET.matcher(text.strip()).replaceFirst("")).replaceAll(" "), max);
    }
}

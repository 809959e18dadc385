package io.pmotoolkit.resume.report;

/**
 * Short quotes of a CV's own words: at most {@link #MAX} characters, cut at a word boundary and ended
 * with "…", so that a long paragraph read as one line does not fill the report. Only quotes are cut;
 * rewrites and advice are wrapped, never cut. Stateless and thread-safe.
 *
 * {@snippet :
 * Quote.cut("Spearheaded construction and completion of a $65 million living learning community ...");
 * // "Spearheaded construction and completion of a $65 million living learning community…" (≤ 120 chars)
 * }
 */
public final class Quote {

    /** The longest quote, in characters, the ellipsis included. */
    public static final int MAX = 120;

    /** A bullet glyph at the start of a line is the CV's layout, not its words. */
    private static final java.util.regex.Pattern LEADING_BULLET =
            java.util.regex.Pattern.compile("^[•·▪●◦‣∙*\\-–—]+\\s+");

    private Quote() {
    }

    /** The text without a leading bullet and with runs of white space made single, cut to {@link #MAX} characters. */
    public static String cut(String text) {
        return cut(text, MAX);
    }

    /**
     * The text without a leading bullet and with runs of white space made single, cut to at most {@code max} characters: at the last
     * space that leaves room for "…", with trailing punctuation dropped before it; a text without a space
     * in reach is cut inside its first word.
     *
     * @throws IllegalArgumentException when {@code max} is below 2
     */
    public static String cut(String text, int max) {
        if (max < 2) {
            throw new IllegalArgumentException("max: at least 2 expected, got " + max);
        }
        if (text == null) {
            return null;
        }
        String t = LEADING_BULLET.matcher(text.strip()).replaceFirst("").replaceAll("\\s+", " ");
        if (t.length() <= max) {
            return t;
        }
        int space = t.lastIndexOf(' ', max - 1);
        String head = space > max / 2 ? t.substring(0, space) : t.substring(0, max - 1);
        head = head.replaceAll("[\\s,;:.\\-–—(/&]+$", "");
        return head + "…";
    }
}

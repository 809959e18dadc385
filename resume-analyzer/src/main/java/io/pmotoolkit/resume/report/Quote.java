package io.pmotoolkit.resume.report;

/**
 * Short quotes of a CV's own words: at most {@link #MAX} characters, cut at a word boundary and ended
 * with "…", so that a long paragraph read as one line does not fill the report. Only quotes are cut;
 * rewrites and advice are wrapped, never cut. The rule is {@link io.pmotoolkit.core.text.TextCut}'s.
 * Stateless and thread-safe.
 *
 * {@snippet :
 * Quote.cut("Spearheaded construction and completion of a $65 million living learning community ...");
 * // "Spearheaded construction and completion of a $65 million living learning community…" (≤ 120 chars)
 * }
 */
public final class Quote {

    /** The longest quote, in characters, the ellipsis included. */
    public static final int MAX = 120;

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
        return io.pmotoolkit.core.text.TextCut.quote(text, max);
    }
}

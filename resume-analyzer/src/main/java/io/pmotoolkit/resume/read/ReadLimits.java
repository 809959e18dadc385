package io.pmotoolkit.resume.read;

import io.pmotoolkit.core.budget.BudgetExceededException;

/**
 * The limits that bound the work of reading one CV, whatever the file holds: every one is far above what a
 * real CV needs (the most any of the 104 CVs of the shared corpus uses is given beside each, as ReadLimitsTest prints it) and far below what makes a few
 * kilobytes of hostile PDF take minutes or gigabytes. The same limits hold for a single file, a batch and
 * the web; the size and page limits, which users meet, are raised with {@code --max-size} and
 * {@code --max-pages} ({@link CvReader}); the glyphs, lines and characters of a document grow with the page
 * limit; the others are fixed. docs/limits.md lists them with the attacks
 * they stop.
 *
 * <p>A limit that is hit stops the read with a {@link CvReadException} of reason
 * {@link CvReadException.Reason#TOO_LARGE} whose message names the limit; never "damaged", since the file
 * may be a valid PDF that is merely not a CV. Inside PDFBox the limit travels as a
 * {@link BudgetExceededException} (a runtime exception that PDFBox's per-operator error handling does not
 * swallow) and {@link PdfCvReader} turns it into the read failure.
 */
public final class ReadLimits {

    /** Content-stream operators per document, counting those of forms each time they are drawn (corpus: 86,000). */
    public static final int MAX_OPERATORS = 2_000_000;
    /** Form XObjects drawn inside one another (corpus: 1): two forms that draw each other hit this at once. */
    public static final int MAX_FORM_DEPTH = 12;
    /** Form XObjects drawn per document, each use counted (corpus: 8): a form drawing another twice, ten deep, is 1,024. */
    public static final int MAX_FORM_DRAWS = 20_000;
    /** Glyphs on one page (corpus: 5,700). */
    public static final int MAX_GLYPHS_PER_PAGE = 30_000;
    /**
     * Glyphs in the document, per page of the page limit ({@code --max-pages}, 50 by default: 250,000 glyphs);
     * corpus: 35,000 in a 9-page CV, the densest page 5,700.
     */
    public static final int GLYPHS_PER_ALLOWED_PAGE = 5_000;
    /** Page content streams, decoded, in MB. */
    public static final int MAX_CONTENT_MB = 64;
    /**
     * Glyphs further than this many page sizes outside the page are dropped: nothing there is visible, and a
     * position of 3e9 points would otherwise stretch the layout's column search.
     */
    public static final float OFF_PAGE_MARGIN = 1f;
    /** The widest page laid out, in points: the largest page PDF allows (200 inches); wider text spans get no column search. */
    public static final float MAX_PAGE_POINTS = 14_400f;
    /** Lines of text in the document, after reading, per page of the page limit (50 pages: 10,000; corpus: 516). */
    public static final int LINES_PER_ALLOWED_PAGE = 200;
    /** Characters of text in the document, after reading, per page of the page limit (50 pages: 250,000; corpus: 35,000). */
    public static final int CHARS_PER_ALLOWED_PAGE = 5_000;
    /**
     * A word (a run of characters without space) longer than this is cut into pieces of this length (corpus:
     * 127, a long link): the matching of terms and spellings works word by word.
     */
    public static final int MAX_WORD_CHARS = 256;
    /** Parts (zip entries) of a DOCX: Word writes a few dozen, one more per image. */
    public static final int MAX_DOCX_PARTS = 1_000;
    /**
     * The largest saved web page read, in MB: a job page with its inline scripts is a few hundred KB to 3 MB, and
     * jsoup's tree of a page takes several times its size in memory.
     */
    public static final int MAX_HTML_MB = 8;
    /** The password-hashing spin count of an encrypted Word document (Word writes 100,000). */
    public static final int MAX_SPIN_COUNT = 10_000_000;

    private ReadLimits() {
    }

    /** The glyphs a PDF may hold under a page limit of {@code maxPages}. */
    public static int maxGlyphs(int maxPages) {
        return perPage(maxPages, GLYPHS_PER_ALLOWED_PAGE);
    }

    /** The lines of text a CV may hold under a page limit of {@code maxPages}. */
    public static int maxLines(int maxPages) {
        return perPage(maxPages, LINES_PER_ALLOWED_PAGE);
    }

    /** The characters of text a CV may hold under a page limit of {@code maxPages}. */
    public static int maxTextChars(int maxPages) {
        return perPage(maxPages, CHARS_PER_ALLOWED_PAGE);
    }

    private static int perPage(int maxPages, int each) {
        return (int) Math.min(Integer.MAX_VALUE, (long) Math.max(1, maxPages) * each);
    }

    /** The exception for a limit hit while PDFBox works: {@code what} is the limit's short name. */
    static BudgetExceededException exceeded(String what, String message) {
        return new BudgetExceededException(what, message);
    }
}

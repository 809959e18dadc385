package io.pmotoolkit.resume.read;

/**
 * One logical line of a CV: a paragraph, a heading or a whole bullet, with wrapped lines joined back.
 *
 * @param text    the cleaned text (see {@code TextCleaner}); a bullet's marker is removed
 * @param page    1-based page number (1 for formats without pages)
 * @param bullet  whether the line was a list item or started with a bullet marker
 * @param heading whether the document styled it as a heading (DOCX heading style, bold or larger PDF
 *                font, all capitals); a hint for section detection, not a verdict
 * @param origin  where the line came from
 */
public record CvLine(String text, int page, boolean bullet, boolean heading, LineOrigin origin) {

    /** The same line with other text (a part of it). */
    public CvLine withText(String other) {
        return new CvLine(other, page, bullet, heading, origin);
    }
}

package io.pmotoolkit.pdfkit;

import java.awt.Color;
import org.openpdf.text.Font;

/**
 * The small set of text styles every PMO Toolkit PDF uses, on one {@link PdfFonts} family.
 *
 * <p>The colours are dark enough to print as clear greys: nothing relies on hue alone.
 *
 * @param title       the document title (20 pt bold)
 * @param subtitle    a line under the title (11 pt, muted)
 * @param heading     a section heading (14 pt bold, accent)
 * @param subheading  a heading inside a section (11 pt bold)
 * @param body        running text (9.5 pt)
 * @param bodyBold    emphasis in running text
 * @param bodyItalic  quotations and examples
 * @param small       notes, table cells with a lot of text, the footer (8 pt)
 * @param smallBold   emphasis in small text
 * @param smallItalic muted small text
 * @param tableHeader table header cells (8.5 pt bold, white on the accent colour)
 */
public record PdfStyles(Font title, Font subtitle, Font heading, Font subheading, Font body, Font bodyBold,
                        Font bodyItalic, Font small, Font smallBold, Font smallItalic, Font tableHeader) {

    /** Text: near black. */
    public static final Color INK = new Color(0x1A, 0x1A, 0x1A);
    /** Secondary text: a grey that still reads on paper. */
    public static final Color MUTED = new Color(0x55, 0x55, 0x55);
    /** Headings and header rows: a dark blue that prints as a dark grey. */
    public static final Color ACCENT = new Color(0x1F, 0x3A, 0x5F);
    /** Light fill for alternate rows and callouts. */
    public static final Color TINT = new Color(0xEE, 0xF1, 0xF5);
    /** Rules and cell borders. */
    public static final Color RULE = new Color(0xB8, 0xBE, 0xC6);

    /** The styles on the given fonts. */
    public static PdfStyles of(PdfFonts f) {
        return new PdfStyles(
                new Font(f.bold(), 20, Font.NORMAL, ACCENT),
                new Font(f.regular(), 11, Font.NORMAL, MUTED),
                new Font(f.bold(), 14, Font.NORMAL, ACCENT),
                new Font(f.bold(), 11, Font.NORMAL, INK),
                new Font(f.regular(), 9.5f, Font.NORMAL, INK),
                new Font(f.bold(), 9.5f, Font.NORMAL, INK),
                new Font(f.italic(), 9.5f, Font.NORMAL, INK),
                new Font(f.regular(), 8, Font.NORMAL, INK),
                new Font(f.bold(), 8, Font.NORMAL, INK),
                new Font(f.italic(), 8, Font.NORMAL, MUTED),
                new Font(f.bold(), 8.5f, Font.NORMAL, Color.WHITE));
    }
}

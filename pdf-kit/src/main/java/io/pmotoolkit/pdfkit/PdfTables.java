package io.pmotoolkit.pdfkit;

import java.awt.Color;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

/**
 * Tables that print well: full width, a header row repeated on every page the table runs onto, rows
 * that split between lines of text rather than being clipped, thin horizontal rules only, and text
 * that wraps inside long words ({@link Wrapping}).
 *
 * {@snippet :
 * PdfPTable t = PdfTables.table(styles, new float[] {3, 1}, "Term", "Evidence");
 * t.addCell(PdfTables.cell("RAID log", styles.small()));
 * t.addCell(PdfTables.cell("Achievement", styles.small()));
 * document.add(t);
 * }
 *
 * <p>Stateless and thread-safe; the tables it makes are not.
 */
public final class PdfTables {

    private static final float PAD = 3.5f;

    private PdfTables() {
    }

    /**
     * A full-width table with a repeated header row.
     *
     * @param styles  the document's styles (for the header font)
     * @param widths  relative column widths
     * @param headers one header per column
     */
    public static PdfPTable table(PdfStyles styles, float[] widths, String... headers) {
        if (headers.length != widths.length) {
            throw new IllegalArgumentException("headers: " + headers.length + " for " + widths.length + " columns");
        }
        PdfPTable t = plain(widths);
        for (String h : headers) {
            PdfPCell c = new PdfPCell(Wrapping.phrase(h, styles.tableHeader()));
            c.setBackgroundColor(PdfStyles.ACCENT);
            c.setBorder(Rectangle.NO_BORDER);
            c.setPadding(PAD);
            c.setPaddingBottom(PAD + 1);
            t.addCell(c);
        }
        t.setHeaderRows(1);
        return t;
    }

    /** A full-width table without a header, for layout (label / value pairs, bars). */
    public static PdfPTable plain(float[] widths) {
        PdfPTable t = new PdfPTable(widths);
        t.setWidthPercentage(100);
        t.setSplitLate(false);   // start a long row on the current page and continue it on the next
        t.setSplitRows(true);    // never drop a row that is taller than a page
        t.setSpacingBefore(4);
        t.setSpacingAfter(8);
        t.setHorizontalAlignment(Element.ALIGN_LEFT);
        return t;
    }

    /**
     * Moves a row that does not fit at the foot of a page to the next page whole, for tables whose rows are
     * read as one item (a CV line and its rewrite); a row taller than a page still splits.
     */
    public static PdfPTable rowsWhole(PdfPTable t) {
        t.setSplitLate(true);
        return t;
    }

    /** A body cell with a thin rule below, text wrapping inside long words. */
    public static PdfPCell cell(String text, Font font) {
        return cell(Wrapping.phrase(text, font));
    }

    /** A body cell holding a phrase. */
    public static PdfPCell cell(Phrase phrase) {
        PdfPCell c = new PdfPCell(phrase);
        c.setBorder(Rectangle.BOTTOM);
        c.setBorderColor(PdfStyles.RULE);
        c.setBorderWidth(0.4f);
        c.setPadding(PAD);
        c.setPaddingBottom(PAD + 1);
        c.setUseAscender(true);
        c.setVerticalAlignment(Element.ALIGN_TOP);
        return c;
    }

    /** A cell without borders, for layout tables. */
    public static PdfPCell bare(Phrase phrase) {
        PdfPCell c = new PdfPCell(phrase);
        c.setBorder(Rectangle.NO_BORDER);
        c.setPadding(2);
        c.setUseAscender(true);
        c.setVerticalAlignment(Element.ALIGN_MIDDLE);
        return c;
    }

    /** Gives a cell a light background, e.g. to band rows or mark a callout. */
    public static PdfPCell tinted(PdfPCell cell, Color color) {
        cell.setBackgroundColor(color);
        return cell;
    }
}

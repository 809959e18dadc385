package io.pmotoolkit.pdfkit;

import java.awt.Color;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPCell;

/**
 * Horizontal bars drawn as vector graphics, made to read in greyscale print: a white track with a dark
 * outline, a solid dark fill for the value, light tick lines every quarter, and an optional target mark
 * (a thick vertical line with small triangles above and below) that stays visible over the fill.
 *
 * {@snippet :
 * table.addCell(Bars.cell(0.62, 0.5, 9f)); // 62 % filled, target at 50 %, 9 pt high
 * }
 *
 * <p>Stateless and thread-safe.
 */
public final class Bars {

    /** The value fill: prints as a dark grey. */
    public static final Color FILL = PdfStyles.ACCENT;
    /** The track outline. */
    public static final Color OUTLINE = new Color(0x44, 0x44, 0x44);

    private Bars() {
    }

    /**
     * Draws a bar in a rectangle.
     *
     * @param cb       where to draw
     * @param box      the track: left, bottom, width, height in points
     * @param fraction the value, 0 to 1 (clamped)
     * @param target   a target mark, 0 to 1, or a negative number for none
     */
    public static void draw(PdfContentByte cb, Rectangle box, double fraction, double target) {
        float x = box.getLeft();
        float y = box.getBottom();
        float w = box.getWidth();
        float h = box.getHeight();
        double v = Math.max(0, Math.min(1, fraction));
        cb.saveState();
        cb.setColorFill(Color.WHITE);
        cb.rectangle(x, y, w, h);
        cb.fill();
        cb.setColorStroke(PdfStyles.RULE);
        cb.setLineWidth(0.4f);
        for (int q = 1; q < 4; q++) {
            float tx = x + w * q / 4f;
            cb.moveTo(tx, y);
            cb.lineTo(tx, y + h);
        }
        cb.stroke();
        if (v > 0) {
            cb.setColorFill(FILL);
            cb.rectangle(x, y, (float) (w * v), h);
            cb.fill();
        }
        cb.setColorStroke(OUTLINE);
        cb.setLineWidth(0.6f);
        cb.rectangle(x, y, w, h);
        cb.stroke();
        if (target >= 0 && target <= 1) {
            float tx = (float) (x + w * target);
            // White halo first, so the mark shows on the dark fill as well as on the white track.
            cb.setColorStroke(Color.WHITE);
            cb.setLineWidth(2.6f);
            cb.moveTo(tx, y + 0.6f);
            cb.lineTo(tx, y + h - 0.6f);
            cb.stroke();
            cb.setColorStroke(Color.BLACK);
            cb.setLineWidth(1.1f);
            cb.moveTo(tx, y - 2);
            cb.lineTo(tx, y + h + 2);
            cb.stroke();
            cb.setColorFill(Color.BLACK);
            float t = 2.4f;
            cb.moveTo(tx - t, y + h + 2 + t);
            cb.lineTo(tx + t, y + h + 2 + t);
            cb.lineTo(tx, y + h + 2);
            cb.closePath();
            cb.fill();
            cb.moveTo(tx - t, y - 2 - t);
            cb.lineTo(tx + t, y - 2 - t);
            cb.lineTo(tx, y - 2);
            cb.closePath();
            cb.fill();
        }
        cb.restoreState();
    }

    /**
     * A table cell that draws a bar across its width, vertically centred.
     *
     * @param fraction  the value, 0 to 1
     * @param target    a target mark, 0 to 1, or negative for none
     * @param barHeight the bar's height in points; the cell is a little taller to leave room for the mark
     */
    public static PdfPCell cell(double fraction, double target, float barHeight) {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setFixedHeight(barHeight + 12);
        cell.setPaddingLeft(4);
        cell.setPaddingRight(8);
        cell.setCellEvent((c, pos, canvases) -> {
            float left = pos.getLeft() + c.getPaddingLeft();
            float right = pos.getRight() - c.getPaddingRight();
            float mid = (pos.getTop() + pos.getBottom()) / 2;
            draw(canvases[PdfPCellCanvases.LINE], new Rectangle(left, mid - barHeight / 2, right, mid + barHeight / 2),
                    fraction, target);
        });
        return cell;
    }

    /**
     * A cell with a bar and labels under its quarter ticks (for a 0-100 gauge: "0", "25", "50", "75", "100").
     *
     * @param fraction  the value, 0 to 1
     * @param barHeight the bar's height in points
     * @param font      the labels' font
     * @param size      the labels' size in points
     * @param labels    five labels, for 0, ¼, ½, ¾ and the full width
     */
    public static PdfPCell scaled(double fraction, float barHeight, org.openpdf.text.pdf.BaseFont font, float size,
                                  String... labels) {
        if (labels.length != 5) {
            throw new IllegalArgumentException("labels: 5 expected, got " + labels.length);
        }
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setFixedHeight(barHeight + size + 12);
        cell.setPaddingLeft(4);
        cell.setPaddingRight(12);
        cell.setCellEvent((c, pos, canvases) -> {
            float left = pos.getLeft() + c.getPaddingLeft();
            float right = pos.getRight() - c.getPaddingRight();
            float top = pos.getTop() - 3;
            PdfContentByte cb = canvases[PdfPCellCanvases.LINE];
            draw(cb, new Rectangle(left, top - barHeight, right, top), fraction, -1);
            cb.saveState();
            cb.setColorFill(PdfStyles.MUTED);
            cb.beginText();
            cb.setFontAndSize(font, size);
            for (int q = 0; q <= 4; q++) {
                float x = left + (right - left) * q / 4f;
                cb.showTextAligned(PdfContentByte.ALIGN_CENTER, labels[q], x, top - barHeight - size - 2, 0);
            }
            cb.endText();
            cb.restoreState();
        });
        return cell;
    }

    /** Indexes of the canvases a cell event receives (named here, since PdfPTable only has int constants). */
    private static final class PdfPCellCanvases {
        static final int LINE = org.openpdf.text.pdf.PdfPTable.LINECANVAS;
    }
}

package io.pmotoolkit.pdfkit;

import org.openpdf.text.Document;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Draws a rule, the footer text and "Page N of M" at the bottom of every page. The total M is only
 * known at the end, so each page shows a shared template that is filled in when the document closes.
 *
 * <p>One instance per document; not thread-safe.
 */
final class PageFooter extends PdfPageEventHelper {

    private static final float SIZE = 7.5f;

    private final String text;
    private final BaseFont font;
    private PdfTemplate total;
    private int ended;

    PageFooter(String text, BaseFont font) {
        this.text = text;
        this.font = font;
    }

    @Override
    public void onOpenDocument(PdfWriter writer, Document document) {
        total = writer.getDirectContent().createTemplate(40, 12);
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        ended++;
        PdfContentByte cb = writer.getDirectContent();
        Rectangle page = document.getPageSize();
        float left = document.leftMargin();
        float right = page.getWidth() - document.rightMargin();
        float y = document.bottomMargin() - 24;
        cb.saveState();
        cb.setColorStroke(PdfStyles.RULE);
        cb.setLineWidth(0.5f);
        cb.moveTo(left, y + 11);
        cb.lineTo(right, y + 11);
        cb.stroke();
        cb.setColorFill(PdfStyles.MUTED);
        cb.beginText();
        cb.setFontAndSize(font, SIZE);
        cb.setTextMatrix(left, y);
        cb.showText(fit(text, right - left - 90));
        String page1 = "Page " + writer.getPageNumber() + " of ";
        float w = font.getWidthPoint(page1, SIZE);
        float maxTotal = font.getWidthPoint("0000", SIZE);
        cb.setTextMatrix(right - w - maxTotal, y);
        cb.showText(page1);
        cb.endText();
        cb.addTemplate(total, right - maxTotal, y);
        cb.restoreState();
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        total.beginText();
        total.setColorFill(PdfStyles.MUTED);
        total.setFontAndSize(font, SIZE);
        total.setTextMatrix(0, 0);
        // The page number was already advanced past the last page when the document closes.
        total.showText(String.valueOf(writer.getPageNumber() - 1));
        total.endText();
    }

    /** The pages written so far: every page that was ended, which a blank page OpenPDF never writes is not. */
    int pagesEnded() {
        return ended;
    }

    private String fit(String s, float width) {
        if (font.getWidthPoint(s, SIZE) <= width) {
            return s;
        }
        String cut = s;
        while (!cut.isEmpty() && font.getWidthPoint(cut + "…", SIZE) > width) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut.strip() + "…";
    }
}

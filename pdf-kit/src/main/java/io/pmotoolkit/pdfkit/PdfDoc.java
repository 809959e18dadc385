package io.pmotoolkit.pdfkit;

import java.io.IOException;
import java.io.OutputStream;
import java.util.GregorianCalendar;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfDate;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfWriter;
import org.openpdf.text.pdf.draw.LineSeparator;

/**
 * An A4 PDF being written: embedded fonts, the style set, metadata and a "Page N of M" footer, with
 * helpers for the usual blocks. Headings keep company with what follows: a heading that would sit at
 * the foot of a page starts a new page instead.
 *
 * {@snippet :
 * int pages;
 * try (PdfDoc doc = PdfDoc.open(out, meta)) {
 *     doc.title("Gap report", "Amelia Hart · PMO Manager");
 *     doc.heading("Summary");
 *     doc.paragraph("Three things to do next...");
 *     pages = doc.finish();
 * }
 * }
 *
 * <p>Not thread-safe: one document per thread. Finishing or closing twice is harmless.
 */
public final class PdfDoc implements AutoCloseable {

    /** Page margins in points (the bottom one leaves room for the footer). */
    public static final float MARGIN = 48;
    private static final float BOTTOM = 62;

    private final Document document;
    private final PdfWriter writer;
    private final PdfStyles styles;
    private final PdfFonts fonts;
    private boolean closed;
    private int pages;

    private final PageFooter footer;

    private PdfDoc(Document document, PdfWriter writer, PdfFonts fonts, PageFooter footer) {
        this.document = document;
        this.writer = writer;
        this.footer = footer;
        this.fonts = fonts;
        this.styles = PdfStyles.of(fonts);
    }

    /**
     * Starts a document on a stream. The stream is not closed by {@link #close()}.
     *
     * @throws IOException when the PDF writer cannot be set up
     */
    public static PdfDoc open(OutputStream out, PdfMeta meta) throws IOException {
        PdfFonts fonts = PdfFonts.liberationSans();
        Document document = new Document(PageSize.A4, MARGIN, MARGIN, MARGIN, BOTTOM);
        PdfWriter writer;
        try {
            writer = PdfWriter.getInstance(document, new NonClosingStream(out));
        } catch (DocumentException e) {
            throw new IOException("Cannot start the PDF: " + e.getMessage(), e);
        }
        PageFooter footer = new PageFooter(meta.footer(), fonts.regular());
        writer.setPageEvent(footer);
        document.addTitle(meta.title());
        document.addAuthor(meta.author());
        document.addCreator(meta.author());
        if (!meta.subject().isEmpty()) {
            document.addSubject(meta.subject());
        }
        document.open();
        // Document.addCreationDate(date) files "now" whatever date it is given; the info dictionary itself
        // takes the date, so a fixed clock gives a fixed creation date.
        writer.getInfo().put(PdfName.CREATIONDATE, new PdfDate(GregorianCalendar.from(meta.created())));
        return new PdfDoc(document, writer, fonts, footer);
    }

    public PdfStyles styles() {
        return styles;
    }

    public PdfFonts fonts() {
        return fonts;
    }

    /** The OpenPDF document, for anything the helpers do not cover. */
    public Document document() {
        return document;
    }

    public PdfWriter writer() {
        return writer;
    }

    /** The width between the margins, in points. */
    public float contentWidth() {
        return document.getPageSize().getWidth() - document.leftMargin() - document.rightMargin();
    }

    /** The space left on the current page above the bottom margin, in points. */
    public float spaceLeft() {
        return writer.getVerticalPosition(false) - document.bottomMargin();
    }

    /** Starts a new page unless at least {@code points} are left on this one. */
    public void ensureSpace(float points) {
        if (spaceLeft() < points) {
            newPage();
        }
    }

    public void newPage() {
        document.newPage();
    }

    /** Adds any OpenPDF element. */
    public void add(Element element) {
        try {
            document.add(element);
        } catch (DocumentException e) {
            throw new IllegalStateException("Cannot add " + element.getClass().getSimpleName() + ": "
                    + e.getMessage(), e);
        }
    }

    /** The document title and a muted line under it. */
    public void title(String title, String subtitle) {
        Paragraph p = new Paragraph(Wrapping.phrase(title, styles.title()));
        p.setSpacingAfter(2);
        add(p);
        if (subtitle != null && !subtitle.isEmpty()) {
            Paragraph s = new Paragraph(Wrapping.phrase(subtitle, styles.subtitle()));
            s.setSpacingAfter(4);
            add(s);
        }
        rule();
    }

    /** A section heading; starts a new page when less than {@code keepWith} points would follow it. */
    public void heading(String text, float keepWith) {
        ensureSpace(keepWith + 30);
        Paragraph p = new Paragraph(Wrapping.phrase(text, styles.heading()));
        p.setSpacingBefore(10);
        p.setSpacingAfter(4);
        p.setKeepTogether(true);
        add(p);
    }

    /** A section heading kept with about 90 points of what follows. */
    public void heading(String text) {
        heading(text, 90);
    }

    /** A heading inside a section, kept with about 60 points of what follows. */
    public void subheading(String text) {
        ensureSpace(75);
        Paragraph p = new Paragraph(Wrapping.phrase(text, styles.subheading()));
        p.setSpacingBefore(6);
        p.setSpacingAfter(2);
        add(p);
    }

    /** Running text. */
    public void paragraph(String text) {
        paragraph(Wrapping.phrase(text, styles.body()));
    }

    /** Running text made of several chunks (bold lead-ins, italics). */
    public void paragraph(Phrase phrase) {
        Paragraph p = new Paragraph("", styles.body());
        p.add(phrase);
        p.setLeading(sizeOf(phrase) * 1.3f);
        p.setSpacingAfter(4);
        add(p);
    }

    /** The largest font size in a phrase (a phrase built chunk by chunk has no font of its own). */
    private float sizeOf(Phrase phrase) {
        float size = phrase.getFont().getSize();
        for (Object o : phrase.getChunks()) {
            if (o instanceof Chunk ch && ch.getFont() != null) {
                size = Math.max(size, ch.getFont().getSize());
            }
        }
        return size > 0 ? size : styles.body().getSize();
    }

    /** A bullet point, hanging-indented so wrapped lines align with the text. */
    public void bullet(Phrase phrase) {
        Paragraph p = new Paragraph("", styles.body());
        p.setIndentationLeft(12);
        p.setFirstLineIndent(-9);
        p.setLeading(Math.max(styles.body().getSize(), sizeOf(phrase)) * 1.3f);
        p.add(new Chunk("•  ", styles.body()));
        p.add(phrase);
        p.setSpacingAfter(2);
        add(p);
    }

    /** A bullet point of plain text. */
    public void bullet(String text) {
        bullet(Wrapping.phrase(text, styles.body()));
    }

    /** A thin horizontal rule across the text width. */
    public void rule() {
        LineSeparator line = new LineSeparator(0.6f, 100, PdfStyles.RULE, Element.ALIGN_CENTER, -4);
        Chunk chunk = new Chunk(line);
        chunk.setFont(styles.small()); // otherwise the separator's placeholder character asks for Helvetica
        Paragraph p = new Paragraph(chunk);
        p.setSpacingAfter(6);
        add(p);
    }

    /** Vertical space in points. */
    public void space(float points) {
        Paragraph p = new Paragraph(" ", styles.small());
        p.setLeading(points);
        add(p);
    }

    /** Finishes the document, as {@link #finish()}. */
    @Override
    public void close() {
        finish();
    }

    /**
     * Finishes the document (fills in the page totals) and returns the page count. Later calls
     * return the same count.
     */
    public int finish() {
        if (!closed) {
            closed = true;
            document.close();
            // Counted as pages are ended, not read from the writer's page number: content that fills a page
            // to the bottom margin makes OpenPDF open the next page, which it then drops because it is blank.
            pages = footer.pagesEnded();
        }
        return pages;
    }

    /** Keeps OpenPDF from closing the caller's stream when the document closes. */
    private static final class NonClosingStream extends java.io.FilterOutputStream {
        NonClosingStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}

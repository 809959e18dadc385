package io.pmotoolkit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;

/** Checks every PDF this module draws must pass, parsed back with PDFBox: the page count and embedded fonts. */
public final class PdfChecks {

    private PdfChecks() {
    }

    /**
     * Asserts that {@code pdf} has the {@code pages} its renderer returned and that every font on every page is
     * embedded (so £, € and é render on any machine).
     */
    public static void assertPagesAndEmbeddedFonts(PDDocument pdf, int pages) throws IOException {
        assertEquals(pdf.getNumberOfPages(), pages, "page count returned by render");
        for (PDPage page : pdf.getPages()) {
            for (var name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                assertTrue(font.isEmbedded(), () -> font.getName() + " is not embedded");
            }
        }
    }
}

package io.pmotoolkit.pdfkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.openpdf.text.DocumentException;
import org.openpdf.text.pdf.BaseFont;

/**
 * The Liberation Sans family (metric-compatible with Arial) from {@code openpdf-fonts-extra}, embedded
 * with the Identity-H encoding so that every character the text uses (£ € é – • …) renders and can be
 * copied out of the PDF, on any viewer or printer.
 *
 * <p>The font files are read once per process; each call to {@link #liberationSans()} makes new font
 * objects, because OpenPDF records the glyphs a document uses on the font object. Use one instance per
 * document; the class itself is thread-safe.
 *
 * @param regular    regular weight
 * @param bold       bold
 * @param italic     italic
 * @param boldItalic bold italic
 */
public record PdfFonts(BaseFont regular, BaseFont bold, BaseFont italic, BaseFont boldItalic) {

    private static final String DIR = "/liberation/";

    private static final class Files {
        static final byte[] REGULAR = load("LiberationSans-Regular.ttf");
        static final byte[] BOLD = load("LiberationSans-Bold.ttf");
        static final byte[] ITALIC = load("LiberationSans-Italic.ttf");
        static final byte[] BOLD_ITALIC = load("LiberationSans-BoldItalic.ttf");

        private static byte[] load(String name) {
            try (InputStream in = PdfFonts.class.getResourceAsStream(DIR + name)) {
                if (in == null) {
                    throw new IllegalStateException("Font " + DIR + name
                            + " is not on the classpath: is openpdf-fonts-extra a dependency?");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read font " + DIR + name, e);
            }
        }
    }

    /** A new set of Liberation Sans fonts, embedded, Identity-H. */
    public static PdfFonts liberationSans() {
        return new PdfFonts(font("LiberationSans-Regular.ttf", Files.REGULAR),
                font("LiberationSans-Bold.ttf", Files.BOLD),
                font("LiberationSans-Italic.ttf", Files.ITALIC),
                font("LiberationSans-BoldItalic.ttf", Files.BOLD_ITALIC));
    }

    private static BaseFont font(String name, byte[] data) {
        try {
            return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, data, null);
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("Cannot load font " + name + ": " + e.getMessage(), e);
        }
    }
}

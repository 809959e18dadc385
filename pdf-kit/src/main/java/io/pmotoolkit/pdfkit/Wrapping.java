package io.pmotoolkit.pdfkit;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openpdf.text.Chunk;
import org.openpdf.text.Font;
import org.openpdf.text.Phrase;
import org.openpdf.text.SplitCharacter;
import org.openpdf.text.pdf.PdfChunk;

/**
 * Text that may break inside long words. A token of {@value #LONG} or more characters without a space
 * (a URL, a file path, an e-mail address) may break after {@code / . _ - @ ? & = :} so that a narrow
 * table column never clips it; ordinary words keep OpenPDF's rules, so "£4.2m" or "1,150" never break
 * at their dot or comma. A long token with none of those characters is split by OpenPDF at the last
 * character that fits.
 *
 * <p>Stateless and thread-safe.
 */
public final class Wrapping {

    /** Tokens at least this long may break inside. */
    public static final int LONG = 18;

    private static final Pattern LONG_TOKEN = Pattern.compile("\\S{" + LONG + ",}");

    /** Breaks after spaces and the punctuation inside URLs and paths. */
    public static final SplitCharacter URL_FRIENDLY = Wrapping::splitAfter;

    /** Breaks only after spaces: an option such as "--format" stays whole. */
    public static final SplitCharacter SPACES_ONLY = (start, current, end, cc, ck) -> cc[current] == ' ';

    private Wrapping() {
    }

    private static boolean splitAfter(int start, int current, int end, char[] cc, PdfChunk[] ck) {
        return switch (cc[current]) {
            case ' ', '/', '\\', '.', '_', '-', '@', '?', '&', '=', ':', ',', ';', '|' -> true;
            default -> false;
        };
    }

    /**
     * A command line to copy: it breaks between its words, never at the hyphens of an option ("--role"),
     * and a long token (a file path) breaks as in {@link #phrase}.
     */
    public static Phrase command(String text, Font font) {
        Phrase p = phrase(text, font);
        for (Object o : p.getChunks()) {
            if (o instanceof Chunk c && !LONG_TOKEN.matcher(c.getContent()).matches()) {
                c.setSplitCharacter(SPACES_ONLY);
            }
        }
        return p;
    }

    /** A phrase in one font whose long tokens may break inside. */
    public static Phrase phrase(String text, Font font) {
        Phrase p = new Phrase();
        p.setFont(font);
        String s = text == null ? "" : text;
        Matcher m = LONG_TOKEN.matcher(s);
        int at = 0;
        while (m.find()) {
            if (m.start() > at) {
                p.add(new Chunk(s.substring(at, m.start()), font));
            }
            Chunk token = new Chunk(m.group(), font);
            token.setSplitCharacter(URL_FRIENDLY);
            p.add(token);
            at = m.end();
        }
        if (at < s.length() || s.isEmpty()) {
            p.add(new Chunk(s.substring(at), font));
        }
        return p;
    }
}

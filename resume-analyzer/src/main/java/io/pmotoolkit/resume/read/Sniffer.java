package io.pmotoolkit.resume.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/** Detects a file's format from its first bytes. Stateless. */
final class Sniffer {

    enum Kind { PDF, DOCX, TEXT, HTML, OLE2, OLE2_ENCRYPTED, ODT, RTF, ZIP, IMAGE, BINARY }

    private static final byte[] PDF_MAGIC = ascii("%PDF");
    private static final byte[] DOCX_PART = ascii("word/document.xml");
    private static final byte[] ODF_MIME = ascii("application/vnd.oasis.opendocument");

    private Sniffer() {
    }

    static Kind sniff(byte[] b) {
        if (indexOf(b, PDF_MAGIC, 0, Math.min(b.length, 1024)) >= 0) {
            return Kind.PDF;
        }
        if (startsWith(b, 0x50, 0x4B, 0x03, 0x04)) {
            if (indexOf(b, DOCX_PART, 0, b.length) >= 0) {
                return Kind.DOCX;
            }
            return indexOf(b, ODF_MIME, 0, Math.min(b.length, 4096)) >= 0 ? Kind.ODT : Kind.ZIP;
        }
        if (startsWith(b, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return isEncryptedOoxml(b) ? Kind.OLE2_ENCRYPTED : Kind.OLE2;
        }
        if (startsWith(b, '{', '\\', 'r', 't', 'f')) {
            return Kind.RTF;
        }
        if (startsWith(b, 0x89, 'P', 'N', 'G') || startsWith(b, 0xFF, 0xD8, 0xFF) || startsWith(b, 'G', 'I', 'F', '8')
                || startsWith(b, 'I', 'I', 0x2A, 0) || startsWith(b, 'M', 'M', 0, 0x2A)) {
            return Kind.IMAGE;
        }
        if (!looksLikeText(b)) {
            return Kind.BINARY;
        }
        return looksLikeHtml(b) ? Kind.HTML : Kind.TEXT;
    }

    /**
     * Text that opens as a web page: after a byte order mark, white space, an XML declaration and comments, a
     * {@code <!DOCTYPE html>}, {@code <html>}, {@code <head>} or {@code <body>} tag. A text that merely holds a
     * tag further down (a Markdown CV with an HTML comment or a {@code <br>}) is text.
     */
    static boolean looksLikeHtml(byte[] b) {
        int n = Math.min(b.length, 4096);
        String start = TextCvReader.decode(java.util.Arrays.copyOf(b, n)).stripLeading().toLowerCase(java.util.Locale.ROOT);
        if (start.startsWith("\uFEFF")) {
            start = start.substring(1).stripLeading();
        }
        while (start.startsWith("<?xml") || start.startsWith("<!--")) {
            int end = start.startsWith("<?xml") ? start.indexOf("?>") : start.indexOf("-->");
            if (end < 0) {
                return false;
            }
            start = start.substring(end + (start.startsWith("<?xml") ? 2 : 3)).stripLeading();
        }
        return start.startsWith("<!doctype html") || start.startsWith("<html") || start.startsWith("<head")
                || start.startsWith("<body");
    }

    /** An Office file saved with a password is an OLE2 container holding an "EncryptedPackage" stream. */
    private static boolean isEncryptedOoxml(byte[] b) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(b))) {
            return fs.getRoot().hasEntryCaseInsensitive("EncryptedPackage");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * Text in UTF-8, UTF-16 (with a byte order mark, or without one when every other byte is zero, as in
     * Latin-script text), or a single-byte code page, without binary control bytes.
     */
    static boolean looksLikeText(byte[] b) {
        if (startsWith(b, 0xFF, 0xFE) || startsWith(b, 0xFE, 0xFF)) {
            return true;
        }
        Optional<Charset> utf16 = utf16WithoutBom(b);
        if (utf16.isPresent()) {
            return looksLikeText(new String(b, utf16.get()).getBytes(StandardCharsets.UTF_8));
        }
        int n = Math.min(b.length, 16 * 1024);
        int controls = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xFF;
            if (c == 0) {
                return false;
            }
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1A) {
                controls++;
            }
        }
        if (controls * 100 > n) {
            return false;
        }
        return isUtf8(b) || highBytes(b, n) * 100 < n * 30;
    }

    /**
     * UTF-16LE or UTF-16BE without a byte order mark: an even length, and in the first 4 KB nearly every
     * second byte zero (the high byte of Latin characters) and almost no zero in the other position.
     */
    static Optional<Charset> utf16WithoutBom(byte[] b) {
        if (b.length < 4 || b.length % 2 != 0) {
            return Optional.empty();
        }
        int n = Math.min(b.length, 4096);
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i + 1 < n; i += 2) {
            evenZeros += b[i] == 0 ? 1 : 0;
            oddZeros += b[i + 1] == 0 ? 1 : 0;
        }
        int pairs = n / 2;
        if (oddZeros * 10 >= pairs * 7 && evenZeros * 100 <= pairs) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        if (evenZeros * 10 >= pairs * 7 && oddZeros * 100 <= pairs) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        return Optional.empty();
    }

    static boolean isUtf8(byte[] b) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static int highBytes(byte[] b, int n) {
        int high = 0;
        for (int i = 0; i < n; i++) {
            if ((b[i] & 0x80) != 0) {
                high++;
            }
        }
        return high;
    }

    private static boolean startsWith(byte[] b, int... magic) {
        if (b.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((b[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] b, byte[] needle, int from, int to) {
        outer:
        for (int i = from; i <= to - needle.length; i++) {
            for (int k = 0; k < needle.length; k++) {
                if (b[i + k] != needle[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}

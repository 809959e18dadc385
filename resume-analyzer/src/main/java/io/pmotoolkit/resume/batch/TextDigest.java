package io.pmotoolkit.resume.batch;

import io.pmotoolkit.resume.read.CvDocument;
import io.pmotoolkit.resume.read.CvLine;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * A digest of a document's extracted text with case, spacing and punctuation folded, so that the same CV
 * saved twice (or exported to another format that reads back the same words) gives the same digest.
 * Stateless and thread-safe.
 */
final class TextDigest {

    private TextDigest() {
    }

    /** The digest, or null for a document without words (two empty files are not the same CV). */
    static String of(CvDocument doc) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
        StringBuilder word = new StringBuilder();
        boolean any = false;
        for (CvLine l : doc.lines()) {
            String t = l.text().toLowerCase(Locale.ROOT);
            for (int i = 0; i < t.length(); ) {
                int c = t.codePointAt(i);
                i += Character.charCount(c);
                if (Character.isLetterOrDigit(c)) {
                    word.appendCodePoint(c);
                } else if (!word.isEmpty()) {
                    sha.update(word.append(' ').toString().getBytes(StandardCharsets.UTF_8));
                    word.setLength(0);
                    any = true;
                }
            }
            if (!word.isEmpty()) {
                sha.update(word.append(' ').toString().getBytes(StandardCharsets.UTF_8));
                word.setLength(0);
                any = true;
            }
        }
        return any ? HexFormat.of().formatHex(sha.digest()) : null;
    }
}

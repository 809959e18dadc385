package io.pmotoolkit.resume.read;

import java.util.List;

/**
 * The text of a CV as read from its file, in reading order.
 *
 * @param fileName the file name as given by the user (no directories added)
 * @param format   the format detected from the content
 * @param lines    logical lines in reading order
 * @param pages    number of pages (1 for text and, where unknown, for DOCX)
 * @param warnings things the user should know about how the file was read, one sentence each
 *                 (two-column layout, text in headers or text boxes, image-only pages, very little text)
 * @param producer what the file's own metadata says made it (a PDF's creator and author), or null
 */
public record CvDocument(String fileName, DocumentFormat format, List<CvLine> lines, int pages,
                         List<String> warnings, String producer) {

    public CvDocument {
        lines = List.copyOf(lines);
        warnings = List.copyOf(warnings);
    }

    /** A document whose metadata names no producer. */
    public CvDocument(String fileName, DocumentFormat format, List<CvLine> lines, int pages, List<String> warnings) {
        this(fileName, format, lines, pages, warnings, null);
    }

    /** The same document with the producer its metadata names. */
    public CvDocument withProducer(String producer) {
        return new CvDocument(fileName, format, lines, pages, warnings, producer);
    }

    /** Number of words in the whole document. */
    public int wordCount() {
        int n = 0;
        for (CvLine l : lines) {
            String t = l.text();
            boolean inWord = false;
            for (int i = 0; i < t.length(); i++) {
                boolean space = Character.isWhitespace(t.charAt(i));
                if (!space && !inWord) {
                    n++;
                }
                inWord = !space;
            }
        }
        return n;
    }
}

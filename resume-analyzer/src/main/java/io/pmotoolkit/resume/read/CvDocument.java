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
 * @param links    the addresses the file's hyperlinks point to, in page order ("https://linkedin.com/in/…",
 *                 "mailto:…"): a CV often shows only "LinkedIn" and links it
 * @param title    the title the file's own metadata gives, outside its text (a Markdown front matter's
 *                 {@code title:}, an HTML page's {@code <title>}), or null; a job advert's reader may take it as
 *                 the job title
 */
public record CvDocument(String fileName, DocumentFormat format, List<CvLine> lines, int pages,
                         List<String> warnings, String producer, List<String> links, String title) {

    public CvDocument {
        lines = List.copyOf(lines);
        warnings = List.copyOf(warnings);
        links = List.copyOf(links);
    }

    /** A document whose metadata gives no title. */
    public CvDocument(String fileName, DocumentFormat format, List<CvLine> lines, int pages, List<String> warnings,
                      String producer, List<String> links) {
        this(fileName, format, lines, pages, warnings, producer, links, null);
    }

    /** The same document with the title its metadata gives. */
    public CvDocument withTitle(String title) {
        return new CvDocument(fileName, format, lines, pages, warnings, producer, links, title);
    }

    /** A document without hyperlinks. */
    public CvDocument(String fileName, DocumentFormat format, List<CvLine> lines, int pages, List<String> warnings,
                      String producer) {
        this(fileName, format, lines, pages, warnings, producer, List.of());
    }

    /** The same document with the addresses its hyperlinks point to. */
    public CvDocument withLinks(List<String> links) {
        return new CvDocument(fileName, format, lines, pages, warnings, producer, links, title);
    }

    /** A document whose metadata names no producer. */
    public CvDocument(String fileName, DocumentFormat format, List<CvLine> lines, int pages, List<String> warnings) {
        this(fileName, format, lines, pages, warnings, null);
    }

    /** The same document with the producer its metadata names. */
    public CvDocument withProducer(String producer) {
        return new CvDocument(fileName, format, lines, pages, warnings, producer, links, title);
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

package io.pmotoolkit.pdfkit;

import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * What a PDF says about itself: document properties and the footer line.
 *
 * @param title   document title (shown by viewers in the window title)
 * @param author  author, e.g. the tool's name
 * @param subject one line on what the document is about
 * @param footer  text at the bottom left of every page, beside "Page N of M"
 * @param created creation date written into the document; pass a fixed one for reproducible files
 */
public record PdfMeta(String title, String author, String subject, String footer, ZonedDateTime created) {

    public PdfMeta {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(created, "created");
        subject = subject == null ? "" : subject;
        footer = footer == null ? "" : footer;
    }
}

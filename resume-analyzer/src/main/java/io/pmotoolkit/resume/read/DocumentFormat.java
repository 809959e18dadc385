package io.pmotoolkit.resume.read;

import java.util.Locale;

/** The document formats a CV can be read from. JSON writes them in lower case. */
public enum DocumentFormat {
    PDF, DOCX, TXT, MD;

    /** The lower-case name used in JSON and messages ({@code "pdf"}). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}

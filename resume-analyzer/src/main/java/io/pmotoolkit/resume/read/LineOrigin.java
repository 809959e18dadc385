package io.pmotoolkit.resume.read;

/** Where on the page a line of CV text came from. */
public enum LineOrigin {
    /** The main flow of the document. */
    BODY,
    /** A table cell (DOCX) laid out as part of the body. */
    TABLE,
    /** A running page header (DOCX header part; in PDF, repeated top-of-page text is dropped instead). */
    HEADER,
    /** A running page footer. */
    FOOTER,
    /** A text box or shape (DOCX), which ATS parsers often miss. */
    TEXT_BOX,
    /** A narrow side column of a two-column PDF, read after or before the main column, never interleaved. */
    SIDEBAR
}

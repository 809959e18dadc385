package io.pmotoolkit.resume.read;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The document formats a CV can be read from, and the one place that says what each is: its file
 * extensions, the content signature {@link Sniffer} reports for it, how it is described to the user and
 * which reader reads it. {@link CvReader}, the batch's file filter, the help texts and the messages that list
 * the supported formats all come from here, so a new format is a new constant (with its reader and, for a
 * new signature, a {@link Sniffer} kind). JSON writes them in lower case.
 *
 * <p>The order is the order formats are listed in ({@code .docx, .pdf, .txt, .md or .html}); among formats with the
 * same signature (plain text and Markdown) the first is taken unless the file name says another.
 */
public enum DocumentFormat {
    DOCX(Sniffer.Kind.DOCX, "a Word document", (name, bytes, settings) -> DocxCvReader.read(name, bytes),
            "docx", "docm", "dotx"),
    PDF(Sniffer.Kind.PDF, "a PDF", (name, bytes, settings) ->
            new PdfCvReader(settings.maxPages(), settings.password()).read(name, bytes), "pdf"),
    TXT(Sniffer.Kind.TEXT, "plain text", (name, bytes, settings) -> TextCvReader.read(name, bytes, settings.format()),
            "txt", "text"),
    MD(Sniffer.Kind.TEXT, "plain text", (name, bytes, settings) -> TextCvReader.read(name, bytes, settings.format()),
            "md", "markdown"),
    HTML(Sniffer.Kind.HTML, "a web page", (name, bytes, settings) -> HtmlCvReader.read(name, bytes),
            "html", "htm", "xhtml");

    /** What a reader is given besides the bytes: the page limit, the password (or null) and the format read. */
    record Settings(int maxPages, String password, DocumentFormat format) {
    }

    /** Reads one format's bytes into a document (before the checks common to all formats). */
    @FunctionalInterface
    interface Reader {
        CvDocument read(String fileName, byte[] bytes, Settings settings) throws CvReadException;
    }

    private final Sniffer.Kind signature;
    private final String description;
    private final Reader reader;
    private final List<String> extensions;

    DocumentFormat(Sniffer.Kind signature, String description, Reader reader, String... extensions) {
        this.signature = signature;
        this.description = description;
        this.reader = reader;
        this.extensions = List.of(extensions);
    }

    /** The lower-case name used in JSON and messages ({@code "pdf"}). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The usual file extension, without the dot ({@code "docx"}): the one a batch collects from folders. */
    public String extension() {
        return extensions.get(0);
    }

    /** Every extension a file of this format may have, the usual one first ({@code docx, docm, dotx}). */
    public List<String> extensions() {
        return extensions;
    }

    /** How a message names a file's content: "a Word document", "a PDF", "plain text". */
    public String description() {
        return description;
    }

    /** The usual extensions of all formats, as a batch collects them: {@code docx, pdf, txt, md}. */
    public static List<String> usualExtensions() {
        return Arrays.stream(values()).map(DocumentFormat::extension).toList();
    }

    /**
     * The usual extensions with dots, for help and messages: {@code ".docx, .pdf, .txt or .md"} with
     * {@code last = "or"}, {@code ".docx, .pdf, .txt and .md"} with {@code "and"}.
     */
    public static String listed(String last) {
        List<String> dotted = usualExtensions().stream().map(e -> "." + e).toList();
        if (dotted.size() == 1) {
            return dotted.get(0);
        }
        return dotted.subList(0, dotted.size() - 1).stream().collect(Collectors.joining(", "))
                + " " + last + " " + dotted.get(dotted.size() - 1);
    }

    /** The format whose extensions include {@code extension} (lower case, no dot). */
    static Optional<DocumentFormat> byExtension(String extension) {
        return Arrays.stream(values()).filter(f -> f.extensions.contains(extension)).findFirst();
    }

    /** The format of content with this signature: of those that share it, the one the file name says. */
    static Optional<DocumentFormat> bySignature(Sniffer.Kind kind, String extension) {
        List<DocumentFormat> matching = Arrays.stream(values()).filter(f -> f.signature == kind).toList();
        return matching.stream().filter(f -> f.extensions.contains(extension)).findFirst()
                .or(() -> matching.stream().findFirst());
    }

    /** Whether content read as {@code actual} may be named as this format without a warning. */
    boolean sameSignature(DocumentFormat actual) {
        return signature == actual.signature;
    }

    CvDocument read(String fileName, byte[] bytes, int maxPages, String password) throws CvReadException {
        return reader.read(fileName, bytes, new Settings(maxPages, password, this));
    }
}

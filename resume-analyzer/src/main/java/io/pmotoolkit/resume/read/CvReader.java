package io.pmotoolkit.resume.read;

import io.pmotoolkit.core.text.LanguageGuess;
import io.pmotoolkit.resume.read.CvReadException.Reason;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads a CV (or a job advert) from a PDF, DOCX, plain-text, Markdown or saved web page (HTML) file into a
 * {@link CvDocument}: logical lines in
 * reading order, cleaned with {@code TextCleaner}, with bullets and heading hints, and warnings about
 * anything that could trip an applicant tracking system (two columns, text in page headers or text boxes,
 * pages without text, very little text).
 *
 * <p>The format is detected from the content, not the file name; a file whose extension says otherwise
 * is read by its content with a warning. Files over the size limit, PDFs over the page limit, encrypted,
 * damaged, image-only and unsupported files, and a text clearly in another language than English, fail with a
 * {@link CvReadException} whose
 * {@link CvReadException#reason() reason} says why and whose message says what to do.
 *
 * {@snippet :
 * CvDocument cv = new CvReader().read(Path.of("cv.pdf"));
 * cv.lines().forEach(l -> System.out.println(l.text()));
 * }
 *
 * <p>Limits: files over {@link #maxBytes()} are refused before they are read; PDFs over {@link #maxPages()}
 * pages, and DOCX and text files with more than {@value #WORDS_PER_PAGE} words a page over it, are refused
 * after; a DOCX whose parts expand to more than POI's or our own zip-bomb limits is refused while it is
 * opened. Every {@link CvReadException.Reason#TOO_LARGE} message names the limit and the CLI option that
 * raises it ({@code --max-size MB}, {@code --max-pages N}).
 *
 * <p>Protected files: without a password an encrypted PDF or Word document fails with
 * {@link CvReadException.Reason#ENCRYPTED}; {@link #withPassword(String)} opens it.
 *
 * <p>Thread-safe: immutable; every call works on its own objects.
 */
public final class CvReader {

    /** Files larger than this are refused: 20 MB. */
    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;
    /** PDFs with more pages than this are refused: 50; for other formats, text longer than this many pages. */
    public static final int DEFAULT_MAX_PAGES = 50;
    /** Words per page used to turn the page limit into a text limit for DOCX, TXT and MD (generous). */
    static final int WORDS_PER_PAGE = 600;
    /** Fewer words than this raise a warning. */
    static final int FEW_WORDS = 150;

    private final long maxBytes;
    private final int maxPages;
    private final String password;

    /** A reader with the default limits (20 MB, 50 pages) and no password. */
    public CvReader() {
        this(DEFAULT_MAX_BYTES, DEFAULT_MAX_PAGES);
    }

    /**
     * @param maxBytes largest file accepted, in bytes (positive); the CLI's {@code --max-size MB}
     * @param maxPages most PDF pages accepted (positive), and for DOCX and text files the most text, at
     *                 {@value #WORDS_PER_PAGE} words a page; the CLI's {@code --max-pages N}
     */
    public CvReader(long maxBytes, int maxPages) {
        this(maxBytes, maxPages, null);
    }

    private CvReader(long maxBytes, int maxPages, String password) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive, was " + maxBytes);
        }
        if (maxPages <= 0) {
            throw new IllegalArgumentException("maxPages must be positive, was " + maxPages);
        }
        this.maxBytes = maxBytes;
        this.maxPages = maxPages;
        this.password = password;
    }

    /**
     * A reader with the same limits that opens password-protected PDFs and Word documents with this
     * password (the CLI's {@code --password}). Files without protection are read as usual; a wrong
     * password fails with {@link CvReadException.Reason#ENCRYPTED}.
     *
     * @param password the password to open the CV with; {@code null} for none
     */
    public CvReader withPassword(String password) {
        return new CvReader(maxBytes, maxPages, password);
    }

    /** The largest file accepted, in bytes. */
    public long maxBytes() {
        return maxBytes;
    }

    /** The most pages accepted. */
    public int maxPages() {
        return maxPages;
    }

    /**
     * Reads a CV file.
     *
     * @param file the file; its name as given becomes {@link CvDocument#fileName()}
     * @throws CvReadException when the file is missing, not a file, too large, empty, encrypted, damaged,
     *                         without text or in an unsupported format
     */
    public CvDocument read(Path file) throws CvReadException {
        Objects.requireNonNull(file, "file");
        String name = file.toString();
        if (!Files.exists(file)) {
            throw new CvReadException(Reason.NOT_FOUND, name, name + " does not exist: check the path");
        }
        if (!Files.isRegularFile(file)) {
            throw new CvReadException(Reason.NOT_A_FILE, name, name + " is not a file: give the path of the CV file itself");
        }
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw tooLarge(name, size);
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new CvReadException(Reason.NOT_FOUND, name, name + " does not exist: check the path", e);
        } catch (AccessDeniedException e) {
            throw new CvReadException(Reason.NOT_FOUND, name, name + " cannot be opened (permission denied): check its permissions", e);
        } catch (CvReadException e) {
            throw e;
        } catch (IOException e) {
            throw new CvReadException(Reason.NOT_FOUND, name, name + " cannot be read (" + oneLine(e) + "): check the file", e);
        }
        return read(name, bytes);
    }

    /**
     * Reads a CV from its bytes.
     *
     * @param fileName the name to report and whose extension is compared with the content (may have none)
     * @param bytes    the whole file
     * @throws CvReadException as for {@link #read(Path)}
     */
    public CvDocument read(String fileName, byte[] bytes) throws CvReadException {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(bytes, "bytes");
        if (bytes.length > maxBytes) {
            throw tooLarge(fileName, bytes.length);
        }
        if (bytes.length == 0) {
            throw new CvReadException(Reason.EMPTY, fileName, fileName + " is empty (0 bytes): save the CV again and retry");
        }
        Sniffer.Kind kind = Sniffer.sniff(bytes);
        if (kind == Sniffer.Kind.OLE2_ENCRYPTED) {
            if (password == null) {
                throw passwordNeeded(fileName);
            }
            bytes = DocxCvReader.decrypt(fileName, bytes, password);
            kind = Sniffer.sniff(bytes);
            if (kind != Sniffer.Kind.DOCX) {
                throw new CvReadException(Reason.UNSUPPORTED_FORMAT, fileName, fileName
                        + " is a password-protected Office file that is not a Word document: give the CV as .docx, PDF or text");
            }
        }
        Sniffer.Kind sniffed = kind;
        DocumentFormat format = DocumentFormat.bySignature(kind, extension(fileName))
                .orElseThrow(() -> unsupported(fileName, sniffed));
        List<String> warnings = new ArrayList<>();
        extensionWarning(fileName, format).ifPresent(warnings::add);
        CvDocument doc = format.read(fileName, bytes, maxPages, password);
        if (doc.lines().isEmpty()) {
            throw new CvReadException(format == DocumentFormat.PDF ? Reason.NO_TEXT : Reason.EMPTY, fileName,
                    fileName + " contains no text: check that it is the right file");
        }
        int words = doc.wordCount();
        if (format != DocumentFormat.PDF && words > (long) maxPages * WORDS_PER_PAGE) {
            throw new CvReadException(Reason.TOO_LARGE, fileName, String.format(Locale.ROOT,
                    "%s holds %,d words, about %d pages (the limit is %d pages): give a shorter CV,"
                            + " or raise the limit with --max-pages N", fileName, words,
                    (words + WORDS_PER_PAGE - 1) / WORDS_PER_PAGE, maxPages));
        }
        long chars = 0;
        for (CvLine l : doc.lines()) {
            chars += l.text().length();
        }
        if (doc.lines().size() > ReadLimits.maxLines(maxPages)) {
            throw textLimit(fileName, String.format(Locale.ROOT, "%,d lines", doc.lines().size()),
                    String.format(Locale.ROOT, "%,d, %,d a page", ReadLimits.maxLines(maxPages), ReadLimits.LINES_PER_ALLOWED_PAGE));
        }
        if (chars > ReadLimits.maxTextChars(maxPages)) {
            throw textLimit(fileName, String.format(Locale.ROOT, "%,d characters", chars),
                    String.format(Locale.ROOT, "%,d, %,d a page", ReadLimits.maxTextChars(maxPages), ReadLimits.CHARS_PER_ALLOWED_PAGE));
        }
        warnings.addAll(doc.warnings());
        if (words < FEW_WORDS) {
            warnings.add("Only " + words + " words of text found: is this the whole CV?");
        }
        String text = text(doc);
        Optional<LanguageGuess.Language> other = LanguageGuess.clearlyNotEnglish(text);
        if (other.isPresent()) {
            throw notEnglish(fileName, other.get());
        }
        languageWarning(text).ifPresent(warnings::add);
        return new CvDocument(fileName, doc.format(), doc.lines(), doc.pages(), warnings, doc.producer(), doc.links(), doc.title());
    }

    private static String text(CvDocument doc) {
        StringBuilder text = new StringBuilder();
        for (CvLine l : doc.lines()) {
            text.append(l.text()).append('\n');
        }
        return text.toString();
    }

    /**
     * The refusal of a document clearly in another language ({@link LanguageGuess#clearlyNotEnglish}): the skills
     * model, the checks and the advert reading are English, so an analysis would be silently wrong.
     */
    static CvReadException notEnglish(String fileName, LanguageGuess.Language language) {
        return new CvReadException(Reason.NOT_ENGLISH, fileName, fileName + " is in " + language.displayName()
                + ", and only English is supported: give an English version of it");
    }

    /** A warning when the text may not be in English, without being clearly in another language (a mixed text). */
    private static Optional<String> languageWarning(String text) {
        return LanguageGuess.guess(text)
                .filter(g -> g.language() != LanguageGuess.Language.ENGLISH)
                .map(g -> "This CV looks like it is in " + g.language().displayName() + "; the skills model and"
                        + " checks are English, so results will be weak");
    }

    private CvReadException textLimit(String fileName, String amount, String limit) {
        return new CvReadException(Reason.TOO_LARGE, fileName, fileName + " holds " + amount + " of text (the limit is "
                + limit + " of the page limit of " + maxPages + "): no CV is that long; give a shorter CV, or raise"
                + " the limit with --max-pages N");
    }

    static CvReadException passwordNeeded(String fileName) {
        return new CvReadException(Reason.ENCRYPTED, fileName, fileName
                + " is password-protected: give its password with --password, or save an unprotected copy");
    }

    static CvReadException wrongPassword(String fileName, Throwable cause) {
        return new CvReadException(Reason.ENCRYPTED, fileName, "the password given for " + fileName
                + " is wrong: check it (passwords are case-sensitive), or save an unprotected copy", cause);
    }

    private CvReadException tooLarge(String name, long size) {
        return new CvReadException(Reason.TOO_LARGE, name, String.format(Locale.ROOT,
                "%s is too large (%.1f MB, the limit is %s MB): save a smaller copy without large images,"
                        + " or raise the limit with --max-size MB", name, size / 1048576.0, megabytes(maxBytes)));
    }

    private static String megabytes(long bytes) {
        double mb = bytes / 1048576.0;
        return mb == Math.rint(mb) ? String.valueOf((long) mb) : String.format(Locale.ROOT, "%.1f", mb);
    }

    /** A library's message on one short line, for the parenthesis of a user message. */
    static String oneLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        m = m.replaceAll("\\s+", " ").strip();
        return m.length() > 80 ? m.substring(0, 77) + "..." : m;
    }

    private static CvReadException unsupported(String name, Sniffer.Kind kind) {
        String what = switch (kind) {
            case OLE2 -> "an old Word 97-2003 (.doc) or other Office binary file: save it as .docx or PDF";
            case ODT -> "an OpenDocument file: save it as .docx or PDF";
            case RTF -> "an RTF file: save it as .docx or PDF";
            case ZIP -> "a ZIP archive, not a Word document: give the .docx or PDF itself";
            case IMAGE -> "an image: OCR is not supported: give the CV as .docx, PDF or text";
            default -> "not a PDF, Word (.docx) or text file: give the CV as .docx, PDF or text";
        };
        return new CvReadException(Reason.UNSUPPORTED_FORMAT, name, name + " is " + what);
    }

    /** Extensions of other document and image formats: a CV named so but holding text, PDF or DOCX is misnamed. */
    private static final java.util.Set<String> OTHER_FORMATS = java.util.Set.of("doc", "dot", "rtf", "odt", "pages",
            "wpd", "xml", "json", "zip", "jpg", "jpeg", "png", "gif", "tif", "tiff", "xls", "xlsx",
            "ppt", "pptx", "epub");

    private static Optional<String> extensionWarning(String name, DocumentFormat format) {
        String ext = extension(name);
        DocumentFormat claimed = DocumentFormat.byExtension(ext).orElse(null);
        if (claimed == null ? !OTHER_FORMATS.contains(ext) : claimed.sameSignature(format)) {
            return Optional.empty();
        }
        return Optional.of(fileNameOnly(name) + " is really " + format.description() + "; read it as " + format.name());
    }

    static String fileNameOnly(String name) {
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        return name.substring(slash + 1);
    }

    static String extension(String name) {
        String n = fileNameOnly(name);
        int dot = n.lastIndexOf('.');
        return dot < 0 ? "" : n.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}

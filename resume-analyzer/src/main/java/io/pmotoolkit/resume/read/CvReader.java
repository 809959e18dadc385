package io.pmotoolkit.resume.read;

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

/**
 * Reads a CV from a PDF, DOCX, plain-text or Markdown file into a {@link CvDocument}: logical lines in
 * reading order, cleaned with {@code TextCleaner}, with bullets and heading hints, and warnings about
 * anything that could trip an applicant tracking system (two columns, text in page headers or text boxes,
 * pages without text, very little text).
 *
 * <p>The format is detected from the content, not the file name; a file whose extension says otherwise
 * is read by its content with a warning. Files over the size limit, PDFs over the page limit, encrypted,
 * damaged, image-only and unsupported files fail with a {@link CvReadException} whose
 * {@link CvReadException#reason() reason} says why and whose message says what to do.
 *
 * {@snippet :
 * CvDocument cv = new CvReader().read(Path.of("cv.pdf"));
 * cv.lines().forEach(l -> System.out.println(l.text()));
 * }
 *
 * <p>Thread-safe: holds only its limits; every call works on its own objects.
 */
public final class CvReader {

    /** Files larger than this are refused: 20 MB. */
    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;
    /** PDFs with more pages than this are refused: 50. */
    public static final int DEFAULT_MAX_PAGES = 50;
    /** Fewer words than this raise a warning. */
    static final int FEW_WORDS = 150;

    private final long maxBytes;
    private final int maxPages;

    /** A reader with the default limits (20 MB, 50 PDF pages). */
    public CvReader() {
        this(DEFAULT_MAX_BYTES, DEFAULT_MAX_PAGES);
    }

    /**
     * @param maxBytes largest file accepted, in bytes (positive)
     * @param maxPages most PDF pages accepted (positive)
     */
    public CvReader(long maxBytes, int maxPages) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive, was " + maxBytes);
        }
        if (maxPages <= 0) {
            throw new IllegalArgumentException("maxPages must be positive, was " + maxPages);
        }
        this.maxBytes = maxBytes;
        this.maxPages = maxPages;
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
            throw new CvReadException(Reason.NOT_FOUND, name, name + " cannot be read: " + e.getMessage(), e);
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
        DocumentFormat format = switch (kind) {
            case PDF -> DocumentFormat.PDF;
            case DOCX -> DocumentFormat.DOCX;
            case TEXT -> isMarkdownName(fileName) ? DocumentFormat.MD : DocumentFormat.TXT;
            default -> throw unsupported(fileName, kind);
        };
        List<String> warnings = new ArrayList<>();
        extensionWarning(fileName, format).ifPresent(warnings::add);
        CvDocument doc = switch (format) {
            case PDF -> new PdfCvReader(maxPages).read(fileName, bytes);
            case DOCX -> DocxCvReader.read(fileName, bytes);
            case TXT, MD -> TextCvReader.read(fileName, bytes, format);
        };
        if (doc.lines().isEmpty()) {
            throw new CvReadException(format == DocumentFormat.PDF ? Reason.NO_TEXT : Reason.EMPTY, fileName,
                    fileName + " contains no text: check that it is the right file");
        }
        warnings.addAll(doc.warnings());
        int words = doc.wordCount();
        if (words < FEW_WORDS) {
            warnings.add("Only " + words + " words of text found: is this the whole CV?");
        }
        return new CvDocument(fileName, doc.format(), doc.lines(), doc.pages(), warnings);
    }

    private CvReadException tooLarge(String name, long size) {
        return new CvReadException(Reason.TOO_LARGE, name, String.format(Locale.ROOT,
                "%s is too large (%.1f MB, the limit is %.0f MB): save a smaller copy without large images",
                name, size / 1048576.0, maxBytes / 1048576.0));
    }

    private static CvReadException unsupported(String name, Sniffer.Kind kind) {
        String what = switch (kind) {
            case OLE2_ENCRYPTED -> null;
            case OLE2 -> "an old Word 97-2003 (.doc) or other Office binary file: save it as .docx or PDF";
            case ODT -> "an OpenDocument file: save it as .docx or PDF";
            case RTF -> "an RTF file: save it as .docx or PDF";
            case ZIP -> "a ZIP archive, not a Word document: give the .docx or PDF itself";
            case IMAGE -> "an image: OCR is not supported: give the CV as .docx, PDF or text";
            default -> "not a PDF, Word (.docx) or text file: give the CV as .docx, PDF or text";
        };
        if (what == null) {
            return new CvReadException(Reason.ENCRYPTED, name,
                    name + " is password-protected: save an unprotected copy and try again");
        }
        return new CvReadException(Reason.UNSUPPORTED_FORMAT, name, name + " is " + what);
    }

    private static boolean isMarkdownName(String name) {
        String ext = extension(name);
        return ext.equals("md") || ext.equals("markdown");
    }

    private static java.util.Optional<String> extensionWarning(String name, DocumentFormat format) {
        String ext = extension(name);
        DocumentFormat claimed = switch (ext) {
            case "pdf" -> DocumentFormat.PDF;
            case "docx", "docm", "dotx" -> DocumentFormat.DOCX;
            case "txt", "text" -> DocumentFormat.TXT;
            case "md", "markdown" -> DocumentFormat.MD;
            default -> null;
        };
        if (claimed == null || claimed == format
                || (claimed == DocumentFormat.TXT && format == DocumentFormat.MD)) {
            return java.util.Optional.empty();
        }
        String what = format == DocumentFormat.DOCX ? "a Word document"
                : format == DocumentFormat.PDF ? "a PDF" : "plain text";
        return java.util.Optional.of(fileNameOnly(name) + " is really " + what + "; read it as "
                + format.name());
    }

    private static String fileNameOnly(String name) {
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        return name.substring(slash + 1);
    }

    static String extension(String name) {
        String n = fileNameOnly(name);
        int dot = n.lastIndexOf('.');
        return dot < 0 ? "" : n.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}

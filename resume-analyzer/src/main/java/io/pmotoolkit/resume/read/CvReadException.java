package io.pmotoolkit.resume.read;

import java.io.IOException;
import java.util.Objects;

/**
 * A CV file that could not be read, with the reason as a field and a one-line message for the user that
 * says what to do about it ({@code "cv.pdf is password-protected: save an unprotected copy and try again"}).
 *
 * <p>The only checked exception of the resume analyzer's reading side; it is an {@link IOException} so
 * callers that only care about I/O failure can treat it as one.
 */
public final class CvReadException extends IOException {

    private static final long serialVersionUID = 1L;

    /** Why a file could not be read. */
    public enum Reason {
        /** The path does not exist or cannot be opened. */
        NOT_FOUND,
        /** The path is a directory or a device. */
        NOT_A_FILE,
        /** The file has no bytes or only white space. */
        EMPTY,
        /** Not a PDF, DOCX, text or Markdown file (an old .doc, an image, an archive, binary data). */
        UNSUPPORTED_FORMAT,
        /** The file claims a supported format but is damaged. */
        CORRUPT,
        /** The file is password-protected. */
        ENCRYPTED,
        /** The file holds no extractable text (an image-only, scanned PDF). */
        NO_TEXT,
        /** The file is over the size or page limit. */
        TOO_LARGE,
        /** The text is clearly in another language than English, which the skills model and checks are written in. */
        NOT_ENGLISH
    }

    private final Reason reason;
    private final String fileName;

    /**
     * @param reason   why the file could not be read
     * @param fileName the file as named by the user
     * @param message  one line for the user, naming the file and saying what to do
     * @param cause    the library failure behind it, or {@code null}
     */
    public CvReadException(Reason reason, String fileName, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.fileName = Objects.requireNonNull(fileName, "fileName");
    }

    public CvReadException(Reason reason, String fileName, String message) {
        this(reason, fileName, message, null);
    }

    /** Why the file could not be read. */
    public Reason reason() {
        return reason;
    }

    /** The file as named by the user. */
    public String fileName() {
        return fileName;
    }
}

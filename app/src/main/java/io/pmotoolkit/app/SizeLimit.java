package io.pmotoolkit.app;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * The most bytes one input may have, and the option that raises it. Every input goes through one: standard
 * input, the CV, the job advert, the answer, the skills file and practice's answers, so an endless stream or a
 * device is refused at the limit with one line instead of an OutOfMemoryError.
 *
 * {@snippet :
 * SizeLimit limit = SizeLimit.megabytes(20, "--max-size");
 * byte[] cv = limit.read(System.in, "standard input");   // at most 20 MB + 1 byte is read
 * }
 *
 * @param bytes  the largest input accepted
 * @param option the option that raises it, named in the message ({@code "--max-size"})
 */
public record SizeLimit(long bytes, String option) {

    /** The largest --max-size accepted, in megabytes: beyond it a byte array cannot hold the file. */
    public static final int MAX_MEGABYTES = 2048;

    /** Validates the limit: at least one byte. */
    public SizeLimit {
        if (bytes < 1) {
            throw new IllegalArgumentException("bytes must be positive, was " + bytes);
        }
    }

    /**
     * A limit of {@code megabytes} MB.
     *
     * @throws AppException a usage error naming the option when it is not from 1 to {@value #MAX_MEGABYTES}
     */
    public static SizeLimit megabytes(int megabytes, String option) {
        if (megabytes < 1 || megabytes > MAX_MEGABYTES) {
            throw AppException.usage(option + " must be from 1 to " + MAX_MEGABYTES + " MB, not " + megabytes);
        }
        return new SizeLimit(megabytes * 1024L * 1024L, option);
    }

    /**
     * Reads the whole stream, but never more than the limit and one byte.
     *
     * @param what the input as the message names it ("standard input", "the answer file a.txt")
     * @throws AppException (exit 3) past the limit
     */
    public byte[] read(InputStream in, String what) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, this.bytes + 1));
        if (bytes.length > this.bytes) {
            throw AppException.input(tooLarge(what));
        }
        return bytes;
    }

    /**
     * A stream that reads {@code in} and throws {@link InputLimitException} once more than the limit has been
     * read in total: for input consumed a line at a time (practice's answers).
     */
    public InputStream guard(InputStream in, String what) {
        return new FilterInputStream(in) {
            private long read;

            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    count(1);
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                if (n > 0) {
                    count(n);
                }
                return n;
            }

            private void count(int n) throws InputLimitException {
                read += n;
                if (read > bytes) {
                    throw new InputLimitException(tooLarge(what));
                }
            }
        };
    }

    /** The one-line refusal: {@code "standard input is larger than the limit of 20 MB: ..."}. */
    public String tooLarge(String what) {
        double mb = bytes / 1048576.0;
        String limit = mb == Math.rint(mb) ? Long.toString((long) mb) : String.format(Locale.ROOT, "%.1f", mb);
        return what + " is larger than the limit of " + limit + " MB: give a smaller one, or raise the limit with "
                + option + " MB";
    }
}

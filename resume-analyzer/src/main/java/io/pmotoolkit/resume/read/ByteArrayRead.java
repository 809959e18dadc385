package io.pmotoolkit.resume.read;

import java.io.IOException;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.io.RandomAccessReadView;

/**
 * A page's decoded content stream in memory, for PDFBox's content parser: it reads the stream a byte at a
 * time with frequent peeks, which cost several checks and a buffer switch per byte through PDFBox's
 * inflating reader; here a byte is an array read. Not thread-safe.
 */
final class ByteArrayRead implements RandomAccessRead {

    private final byte[] bytes;
    private int position;
    private boolean closed;

    ByteArrayRead(byte[] bytes) {
        this.bytes = bytes;
    }

    @Override
    public int read() {
        return position < bytes.length ? bytes[position++] & 0xFF : -1;
    }

    @Override
    public int read(byte[] b, int offset, int length) {
        if (position >= bytes.length) {
            return -1;
        }
        int n = Math.min(length, bytes.length - position);
        System.arraycopy(bytes, position, b, offset, n);
        position += n;
        return n;
    }

    @Override
    public int peek() {
        return position < bytes.length ? bytes[position] & 0xFF : -1;
    }

    @Override
    public void rewind(int n) throws IOException {
        seek(position - (long) n);
    }

    @Override
    public long getPosition() {
        return position;
    }

    @Override
    public void seek(long to) throws IOException {
        if (to < 0) {
            throw new IOException("Invalid position " + to);
        }
        position = (int) Math.min(to, bytes.length);
    }

    @Override
    public long length() {
        return bytes.length;
    }

    @Override
    public boolean isClosed() {
        return closed;
    }

    @Override
    public boolean isEOF() {
        return position >= bytes.length;
    }

    @Override
    public void close() {
        closed = true;
    }

    @Override
    public RandomAccessReadView createView(long startPosition, long streamLength) {
        return new RandomAccessReadView(this, startPosition, streamLength);
    }
}

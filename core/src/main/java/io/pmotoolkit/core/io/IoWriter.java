package io.pmotoolkit.core.io;

import java.io.IOException;
import java.io.OutputStream;

/** Writes a whole file's content to a stream; used by {@link AtomicFiles#write}. */
@FunctionalInterface
public interface IoWriter {

    /**
     * Writes the content. The stream is closed by the caller.
     *
     * @throws IOException when writing fails; the partly written temporary file is then deleted
     */
    void write(OutputStream out) throws IOException;
}

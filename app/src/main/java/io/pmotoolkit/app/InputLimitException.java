package io.pmotoolkit.app;

import java.io.IOException;

/**
 * An input stream went past its size limit ({@link SizeLimit#guard}): thrown from {@code read}, so that a reader
 * of lines stops at the limit instead of running out of memory. The message names the input, the limit and the
 * option that raises it.
 */
public final class InputLimitException extends IOException {

    private static final long serialVersionUID = 1L;

    InputLimitException(String message) {
        super(message);
    }
}

package io.pmotoolkit.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SizeLimitTest {

    /** An endless stream that counts what was taken from it. */
    private static InputStream endless(AtomicLong taken) {
        return new InputStream() {
            @Override
            public int read() {
                taken.incrementAndGet();
                return 'a';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                java.util.Arrays.fill(b, off, off + len, (byte) 'a');
                taken.addAndGet(len);
                return len;
            }
        };
    }

    @Test
    void anEndlessStreamIsRefusedAfterTheLimitAndOneByte() {
        AtomicLong taken = new AtomicLong();
        SizeLimit limit = SizeLimit.megabytes(1, "--max-size");
        AppException e = assertThrows(AppException.class, () -> limit.read(endless(taken), "standard input"));
        assertEquals(ExitCode.BAD_INPUT, e.exitCode());
        assertEquals("standard input is larger than the limit of 1 MB: give a smaller one, or raise the limit with "
                + "--max-size MB", e.getMessage());
        assertEquals(1024 * 1024 + 1, taken.get(), "read at most the limit and one byte");
    }

    @Test
    void anInputOfExactlyTheLimitIsRead() throws IOException {
        byte[] bytes = new byte[10];
        assertArrayEquals(bytes, new SizeLimit(10, "--max-size").read(new ByteArrayInputStream(bytes), "x"));
    }

    @Test
    void theGuardStopsALineReaderAtTheLimit() {
        SizeLimit limit = new SizeLimit(1000, "--max-size");
        var reader = new java.io.BufferedReader(new java.io.InputStreamReader(
                limit.guard(endless(new AtomicLong()), "standard input"), java.nio.charset.StandardCharsets.UTF_8));
        InputLimitException e = assertThrows(InputLimitException.class, reader::readLine);
        assertTrue(e.getMessage().startsWith("standard input is larger than the limit of"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, SizeLimit.MAX_MEGABYTES + 1})
    void aLimitOutOfRangeIsAUsageErrorNamingTheOption(int mb) {
        AppException e = assertThrows(AppException.class, () -> SizeLimit.megabytes(mb, "--max-size"));
        assertEquals(ExitCode.USAGE, e.exitCode());
        assertEquals("--max-size must be from 1 to 2048 MB, not " + mb, e.getMessage());
    }
}

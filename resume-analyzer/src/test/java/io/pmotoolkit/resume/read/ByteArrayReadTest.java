package io.pmotoolkit.resume.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ByteArrayReadTest {

    @Test
    void readsPeeksRewindsAndSeeksLikeAStream() throws IOException {
        ByteArrayRead in = new ByteArrayRead("BT (Hi) Tj ET".getBytes(StandardCharsets.US_ASCII));
        assertEquals('B', in.peek());
        assertEquals('B', in.read());
        assertEquals('T', in.read());
        in.rewind(2);
        assertEquals(0, in.getPosition());
        byte[] buf = new byte[64];
        assertEquals(13, in.read(buf, 0, buf.length));
        assertEquals(-1, in.read(buf, 0, buf.length));
        assertTrue(in.isEOF());
        assertEquals(-1, in.read());
        assertEquals(-1, in.peek());
        in.seek(4);
        assertEquals('H', in.read());
        in.seek(99);
        assertEquals(13, in.getPosition());
        assertThrows(IOException.class, () -> in.seek(-1));
        byte[] view = new byte[4];
        assertEquals(4, in.createView(3, 4).read(view, 0, 4));
        assertEquals("(Hi)", new String(view, StandardCharsets.US_ASCII));
    }
}

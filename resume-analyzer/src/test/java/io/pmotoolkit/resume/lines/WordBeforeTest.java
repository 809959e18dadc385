package io.pmotoolkit.resume.lines;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The scan-back word finder agrees with the copying formula it replaced, on random lines. */
class WordBeforeTest {

    @Test
    void agreesWithStripAndLastSpaceOnRandomText() {
        Random random = new Random(7);
        char[] alphabet = {'a', 'B', ' ', ' ', '\t', ',', '.', 'x', '\u00a0', '\n'};
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder();
            int length = random.nextInt(12);
            for (int i = 0; i < length; i++) {
                b.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String text = b.toString();
            for (int at = 0; at <= text.length(); at++) {
                String head = text.substring(0, at).strip();
                String expected = head.substring(head.lastIndexOf(' ') + 1);
                assertEquals(expected, LineShape.wordBefore(text, at), () -> "'" + text + "' at " + "?");
                assertEquals(head.indexOf(' ') < 0, LineShape.oneWordBefore(text, at), text);
            }
        }
    }

    @Test
    void lowersAMidLineNounAsBefore() {
        assertEquals("Performed hardware testing", Rewrite.midLineNounsLowered("Performed Hardware testing"));
    }
}

package io.pmotoolkit.resume.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class QuoteTest {

    static Stream<Arguments> cuts() {
        return Stream.of(
                Arguments.of("Kept the RAID log.", 40, "Kept the RAID log."),
                Arguments.of("  Kept   the\nRAID log.  ", 40, "Kept the RAID log."),
                Arguments.of("• Kept the RAID log.", 40, "Kept the RAID log."),
                Arguments.of("· Kept the RAID log.", 40, "Kept the RAID log."),
                Arguments.of("Kept the RAID log for six projects, and chased owners", 30, "Kept the RAID log for six…"),
                Arguments.of("Kept the RAID log, chased owners weekly", 22, "Kept the RAID log…"),
                Arguments.of("Supercalifragilisticexpialidocious", 10, "Supercali…"));
    }

    @ParameterizedTest
    @MethodSource("cuts")
    void cutsAtAWordBoundaryWithAnEllipsis(String text, int max, String expected) {
        String q = Quote.cut(text, max);
        assertEquals(expected, q);
        assertTrue(q.length() <= max, q);
    }

    @Test
    void theDefaultLimitIsAHundredAndTwentyCharacters() {
        String paragraph = "Directed and organised multi-million dollar construction projects and renovations, ".repeat(12);
        String q = Quote.cut(paragraph);
        assertTrue(q.length() <= 120 && q.length() > 100, q);
        assertTrue(q.endsWith("…"), q);
        assertTrue(paragraph.startsWith(q.substring(0, q.length() - 1)), "the CV's own words: " + q);
        assertEquals(null, Quote.cut(null));
    }

    @Test
    void aLimitBelowTwoIsRefused() {
        var e = assertThrows(IllegalArgumentException.class, () -> Quote.cut("x", 1));
        assertTrue(e.getMessage().contains("max") && e.getMessage().contains("1"), e.getMessage());
    }
}

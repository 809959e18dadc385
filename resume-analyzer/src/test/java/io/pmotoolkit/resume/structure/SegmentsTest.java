package io.pmotoolkit.resume.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SegmentsTest {

    static Stream<Arguments> trimmed() {
        return Stream.of(
                Arguments.of(" – Acme Ltd, ", "Acme Ltd"),
                Arguments.of("; (Remote)", "Remote"),
                Arguments.of("Acme (UK) -", "Acme (UK)"),
                Arguments.of("Payments Core)", "Payments Core"),
                Arguments.of("(2019", "2019"),
                Arguments.of("[Draft] Plan [", "Draft] Plan"),
                Arguments.of("\uF0B7 PMO Analyst", "PMO Analyst"),
                Arguments.of(" ,;: ", ""));
    }

    @ParameterizedTest(name = "\"{0}\" -> \"{1}\"")
    @MethodSource("trimmed")
    void trimCutsPunctuationAtTheEdgesAndKeepsAClosingBracketThatCloses(String part, String expected) {
        assertEquals(expected, Segments.trim(part));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("splitLines")
    void splitCutsAtBarsBulletsSpacedDashesAndWideGaps(String line, List<String> expected) {
        assertEquals(expected, Segments.split(line));
    }

    static Stream<Arguments> splitLines() {
        return Stream.of(
                Arguments.of("PMO Analyst | Vantage Energy Ltd | Reading", List.of("PMO Analyst", "Vantage Energy Ltd", "Reading")),
                Arguments.of("Jean-Luc Picard – Starfleet", List.of("Jean-Luc Picard", "Starfleet")),
                Arguments.of("Engineer - Acme    London", List.of("Engineer", "Acme", "London")),
                Arguments.of("• Google · Mountain View, CA", List.of("Google", "Mountain View, CA")));
    }
}

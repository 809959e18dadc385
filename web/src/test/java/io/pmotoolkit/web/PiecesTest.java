package io.pmotoolkit.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pmotoolkit.web.view.Views.Segment;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The small pieces of the pages: how a line is cut at its marks, upload names, download names. */
class PiecesTest {

    static Stream<Arguments> lines() {
        return Stream.of(
                Arguments.of("Maintained the RAID log weekly", List.of(mark("RAID log", "experience")),
                        "Maintained the |[experience:RAID log]| weekly"),
                Arguments.of("raid LOG first", List.of(mark("RAID log", "listed")), "[listed:raid LOG]| first"),
                Arguments.of("No term here", List.of(mark("PMO", "listed")), "No term here"),
                // The longer match wins the words they share; the shorter finds no free place.
                Arguments.of("Portfolio reporting", List.of(mark("reporting", "listed"),
                        mark("Portfolio reporting", "achievement")), "[achievement:Portfolio reporting]"),
                // The same words twice on a line: each match takes the next free place.
                Arguments.of("PMO and PMO", List.of(mark("PMO", "listed"), mark("PMO", "experience")),
                        "[listed:PMO]| and |[experience:PMO]"),
                Arguments.of("", List.of(), ""));
    }

    private static Object mark(String text, String grade) {
        return new String[] {text, grade};
    }

    @ParameterizedTest
    @MethodSource("lines")
    void aLineIsCutAtItsMarks(String text, List<String[]> marks, String expected) {
        List<ResultsView.Mark> list = marks.stream().map(m -> new ResultsView.Mark(m[0], m[0].toLowerCase(
                java.util.Locale.ROOT), io.pmotoolkit.core.result.Evidence.valueOf(m[1].toUpperCase(
                java.util.Locale.ROOT)))).toList();
        List<Segment> segments = ResultsView.segments(text, list);
        StringBuilder b = new StringBuilder();
        for (Segment s : segments) {
            if (b.length() > 0) {
                b.append('|');
            }
            b.append(s.evidence() == null ? s.text() : "[" + s.evidence() + ":" + s.text() + "]");
        }
        assertEquals(expected, b.toString());
        assertEquals(text, String.join("", segments.stream().map(Segment::text).toList()), "no text lost");
    }

    static Stream<Arguments> names() {
        return Stream.of(
                Arguments.of("cv.pdf", "cv.pdf"),
                Arguments.of("C:\\Users\\amelia\\Documents\\cv.docx", "cv.docx"),
                Arguments.of("../../etc/passwd", "passwd"),
                Arguments.of("bad\u0000na\"me\n.txt", "badname.txt"),
                Arguments.of("..", "upload"),
                Arguments.of("", "upload"),
                Arguments.of("x".repeat(300), "x".repeat(120)));
    }

    @ParameterizedTest
    @MethodSource("names")
    void uploadNamesAreCutToASafeBaseName(String given, String expected) {
        assertEquals(expected, Inputs.safeName(given));
    }

    static Stream<Arguments> downloads() {
        return Stream.of(
                Arguments.of("amelia-hart.pdf", Pages.Kind.REPORT, "amelia-hart.pmo-manager.gap.pdf"),
                Arguments.of("Amelia Hart CV (2026).docx", Pages.Kind.PACK_MD,
                        "Amelia-Hart-CV-2026.pmo-manager.questions.md"),
                Arguments.of("Zoë Müller.pdf", Pages.Kind.JSON, "Zo-M-ller.pmo-manager.json"),
                Arguments.of("\"; evil=1.pdf", Pages.Kind.PACK_PDF, "evil-1.pmo-manager.questions.pdf"),
                Arguments.of(".pdf", Pages.Kind.REPORT, "pdf.pmo-manager.gap.pdf"),
                Arguments.of("ünï.pdf", Pages.Kind.REPORT, "n.pmo-manager.gap.pdf"),
                Arguments.of("ßß.pdf", Pages.Kind.REPORT, "cv.pmo-manager.gap.pdf"));
    }

    @ParameterizedTest
    @MethodSource("downloads")
    void downloadNamesAreTheClisInPlainCharacters(String cv, Pages.Kind kind, String expected) {
        assertEquals(expected, kind.fileName(cv, "pmo-manager"));
    }
}

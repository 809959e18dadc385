package io.pmotoolkit.cli.render;

import io.pmotoolkit.app.render.Escape;
import io.pmotoolkit.app.render.MarkdownReport;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pmotoolkit.core.result.CvAnalysis;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A CV written to attack its reader's terminal and Markdown viewer: none of the attack reaches the output. */
class HostileTextTest {

    static CvAnalysis hostile(Path dir) throws IOException {
        Path file = dir.resolve("cv-\u001b[31mred.txt");
        Files.writeString(file, HostileCv.TEXT, StandardCharsets.UTF_8);
        return Rendered.analysis(file, "pmo-analyst");
    }

    @Test
    void textReportShowsControlCharactersInsteadOfPrintingThem(@TempDir Path dir) throws IOException {
        CvAnalysis a = hostile(dir);
        for (Terminal t : List.of(Terminal.PLAIN, new Terminal(60, false))) {
            String text = TextReport.render(a, t);
            assertFalse(HostileCv.CONTROL.matcher(text).find(), text);
            assertTrue(text.contains("cv-\\u001b[31mred.txt"), "the file name, escaped:\n" + text);
        }
        String coloured = Rendered.strip(TextReport.render(a, new Terminal(80, true)));
        assertFalse(HostileCv.CONTROL.matcher(coloured).find(), "only our own colour codes:\n" + coloured);
    }

    @Test
    void markdownReportPassesNoHtmlNoLinksAndNoControlCharacters(@TempDir Path dir) throws IOException {
        String md = MarkdownReport.render(hostile(dir));
        assertFalse(HostileCv.CONTROL.matcher(md).find(), md);
        // A rewrite is shown as a code span, whose text no renderer turns into HTML or a link.
        String outsideCode = md.replaceAll("`[^`\n]*`", "`code`");
        for (String live : new String[] {"<img", "<script", "<a ", "<javascript:", "](javascript:", "](data:",
                "[click here]", "![x]", "javascript:alert", "javascript:x", "javascript:y", "data:text"}) {
            assertFalse(outsideCode.contains(live), live + " passed through:\n" + md);
        }
        assertTrue(md.contains("&lt;img src=x onerror=alert(1)>"), "the text is still there, as text:\n" + md);
        assertTrue(md.contains("\\[click here\\](javascript\\:alert(document.cookie))"), md);
    }

    static Stream<Arguments> markdown() {
        return Stream.of(
                Arguments.of("<img src=x onerror=alert(1)>", "&lt;img src=x onerror=alert(1)>"),
                Arguments.of("[a](javascript:alert(1))", "\\[a\\](javascript\\:alert(1))"),
                Arguments.of("![a](DATA:text/html,x)", "!\\[a\\](DATA\\:text/html,x)"),
                Arguments.of("\\[a](javascript:x)", "\\\\\\[a\\](javascript\\:x)"),
                Arguments.of("&lt;script&gt; &#60; R&D", "&amp;lt;script&amp;gt; &amp;#60; R&D"),
                Arguments.of("a | b * c _ d", "a \\| b \\* c \\_ d"),
                Arguments.of("bell\u0007 esc\u001b[0m csi\u009b", "bell\\u0007 esc\\u001b\\[0m csi\\u009b"),
                Arguments.of("PRINCE2 – plain text stays as it is", "PRINCE2 – plain text stays as it is"));
    }

    @ParameterizedTest
    @MethodSource("markdown")
    void markdownEscapes(String in, String out) {
        assertEquals(out, Escape.markdown(in));
    }

    @Test
    void controlsAreShownAsUnicodeEscapes() {
        assertEquals("a\\u001b[2Jb\\u000dc\\u202ed\n\te", Escape.controls("a\u001b[2Jb\rc\u202ed\n\te"));
        String plain = "Plain – text · with “quotes”";
        assertTrue(plain == Escape.controls(plain), "no copy when there is nothing to escape");
    }
}

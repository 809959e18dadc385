package io.pmotoolkit.cli.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pmotoolkit.cli.render.Terminal.ColorMode;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TerminalTest {

    /** isTerminal, mode, environment, width the terminal reports, expected width, expected colour. */
    static Stream<Arguments> cases() {
        return Stream.of(
                // Pipes, files and tests: 80 columns and no colour, whatever the environment says.
                Arguments.of(false, ColorMode.AUTO, Map.of(), 132, 80, false),
                Arguments.of(false, ColorMode.AUTO, Map.of("COLUMNS", "60"), 132, 80, false),
                Arguments.of(false, ColorMode.ALWAYS, Map.of(), -1, 80, true),
                // A terminal: COLUMNS first, then what the terminal reports, clamped to 40..120.
                Arguments.of(true, ColorMode.AUTO, Map.of("COLUMNS", "60"), 132, 60, true),
                Arguments.of(true, ColorMode.AUTO, Map.of(), 100, 100, true),
                Arguments.of(true, ColorMode.AUTO, Map.of(), 200, 120, true),
                Arguments.of(true, ColorMode.AUTO, Map.of("COLUMNS", "12"), 100, 40, true),
                Arguments.of(true, ColorMode.AUTO, Map.of("COLUMNS", "wide"), 90, 90, true),
                Arguments.of(true, ColorMode.AUTO, Map.of(), -1, 80, true),
                // https://no-color.org: any non-empty NO_COLOR turns colour off; an empty one does not.
                Arguments.of(true, ColorMode.AUTO, Map.of("NO_COLOR", "1"), -1, 80, false),
                Arguments.of(true, ColorMode.AUTO, Map.of("NO_COLOR", ""), -1, 80, true),
                Arguments.of(true, ColorMode.AUTO, Map.of("TERM", "dumb"), -1, 80, false),
                Arguments.of(true, ColorMode.NEVER, Map.of(), -1, 80, false),
                Arguments.of(true, ColorMode.ALWAYS, Map.of("NO_COLOR", "1"), -1, 80, true));
    }

    @ParameterizedTest(name = "terminal={0} {1} {2} reports {3}")
    @MethodSource("cases")
    void widthAndColourFollowTheTerminalAndTheEnvironment(boolean isTerminal, ColorMode mode, Map<String, String> env,
                                                        int reported, int width, boolean colour) {
        assertEquals(new Terminal(width, colour), Terminal.detect(isTerminal, mode, env, () -> reported));
    }

    @org.junit.jupiter.api.Test
    void plainStylesAddNothingAndColouredOnesAddSgrCodes() {
        assertEquals("FIX", Terminal.PLAIN.bad("FIX"));
        String red = new Terminal(80, true).bad("FIX");
        assertEquals(true, red.startsWith("\u001b[") && red.contains("FIX"), red);
        assertEquals("FIX", Rendered.strip(red));
    }
}

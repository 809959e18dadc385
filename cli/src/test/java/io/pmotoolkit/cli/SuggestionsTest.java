package io.pmotoolkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** "Did you mean" for mistyped commands, options, roles and question ids: one line, exit 2. */
class SuggestionsTest {

    private static final List<String> ROLES = List.of("pmo-administrator", "pmo-analyst", "pmo-manager", "head-of-pmo");

    static Stream<Arguments> nearest() {
        return Stream.of(
                Arguments.of("pmo-analist", List.of("pmo-analyst")),
                Arguments.of("PMO-Analyst", List.of("pmo-analyst")),
                Arguments.of("head-of-pm", List.of("head-of-pmo")),
                Arguments.of("pmo-admin", List.of("pmo-administrator")),
                Arguments.of("pmo-manger", List.of("pmo-manager")),
                Arguments.of("administrator", List.of("pmo-administrator")),
                Arguments.of("pmo-boss", List.of()),
                Arguments.of("x", List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nearest")
    void nearestRoles(String given, List<String> expected) {
        assertEquals(expected, io.pmotoolkit.app.Suggestions.nearest(given, ROLES));
    }

    @Test
    void severalSuggestionsReadAsAList() {
        assertEquals("; did you mean pmo-analyst or pmo-analysts?",
                io.pmotoolkit.app.Suggestions.didYouMean("pmo-analyst", List.of("pmo-analysts", "pmo-analyst", "other")));
        assertEquals("", io.pmotoolkit.app.Suggestions.didYouMean("zzz", ROLES));
    }

    static Stream<Arguments> mistakes() {
        String cv = Cli.sample("amelia-hart-project-manager.txt");
        return Stream.of(
                Arguments.of(List.of("analze", cv), "pmo: unknown command 'analze'; did you mean analyze?\n"),
                Arguments.of(List.of("qestions", "--role", "pmo-analyst"),
                        "pmo: unknown command 'qestions'; did you mean questions?\n"),
                Arguments.of(List.of("analyze", cv, "--formt", "json"),
                        "pmo: unknown option '--formt'; did you mean --format?\n"),
                Arguments.of(List.of("analyze", cv, "--role", "pmo-analist"),
                        "pmo: unknown role 'pmo-analist'; did you mean pmo-analyst?\n"),
                Arguments.of(List.of("questions", "--role", "head-of-pm"),
                        "pmo: unknown role 'head-of-pm'; did you mean head-of-pmo?\n"),
                Arguments.of(List.of("analyze", cv, "--role", "pmo-boss"),
                        "pmo: unknown role 'pmo-boss': choose one of pmo-administrator, pmo-analyst, pmo-manager, "
                                + "head-of-pmo\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void mistypedArgumentsGetOneLineWithTheNearestValue(List<String> args, String err) {
        Cli.Result r = Cli.run(args.toArray(new String[0]));
        assertEquals(ExitCodes.USAGE, r.code(), r::toString);
        assertEquals(err, r.err());
    }

    @Test
    void anUnknownCommandWithNothingCloseKeepsPicocliMessage() {
        Cli.Result r = Cli.run("zzzz");
        assertEquals(ExitCodes.USAGE, r.code(), r::toString);
        assertEquals("pmo: Unmatched argument at index 0: 'zzzz'\nRun 'pmo --help' for the options.\n", r.err());
    }

    @Test
    void aMistypedQuestionIdGetsTheNearestIds() {
        Cli.Result r = Cli.run("feedback", "--answer", Cli.sample("answers/weekly-report-collation.txt"),
                "--question-id", "weekly-report-colation");
        assertEquals(ExitCodes.USAGE, r.code(), r::toString);
        assertEquals(1, r.err().lines().count(), r::toString);
        assertEquals(true, r.err().startsWith(
                "pmo: unknown question id 'weekly-report-colation'; did you mean weekly-report-collation"), r::toString);
    }
}

package io.pmotoolkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RolesAndHelpTest {

    @Test
    void rolesListsTheFourRoles() {
        Cli.Result r = Cli.run("roles");
        assertEquals(0, r.code(), r::toString);
        for (String id : new String[] {"pmo-administrator", "pmo-analyst", "pmo-manager", "head-of-pmo"}) {
            assertTrue(r.out().contains("\n" + id + "  (level "), () -> id + " in\n" + r.out());
        }
    }

    @Test
    void helpListsTheExitCodes() {
        Cli.Result r = Cli.run("analyze", "--help");
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().contains("Exit codes:"), r.out());
        assertTrue(r.out().contains("3     An input could not be read: the CV, the job advert or the answer"), r.out());
    }

    private static String exitCodeBlock(String help) {
        int from = help.indexOf("Exit codes:");
        int to = help.indexOf("Examples:", from);
        return help.substring(from, to < 0 ? help.length() : to).strip();
    }

    /** The codes are defined once (ExitCode) and every help shows the same list, every code in order. */
    @Test
    void everyCommandsHelpShowsTheSameExitCodesInOrder() {
        String top = exitCodeBlock(Cli.run("--help").out());
        int at = 0;
        for (io.pmotoolkit.app.ExitCode c : io.pmotoolkit.app.ExitCode.values()) {
            String line = "\n  " + c.code() + " ";
            int next = top.indexOf(line, at);
            assertTrue(next >= at, () -> c + " in order in\n" + top);
            at = next + 1;
            assertTrue(top.replaceAll("\\s+", " ").contains(c.description()), () -> c.description() + " in\n" + top);
        }
        for (String command : new String[] {"analyze", "report", "questions", "feedback", "practice", "roles"}) {
            Cli.Result r = Cli.run(command, "--help");
            assertEquals(0, r.code(), r::toString);
            assertEquals(top, exitCodeBlock(r.out()), command);
        }
    }

    @Test
    void theRoleOptionListsTheRolesOfTheSkillsModel() {
        Cli.Result r = Cli.run("report", "--help");
        String ids = String.join(", ", io.pmotoolkit.core.model.SkillsModelLoader.builtIn().roles().stream()
                .map(io.pmotoolkit.core.model.Role::id).toList());
        String shown = r.out().replaceAll("\\s+", " ");
        assertTrue(shown.contains("Target role: " + ids.replaceFirst(", ([^,]+)$", " or $1") + " (see 'pmo roles')"),
                r.out());
    }

    @Test
    void versionNamesTheTool() {
        Cli.Result r = Cli.run("--version");
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().startsWith("pmo 0."), r.out());
    }

    @Test
    void noSubcommandPrintsUsage() {
        Cli.Result r = Cli.run();
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().contains("analyze"), r.out());
    }

    static List<List<String>> commandsOfOneSubcommand() {
        return List.of(List.of("analyze", "--help"), List.of("analyse", "--help"), List.of("analyze"),
                List.of("analyze", "--bogus", "x.pdf"),
                List.of("analyze", Cli.sample("amelia-hart-project-manager.txt"), "--role", "nope"),
                List.of("report", "--help"), List.of("questions", "--help"), List.of("feedback", "--help"),
                List.of("practice", "--help"), List.of("roles"), List.of("roles", "--format", "yaml"));
    }

    /** A run builds only the subcommand it names; what it prints and returns is what the full tree gives. */
    @ParameterizedTest
    @MethodSource("commandsOfOneSubcommand")
    void oneSubcommandBehavesAsTheFullTree(List<String> command) {
        String[] args = command.toArray(new String[0]);
        assertEquals(run(null, args), run(args[0], args), String.join(" ", args));
    }

    private static String run(String first, String[] args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = PmoCommand.commandLine(System.in, new PrintWriter(out, true), new PrintWriter(err, true),
                Cli.TODAY, first).execute(args);
        return code + "\n" + out + "\n" + err;
    }
}

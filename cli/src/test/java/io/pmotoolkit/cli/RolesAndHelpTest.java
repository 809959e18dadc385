package io.pmotoolkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

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
        assertTrue(r.out().contains("3   The CV could not be read"), r.out());
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
}

package io.pmotoolkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pmotoolkit.app.ExitCode;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

/** {@code pmo serve}'s failures before it listens: one line and a documented exit code. */
class ServeCommandTest {

    @Test
    void aPortInUseIsOneLineAndExitCode6() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            Cli.Result r = Cli.run("serve", "--port", Integer.toString(taken.getLocalPort()));
            assertEquals(ExitCode.SERVER.code(), r.code(), r.err());
            assertEquals(6, r.code());
            assertEquals("pmo: port " + taken.getLocalPort() + " on 127.0.0.1 is in use (is pmo serve already "
                    + "running?): stop the other program, or choose another port with --port", r.err().strip());
            assertEquals("", r.out());
        }
    }

    @Test
    void aPortOutOfRangeIsAUsageError() {
        Cli.Result r = Cli.run("serve", "--port", "70000");
        assertEquals(ExitCodes.USAGE, r.code(), r.err());
        assertTrue(r.err().contains("--port must be from 0 to 65535, not 70000"), r.err());
    }

    @Test
    void helpListsTheOptionsAndExitCode6() {
        Cli.Result r = Cli.run("serve", "--help");
        assertEquals(0, r.code());
        for (String option : new String[] {"--port", "--host", "--open", "--max-size", "  6 "}) {
            assertTrue(r.out().contains(option), option + " in\n" + r.out());
        }
    }
}

package io.pmotoolkit.web.browser;

import io.pmotoolkit.app.Toolkit;
import io.pmotoolkit.web.WebServer;
import java.net.URI;
import java.nio.file.Path;

/**
 * The web app under test: one server for the whole test run, started in-process on a free loopback port the
 * first time a test asks for it and stopped when the JVM exits, and the sample files the tests upload.
 *
 * <p>Thread-safe.
 */
final class App {

    private static WebServer server;

    private App() {
    }

    /** The Analyse page's address, {@code http://127.0.0.1:PORT/}. */
    static synchronized URI home() {
        if (server == null) {
            WebServer started = WebServer.start(Toolkit.builder().version("browser-test").build(), "127.0.0.1", 0);
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "web-server-stop"));
            server = started;
        }
        return server.uri();
    }

    /** The checkout's {@code samples/} folder (set by the build; the module's parent otherwise). */
    static Path samples() {
        return Path.of(System.getProperty("pmo.samples.dir", "../samples")).toAbsolutePath().normalize();
    }

    /** A sample file, {@code samples/NAME}. */
    static Path sample(String name) {
        return samples().resolve(name);
    }

    /** The checkout's root (the parent of {@code samples/}). */
    static Path root() {
        return samples().getParent();
    }

    /** A hostile file of the command line's tests, {@code cli/src/test/resources/hostile/NAME}. */
    static Path hostile(String name) {
        return root().resolve("cli/src/test/resources/hostile").resolve(name);
    }
}

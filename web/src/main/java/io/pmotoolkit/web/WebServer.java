package io.pmotoolkit.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.pmotoolkit.app.Toolkit;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Objects;

/**
 * The web app's server: Javalin on Jetty, bound to one address, every route behind {@link Guard}.
 *
 * {@snippet :
 * try (WebServer server = WebServer.start(toolkit, "127.0.0.1", 0)) {   // 0: any free port
 *     URI home = server.uri();                                          // http://127.0.0.1:41234/
 * }
 * }
 *
 * <p>Uploads are parsed in memory only: Jetty's multipart threshold for writing a part to a temporary file is
 * above the largest request accepted, so nothing is written to disk. Thread-safe: each request makes its own run
 * of the shared {@link Toolkit}.
 */
public final class WebServer implements AutoCloseable {

    /** The port of {@code pmo serve} without {@code --port}. */
    public static final int DEFAULT_PORT = 8680;

    private final Javalin javalin;
    private final String host;

    private WebServer(Javalin javalin, String host) {
        this.javalin = javalin;
        this.host = host;
    }

    /**
     * Starts the server.
     *
     * @param toolkit the entry point, with the size, page and time limits of every upload
     * @param host    the address to bind: 127.0.0.1 unless the user asked for another
     * @param port    the port, or 0 for any free one ({@link #port()} tells which)
     * @throws PortInUseException when the port is taken
     */
    public static WebServer start(Toolkit toolkit, String host, int port) {
        return start(toolkit, host, port, Limits.of(toolkit));
    }

    /** As {@link #start(Toolkit, String, int)}, with these limits (the tests' small ones). */
    static WebServer start(Toolkit toolkit, String host, int port, Limits limits) {
        Objects.requireNonNull(toolkit, "toolkit");
        Objects.requireNonNull(host, "host");
        // Load the model and the question bank, and build the shared analyzer, before the first request.
        toolkit.bank();
        try {
            toolkit.start(toolkit.model().roles().get(0)).analyzer();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);
        Pages pages = new Pages(toolkit, new Templates(templates), limits);
        Javalin javalin = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.maxRequestSize = limits.maxRequestBytes();
            config.jetty.multipartConfig.maxTotalRequestSize(limits.maxRequestBytes(), SizeUnit.BYTES);
            config.jetty.multipartConfig.maxFileSize(limits.maxRequestBytes(), SizeUnit.BYTES);
            // Above the request limit: no part is ever spilled to a temporary file.
            config.jetty.multipartConfig.maxInMemoryFileSize((int) Math.min(Integer.MAX_VALUE,
                    limits.maxRequestBytes() + 1), SizeUnit.BYTES);
            pages.register(config, new Guard(host, limits));
        });
        try {
            javalin.start(host, port);
        } catch (RuntimeException e) {
            javalin.stop();
            if (isPortInUse(e)) {
                throw new PortInUseException(host, port, e);
            }
            throw e;
        }
        return new WebServer(javalin, host);
    }

    private static boolean isPortInUse(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.net.BindException) {
                return true;
            }
        }
        return false;
    }

    /** The port the server listens on. */
    public int port() {
        return javalin.port();
    }

    /**
     * The address of the Analyse page: {@code http://127.0.0.1:8680/}; for a wildcard address (0.0.0.0, ::), this
     * computer's loopback address, which a browser can open.
     */
    public java.net.URI uri() {
        String h = host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]") ? "127.0.0.1"
                : host.contains(":") ? "[" + host + "]" : host;
        return java.net.URI.create("http://" + h + ":" + port() + "/");
    }

    /** Whether {@code host} is a loopback address: any other exposes the app, which has no login, to a network. */
    public static boolean isLoopback(String host) {
        if ("localhost".equalsIgnoreCase(host)) {
            return true;
        }
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** Stops the server. */
    @Override
    public void close() {
        javalin.stop();
    }

    /** The port asked for is taken by another program. */
    public static final class PortInUseException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        PortInUseException(String host, int port, Throwable cause) {
            super("port " + port + " on " + host + " is in use (is pmo serve already running?): stop the other "
                    + "program, or choose another port with --port", cause);
        }
    }
}

package io.pmotoolkit.cli;

import io.pmotoolkit.app.AppException;
import io.pmotoolkit.app.ExitCode;
import io.pmotoolkit.app.Toolkit;
import io.pmotoolkit.web.WebServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code pmo serve}: the local web app, a thin shell over the same entry point as the other commands. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Start the web app on this computer and keep it running until Ctrl-C: upload a CV in the "
                + "browser, see the results, download the report and practise interview questions. Uploads are "
                + "read in memory and forgotten after each page; nothing is written to disk or sent anywhere.", ""},
        footer = {"", "Examples:", "  pmo serve --open", "  pmo serve --port 9000"})
final class ServeCommand implements Callable<Integer> {

    @Option(names = {"-p", "--port"}, paramLabel = "N", defaultValue = "" + WebServer.DEFAULT_PORT,
            description = "The port to listen on, 1 to 65535, or 0 for any free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", paramLabel = "H", defaultValue = "127.0.0.1",
            description = "The address to listen on (default: ${DEFAULT-VALUE}, this computer only). Another address "
                    + "lets other machines use the app, which has no login: a warning says so.")
    String host;

    @Option(names = "--open", description = "Open the app in the default browser once it is running.")
    boolean open;

    @Mixin
    DocumentRunOptions document;

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65_535) {
            throw new PmoCommand.UsageException("--port must be from 0 to 65535, not " + port);
        }
        PrintWriter err = document.err();
        if (!WebServer.isLoopback(host)) {
            err.println("pmo: warning: serving on " + host + ": anyone who can reach this address can use the app, "
                    + "which has no login");
            err.flush();
        }
        Toolkit app = document.toolkit();
        WebServer server;
        try {
            server = WebServer.start(app, host, port);
        } catch (WebServer.PortInUseException e) {
            throw new AppException(ExitCode.SERVER, e.getMessage(), e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "pmo-serve-stop"));
        PrintWriter out = document.out();
        out.println("PMO Toolkit is running at " + server.uri() + " (press Ctrl-C to stop)");
        out.flush();
        if (open) {
            openBrowser(server.uri(), err);
        }
        new CountDownLatch(1).await();
        return ExitCodes.OK;
    }

    /** The default browser, through the desktop or xdg-open; without either, the address to open by hand. */
    static void openBrowser(URI uri, PrintWriter err) {
        try {
            if (!java.awt.GraphicsEnvironment.isHeadless() && java.awt.Desktop.isDesktopSupported()
                    && java.awt.Desktop.getDesktop().isSupported(java.awt.Desktop.Action.BROWSE)) {
                java.awt.Desktop.getDesktop().browse(uri);
                return;
            }
            String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
            String[] command = os.contains("mac") ? new String[] {"open", uri.toString()}
                    : os.contains("win") ? new String[] {"rundll32", "url.dll,FileProtocolHandler", uri.toString()}
                    : new String[] {"xdg-open", uri.toString()};
            new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (IOException | RuntimeException e) {
            err.println("pmo: could not open a browser: open " + uri + " yourself");
            err.flush();
        }
    }
}

package io.pmotoolkit.cli;

import io.pmotoolkit.app.Outputs;
import io.pmotoolkit.core.text.Nlp;
import java.io.PrintWriter;
import java.util.concurrent.CompletableFuture;

/** Entry point of the {@code pmo} command. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(io.pmotoolkit.cli.render.TerminalWriter.stdout(), io.pmotoolkit.cli.render.TerminalWriter.stderr(),
                args));
    }

    /** Runs the command line with the given streams and returns the exit code; used by tests in-process. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return run(out, err, java.time.Clock.systemDefaultZone(), args);
    }

    /** As {@link #run(PrintWriter, PrintWriter, String...)} with a fixed "today", for reproducible tests. */
    public static int run(PrintWriter out, PrintWriter err, java.time.Clock clock, String... args) {
        return run(System.in, out, err, clock, args);
    }

    /** As {@link #run(PrintWriter, PrintWriter, java.time.Clock, String...)}, reading standard input from {@code in}. */
    public static int run(java.io.InputStream in, PrintWriter out, PrintWriter err, java.time.Clock clock,
                          String... args) {
        Quiet.libraries();
        String first = args.length > 0 ? args[0] : null;
        if ("analyze".equals(first) || "analyse".equals(first) || "report".equals(first)) {
            // These need the NLP models (a fifth to a quarter of a cold run): load them on the second core while picocli
            // builds the command line, the skills model is parsed and the CV is read (Nlp.get() waits for it).
            CompletableFuture.runAsync(Nlp::get);
        }
        int code = PmoCommand.commandLine(in, out, err, clock, first).execute(args);
        if (code == ExitCodes.OK && (out.checkError() || System.out.checkError())) {
            // A PrintWriter never throws: without this a full disk or a closed pipe would end with exit 0. The
            // writers of main() write through System.out, a PrintStream that keeps the error to itself.
            err.println("pmo: " + Outputs.STDOUT_LOST);
            err.flush();
            return ExitCodes.OUTPUT;
        }
        return code;
    }
}

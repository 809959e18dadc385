package io.pmotoolkit.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** Entry point of the {@code pmo} command. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8), args));
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
        return PmoCommand.commandLine(in, out, err, clock).execute(args);
    }
}

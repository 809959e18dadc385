package io.pmotoolkit.cli;

import java.io.PrintWriter;

/**
 * A one-line progress bar on standard error, shown only on an interactive terminal and never when CI=true,
 * so piped or logged output stays clean.
 */
final class Progress {

    private final PrintWriter err;
    private final int total;
    private final boolean shown;
    private int done;

    private Progress(PrintWriter err, int total, boolean shown) {
        this.err = err;
        this.total = total;
        this.shown = shown;
    }

    static Progress forTerminal(PrintWriter err, int total) {
        return new Progress(err, total, total > 1 && interactive());
    }

    static boolean interactive() {
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            return false;
        }
        java.io.Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            // Java 22+ returns a console even when output is redirected; isTerminal() tells the truth.
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }

    void step(String file) {
        done++;
        if (!shown) {
            return;
        }
        int width = 30;
        int filled = (int) ((long) done * width / total);
        String name = file.length() > 30 ? file.substring(0, 29) + "…" : file;
        err.print("\r[" + "#".repeat(filled) + ".".repeat(width - filled) + "] " + done + "/" + total + " " + name
                + " ".repeat(Math.max(0, 31 - name.length())));
        err.flush();
    }

    void done() {
        if (shown) {
            err.print("\r" + " ".repeat(79) + "\r");
            err.flush();
        }
    }
}

package io.pmotoolkit.cli;

import io.pmotoolkit.app.render.Escape;
import io.pmotoolkit.cli.render.Terminal;
import io.pmotoolkit.cli.render.TerminalWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * A one-line progress bar on standard error, shown whenever standard error is a terminal (whatever standard
 * input and output are: {@code pmo analyze cvs/ --format json > out.json} shows it) and never when CI=true, so
 * piped or logged output stays clean. File names are shown with their control characters escaped.
 */
final class Progress {

    /** Columns of the bar itself on a terminal of 80 columns or more; 10 on a narrower one. */
    private static final int BAR = 30;
    /** Longest file name shown; longer ones are cut with an ellipsis (the line must not wrap). */
    private static final int NAME = 30;

    private final Writer err;
    private final int total;
    /** Columns the line may use: one short of the terminal's, as some terminals wrap at the last column. */
    private final int line;
    private final int bar;
    private final int name;
    private int done;

    Progress(Writer err, int total, int width) {
        this.err = err;
        this.total = total;
        this.line = width - 1;
        this.bar = width >= Terminal.DEFAULT_WIDTH ? BAR : BAR / 3;
        int counter = (" " + total + "/" + total + " ").length();
        this.name = Math.max(1, Math.min(NAME, line - bar - 2 - counter - 1));
    }

    /** A bar for {@code total} files on {@code err}, or a silent one when {@code err} is no terminal. */
    static Progress forTerminal(PrintWriter err, int total) {
        boolean shown = total > 1 && shownOn(err, System.getenv("CI"));
        if (!shown) {
            return new Progress(null, total, Terminal.DEFAULT_WIDTH);
        }
        int width = Terminal.detect(true, Terminal.ColorMode.NEVER, System.getenv(), Terminal::picocliWidth).width();
        return new Progress(((TerminalWriter) err).raw(), total, width);
    }

    /** Whether a bar is shown on {@code err}: a terminal's standard error, outside CI. */
    static boolean shownOn(PrintWriter err, String ci) {
        return !"true".equalsIgnoreCase(ci) && TerminalWriter.isTerminal(err);
    }

    void step(String file) {
        done++;
        if (err == null) {
            return;
        }
        print("\r" + line(file));
    }

    /** The bar after {@code done} files, the last being {@code file}, padded to clear the previous one. */
    String line(String file) {
        int filled = (int) ((long) done * bar / total);
        String shown = Escape.controls(file);
        shown = shown.length() > name ? shown.substring(0, name - 1) + "…" : shown;
        String text = "[" + "#".repeat(filled) + ".".repeat(bar - filled) + "] " + done + "/" + total + " " + shown;
        return text + " ".repeat(Math.max(0, line - text.length()));
    }

    void done() {
        if (err != null) {
            print("\r" + " ".repeat(line) + "\r");
        }
    }

    private void print(String s) {
        try {
            err.write(s);
            err.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package io.pmotoolkit.cli.render;

import io.pmotoolkit.app.render.Escape;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Standard output or error as the command line writes to it: every control character that reaches it (from a
 * file name in an error message, a CV line in a report) is shown as {@code \}{@code uXXXX} rather than acted
 * on, except newline, tab, a carriage return before a newline and, while {@link #styles(boolean)} allows them, for a coloured terminal, the SGR colour
 * sequences ({@code ESC [ 1;31 m}) the renderers add. {@link #raw()} bypasses the filter for the progress bar's
 * carriage returns. It also knows whether it {@linkplain #isTerminal() is a terminal}: only the writers made by
 * {@link #stdout()} and {@link #stderr()} can be, so output captured in tests is never treated as one.
 *
 * Not thread-safe beyond what {@link PrintWriter} gives: one command writes at a time.
 */
public final class TerminalWriter extends PrintWriter {

    private final Writer raw;
    private final boolean terminal;
    private final Filter filter;

    private TerminalWriter(Writer raw, boolean terminal) {
        this(new Filter(raw), raw, terminal);
    }

    private TerminalWriter(Filter filter, Writer raw, boolean terminal) {
        super(filter, true);
        this.filter = filter;
        this.raw = raw;
        this.terminal = terminal;
    }

    /** Standard output, UTF-8, flushed on each line. */
    public static TerminalWriter stdout() {
        return of(System.out, 1);
    }

    /** Standard error, UTF-8, flushed on each line. */
    public static TerminalWriter stderr() {
        return of(System.err, 2);
    }

    private static TerminalWriter of(OutputStream stream, int fd) {
        return new TerminalWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), isTerminal(fd));
    }

    /**
     * {@code out} behind the filter, treated as a terminal when {@code terminal} is true: for output known to
     * reach one some other way (a pseudo-terminal, a test of terminal behaviour).
     */
    public static TerminalWriter of(Writer out, boolean terminal) {
        return new TerminalWriter(out, terminal);
    }

    /** {@code out} behind the filter; never a terminal. {@code out} itself is returned if it already filters. */
    public static TerminalWriter filtering(PrintWriter out) {
        return out instanceof TerminalWriter t ? t : new TerminalWriter(out, false);
    }

    /** Whether {@code out} is a {@link TerminalWriter} on a terminal. */
    public static boolean isTerminal(PrintWriter out) {
        return out instanceof TerminalWriter t && t.terminal;
    }

    /** Whether this writes to a terminal (not a pipe, a file or a test's buffer). */
    public boolean isTerminal() {
        return terminal;
    }

    /** Whether SGR colour sequences pass (for output the renderers colour) or are escaped like the rest. */
    public void styles(boolean allowed) {
        filter.styles = allowed;
    }

    /** The stream without the filter, for output that must move the cursor (the progress bar's {@code \r}). */
    public Writer raw() {
        flush();
        return raw;
    }

    /**
     * Whether file descriptor {@code fd} is a terminal: on Linux, where {@code /proc/self/fd} says; elsewhere
     * what {@link java.io.Console#isTerminal()} says (standard input and output both terminals), for either.
     */
    static boolean isTerminal(int fd) {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return consoleIsTerminal();
        }
    }

    private static boolean consoleIsTerminal() {
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

    /** Escapes control characters on their way through; lets SGR sequences pass once allowed. */
    private static final class Filter extends FilterWriter {

        /** Longest SGR sequence let through: ESC [ then up to this many digits and semicolons, then m. */
        private static final int SGR_MAX = 16;

        boolean styles;

        Filter(Writer out) {
            super(out);
        }

        @Override
        public void write(int c) throws IOException {
            if (Escape.isControl(c)) {
                out.write(String.format("\\u%04x", c));
            } else {
                out.write(c);
            }
        }

        @Override
        public void write(char[] buf, int off, int len) throws IOException {
            write(new String(buf, off, len), 0, len);
        }

        @Override
        public void write(String s, int off, int len) throws IOException {
            int start = off;
            int end = off + len;
            for (int i = off; i < end; i++) {
                char c = s.charAt(i);
                // A line end on Windows (println's "\r\n") is no attack.
                if (!Escape.isControl(c) || c == '\r' && i + 1 < end && s.charAt(i + 1) == '\n') {
                    continue;
                }
                int sgr = styles && c == 0x1b ? sgrEnd(s, i, end) : -1;
                if (sgr > 0) {
                    i = sgr - 1;
                    continue;
                }
                out.write(s, start, i - start);
                out.write(String.format("\\u%04x", (int) c));
                start = i + 1;
            }
            out.write(s, start, end - start);
        }

        /** The end of the SGR sequence at {@code i}, or -1 when there is none. */
        private static int sgrEnd(String s, int i, int end) {
            if (i + 2 >= end || s.charAt(i + 1) != '[') {
                return -1;
            }
            for (int j = i + 2; j < end && j <= i + 2 + SGR_MAX; j++) {
                char c = s.charAt(j);
                if (c == 'm') {
                    return j + 1;
                }
                if (!(c >= '0' && c <= '9' || c == ';')) {
                    return -1;
                }
            }
            return -1;
        }
    }
}

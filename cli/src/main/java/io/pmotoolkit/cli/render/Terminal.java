package io.pmotoolkit.cli.render;

import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Help.Ansi.IStyle;
import picocli.CommandLine.Help.Ansi.Style;

/**
 * Where text output goes: its width in columns and whether it may be coloured. The text renderers lay out to
 * {@link #width()} and mark headings, scores and FIX lines through picocli's ANSI support when
 * {@link #colour()} is on; {@link #PLAIN} (80 columns, no escape codes) is what pipes, files and tests get, so
 * their output is byte-identical whatever terminal the user has.
 *
 * {@snippet :
 * Terminal t = Terminal.detect(true, Terminal.ColorMode.AUTO, System.getenv(), Terminal::picocliWidth);
 * String report = TextReport.render(analysis, t);
 * }
 *
 * Immutable and thread-safe.
 *
 * @param width  columns to lay out to, clamped to {@value #MIN_WIDTH}..{@value #MAX_WIDTH}
 * @param colour whether headings, the score and FIX lines carry ANSI styles
 */
public record Terminal(int width, boolean colour) {

    /** Width for anything that is not a terminal. */
    public static final int DEFAULT_WIDTH = 80;
    /** Narrowest layout: below this the hanging labels leave no room for text. */
    public static final int MIN_WIDTH = 40;
    /** Widest layout: longer lines are hard to read, whatever the window. */
    public static final int MAX_WIDTH = 120;

    /** 80 columns, no escape codes. */
    public static final Terminal PLAIN = new Terminal(DEFAULT_WIDTH, false);

    /** The {@code --color} choice. */
    public enum ColorMode {
        /** Colour on a terminal, unless NO_COLOR is set or TERM is dumb. */
        AUTO,
        /** Colour even when piped (for {@code less -R}). */
        ALWAYS,
        /** Never colour. */
        NEVER
    }

    public Terminal {
        width = Math.clamp(width, MIN_WIDTH, MAX_WIDTH);
    }

    /**
     * The terminal for one run.
     *
     * @param isTerminal    whether standard output is a terminal (not a pipe or a file)
     * @param mode          the {@code --color} choice
     * @param env           the environment ({@code COLUMNS}, {@code NO_COLOR}, {@code TERM})
     * @param detectedWidth the width the terminal reports, or -1; asked only for a terminal without COLUMNS
     */
    public static Terminal detect(boolean isTerminal, ColorMode mode, Map<String, String> env,
                                  IntSupplier detectedWidth) {
        boolean colour = switch (mode) {
            case ALWAYS -> true;
            case NEVER -> false;
            // https://no-color.org: set and not empty disables colour, whatever its value.
            case AUTO -> isTerminal && isEmpty(env.get("NO_COLOR")) && !"dumb".equals(env.get("TERM"));
        };
        if (!isTerminal) {
            return new Terminal(DEFAULT_WIDTH, colour);
        }
        int width = columns(env.get("COLUMNS"));
        if (width <= 0) {
            width = detectedWidth.getAsInt();
        }
        return new Terminal(width > 0 ? width : DEFAULT_WIDTH, colour);
    }

    /** The terminal's width as picocli's usage help detects it ({@code stty}/{@code tput}), or -1. */
    public static int picocliWidth() {
        int w = new picocli.CommandLine.Model.UsageMessageSpec().autoWidth(true).width();
        return w == DEFAULT_WIDTH ? -1 : w;
    }

    private static boolean isEmpty(String s) {
        return s == null || s.isEmpty();
    }

    private static int columns(String value) {
        if (value == null) {
            return -1;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** A heading: bold. */
    public String heading(String s) {
        return style(s, Style.bold);
    }

    /** Something to fix: bold red. */
    public String bad(String s) {
        return style(s, Style.bold, Style.fg_red);
    }

    /** A caution: yellow. */
    public String warn(String s) {
        return style(s, Style.fg_yellow);
    }

    /** Something in order: green. */
    public String good(String s) {
        return style(s, Style.fg_green);
    }

    /** A 0–100 score, bold and coloured by band: green from 70, yellow from 50, red below. */
    public String score(int score, String s) {
        return style(s, Style.bold, score >= 70 ? Style.fg_green : score >= 50 ? Style.fg_yellow : Style.fg_red);
    }

    private String style(String s, IStyle... styles) {
        return colour ? Ansi.ON.apply(s, List.of(styles)).toString() : s;
    }

    /**
     * {@code block} (text that starts with {@code head}, as {@link Wrap#hanging} returns it) with the first
     * {@code token} inside that head replaced by {@code styled}; unchanged when colour is off.
     */
    public String restyle(String block, String head, String token, String styled) {
        int at = head.indexOf(token);
        if (!colour || at < 0 || !block.startsWith(head.substring(0, at + token.length()))) {
            return block;
        }
        return block.substring(0, at) + styled + block.substring(at + token.length());
    }
}

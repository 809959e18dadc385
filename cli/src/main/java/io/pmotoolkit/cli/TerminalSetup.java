package io.pmotoolkit.cli;

import io.pmotoolkit.cli.render.Terminal;
import io.pmotoolkit.cli.render.Terminal.ColorMode;
import io.pmotoolkit.cli.render.TerminalWriter;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Fits a command line to where its output goes: standard output and error behind the
 * {@linkplain TerminalWriter control-character filter}, the usage help at the terminal's width and in colour
 * only on a terminal, a {@code --color=auto|always|never} option on every command, and "did you mean" for a
 * mistyped command or option ({@link Suggestions}). Commands ask {@link #terminal(CommandLine)} for the width
 * and colour to render text with.
 */
final class TerminalSetup {

    static final String COLOR = "--color";
    /** Narrowest usage help picocli lays out. */
    private static final int HELP_MIN_WIDTH = 55;

    private TerminalSetup() {
    }

    /** Configures {@code cli}; call it once its subcommands, streams and exception handlers are set. */
    static void configure(CommandLine cli) {
        TerminalWriter out = TerminalWriter.filtering(cli.getOut());
        cli.setOut(out);
        cli.setErr(TerminalWriter.filtering(cli.getErr()));
        addColorOption(cli);
        if (out.isTerminal()) {
            // Only a terminal gets more or less than 80 columns, so pipes and tests keep the same help. Picocli
            // asks the terminal lazily, when help is printed; its usage help is at least 55 columns wide.
            Terminal fixed = Terminal.detect(true, ColorMode.NEVER, System.getenv(), () -> -1);
            if (System.getenv("COLUMNS") != null) {
                cli.setUsageHelpWidth(Math.max(HELP_MIN_WIDTH, fixed.width()));
            } else {
                cli.setUsageHelpAutoWidth(true);
            }
        }
        helpColours(cli, out.isTerminal() ? ColorMode.AUTO : ColorMode.NEVER);
        cli.setParameterExceptionHandler(Suggestions.handler(cli.getParameterExceptionHandler()));
    }

    /**
     * The width and colour for text output of {@code cmd} (a command's {@code spec.commandLine()}): its
     * {@code --color}, or its parent's, and whether its standard output is a terminal.
     */
    static Terminal terminal(CommandLine cmd) {
        boolean tty = TerminalWriter.isTerminal(cmd.getOut());
        Terminal t = detect(tty, colorMode(cmd));
        if (cmd.getOut() instanceof TerminalWriter w) {
            w.styles(t.colour());
        }
        return t;
    }

    private static Terminal detect(boolean tty, ColorMode mode) {
        Map<String, String> env = System.getenv();
        return Terminal.detect(tty, mode, env, Terminal::picocliWidth);
    }

    /** The --color given to {@code cmd} or, failing that, to a command above it; AUTO when none was. */
    static ColorMode colorMode(CommandLine cmd) {
        for (CommandLine c = cmd; c != null; c = c.getParent()) {
            OptionSpec option = c.getCommandSpec().findOption(COLOR);
            if (option != null && c.getParseResult() != null && c.getParseResult().hasMatchedOption(option)) {
                return option.getValue();
            }
        }
        return ColorMode.AUTO;
    }

    /** A --color option on {@code cli} and each of its subcommands; it also sets the colours of their help. */
    private static void addColorOption(CommandLine cli) {
        CommandSpec spec = cli.getCommandSpec();
        if (spec.findOption(COLOR) == null) {
            ColorValue value = new ColorValue(cli);
            spec.addOption(OptionSpec.builder(COLOR)
                    .paramLabel("WHEN")
                    .type(ColorMode.class)
                    .description("Colour and bold in text output: auto (on a terminal, unless NO_COLOR is set), "
                            + "always or never.")
                    .setter(value)
                    .getter(value)
                    .build());
        }
        for (CommandLine sub : cli.getSubcommands().values()) {
            addColorOption(sub);
        }
    }

    private static void helpColours(CommandLine cli, ColorMode mode) {
        Ansi ansi = switch (mode) {
            case ALWAYS -> Ansi.ON;
            case NEVER -> Ansi.OFF;
            case AUTO -> Ansi.AUTO;
        };
        cli.setColorScheme(CommandLine.Help.defaultColorScheme(ansi));
        if (cli.getOut() instanceof TerminalWriter w) {
            w.styles(ansi.enabled());
        }
    }

    /** Holds one command's --color and sets the colours of its help when given. */
    private static final class ColorValue implements CommandLine.Model.ISetter, CommandLine.Model.IGetter {

        private final CommandLine cli;
        private ColorMode mode;

        ColorValue(CommandLine cli) {
            this.cli = cli;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T get() {
            return (T) mode;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T set(T value) {
            ColorMode old = mode;
            mode = (ColorMode) value;
            if (mode != null) {
                // Picocli prints the help of any command with the top command's colours.
                CommandLine top = cli;
                while (top.getParent() != null) {
                    top = top.getParent();
                }
                boolean tty = TerminalWriter.isTerminal(top.getOut());
                helpColours(top, tty || mode != ColorMode.AUTO ? mode : ColorMode.NEVER);
            }
            return (T) old;
        }
    }
}

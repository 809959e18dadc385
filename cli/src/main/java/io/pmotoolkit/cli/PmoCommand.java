package io.pmotoolkit.cli;

import io.pmotoolkit.app.AppException;
import io.pmotoolkit.app.ExitCode;
import io.pmotoolkit.app.Failure;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top {@code pmo} command: subcommands only. */
@Command(name = "pmo",
        mixinStandardHelpOptions = true,
        versionProvider = Versions.class,
        description = {"PMO Toolkit: analyse a CV against a target PMO role, write a printable PDF gap report "
                + "and practise for the interview, offline and deterministic.", ""},
        footerHeading = "%nExamples:%n",
        footer = {"  pmo analyze samples/amelia-hart-project-manager.pdf --role pmo-manager",
            "  pmo analyze my-cv.docx --role pmo-analyst --format json",
            "  pmo analyze my-cv.docx --role pmo-analyst --report gap.pdf",
            "  pmo analyze my-cv.docx --job-ad advert.md",
            "  pmo match my-cv.docx adverts/",
            "  pmo report my-cv.docx --role pmo-analyst --out gap.pdf",
            "  pmo questions --role pmo-manager --cv my-cv.pdf --seed 7",
            "  pmo feedback --answer my-answer.txt --question-id weekly-report-collation",
            "  pmo practice --role pmo-analyst --count 3",
            "  pmo roles"})
public final class PmoCommand implements Runnable {

    /** The description of every --role option: the role ids come from the skills model ({@link HelpValues}). */
    static final String ROLE_OPTION = "Target role: ${bundle:" + HelpValues.ROLE_IDS + "} (see 'pmo roles').";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** "Today" for open-ended roles ("2021 – Present"); fixed in tests so outputs are reproducible. */
    final java.time.Clock clock;

    /** Standard input: answers for {@code practice}, {@code -} files; replaced in tests. */
    final java.io.InputStream in;

    PmoCommand(java.time.Clock clock, java.io.InputStream in) {
        this.clock = clock;
        this.in = in;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** A command line wired to the given streams, with our error handling; {@code -} reads {@code in}. */
    static CommandLine commandLine(java.io.InputStream in, PrintWriter out, PrintWriter err, java.time.Clock clock) {
        return commandLine(in, out, err, clock, null);
    }

    /**
     * The subcommands in the order {@code pmo --help} lists them, each with its name and aliases. They are
     * registered here rather than in the annotation so that a run can build only the one it was asked for.
     * Classes, not constructor references: the JDK 25 AOT cache's training run crashed the JVM when it
     * archived a lambda that creates a picocli class (Java 5 class files, which the cache cannot hold).
     */
    private static final List<Map.Entry<List<String>, Class<?>>> SUBCOMMANDS = List.of(
            Map.entry(List.of("analyze", "analyse"), AnalyzeCommand.class),
            Map.entry(List.of("match"), MatchCommand.class),
            Map.entry(List.of("report"), ReportCommand.class),
            Map.entry(List.of("compare"), CompareCommand.class),
            Map.entry(List.of("questions"), QuestionsCommand.class),
            Map.entry(List.of("feedback"), FeedbackCommand.class),
            Map.entry(List.of("practice"), PracticeCommand.class),
            Map.entry(List.of("roles"), RolesCommand.class),
            Map.entry(List.of("serve"), ServeCommand.class),
            Map.entry(List.of("help"), CommandLine.HelpCommand.class));

    /**
     * As {@link #commandLine(java.io.InputStream, PrintWriter, PrintWriter, java.time.Clock)}; when {@code first}
     * (the first argument) names a subcommand, only that one is registered. Building picocli's model of a
     * command scans its annotations and, picocli's classes being Java 5 class files that the JVM's start-up
     * cache cannot hold, loads and verifies them the slow way: building one subcommand instead of six halved
     * picocli's share of a cold {@code pmo analyze} (65–96 to 22–34 one-millisecond JFR samples). Parsing and output are the same, since picocli only looks past
     * the first argument's subcommand for {@code help}, suggestions for an unknown name, and the top usage,
     * all of which get the full tree (the first argument is then not a subcommand's name).
     */
    static CommandLine commandLine(java.io.InputStream in, PrintWriter out, PrintWriter err, java.time.Clock clock,
                                   String first) {
        CommandLine cli = new CommandLine(new PmoCommand(clock, in));
        boolean one = first != null && !"help".equals(first)
                && SUBCOMMANDS.stream().anyMatch(e -> e.getKey().contains(first));
        for (Map.Entry<List<String>, Class<?>> e : SUBCOMMANDS) {
            if (!one || e.getKey().contains(first)) {
                cli.addSubcommand(e.getValue());
            }
        }
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setParameterExceptionHandler(PmoCommand::usageError);
        cli.setExecutionExceptionHandler(PmoCommand::failure);
        cli.setExecutionStrategy(PmoCommand::execute);
        cli.setResourceBundle(new HelpValues());
        exitCodes(cli);
        TerminalSetup.configure(cli);
        return cli;
    }

    /** Every command's help lists the exit codes from the one list, {@link ExitCode}. */
    private static void exitCodes(CommandLine cli) {
        Map<String, String> codes = ExitCode.descriptions();
        cli.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(codes);
        for (CommandLine sub : cli.getSubcommands().values()) {
            if (!(sub.getCommandSpec().userObject() instanceof CommandLine.HelpCommand)) {
                sub.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(codes);
            }
        }
    }

    /**
     * Runs the command; an OutOfMemoryError or StackOverflowError (which picocli does not hand to the exception
     * handler) becomes the same one-line failure as any other, with its documented exit code.
     */
    private static int execute(CommandLine.ParseResult parsed) {
        try {
            return new CommandLine.RunLast().execute(parsed);
        } catch (OutOfMemoryError | StackOverflowError e) {
            return report(e, parsed.commandSpec().commandLine(), parsed);
        }
    }

    private static int usageError(CommandLine.ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println("pmo: " + e.getMessage());
        err.println("Run '" + cmd.getCommandSpec().qualifiedName() + " --help' for the options.");
        err.flush();
        return ExitCodes.USAGE;
    }

    private static int failure(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
        return report(e, cmd, parsed);
    }

    /** One line on stderr ({@link Failure}), the stack trace only with --verbose; returns the exit code. */
    private static int report(Throwable e, CommandLine cmd, CommandLine.ParseResult parsed) {
        PrintWriter err = cmd.getErr();
        boolean verbose = parsed.hasMatchedOption("--verbose")
                || (parsed.subcommand() != null && parsed.subcommand().hasMatchedOption("--verbose"));
        Failure failure = Failure.of(e);
        err.println("pmo: " + failure.message());
        if (verbose) {
            e.printStackTrace(err);
        }
        err.flush();
        return failure.exitCode().code();
    }

    /** A usage problem found after parsing (an unknown role): exit code 2, one line. */
    static final class UsageException extends AppException {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(ExitCode.USAGE, message, null);
        }
    }

    /** An output that could not be written: exit code 5, one line. */
    static final class OutputException extends AppException {
        private static final long serialVersionUID = 1L;

        OutputException(String message, Throwable cause) {
            super(ExitCode.OUTPUT, message, cause);
        }
    }
}

package io.pmotoolkit.cli;

import io.pmotoolkit.app.Toolkit;
import io.pmotoolkit.cli.render.Terminal;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What a command that reads one document shares: the common options, how documents are read, the time
 * budget, and the command line it runs in. {@link #toolkit()} builds the entry point from them, so a command
 * is parse, call the app, render.
 */
final class DocumentRunOptions {

    @Mixin
    CommonOptions common;

    @Mixin
    ReaderOptions reader;

    @Mixin
    TimeoutOption timeout;

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    /** The entry point for this run: skills file, clock, standard input, reading limits, password and budget. */
    Toolkit toolkit() {
        return reader.apply(common.toolkit(parent())).timeoutSeconds(timeout.timeoutSeconds).build();
    }

    /** The top command: its clock and standard input are those of this run. */
    PmoCommand parent() {
        return (PmoCommand) spec.root().userObject();
    }

    CommandLine commandLine() {
        return spec.commandLine();
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** The terminal standard output goes to: its width and whether it takes colour. */
    Terminal terminal() {
        return TerminalSetup.terminal(spec.commandLine());
    }
}

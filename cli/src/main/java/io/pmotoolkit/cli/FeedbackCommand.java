package io.pmotoolkit.cli;

import io.pmotoolkit.app.AnswerFeedbackRun;
import io.pmotoolkit.app.Format;
import io.pmotoolkit.app.Outputs;
import io.pmotoolkit.app.Toolkit;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code pmo feedback}: STAR feedback on one written answer. */
@Command(name = "feedback", mixinStandardHelpOptions = true,
        description = {"Feedback on a written interview answer: first whether it answers the question asked (an "
                + "answer to another question cannot score well), then the parts the question's type asks for "
                + "(STAR for behavioural questions; approach, options, judgement and outcome for situational ones; "
                + "the ideas a correct answer covers for knowledge questions; reasons, evidence, fit and aims for "
                + "motivation), whether the result is measured, \"I\" and \"we\", filler and most-used words, "
                + "length and speaking time, the PMO terms used and missed, and what to do next.", ""},
        footerHeading = "%nExamples:%n",
        footer = {"  pmo feedback --answer samples/answers/weekly-report-collation.txt",
            "      --question-id weekly-report-collation --role pmo-analyst",
            "  pmo feedback --answer - --question \"Tell me about a time you improved a report\"",
            "  pmo feedback --answer my-answer.txt --format json"})
final class FeedbackCommand implements Callable<Integer> {

    /** The formats of feedback: the terminal text and the JSON contract. */
    enum FeedbackFormat { text, json }

    @Option(names = {"-a", "--answer"}, paramLabel = "FILE", required = true,
            description = "The answer as plain text (UTF-8); '-' reads standard input.")
    String answer;

    @Option(names = "--question-id", paramLabel = "ID",
            description = "The bank id of the question answered ('pmo questions --list' lists them).")
    String questionId;

    @Option(names = {"-q", "--question"}, paramLabel = "TEXT",
            description = "The question answered, as text, when it is not from the bank.")
    String questionText;

    @Option(names = {"-r", "--role"}, paramLabel = "ROLE",
            description = "Target role: the terms essential for it are expected (see 'pmo roles').")
    String role;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    FeedbackFormat format;

    @Mixin
    CommonOptions common;

    @Mixin
    SizeOption size;

    @Mixin
    TimeoutOption timeout;

    @Spec
    CommandSpec spec;

    @ParentCommand
    PmoCommand parent;

    @Override
    public Integer call() throws IOException {
        Toolkit app = size.apply(common.toolkit(parent)).timeoutSeconds(timeout.timeoutSeconds).build();
        AnswerFeedbackRun feedback = app.feedback(answer, questionId, questionText, role);
        Outputs.print(spec.commandLine().getOut(), Renderers.feedback(TerminalSetup.terminal(spec.commandLine())).render(feedback, Format.valueOf(format.name())));
        return ExitCodes.OK;
    }
}

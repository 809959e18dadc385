package io.pmotoolkit.cli;

import io.pmotoolkit.cli.render.FeedbackText;
import io.pmotoolkit.cli.render.JsonOutput;
import io.pmotoolkit.core.match.KeywordMatch;
import io.pmotoolkit.core.match.KeywordMatcher;
import io.pmotoolkit.core.model.Role;
import io.pmotoolkit.core.model.SkillsModel;
import io.pmotoolkit.interview.Question;
import io.pmotoolkit.interview.QuestionBank;
import io.pmotoolkit.interview.feedback.AnswerCoach;
import io.pmotoolkit.interview.feedback.AnswerContext;
import io.pmotoolkit.interview.feedback.AnswerFeedback;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code pmo feedback}: STAR feedback on one written answer. */
@Command(name = "feedback", mixinStandardHelpOptions = true,
        description = {"Feedback on a written interview answer: which STAR parts (Situation, Task, Action, "
                + "Result) it shows, sentence by sentence, whether the result is measured, \"I\" and \"we\", "
                + "filler words, length and speaking time, the PMO terms used and missed, and what to do next.", ""},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:Success.",
            "1:Internal error (a bug: run again with --verbose and report it).",
            "2:Usage error: unknown option, role or question id.",
            "3:The answer file is missing, unreadable or empty.",
            "4:The --skills-file is invalid (the message names line and field)."},
        footerHeading = "%nExamples:%n",
        footer = {"  pmo feedback --answer samples/answers/weekly-report-collation.txt",
            "      --question-id weekly-report-collation --role pmo-analyst",
            "  pmo feedback --answer - --question \"Tell me about a time you improved a report\"",
            "  pmo feedback --answer my-answer.txt --format json"})
final class FeedbackCommand implements Callable<Integer> {

    enum Format { text, json }

    @Option(names = {"-a", "--answer"}, paramLabel = "FILE", required = true,
            description = "The answer as plain text (UTF-8); '-' reads standard input.")
    String answer;

    @Option(names = "--question-id", paramLabel = "ID",
            description = "The bank id of the question answered (as in 'pmo questions --format json').")
    String questionId;

    @Option(names = {"-q", "--question"}, paramLabel = "TEXT",
            description = "The question answered, as text, when it is not from the bank.")
    String questionText;

    @Option(names = {"-r", "--role"}, paramLabel = "ROLE",
            description = "Target role: the terms essential for it are expected (see 'pmo roles').")
    String role;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @ParentCommand
    PmoCommand parent;

    @Override
    public Integer call() throws IOException {
        if (questionId != null && questionText != null) {
            throw new PmoCommand.UsageException("give --question-id or --question, not both");
        }
        SkillsModel model = common.model();
        Role target = role == null ? null : ModelLookups.role(model, role);
        QuestionBank bank = ModelLookups.bank(model, common.skillsFile);
        AnswerContext context = context(model, bank, target);
        String text = read();
        if (text.codePoints().noneMatch(Character::isLetterOrDigit)) {
            throw new PmoCommand.InputException(("-".equals(answer) ? "standard input" : answer)
                    + " has no answer in it: write your answer as plain text, then run pmo feedback again");
        }
        AnswerFeedback feedback = new AnswerCoach(model).assess(text, context);
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case json -> out.println(JsonOutput.write(feedback));
            case text -> out.print(FeedbackText.render(feedback, questionLabel(model, bank),
                    TerminalSetup.terminal(spec.commandLine())));
        }
        out.flush();
        return ExitCodes.OK;
    }

    private String read() throws IOException {
        if ("-".equals(answer)) {
            return new String(parent.in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Path file = Path.of(answer);
        if (Files.isDirectory(file)) {
            throw new PmoCommand.InputException(answer + " is a folder: give the answer as a text file");
        }
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new PmoCommand.InputException(answer + " does not exist: check the path of --answer");
        } catch (java.nio.charset.MalformedInputException e) {
            throw new PmoCommand.InputException(answer + " is not UTF-8 text: save the answer as plain text");
        } catch (IOException e) {
            throw new PmoCommand.InputException("cannot read " + answer + ": " + e.getMessage());
        }
    }

    private AnswerContext context(SkillsModel model, QuestionBank bank, Role target) {
        if (questionId != null) {
            Question q = bank.find(questionId).orElseThrow(() -> new PmoCommand.UsageException(
                    "unknown question id '" + questionId + "'" + hint(bank, questionId)));
            return AnswerContext.of(q, target);
        }
        if (questionText != null) {
            for (Question q : bank.questions()) {
                if (q.text().strip().equalsIgnoreCase(questionText.strip())) {
                    return AnswerContext.of(q, target);
                }
            }
            return new AnswerContext(null, questionText.strip(), null, competencyOf(model, questionText), List.of(),
                    target);
        }
        return new AnswerContext(null, null, null, null, List.of(), target);
    }

    /** The competency most of the question's own PMO terms belong to, or null when it names none. */
    static String competencyOf(SkillsModel model, String question) {
        Map<String, Integer> votes = new LinkedHashMap<>();
        for (KeywordMatch m : KeywordMatcher.of(model).find(question)) {
            votes.merge(m.keyword().competency(), 1, Integer::sum);
        }
        return votes.entrySet().stream().max(Comparator.comparingInt(Map.Entry::getValue))
                .map(Map.Entry::getKey).orElse(null);
    }

    /** Up to three ids close to the one given, and where to find them all. */
    private static String hint(QuestionBank bank, String id) {
        String close = Suggestions.didYouMean(id, bank.questions().stream().map(Question::id).toList());
        return (close.isEmpty() ? ":" : close) + " The ids are in 'pmo questions --role ROLE --format json', "
                + "or use --question TEXT";
    }

    private String questionLabel(SkillsModel model, QuestionBank bank) {
        if (questionId == null) {
            return null;
        }
        Question q = bank.find(questionId).orElseThrow();
        String competency = model.findCompetency(q.competency()).map(c -> c.name()).orElse(q.competency());
        return q.id() + " · " + competency + " · " + q.type().id();
    }
}

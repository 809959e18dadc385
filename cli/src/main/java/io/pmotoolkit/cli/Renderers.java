package io.pmotoolkit.cli;

import io.pmotoolkit.app.AnswerFeedbackRun;
import io.pmotoolkit.app.Renderer;
import io.pmotoolkit.cli.render.CompareText;
import io.pmotoolkit.cli.render.FeedbackText;
import io.pmotoolkit.app.render.CompareMarkdown;
import io.pmotoolkit.app.render.JsonOutput;
import io.pmotoolkit.app.render.MarkdownReport;
import io.pmotoolkit.app.render.QuestionPackMarkdown;
import io.pmotoolkit.cli.render.Terminal;
import io.pmotoolkit.cli.render.TextReport;
import io.pmotoolkit.core.result.CvAnalysis;
import io.pmotoolkit.core.result.CvComparison;
import io.pmotoolkit.interview.QuestionPack;

/** The command line's renderers: each result in each {@link io.pmotoolkit.app.Format}, from {@code cli.render}. */
final class Renderers {

    private Renderers() {
    }

    /** A CV analysis: the plain 80-column report, Markdown or the JSON contract. */
    static final Renderer<CvAnalysis> ANALYSIS = analysis(Terminal.PLAIN);

    /** Answer feedback: the plain 80-column text or JSON. */
    static final Renderer<AnswerFeedbackRun> FEEDBACK = feedback(Terminal.PLAIN);

    /** A CV analysis, its text laid out for {@code terminal} (width, colour). */
    static Renderer<CvAnalysis> analysis(Terminal terminal) {
        return (a, format) -> switch (format) {
            case text -> TextReport.render(a, terminal);
            case markdown -> MarkdownReport.render(a);
            case json -> JsonOutput.write(a) + "\n";
        };
    }

    /** Answer feedback, its text laid out for {@code terminal}. */
    static Renderer<AnswerFeedbackRun> feedback(Terminal terminal) {
        return (run, format) -> switch (format) {
            case text -> FeedbackText.render(run.feedback(), run.questionLabel(), terminal);
            case json -> JsonOutput.write(run.feedback()) + "\n";
            case markdown -> throw Renderer.unsupported("answer feedback", format);
        };
    }

    /** A comparison of two CV versions, its text laid out for {@code terminal}. */
    static Renderer<CvComparison> comparison(Terminal terminal) {
        return (c, format) -> switch (format) {
            case text -> CompareText.render(c, terminal);
            case markdown -> CompareMarkdown.render(c);
            case json -> JsonOutput.write(c) + "\n";
        };
    }

    /** A question pack: Markdown (also for text: it reads as plain text) or JSON. */
    static final Renderer<QuestionPack> PACK = (pack, format) -> switch (format) {
        case text, markdown -> QuestionPackMarkdown.render(pack);
        case json -> JsonOutput.write(pack) + "\n";
    };
}

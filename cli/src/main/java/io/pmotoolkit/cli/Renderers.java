package io.pmotoolkit.cli;

import io.pmotoolkit.app.AnswerFeedbackRun;
import io.pmotoolkit.app.Renderer;
import io.pmotoolkit.cli.render.FeedbackText;
import io.pmotoolkit.cli.render.JsonOutput;
import io.pmotoolkit.cli.render.MarkdownReport;
import io.pmotoolkit.cli.render.QuestionPackMarkdown;
import io.pmotoolkit.cli.render.TextReport;
import io.pmotoolkit.core.result.CvAnalysis;
import io.pmotoolkit.interview.QuestionPack;

/** The command line's renderers: each result in each {@link io.pmotoolkit.app.Format}, from {@code cli.render}. */
final class Renderers {

    private Renderers() {
    }

    /** A CV analysis: the terminal report, Markdown or the JSON contract. */
    static final Renderer<CvAnalysis> ANALYSIS = (a, format) -> switch (format) {
        case text -> TextReport.render(a);
        case markdown -> MarkdownReport.render(a);
        case json -> JsonOutput.write(a) + "\n";
    };

    /** A question pack: Markdown (also for text: it reads as plain text) or JSON. */
    static final Renderer<QuestionPack> PACK = (pack, format) -> switch (format) {
        case text, markdown -> QuestionPackMarkdown.render(pack);
        case json -> JsonOutput.write(pack) + "\n";
    };

    /** Answer feedback: the terminal text or JSON. */
    static final Renderer<AnswerFeedbackRun> FEEDBACK = (run, format) -> switch (format) {
        case text -> FeedbackText.render(run.feedback(), run.questionLabel());
        case json -> JsonOutput.write(run.feedback()) + "\n";
        case markdown -> throw Renderer.unsupported("answer feedback", format);
    };
}

package io.pmotoolkit.resume.lines;

import io.pmotoolkit.core.result.CvAnalysis.LineResult.Advice;
import io.pmotoolkit.core.result.LineKind;
import java.util.List;

/**
 * How one CV line reads: achievement or duty, its metrics, its opening verb and how to make it stronger.
 *
 * @param kind        achievement (an outcome) or responsibility (a duty or activity)
 * @param quantified  whether the line has at least one metric
 * @param metrics     the metrics as written, in order (see {@link io.pmotoolkit.core.text.MetricExtractor})
 * @param actionVerb  the leading action verb as written ("Led", "Managed"), or null when the line does not
 *                    open with one (it opens with a noun, an {@code -ing} form or a weak opener)
 * @param weakOpener  the weak opening phrase as written ("Responsible for", "Helped with"), or null
 * @param suggestion  one plain-words suggestion, whole, or null when the line is a quantified achievement with
 *                    a strong opener
 * @param rewrite     the rewritten line alone (with {@code <placeholders>}), or null when the suggestion is
 *                    guidance or asks only for a number
 * @param advice      what the suggestion asks for, or null when there is none
 */
public record LineAssessment(LineKind kind, boolean quantified, List<String> metrics, String actionVerb,
                             String weakOpener, String suggestion, String rewrite, Advice advice) {

    public LineAssessment {
        metrics = List.copyOf(metrics);
    }
}

package io.pmotoolkit.resume.lines;

import io.pmotoolkit.core.text.OutcomeWords;
import io.pmotoolkit.core.text.PatternScan;
import java.util.List;
import java.util.Locale;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Words and phrases that state an outcome ("reduced", "saved", "ahead of schedule", "resulting in",
 * "adopted by"), and metrics that only a result can have ("from 10 days to 4 days", "by 30%", "3x").
 *
 * <p>An outcome word right after "to" is an intention, not a result ("worked with teams to improve
 * reporting"), and does not count.
 *
 * <p>Thread-safe: immutable compiled patterns.
 */
final class OutcomeLanguage {

    /** core outcome-words.yaml, outcomes.cvLine: whole words, not "cut-over" or "rolled-over". */
    private static final Pattern OUTCOME = Pattern.compile("\\b(?:" + OutcomeWords.alternation("cvLine")
            + ")\\b(?!-?over)");
    private static final Pattern INTENT = Pattern.compile("\\b(?:to|aim(?:ed|ing)?\\sto|in\\sorder\\sto|hoping\\sto)\\s$");
    /** Changes, multipliers, percentages and scores: "from 10 to 4 days", "3x", "99.9%", "4.5/5". */
    private static final Pattern RESULT_METRIC = Pattern.compile("^from\\s|(?:x|×|-fold|%|per\\s?cent|/\\d+)$");
    private static final Pattern BY_AMOUNT = Pattern.compile("[%£$€]|\\b(?:per\\s?cent|GBP|USD|EUR|k|m|bn|million|"
            + "hours?|days?|weeks?|months?)\\b");

    private OutcomeLanguage() {
    }

    /**
     * Whether the text, from {@code from} on, states an outcome in words.
     *
     * @param text the line
     * @param from where to start looking (to skip a duty's own verb: "Responsible for reducing...")
     */
    static boolean statesOutcome(String text, int from) {
        String lower = text.toLowerCase(Locale.ROOT);
        // every outcome phrase is an ASCII word behind \b: try the pattern only at word starts from 'from'
        int[] starts = java.util.Arrays.stream(PatternScan.wordStarts(lower)).filter(at -> at >= from).toArray();
        for (MatchResult m : PatternScan.findAll(OUTCOME, lower, starts)) {
            if (!INTENT.matcher(lower.substring(Math.max(0, m.start() - 20), m.start())).find()) {
                return true;
            }
        }
        return false;
    }

    /** Whether the text holds an outcome word or phrase at all, intended or not ("improvements", "cost saving"). */
    static boolean hasOutcomeWord(String text) {
        return OUTCOME.matcher(text.toLowerCase(Locale.ROOT)).find();
    }

    /** Whether a metric in the line reads as a result: a change, a multiplier, a percentage, a score, or "by" an amount. */
    static boolean hasResultMetric(String text, List<String> metrics) {
        for (String metric : metrics) {
            if (RESULT_METRIC.matcher(metric.toLowerCase(Locale.ROOT)).find()) {
                return true;
            }
            int at = text.indexOf(metric);
            String before = text.substring(0, Math.max(0, at)).toLowerCase(Locale.ROOT);
            if (before.endsWith("by ") && BY_AMOUNT.matcher(metric).find()) {
                return true;
            }
        }
        return false;
    }
}

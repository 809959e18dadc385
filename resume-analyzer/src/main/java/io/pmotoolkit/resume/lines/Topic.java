package io.pmotoolkit.resume.lines;

import io.pmotoolkit.core.text.PatternScan;
import java.util.Locale;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * What a CV line is about, from its keywords, with the kind of result a PMO reader looks for on that topic.
 * The first topic whose keywords appear in the line wins, in declaration order.
 */
enum Topic {
    RISK("\\b(?:raid|risks?|issues?|dependenc(?:y|ies)|mitigat\\w*)\\b",
            "fewer escalations: N risks closed before they became issues",
            "N risks closed before they became issues"),
    REPORTING("\\b(?:report\\w*|dashboards?|highlights?|packs?|mi|kpis?|status|metrics)\\b",
            "reporting time cut by N days, decisions made sooner",
            "reporting time cut by N days"),
    BUDGET("\\b(?:budgets?|costs?|financ\\w*|forecast\\w*|spend|invoices?|savings?|benefits?)\\b|[£$€]",
            "£ saved or variance held within N%",
            "£N saved or variance held within N%"),
    STAKEHOLDER("\\b(?:stakeholders?|sponsors?|board|steering|governance|approvals?|sign-off|communications?"
            + "|engagement)\\b",
            "approval time cut from N to M days",
            "approval time cut from N to M days"),
    SCHEDULE("\\b(?:schedules?|plans?|planning|milestones?|timelines?|roadmaps?|deadlines?|gantt)\\b",
            "N of M milestones hit on time",
            "N of M milestones hit on time"),
    PROCESS("\\b(?:process(?:es)?|templates?|frameworks?|standards?|methodolog\\w*|playbooks?|tools?|toolkit"
            + "|guidance|ways of working)\\b",
            "adopted by N teams, N hours saved a month",
            "adopted by N teams"),
    DELIVERY("\\b(?:roll-?outs?|migrations?|implementations?|go-live|launch\\w*|cutover|deployments?|upgrades?)\\b",
            "live on time for N users, N% using it within N weeks",
            "N users live on time"),
    CREDENTIAL("\\b(?:certifi\\w*|qualifi\\w*|accredit\\w*|practitioner|foundation|diploma|degree|exam)\\b",
            "what you could then do that you could not before",
            null),
    PEOPLE("\\b(?:teams?|staff|training|onboard\\w*|mentor\\w*|coach\\w*|recruit\\w*|analysts|officers)\\b",
            "N people trained, new starters productive N weeks sooner",
            "N people trained or promoted"),
    GENERAL("", "what changed, for whom, by how much", "time saved, £ saved or N teams helped");

    private final Pattern keywords;
    private final String resultHint;
    private final String example;

    Topic(String keywords, String resultHint, String example) {
        this.keywords = Pattern.compile(keywords);
        this.resultHint = resultHint;
        this.example = example;
    }

    /** The topic of a line: the one whose keyword comes first; on a tie, the one declared first. */
    static Topic of(String line) {
        String lower = line.toLowerCase(Locale.ROOT);
        // every keyword is an ASCII word behind \b, or a currency sign
        int[] starts = PatternScan.wordStarts(lower);
        Topic best = GENERAL;
        int bestAt = Integer.MAX_VALUE;
        for (Topic t : values()) {
            MatchResult m = t == GENERAL ? null : PatternScan.findFirst(t.keywords, lower, starts);
            if (m != null && m.start() < bestAt) {
                best = t;
                bestAt = m.start();
            }
        }
        return best;
    }

    /** The missing result, as a placeholder for a rewrite ("reporting time cut by N days, ..."). */
    String resultHint() {
        return resultHint;
    }

    /** A short example of a number to add to an unquantified achievement, or null where a number does not fit. */
    String example() {
        return example;
    }
}

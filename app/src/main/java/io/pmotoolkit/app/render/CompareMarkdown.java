package io.pmotoolkit.app.render;

import io.pmotoolkit.core.result.CvComparison;
import io.pmotoolkit.core.result.CvComparison.Change;
import io.pmotoolkit.core.result.CvComparison.CheckChange;
import io.pmotoolkit.core.result.CvComparison.LineChange;
import io.pmotoolkit.core.result.CvComparison.PartChange;
import io.pmotoolkit.core.result.CvComparison.TermChange;
import io.pmotoolkit.core.result.Evidence;
import java.util.List;
import java.util.Locale;

/**
 * What changed between two versions of a CV, as Markdown; also the sentences the terminal's text shares. Text from
 * the CVs is escaped ({@link Escape#markdown}). Stateless and thread-safe.
 */
public final class CompareMarkdown {

    private CompareMarkdown() {
    }

    public static String render(CvComparison c) {
        StringBuilder b = new StringBuilder();
        b.append("# CV versions compared\n\n");
        b.append("- Old: ").append(esc(c.oldFile())).append('\n');
        b.append("- New: ").append(esc(c.newFile())).append('\n');
        b.append("- Target role: ").append(esc(c.role().title())).append(" (`").append(c.role().id()).append("`)\n");
        if (c.unchanged()) {
            b.append("\nNothing that the analysis measures changed between the two versions.\n");
        }
        b.append("\n## Score\n\n| | Old | New | Change |\n|---|---|---|---|\n");
        row(b, "**Overall** (of 100)", c.score());
        if (c.matchRate() != null) {
            row(b, "Advert match (of 100)", c.matchRate());
        }
        for (PartChange p : c.scoreParts()) {
            row(b, esc(p.label()) + " (of " + p.max() + ")", Change.of(p.before(), p.after()));
        }
        terms(b, "Terms gained", c.gained(), false);
        terms(b, "Evidence upgraded", c.upgraded(), true);
        terms(b, "Terms lost", c.lost(), false);
        terms(b, "Evidence downgraded", c.downgraded(), true);
        lines(b, "Duties that now state a result", c.becameAchievements());
        lines(b, "Achievements that lost their result", c.lostResults());
        if (c.linesAdded() + c.linesRemoved() > 0) {
            b.append('\n').append(linesMoved(c)).append('\n');
        }
        checks(b, "Checks fixed", c.checksFixed());
        checks(b, "Checks now failing", c.checksBroken());
        if (!c.stillMissing().isEmpty()) {
            b.append("\n## Essential terms still missing (").append(c.stillMissing().size()).append(")\n\n")
                    .append(esc(String.join(", ", c.stillMissing()))).append('\n');
        }
        return b.toString();
    }

    /**
     * One changed term for people: "RAID log (essential): now in an achievement, line 12: "…"" or, with grades,
     * "Stakeholder management: listed → achievement, line 9: "…"".
     */
    public static String termLine(TermChange t, boolean grades) {
        String where = t.text() == null ? "" : ", line " + t.line() + ": \"" + t.text() + "\"";
        String what = grades ? grade(t.before()) + " → " + grade(t.after())
                : t.after() == null ? "was " + grade(t.before()) : "now " + grade(t.after());
        return t.term() + " (" + t.importance() + "): " + what + where;
    }

    /** How many lines have no counterpart in the other version, one sentence. */
    public static String linesMoved(CvComparison c) {
        return c.linesAdded() + (c.linesAdded() == 1 ? " line is" : " lines are") + " new and " + c.linesRemoved()
                + (c.linesRemoved() == 1 ? " line was" : " lines were")
                + " removed or rewritten beyond recognition (lines are paired by their words).";
    }

    private static String grade(Evidence e) {
        return switch (e) {
            case ACHIEVEMENT -> "in an achievement";
            case EXPERIENCE -> "in experience";
            case LISTED -> "listed only";
        };
    }

    private static void row(StringBuilder b, String label, Change c) {
        b.append("| ").append(label).append(" | ").append(c.before()).append(" | ").append(c.after()).append(" | ")
                .append(c.delta() > 0 ? "+" + c.delta() : String.valueOf(c.delta())).append(" |\n");
    }

    private static void terms(StringBuilder b, String title, List<TermChange> terms, boolean grades) {
        if (terms.isEmpty()) {
            return;
        }
        b.append("\n## ").append(title).append(" (").append(terms.size()).append(")\n\n");
        for (TermChange t : terms) {
            b.append("- ").append(esc(termLine(t, grades))).append('\n');
        }
    }

    private static void lines(StringBuilder b, String title, List<LineChange> lines) {
        if (lines.isEmpty()) {
            return;
        }
        b.append("\n## ").append(title).append(" (").append(lines.size()).append(")\n\n");
        for (LineChange l : lines) {
            b.append(String.format(Locale.ROOT, "- was line %d: %s\n  now line %d: %s\n", l.oldLine(), esc(l.oldText()),
                    l.newLine(), esc(l.newText())));
        }
    }

    private static void checks(StringBuilder b, String title, List<CheckChange> checks) {
        if (checks.isEmpty()) {
            return;
        }
        b.append("\n## ").append(title).append(" (").append(checks.size()).append(")\n\n");
        for (CheckChange c : checks) {
            b.append("- `").append(c.id()).append("`: ").append(esc(c.message())).append('\n');
        }
    }

    private static String esc(String s) {
        return Escape.markdown(s);
    }
}

package io.pmotoolkit.cli.render;

import io.pmotoolkit.app.render.CompareMarkdown;
import io.pmotoolkit.core.result.CvComparison;
import io.pmotoolkit.core.result.CvComparison.Change;
import io.pmotoolkit.core.result.CvComparison.CheckChange;
import io.pmotoolkit.core.result.CvComparison.LineChange;
import io.pmotoolkit.core.result.CvComparison.PartChange;
import io.pmotoolkit.core.result.CvComparison.TermChange;
import java.util.List;
import java.util.Locale;

/**
 * What changed between two versions of a CV, as text for a terminal: the score, the terms, the lines, the checks.
 * Text from the CVs has its control characters escaped ({@link Wrap} does it). Stateless and thread-safe.
 */
public final class CompareText {

    private final Terminal t;
    private final int width;

    private CompareText(Terminal t) {
        this.t = t;
        this.width = t.width();
    }

    /** The comparison laid out for {@code terminal}. */
    public static String render(CvComparison c, Terminal terminal) {
        return new CompareText(terminal).report(c);
    }

    private String report(CvComparison c) {
        StringBuilder b = new StringBuilder();
        b.append(t.heading("PMO Toolkit · CV versions compared")).append("\n\n");
        b.append(Wrap.hanging("Old         ", c.oldFile(), width));
        b.append(Wrap.hanging("New         ", c.newFile(), width));
        b.append(Wrap.hanging("Target role ", c.role().title() + " (" + c.role().id() + ")", width));
        if (c.unchanged()) {
            b.append('\n').append(Wrap.hanging("  ", "Nothing that the analysis measures changed between the two "
                    + "versions.", width));
        }
        title(b, "Score");
        b.append("  ").append(t.score(c.score().after(), "Overall " + change(c.score()) + " / 100")).append('\n');
        if (c.matchRate() != null) {
            b.append("  Advert match ").append(change(c.matchRate())).append(" / 100\n");
        }
        for (PartChange p : c.scoreParts()) {
            b.append(Wrap.hanging("  ", String.format(Locale.ROOT, "%s: %d → %d of %d%s", p.label(), p.before(),
                    p.after(), p.max(), p.after() == p.before() ? "" : " (" + signed(p.after() - p.before()) + ")"), width));
        }
        terms(b, "Terms gained", c.gained(), false);
        terms(b, "Evidence upgraded", c.upgraded(), true);
        terms(b, "Terms lost", c.lost(), false);
        terms(b, "Evidence downgraded", c.downgraded(), true);
        lines(b, "Duties that now state a result", c.becameAchievements());
        lines(b, "Achievements that lost their result", c.lostResults());
        if (c.linesAdded() + c.linesRemoved() > 0) {
            b.append('\n').append(Wrap.hanging("  ", CompareMarkdown.linesMoved(c), width));
        }
        checks(b, "Checks fixed", c.checksFixed(), "  ok ");
        checks(b, "Checks now failing", c.checksBroken(), "  FIX ");
        if (!c.stillMissing().isEmpty()) {
            title(b, "Essential terms still missing (" + c.stillMissing().size() + ")");
            b.append(Wrap.hanging("  ", String.join(", ", c.stillMissing()), width));
        }
        return b.toString();
    }

    private void title(StringBuilder b, String title) {
        b.append('\n');
        for (String line : Wrap.lines(title.toUpperCase(Locale.ROOT), width)) {
            b.append(t.heading(line)).append('\n');
        }
    }

    private void terms(StringBuilder b, String title, List<TermChange> terms, boolean grades) {
        if (terms.isEmpty()) {
            return;
        }
        title(b, title + " (" + terms.size() + ")");
        for (TermChange tc : terms) {
            b.append(Wrap.hanging("  ", CompareMarkdown.termLine(tc, grades), width));
        }
    }

    private void lines(StringBuilder b, String title, List<LineChange> lines) {
        if (lines.isEmpty()) {
            return;
        }
        title(b, title + " (" + lines.size() + ")");
        for (LineChange l : lines) {
            b.append(Wrap.hanging("  was line " + l.oldLine() + ": ", l.oldText(), width));
            b.append(Wrap.hanging("  now line " + l.newLine() + ": ", l.newText(), width));
        }
    }

    private void checks(StringBuilder b, String title, List<CheckChange> checks, String mark) {
        if (checks.isEmpty()) {
            return;
        }
        title(b, title + " (" + checks.size() + ")");
        for (CheckChange c : checks) {
            String block = Wrap.hanging(mark, c.message(), width);
            b.append(mark.contains("FIX") ? t.restyle(block, mark, "FIX", t.bad("FIX"))
                    : t.restyle(block, mark, "ok", t.good("ok")));
        }
    }

    private static String change(Change c) {
        return c.before() + " → " + c.after() + (c.delta() == 0 ? "" : " (" + signed(c.delta()) + ")");
    }

    private static String signed(int n) {
        return n > 0 ? "+" + n : String.valueOf(n);
    }
}

package io.pmotoolkit.cli.render;

import io.pmotoolkit.app.render.Escape;
import io.pmotoolkit.app.render.MarkdownReport;
import io.pmotoolkit.core.result.CvAnalysis;
import io.pmotoolkit.core.result.CvStructure;
import io.pmotoolkit.core.result.AdvertMatch;
import io.pmotoolkit.core.result.JobAdSummary;
import io.pmotoolkit.core.result.CvAnalysis.CompetencyCoverage;
import io.pmotoolkit.core.result.CvAnalysis.FoundTerm;
import io.pmotoolkit.core.result.CvAnalysis.LineResult;
import io.pmotoolkit.core.result.CvAnalysis.MissingTerm;
import io.pmotoolkit.core.result.CvAnalysis.ScorePart;
import io.pmotoolkit.core.result.Evidence;
import io.pmotoolkit.core.result.CheckResult;
import io.pmotoolkit.core.result.LineKind;
import java.util.List;
import java.util.Locale;

/**
 * The analysis as text for a terminal: laid out to the terminal's width (80 columns when piped), headings,
 * the score and FIX lines emphasised when the terminal takes colour. Text from the CV is shown with its control
 * characters escaped (see {@link Escape}). Stateless and thread-safe.
 */
public final class TextReport {

    /** Desirable gaps shown in the terminal, heaviest competencies first; JSON and Markdown list all. */
    static final int MAX_DESIRABLE = 20;
    /** Widest competency name column; longer names wrap under it. */
    private static final int NAME_COLUMN = 38;
    /** Columns of a coverage row besides the name: indent, bar, percentage and weight. */
    private static final int COVERAGE_COLUMNS = 29;
    /** Narrowest name column beside the bar; narrower terminals put the bar under the name. */
    private static final int MIN_NAME_COLUMN = 20;

    private final Terminal t;
    private final int width;

    private TextReport(Terminal t) {
        this.t = t;
        this.width = t.width();
    }

    /** The analysis for an 80-column, colourless output (a pipe, a file). */
    public static String render(CvAnalysis a) {
        return render(a, Terminal.PLAIN);
    }

    /** The analysis laid out for {@code terminal}. */
    public static String render(CvAnalysis a, Terminal terminal) {
        return new TextReport(terminal).report(a);
    }

    private String report(CvAnalysis a) {
        StringBuilder b = new StringBuilder();
        header(b, a);
        if (!a.isCv()) {
            b.append('\n').append(t.restyle(Wrap.hanging("  !! ", a.warnings().get(0), width), "  !! ", "!!",
                    t.bad("!!")));
        }
        if (a.jobAd() != null && a.jobAd().match() != null) {
            match(b, a.jobAd());
        }
        structure(b, a);
        if (a.jobAd() != null) {
            advert(b, a.jobAd());
        }
        score(b, a);
        found(b, a.keywords().found());
        if (a.keywords().nextCredential() != null) {
            title(b, "Next credential");
            b.append(Wrap.hanging("  ", a.keywords().nextCredential().sentence(a.role().id(), a.candidate().levelOrNone().roleId()), width));
        }
        missing(b, a.keywords().missing());
        competencies(b, a.competencies());
        lines(b, a.lines());
        checks(b, a.checks());
        if (!a.warnings().isEmpty()) {
            title(b, "How the file was read");
            for (String w : a.warnings()) {
                b.append(Wrap.hanging("  ! ", w, width));
            }
        }
        b.append('\n').append("pmo ").append(a.versions().tool()).append(" · skills model ")
                .append(Escape.controls(a.versions().skillsModel())).append('\n');
        return b.toString();
    }

    private void title(StringBuilder b, String title) {
        b.append('\n');
        for (String line : Wrap.lines(title.toUpperCase(Locale.ROOT), width)) {
            b.append(t.heading(line)).append('\n');
        }
    }

    private void header(StringBuilder b, CvAnalysis a) {
        var c = a.candidate();
        b.append(t.heading("PMO Toolkit · CV analysis")).append("\n\n");
        b.append(Wrap.hanging("File        ", a.file() + " (" + a.format() + ", " + c.pages()
                + (c.pages() == 1 ? " page, " : " pages, ") + c.words() + " words)", width));
        String who = c.name() == null ? "(name not found at the top of the CV)" : c.name();
        if (c.yearsExperience() != null) {
            who += String.format(Locale.ROOT, " · %.1f years in dated roles", c.yearsExperience());
        }
        b.append(Wrap.hanging("Candidate   ", who, width));
        var level = c.levelOrNone();
        b.append(Wrap.hanging("Level       ", level.withEvidence(" · "), width));
        b.append(Wrap.hanging("Background  ", c.background() == null ? level.noBackground()
                : c.background().withEvidence(" · "), width));
        b.append(Wrap.hanging("Target role ", a.role().title() + " (" + a.role().id() + ")", width));
        if (level.note() != null) {
            b.append(Wrap.hanging("            ", level.note(), width));
        }
    }

    /** What an applicant tracking system would read: contact, roles, education, certifications, other entries. */
    private void structure(StringBuilder b, CvAnalysis a) {
        CvStructure s = a.structure();
        title(b, "What an applicant tracking system would read");
        CvStructure.Contact c = s.contact();
        b.append(Wrap.hanging("  Name          ", a.candidate().name() == null ? "not found" : a.candidate().name(), width));
        String contact = String.join(" · ", java.util.stream.Stream.of(c.email(), c.phone(), c.location(), c.linkedin())
                .filter(java.util.Objects::nonNull).toList());
        b.append(Wrap.hanging("  Contact       ", contact.isEmpty() ? "none found" : contact, width));
        list(b, "  Roles", s.experience().stream().map(r -> r.summary() + lineRef(r.line(), r.warnings())).toList(),
                "no dated roles found");
        list(b, "  Education", s.education().stream().map(e -> e.summary() + lineRef(e.line(), e.warnings())).toList(),
                "none found");
        list(b, "  Certified", s.certifications().stream().map(CvStructure.CertificationEntry::summary).toList(), null);
        list(b, "  Not jobs", s.otherEntries().stream().map(CvStructure.DatedEntry::summary).toList(), null);
    }

    /** " (line 12)", with what the reader was unsure of. */
    private static String lineRef(int line, List<String> warnings) {
        return " (line " + line + (warnings.isEmpty() ? "" : "; unsure: " + String.join(" ", warnings)) + ")";
    }

    private void list(StringBuilder b, String label, List<String> items, String none) {
        if (items.isEmpty()) {
            if (none != null) {
                b.append(Wrap.hanging(String.format(Locale.ROOT, "%-16s", label), none, width));
            }
            return;
        }
        String head = String.format(Locale.ROOT, "%-16s", label + " (" + items.size() + ")");
        for (int i = 0; i < items.size(); i++) {
            b.append(Wrap.hanging(i == 0 ? head : " ".repeat(16), items.get(i), width));
        }
    }

    /** Widest term column of the advert's term table; longer terms wrap within it. */
    private static final int TERM_COLUMN = 30;

    /** The advert match: the rate, the title, what is asked, the top gaps, then the table of the advert's terms. */
    private void match(StringBuilder b, JobAdSummary ad) {
        AdvertMatch m = ad.match();
        b.append('\n').append(t.score(m.rate(), "ADVERT MATCH " + m.headline())).append('\n');
        b.append(Wrap.hanging("  Advert    ", Escape.controls(ad.file() + (ad.title() == null ? "" : ": " + ad.title())),
                width));
        b.append(Wrap.hanging("  Title     ", Escape.controls(m.title().sentence()), width));
        for (AdvertMatch.Ask ask : m.asks()) {
            b.append(Wrap.hanging(String.format(Locale.ROOT, "  %-10s", ask.label()), Escape.controls(ask.sentence()),
                    width));
        }
        if (m.capNote() != null) {
            b.append(t.restyle(Wrap.hanging("  ! ", Escape.controls(m.capNote()), width), "  !", "!", t.bad("!")));
        }
        for (int i = 0; i < Math.min(3, m.gaps().size()); i++) {
            b.append(Wrap.hanging(i == 0 ? "  Top gaps  " : "            ", "- " + Escape.controls(m.gaps().get(i)), width));
        }
        int column = Math.max(12, Math.min(TERM_COLUMN, width - 46));
        String format = "  %-" + column + "s %-11s %-9s %3s %3s  %s";
        b.append('\n').append(String.format(Locale.ROOT, format, "Term", "Kind", "Need", "Ad", "CV", "Evidence").stripTrailing())
                .append('\n');
        int evidenceAt = column + 34;
        for (AdvertMatch.Term term : m.terms()) {
            List<String> name = Wrap.lines(Escape.controls(term.term()), column);
            List<String> evidence = Wrap.lines(Escape.controls(term.evidenceLabel()), Math.max(10, width - evidenceAt));
            int rows = Math.max(name.size(), evidence.size());
            for (int i = 0; i < rows; i++) {
                String n = i < name.size() ? name.get(i) : "";
                String e = i < evidence.size() ? evidence.get(i) : "";
                String row = i == 0 ? String.format(Locale.ROOT, format, n, term.kind(), term.need(), term.inAdvert(),
                        term.inCv(), e) : String.format(Locale.ROOT, "  %-" + (evidenceAt - 2) + "s%s", n, e);
                b.append(row.stripTrailing()).append('\n');
            }
        }
    }

    private void advert(StringBuilder b, JobAdSummary ad) {
        title(b, "Job advert");
        b.append(Wrap.hanging("  Advert    ", ad.file() + (ad.title() == null ? "" : ": " + ad.title()), width));
        b.append(Wrap.hanging("  Role      ", ad.role() + " (" + ad.roleReason() + ")", width));
        if (ad.yearsRequired() != null) {
            b.append(Wrap.hanging("  Years     ", ad.yearsRequired() + "+ asked; " + (ad.yearsInCv() == null
                    ? "no dated roles in the CV" : String.format(Locale.ROOT, "%.1f in the CV's dated roles", ad.yearsInCv())),
                    width));
        }
        terms(b, "  Required by the advert, in your CV", ad, true, true);
        terms(b, "  Required by the advert, MISSING", ad, true, false);
        terms(b, "  Preferred by the advert, in your CV", ad, false, true);
        terms(b, "  Preferred by the advert, missing", ad, false, false);
        if (!ad.stuffing().isEmpty()) {
            b.append(Wrap.hanging("  ! ", "Repeated far beyond the advert's use: " + String.join(", ", ad.stuffing()), width));
        }
    }

    private void terms(StringBuilder b, String label, JobAdSummary ad, boolean required, boolean inCv) {
        List<String> list = ad.terms().stream()
                .filter(term -> term.origin() != JobAdSummary.Origin.ROLE && term.required() == required && term.inCv() == inCv)
                .map(term -> term.term() + (term.origin() == JobAdSummary.Origin.AD && term.competency() == null ? " (new term)" : ""))
                .toList();
        if (!list.isEmpty()) {
            String head = label + " (" + list.size() + "):";
            b.append(inCv ? head : t.restyle(head, head, head.strip(), t.warn(head.strip()))).append('\n');
            b.append(Wrap.hanging("    ", String.join(", ", list), width));
        }
    }

    private void score(StringBuilder b, CvAnalysis a) {
        b.append('\n').append(t.score(a.score().overall(), "SCORE " + a.score().overall() + "/100")).append('\n');
        for (ScorePart p : a.score().parts()) {
            String head = String.format(Locale.ROOT, "  %-20s %3d/%-3d ", p.label(), p.points(), p.max());
            b.append(Wrap.hanging(head, p.detail(), width));
        }
    }

    private void found(StringBuilder b, List<FoundTerm> found) {
        title(b, "Found (" + found.size() + " terms, * essential for the role)");
        if (found.isEmpty()) {
            b.append("  None of the role's terms appear in the CV.\n");
            return;
        }
        group(b, "In achievements", found.stream().filter(f -> f.evidence() == Evidence.ACHIEVEMENT).toList());
        group(b, "In experience", found.stream().filter(f -> f.evidence() == Evidence.EXPERIENCE).toList());
        group(b, "Credentials", found.stream().filter(f -> f.evidence() == Evidence.LISTED && MarkdownReport.isCredential(f)).toList());
        group(b, "Listed only (show these in an achievement line)",
                found.stream().filter(f -> f.evidence() == Evidence.LISTED && !MarkdownReport.isCredential(f)).toList());
    }

    private void group(StringBuilder b, String label, List<FoundTerm> terms) {
        if (terms.isEmpty()) {
            return;
        }
        b.append(Wrap.hanging("  ", label + " (" + terms.size() + "):", width));
        String list = String.join(", ", terms.stream()
                .map(f -> f.term() + (f.importance().equals("essential") ? "*" : "")
                        + (f.inProgress() ? " (in progress)" : "")).toList());
        b.append(Wrap.hanging("    ", list, width));
    }

    private void missing(StringBuilder b, List<MissingTerm> missing) {
        List<String> essential = missing.stream().filter(m -> m.importance().equals("essential"))
                .map(MissingTerm::label).toList();
        List<String> desirable = missing.stream().filter(m -> !m.importance().equals("essential"))
                .map(MissingTerm::label).toList();
        title(b, "Missing essential terms (" + essential.size() + ")");
        b.append(essential.isEmpty() ? "  None: every essential term appears.\n"
                : Wrap.hanging("  ", String.join(", ", essential), width));
        title(b, "Missing desirable terms (" + desirable.size() + ")");
        if (desirable.size() > MAX_DESIRABLE) {
            b.append(Wrap.hanging("  ", String.join(", ", desirable.subList(0, MAX_DESIRABLE)) + " and "
                    + (desirable.size() - MAX_DESIRABLE) + " more (all in --format json or markdown).", width));
        } else {
            b.append(desirable.isEmpty() ? "  None.\n" : Wrap.hanging("  ", String.join(", ", desirable), width));
        }
    }

    private void competencies(StringBuilder b, List<CompetencyCoverage> list) {
        title(b, "Competency coverage");
        // A name too long for its column wraps under it, never cut; on a narrow terminal the bar goes below it.
        int column = Math.min(NAME_COLUMN, width - COVERAGE_COLUMNS);
        boolean below = column < MIN_NAME_COLUMN;
        for (CompetencyCoverage c : list) {
            int filled = (int) Math.round(c.coverage() * 10);
            String bar = String.format(Locale.ROOT, "%s %3d%%  weight %d", "#".repeat(filled) + ".".repeat(10 - filled),
                    Math.round(c.coverage() * 100), c.weight());
            List<String> name = Wrap.lines(c.name(), below ? width - 2 : column);
            if (below) {
                name.forEach(n -> b.append("  ").append(n).append('\n'));
                b.append("    ").append(bar).append('\n');
                continue;
            }
            b.append(String.format(Locale.ROOT, "  %-" + column + "s %s%n", name.isEmpty() ? "" : name.get(0), bar));
            name.stream().skip(1).forEach(n -> b.append("    ").append(n).append('\n'));
        }
    }

    private void lines(StringBuilder b, List<LineResult> lines) {
        long achievements = lines.stream().filter(l -> l.kind() == LineKind.ACHIEVEMENT).count();
        long quantified = lines.stream().filter(LineResult::quantified).count();
        title(b, "Experience lines (" + lines.size() + ": " + achievements + " achievements, "
                + quantified + " with a number)");
        if (lines.isEmpty()) {
            b.append(Wrap.hanging("  ", "No bullets or sentences found under an experience heading. "
                    + "Use a heading such as 'Experience' and list what you did as bullets.", width));
            return;
        }
        for (LineResult l : lines) {
            String tag = (l.kind() == LineKind.ACHIEVEMENT ? "[A" : "[R") + (l.quantified() ? "#] " : " ] ");
            b.append(Wrap.hanging(String.format(Locale.ROOT, "  %s%4d  ", tag, l.line()), l.text(), width));
            suggestion(b, l);
        }
        String legend = "  [A] achievement  [R] responsibility  # has a number";
        b.append(legend.length() <= width ? legend : legend.replace("  [", "\n  [").replace("  #", "\n  #").substring(1))
                .append('\n');
    }

    /**
     * A line's suggestion, wrapped and never cut: an instruction with a rewrite ("Add the result: ...") puts the
     * rewrite on lines of its own, so it can be copied without the instruction around it.
     */
    private void suggestion(StringBuilder b, LineResult l) {
        LineResult.SuggestionParts parts = l.suggestionParts();
        if (parts == null) {
            return;
        }
        if (parts.rewrite() == null) {
            b.append(Wrap.hanging("             → ", l.suggestion(), width));
            return;
        }
        b.append(Wrap.hanging("             → ", parts.instruction().strip(), width));
        b.append(Wrap.hanging("               ", parts.rewrite(), width));
        String tail = parts.after().replaceFirst("^\\.", "").strip();
        if (!tail.isEmpty()) {
            b.append(Wrap.hanging("               ", tail, width));
        }
    }

    private void checks(StringBuilder b, List<CheckResult> checks) {
        title(b, "Checks");
        for (CheckResult c : checks) {
            String head = String.format(Locale.ROOT, "  %s %-17s ", c.passed() ? "ok  " : "FIX ", c.id());
            String block = Wrap.hanging(head, c.message(), width);
            b.append(c.passed() ? t.restyle(block, head, "ok", t.good("ok")) : t.restyle(block, head, "FIX", t.bad("FIX")));
        }
    }
}

package io.pmotoolkit.app.render;

import io.pmotoolkit.core.result.CvAnalysis;
import io.pmotoolkit.core.result.CvAnalysis.CompetencyCoverage;
import io.pmotoolkit.core.result.CvAnalysis.FoundTerm;
import io.pmotoolkit.core.result.CvAnalysis.LineResult;
import io.pmotoolkit.core.result.CvAnalysis.MissingTerm;
import io.pmotoolkit.core.result.CvAnalysis.ScorePart;
import io.pmotoolkit.core.result.Evidence;
import io.pmotoolkit.core.result.CheckResult;
import io.pmotoolkit.core.result.LineKind;
import io.pmotoolkit.resume.report.RewriteGroups;
import java.util.List;
import java.util.Locale;

/**
 * The analysis as Markdown, for pasting into notes or a coach's shared document. Everything taken from the CV,
 * the advert or a file name is {@linkplain Escape#markdown escaped}: a CV line holding {@code <img onerror=...>}
 * or {@code [x](javascript:...)} shows as that text, never as HTML or a link. Stateless and thread-safe.
 */
public final class MarkdownReport {

    private MarkdownReport() {
    }

    public static String render(CvAnalysis a) {
        return Escape.controls(markdown(a));
    }

    private static String markdown(CvAnalysis a) {
        StringBuilder b = new StringBuilder();
        var c = a.candidate();
        b.append("# CV analysis: ").append(esc(c.name() == null ? a.file() : c.name())).append("\n\n");
        b.append("- **File:** ").append(esc(a.file())).append(" (").append(esc(String.valueOf(a.format()))).append(", ")
                .append(c.pages()).append(c.pages() == 1 ? " page, " : " pages, ").append(c.words()).append(" words)\n");
        b.append("- **Target role:** ").append(esc(a.role().title())).append(" (`").append(a.role().id()).append("`)\n");
        var level = c.levelOrNone();
        b.append("- **Level:** ").append(esc(level.withEvidence(", "))).append('\n');
        if (level.note() != null) {
            b.append("  - ").append(esc(level.note())).append('\n');
        }
        b.append("- **Background:** ").append(c.background() == null ? level.noBackground()
                : esc(c.background().withEvidence(", "))).append('\n');
        if (c.yearsExperience() != null) {
            b.append(String.format(Locale.ROOT, "- **Experience in dated roles:** %.1f years%n", c.yearsExperience()));
        }
        if (!a.isCv()) {
            b.append("\n> **").append(esc(a.warnings().get(0))).append("**\n");
        }
        if (a.jobAd() != null && a.jobAd().match() != null) {
            match(b, a.jobAd());
        }
        structure(b, a);
        if (a.jobAd() != null) {
            var ad = a.jobAd();
            b.append("\n## Job advert\n\n- **Advert:** ").append(esc(ad.file()))
                    .append(ad.title() == null ? "" : ": " + esc(ad.title())).append('\n');
            b.append("- **Role used:** `").append(ad.role()).append("` (").append(esc(ad.roleReason())).append(")\n");
            if (ad.yearsRequired() != null) {
                b.append("- **Years asked:** ").append(ad.yearsRequired()).append("+").append('\n');
            }
            b.append("\n| Term | Advert | Origin | In CV |\n|---|---|---|---|\n");
            for (var t : ad.terms()) {
                if (t.origin() == io.pmotoolkit.core.result.JobAdSummary.Origin.ROLE) {
                    continue;
                }
                b.append("| ").append(esc(t.term())).append(" | ").append(t.required() ? "required" : "preferred")
                        .append(" | ").append(t.origin()).append(" | ").append(t.inCv() ? "yes" : "**no**").append(" |\n");
            }
        }
        b.append("\n## Score: ").append(a.score().overall()).append("/100\n\n| Part | Points | Detail |\n|---|---:|---|\n");
        for (ScorePart p : a.score().parts()) {
            b.append("| ").append(p.label()).append(" | ").append(p.points()).append('/').append(p.max())
                    .append(" | ").append(esc(p.detail())).append(" |\n");
        }
        b.append("\n## Found terms (").append(a.keywords().found().size()).append(")\n\n");
        if (!a.keywords().found().isEmpty()) {
            b.append("| Term | Importance | Evidence | Where |\n|---|---|---|---|\n");
            for (FoundTerm f : a.keywords().found()) {
                var m = f.matches().get(0);
                b.append("| ").append(esc(f.term())).append(f.inProgress() ? " (in progress)" : "").append(" | ")
                        .append(f.importance()).append(" | ")
                        .append(f.evidence().name().toLowerCase(Locale.ROOT))
                        .append(f.evidence() == Evidence.LISTED && !isCredential(f) ? " (show it in an achievement)" : "")
                        .append(" | line ").append(m.line()).append(", ").append(esc(String.valueOf(m.section())))
                        .append(f.matches().size() > 1 ? " (+" + (f.matches().size() - 1) + ")" : "").append(" |\n");
            }
        }
        if (a.keywords().nextCredential() != null) {
            b.append("\n**Next credential:** ").append(esc(a.keywords().nextCredential().sentence(a.role().id(), a.candidate().levelOrNone().roleId())))
                    .append('\n');
        }
        missing(b, "essential", a.keywords().missing());
        missing(b, "desirable", a.keywords().missing());
        b.append("\n## Competency coverage\n\n| Competency | Weight | Coverage | Missing |\n|---|---:|---:|---|\n");
        for (CompetencyCoverage cc : a.competencies()) {
            b.append("| ").append(esc(cc.name())).append(" | ").append(cc.weight()).append(" | ")
                    .append(Math.round(cc.coverage() * 100)).append("% | ")
                    .append(esc(String.join(", ", cc.missing()))).append(" |\n");
        }
        experienceLines(b, a);
        b.append("\n## Checks\n\n");
        for (CheckResult ch : a.checks()) {
            b.append("- ").append(ch.passed() ? "✅" : "❌").append(" `").append(ch.id()).append("`: ")
                    .append(esc(ch.message())).append('\n');
        }
        if (!a.warnings().isEmpty()) {
            b.append("\n## How the file was read\n\n");
            for (String w : a.warnings()) {
                b.append("- ").append(esc(w)).append('\n');
            }
        }
        b.append("\n_pmo ").append(a.versions().tool()).append(", skills model ")
                .append(esc(a.versions().skillsModel())).append("_\n");
        return b.toString();
    }

    /**
     * Every experience line that would read better rewritten, grouped by the kind of advice with each line's
     * own rewrite (the PDF report shows only the strongest few), then the lines that already read well.
     */
    private static void experienceLines(StringBuilder b, CvAnalysis a) {
        List<LineResult> lines = a.lines();
        long outcomes = lines.stream().filter(l -> l.kind() == LineKind.ACHIEVEMENT).count();
        long numbers = lines.stream().filter(LineResult::quantified).count();
        b.append("\n## Experience lines\n\n").append(lines.size()).append(" lines: ").append(outcomes)
                .append(" state a result, ").append(numbers).append(" carry a number.\n");
        for (RewriteGroups.Group g : RewriteGroups.groups(lines)) {
            b.append("\n### ").append(g.kind().title()).append(" (").append(g.entries().size()).append(")\n\n")
                    .append(esc(g.kind().advice())).append("\n\n");
            for (RewriteGroups.Entry e : g.entries()) {
                b.append("- ").append(lineRef(e.lines())).append(": ").append(esc(e.line().text())).append('\n')
                        .append("  - Rewrite: ").append(suggestion(e.line())).append('\n');
            }
        }
        List<LineResult> good = lines.stream().filter(l -> l.suggestion() == null || l.suggestion().isBlank()).toList();
        if (!good.isEmpty()) {
            b.append("\n### Lines that read well as written (").append(good.size()).append(")\n\n");
            for (LineResult l : good) {
                b.append("- ").append(lineRef(List.of(l.line()))).append(l.quantified() ? " (with a number)" : "")
                        .append(": ").append(esc(l.text())).append('\n');
            }
        }
    }

    /** "(line 12)", or "(lines 12, 80)" for a line written twice. */
    private static String lineRef(List<Integer> lines) {
        return (lines.size() == 1 ? "(line " : "(lines ")
                + String.join(", ", lines.stream().map(String::valueOf).toList()) + ")";
    }

    /** What an applicant tracking system would read, as a contact line and tables. */
    private static void structure(StringBuilder b, CvAnalysis a) {
        var s = a.structure();
        var c = s.contact();
        b.append("\n## What an applicant tracking system would read\n\n");
        b.append("- **Name:** ").append(a.candidate().name() == null ? "not found" : esc(a.candidate().name())).append('\n');
        b.append("- **Email:** ").append(value(c.email())).append(" · **Phone:** ").append(value(c.phone()))
                .append(" · **Location:** ").append(value(c.location())).append(" · **LinkedIn:** ")
                .append(value(c.linkedin())).append("\n\n");
        if (s.experience().isEmpty()) {
            b.append("No dated roles found.\n");
        } else {
            b.append("| Role | Employer | Location | Dates | Line |\n|---|---|---|---|---:|\n");
            for (var r : s.experience()) {
                b.append("| ").append(value(r.title())).append(" | ").append(value(r.employer())).append(" | ")
                        .append(value(r.location())).append(" | ").append(esc(String.valueOf(r.dates()))).append(" | ").append(r.line())
                        .append(r.warnings().isEmpty() ? "" : " (unsure: " + esc(String.join(" ", r.warnings())) + ")")
                        .append(" |\n");
            }
        }
        if (!s.education().isEmpty()) {
            b.append("\n| Qualification | Institution | Year | Line |\n|---|---|---|---:|\n");
            for (var e : s.education()) {
                b.append("| ").append(value(e.qualification())).append(" | ").append(value(e.institution())).append(" | ")
                        .append(e.year() == null ? "–" : String.valueOf(e.year())).append(" | ").append(e.line()).append(" |\n");
            }
        }
        if (!s.certifications().isEmpty()) {
            b.append("\n- **Certifications:** ").append(esc(String.join(", ",
                    s.certifications().stream().map(io.pmotoolkit.core.result.CvStructure.CertificationEntry::summary).toList())))
                    .append('\n');
        }
        if (!s.otherEntries().isEmpty()) {
            b.append("\n- **Dated entries that are not jobs** (not counted as experience): ").append(esc(String.join("; ",
                    s.otherEntries().stream().map(io.pmotoolkit.core.result.CvStructure.DatedEntry::summary).toList())))
                    .append('\n');
        }
    }

    private static String value(String v) {
        return v == null ? "–" : esc(v);
    }

    private static void missing(StringBuilder b, String importance, List<MissingTerm> missing) {
        List<String> terms = missing.stream().filter(m -> m.importance().equals(importance)).map(MissingTerm::label).toList();
        b.append("\n## Missing ").append(importance).append(" terms (").append(terms.size()).append(")\n\n");
        b.append(terms.isEmpty() ? "None.\n" : esc(String.join(", ", terms)) + "\n");
    }

    /**
     * A suggestion whole; its rewrite, when it has one, as a code span, so that its {@code <placeholders>} show
     * as written (not as HTML tags) and it can be copied alone.
     */
    private static String suggestion(LineResult l) {
        LineResult.SuggestionParts parts = l.suggestionParts();
        if (parts == null || parts.rewrite() == null || parts.rewrite().contains("`")) {
            return esc(l.suggestion());
        }
        return esc(parts.instruction()) + "`" + parts.rewrite().replace('\n', ' ') + "`" + esc(parts.after());
    }

    private static String esc(String s) {
        return Escape.markdown(s);
    }

    /** The advert match: the rate, the title, what is asked, the top gaps and the table of the advert's terms. */
    private static void match(StringBuilder b, io.pmotoolkit.core.result.JobAdSummary ad) {
        io.pmotoolkit.core.result.AdvertMatch m = ad.match();
        b.append("\n## Advert match: ").append(m.headline()).append("\n\n- **Advert:** ").append(esc(ad.file()))
                .append(ad.title() == null ? "" : ": " + esc(ad.title())).append('\n');
        b.append("- **Title:** ").append(esc(m.title().sentence())).append('\n');
        for (var ask : m.asks()) {
            b.append("- **").append(ask.label()).append(":** ").append(esc(ask.sentence())).append('\n');
        }
        if (m.capNote() != null) {
            b.append("- **").append(esc(m.capNote())).append("**\n");
        }
        if (!m.gaps().isEmpty()) {
            b.append("- **Top gaps:** ").append(esc(String.join("; ", m.gaps().subList(0, Math.min(3, m.gaps().size())))))
                    .append('\n');
        }
        b.append("\n| Term | Kind | Need | In advert | In CV | Evidence |\n|---|---|---|---:|---:|---|\n");
        for (var t : m.terms()) {
            b.append("| ").append(esc(t.term())).append(" | ").append(t.kind()).append(" | ").append(t.need())
                    .append(" | ").append(t.inAdvert()).append(" | ").append(t.inCv()).append(" | ")
                    .append(t.credit() == 0 ? "**missing**" : esc(t.evidenceLabel())).append(" |\n");
        }
    }

    /** Whether a found term is a credential (a certification, qualification or education term), not a skill to show in an achievement. */
    public static boolean isCredential(FoundTerm f) {
        return f.competency().contains("certif") || f.competency().contains("education")
                || f.competency().contains("qualification");
    }
}

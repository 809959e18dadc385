package io.pmotoolkit.cli.render;

import io.pmotoolkit.core.result.CvAnalysis;
import io.pmotoolkit.core.result.CvStructure;
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

/** The analysis as plain text for an 80-column terminal. */
public final class TextReport {

    static final int WIDTH = 80;
    /** Desirable gaps shown in the terminal, heaviest competencies first; JSON and Markdown list all. */
    static final int MAX_DESIRABLE = 20;

    private TextReport() {
    }

    public static String render(CvAnalysis a) {
        StringBuilder b = new StringBuilder();
        header(b, a);
        if (!a.isCv()) {
            b.append('\n').append(Wrap.hanging("  !! ", a.warnings().get(0), WIDTH));
        }
        structure(b, a);
        if (a.jobAd() != null) {
            advert(b, a.jobAd());
        }
        score(b, a);
        found(b, a.keywords().found());
        if (a.keywords().nextCredential() != null) {
            title(b, "Next credential");
            b.append(Wrap.hanging("  ", a.keywords().nextCredential().sentence(a.role().id()), WIDTH));
        }
        missing(b, a.keywords().missing());
        competencies(b, a.competencies());
        lines(b, a.lines());
        checks(b, a.checks());
        if (!a.warnings().isEmpty()) {
            title(b, "How the file was read");
            for (String w : a.warnings()) {
                b.append(Wrap.hanging("  ! ", w, WIDTH));
            }
        }
        b.append('\n').append("pmo ").append(a.versions().tool()).append(" · skills model ")
                .append(a.versions().skillsModel()).append('\n');
        return b.toString();
    }

    private static void title(StringBuilder b, String title) {
        b.append('\n').append(title.toUpperCase(Locale.ROOT)).append('\n');
    }

    private static void header(StringBuilder b, CvAnalysis a) {
        var c = a.candidate();
        b.append("PMO Toolkit · CV analysis\n\n");
        b.append(Wrap.hanging("File        ", a.file() + " (" + a.format() + ", " + c.pages()
                + (c.pages() == 1 ? " page, " : " pages, ") + c.words() + " words)", WIDTH));
        String who = c.name() == null ? "(name not found at the top of the CV)" : c.name();
        if (c.yearsExperience() != null) {
            who += String.format(Locale.ROOT, " · %.1f years in dated roles", c.yearsExperience());
        }
        b.append(Wrap.hanging("Candidate   ", who, WIDTH));
        var level = c.levelOrNone();
        String evidence = level.quotedEvidence();
        b.append(Wrap.hanging("Level       ", level.summary() + (evidence.isEmpty() ? "" : " · from " + evidence), WIDTH));
        b.append(Wrap.hanging("Background  ", c.background() == null ? "none of the usual routes into PMO work"
                : c.background().name() + (c.background().evidence() == null ? ""
                : " · from \u201C" + c.background().evidence() + "\u201D"), WIDTH));
        b.append(Wrap.hanging("Target role ", a.role().title() + " (" + a.role().id() + ")", WIDTH));
        if (level.note() != null) {
            b.append(Wrap.hanging("            ", level.note(), WIDTH));
        }
    }

    /** What an applicant tracking system would read: contact, roles, education, certifications, other entries. */
    private static void structure(StringBuilder b, CvAnalysis a) {
        CvStructure s = a.structure();
        title(b, "What an applicant tracking system would read");
        CvStructure.Contact c = s.contact();
        b.append(Wrap.hanging("  Name          ", a.candidate().name() == null ? "not found" : a.candidate().name(), WIDTH));
        String contact = String.join(" · ", java.util.stream.Stream.of(c.email(), c.phone(), c.location(), c.linkedin())
                .filter(java.util.Objects::nonNull).toList());
        b.append(Wrap.hanging("  Contact       ", contact.isEmpty() ? "none found" : contact, WIDTH));
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

    private static void list(StringBuilder b, String label, List<String> items, String none) {
        if (items.isEmpty()) {
            if (none != null) {
                b.append(Wrap.hanging(String.format(Locale.ROOT, "%-16s", label), none, WIDTH));
            }
            return;
        }
        String head = String.format(Locale.ROOT, "%-16s", label + " (" + items.size() + ")");
        for (int i = 0; i < items.size(); i++) {
            b.append(Wrap.hanging(i == 0 ? head : " ".repeat(16), items.get(i), WIDTH));
        }
    }

    private static void advert(StringBuilder b, JobAdSummary ad) {
        title(b, "Job advert");
        b.append(Wrap.hanging("  Advert    ", ad.file() + (ad.title() == null ? "" : ": " + ad.title()), WIDTH));
        b.append(Wrap.hanging("  Role      ", ad.role() + " (" + ad.roleReason() + ")", WIDTH));
        if (ad.yearsRequired() != null) {
            b.append(Wrap.hanging("  Years     ", ad.yearsRequired() + "+ asked; " + (ad.yearsInCv() == null
                    ? "no dated roles in the CV" : String.format(Locale.ROOT, "%.1f in the CV's dated roles", ad.yearsInCv())),
                    WIDTH));
        }
        terms(b, "  Required by the advert, in your CV", ad, true, true);
        terms(b, "  Required by the advert, MISSING", ad, true, false);
        terms(b, "  Preferred by the advert, in your CV", ad, false, true);
        terms(b, "  Preferred by the advert, missing", ad, false, false);
        if (!ad.stuffing().isEmpty()) {
            b.append(Wrap.hanging("  ! ", "Repeated far beyond the advert's use: " + String.join(", ", ad.stuffing()), WIDTH));
        }
    }

    private static void terms(StringBuilder b, String label, JobAdSummary ad, boolean required, boolean inCv) {
        List<String> list = ad.terms().stream()
                .filter(t -> t.origin() != JobAdSummary.Origin.ROLE && t.required() == required && t.inCv() == inCv)
                .map(t -> t.term() + (t.origin() == JobAdSummary.Origin.AD && t.competency() == null ? " (new term)" : ""))
                .toList();
        if (!list.isEmpty()) {
            b.append(label).append(" (").append(list.size()).append("):\n");
            b.append(Wrap.hanging("    ", String.join(", ", list), WIDTH));
        }
    }

    private static void score(StringBuilder b, CvAnalysis a) {
        title(b, "Score " + a.score().overall() + "/100");
        for (ScorePart p : a.score().parts()) {
            String head = String.format(Locale.ROOT, "  %-20s %3d/%-3d ", p.label(), p.points(), p.max());
            b.append(Wrap.hanging(head, p.detail(), WIDTH));
        }
    }

    private static void found(StringBuilder b, List<FoundTerm> found) {
        title(b, "Found (" + found.size() + " terms, * essential for the role)");
        if (found.isEmpty()) {
            b.append("  None of the role's terms appear in the CV.\n");
            return;
        }
        group(b, "In achievements", found.stream().filter(f -> f.evidence() == Evidence.ACHIEVEMENT).toList());
        group(b, "In experience", found.stream().filter(f -> f.evidence() == Evidence.EXPERIENCE).toList());
        group(b, "Credentials", found.stream().filter(f -> f.evidence() == Evidence.LISTED && isCredential(f)).toList());
        group(b, "Listed only (show these in an achievement line)",
                found.stream().filter(f -> f.evidence() == Evidence.LISTED && !isCredential(f)).toList());
    }

    private static void group(StringBuilder b, String label, List<FoundTerm> terms) {
        if (terms.isEmpty()) {
            return;
        }
        b.append("  ").append(label).append(" (").append(terms.size()).append("):\n");
        String list = String.join(", ", terms.stream()
                .map(f -> f.term() + (f.importance().equals("essential") ? "*" : "")
                        + (f.inProgress() ? " (in progress)" : "")).toList());
        b.append(Wrap.hanging("    ", list, WIDTH));
    }

    static boolean isCredential(FoundTerm f) {
        return f.competency().contains("certif") || f.competency().contains("education")
                || f.competency().contains("qualification");
    }

    private static String grade(Evidence e) {
        return switch (e) {
            case ACHIEVEMENT -> "achievement";
            case EXPERIENCE -> "experience";
            case LISTED -> "listed";
        };
    }

    private static void missing(StringBuilder b, List<MissingTerm> missing) {
        List<String> essential = missing.stream().filter(m -> m.importance().equals("essential"))
                .map(MissingTerm::label).toList();
        List<String> desirable = missing.stream().filter(m -> !m.importance().equals("essential"))
                .map(MissingTerm::label).toList();
        title(b, "Missing essential terms (" + essential.size() + ")");
        b.append(essential.isEmpty() ? "  None: every essential term appears.\n"
                : Wrap.hanging("  ", String.join(", ", essential), WIDTH));
        title(b, "Missing desirable terms (" + desirable.size() + ")");
        if (desirable.size() > MAX_DESIRABLE) {
            b.append(Wrap.hanging("  ", String.join(", ", desirable.subList(0, MAX_DESIRABLE)) + " and "
                    + (desirable.size() - MAX_DESIRABLE) + " more (all in --format json or markdown).", WIDTH));
        } else {
            b.append(desirable.isEmpty() ? "  None.\n" : Wrap.hanging("  ", String.join(", ", desirable), WIDTH));
        }
    }

    private static void competencies(StringBuilder b, List<CompetencyCoverage> list) {
        title(b, "Competency coverage");
        for (CompetencyCoverage c : list) {
            int filled = (int) Math.round(c.coverage() * 10);
            String bar = "#".repeat(filled) + ".".repeat(10 - filled);
            String name = c.name().length() > 38 ? c.name().substring(0, 37) + "…" : c.name();
            b.append(String.format(Locale.ROOT, "  %-38s %s %3d%%  weight %d%n", name, bar,
                    Math.round(c.coverage() * 100), c.weight()));
        }
    }

    private static void lines(StringBuilder b, List<LineResult> lines) {
        long achievements = lines.stream().filter(l -> l.kind() == LineKind.ACHIEVEMENT).count();
        long quantified = lines.stream().filter(LineResult::quantified).count();
        title(b, "Experience lines (" + lines.size() + ": " + achievements + " achievements, "
                + quantified + " with a number)");
        if (lines.isEmpty()) {
            b.append(Wrap.hanging("  ", "No bullets or sentences found under an experience heading. "
                    + "Use a heading such as 'Experience' and list what you did as bullets.", WIDTH));
            return;
        }
        for (LineResult l : lines) {
            String tag = (l.kind() == LineKind.ACHIEVEMENT ? "[A" : "[R") + (l.quantified() ? "#] " : " ] ");
            b.append(Wrap.hanging(String.format(Locale.ROOT, "  %s%4d  ", tag, l.line()), l.text(), WIDTH));
            suggestion(b, l);
        }
        b.append("  [A] achievement  [R] responsibility  # has a number\n");
    }

    /**
     * A line's suggestion, wrapped and never cut: an instruction with a rewrite ("Add the result: ...") puts the
     * rewrite on lines of its own, so it can be copied without the instruction around it.
     */
    private static void suggestion(StringBuilder b, LineResult l) {
        if (l.suggestion() == null) {
            return;
        }
        String quoted = l.rewrite() == null ? null : "\"" + l.rewrite() + "\"";
        int at = quoted == null ? -1 : l.suggestion().indexOf(quoted);
        if (at < 0) {
            b.append(Wrap.hanging("             → ", l.suggestion(), WIDTH));
            return;
        }
        b.append(Wrap.hanging("             → ", l.suggestion().substring(0, at).strip(), WIDTH));
        b.append(Wrap.hanging("               ", l.rewrite(), WIDTH));
        String tail = l.suggestion().substring(at + quoted.length()).replaceFirst("^\\.", "").strip();
        if (!tail.isEmpty()) {
            b.append(Wrap.hanging("               ", tail, WIDTH));
        }
    }

    private static void checks(StringBuilder b, List<CheckResult> checks) {
        title(b, "Checks");
        for (CheckResult c : checks) {
            b.append(Wrap.hanging(String.format(Locale.ROOT, "  %s %-17s ", c.passed() ? "ok  " : "FIX ", c.id()),
                    c.message(), WIDTH));
        }
    }
}

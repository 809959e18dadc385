package io.pmotoolkit.resume.report;

import io.pmotoolkit.core.model.Background;
import io.pmotoolkit.core.model.Role;
import io.pmotoolkit.core.model.SkillsModel;
import io.pmotoolkit.core.result.CheckResult;
import io.pmotoolkit.core.result.CareerLevel;
import io.pmotoolkit.core.result.CvAnalysis;
import io.pmotoolkit.core.result.CvAnalysis.CompetencyCoverage;
import io.pmotoolkit.core.result.CvAnalysis.FoundTerm;
import io.pmotoolkit.core.result.CvAnalysis.LineResult;
import io.pmotoolkit.core.result.CvAnalysis.Match;
import io.pmotoolkit.core.result.CvAnalysis.MissingTerm;
import io.pmotoolkit.core.result.CvAnalysis.ScorePart;
import io.pmotoolkit.core.result.Evidence;
import io.pmotoolkit.core.result.LineKind;
import io.pmotoolkit.pdfkit.Bars;
import io.pmotoolkit.pdfkit.PdfDoc;
import io.pmotoolkit.pdfkit.PdfMeta;
import io.pmotoolkit.pdfkit.PdfStyles;
import io.pmotoolkit.pdfkit.PdfTables;
import io.pmotoolkit.pdfkit.Wrapping;
import io.pmotoolkit.resume.report.GapRanking.CompetencyGap;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.openpdf.text.Chunk;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

/**
 * The PDF gap report: one {@link CvAnalysis} drawn for a job seeker to print and act on. Seven
 * sections: summary with the score, competency coverage chart, keyword table, top gaps with actions,
 * achievement review, route in, and CV checks with what is needed to reproduce the report.
 *
 * {@snippet :
 * GapReport report = new GapReport(model, GapAdvice.builtIn(), Clock.systemDefaultZone());
 * int pages = report.render(analysis, out);
 * }
 *
 * <p>It draws only what the analysis holds (no second analysis); the skills model adds role levels and
 * routes in, the advice file the actions. The date comes from the clock, so tests and the committed
 * samples are reproducible. Immutable and thread-safe: every call writes its own document.
 */
public final class GapReport {

    /** How many competency gaps get a full "how to close it" block. */
    static final int TOP_GAPS = 5;

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

    private final SkillsModel model;
    private final GapAdvice advice;
    private final Clock clock;

    public GapReport(SkillsModel model, GapAdvice advice, Clock clock) {
        this.model = Objects.requireNonNull(model, "model");
        this.advice = Objects.requireNonNull(advice, "advice");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Writes the report as PDF to {@code out} (not closed) and returns its page count.
     *
     * @throws IOException when the stream fails
     */
    public int render(CvAnalysis analysis, OutputStream out) throws IOException {
        ZonedDateTime now = ZonedDateTime.now(clock);
        String date = DATE.format(now);
        String name = candidateName(analysis);
        Role role = model.findRole(analysis.role().id()).orElse(null);
        String roleTitle = analysis.role().title();
        PdfMeta meta = new PdfMeta("CV gap report: " + name + " for " + roleTitle, "PMO Toolkit",
                "What " + name + "'s CV shows and lacks for a " + roleTitle + " role, and how to close the gaps",
                "PMO Toolkit gap report · " + name + " · " + roleTitle + " · " + date, now);
        try (PdfDoc doc = PdfDoc.open(out, meta)) {
            Ctx ctx = new Ctx(doc, analysis, role == null ? 3 : role.level(), date, name);
            summary(ctx);
            doc.newPage();
            if (analysis.jobAd() != null) {
                advert(ctx);
            }
            coverage(ctx);
            keywords(ctx);
            doc.newPage();
            topGaps(ctx);
            achievements(ctx);
            routeIn(ctx);
            structure(ctx);
            checks(ctx);
            return doc.finish();
        }
    }

    private record Ctx(PdfDoc doc, CvAnalysis a, int level, String date, String name) {
        PdfStyles s() {
            return doc.styles();
        }

        /** The level advice is chosen at: the target's, or the candidate's own when higher. */
        int advice() {
            return a.candidate() == null ? level : a.candidate().levelOrNone().adviceLevel(level);
        }
    }

    private static String candidateName(CvAnalysis a) {
        String n = a.candidate() == null ? null : a.candidate().name();
        return n == null || n.isBlank() ? "the candidate" : n;
    }

    // --- 1. Summary ---

    private void summary(Ctx c) {
        PdfDoc doc = c.doc();
        PdfStyles s = c.s();
        doc.title("CV gap report", c.name() + " · target role: " + c.a().role().title() + " · " + c.date());

        PdfPTable facts = PdfTables.plain(new float[] {1.3f, 4});
        fact(facts, s, "Candidate", c.name().equals("the candidate") ? "No name found at the top of the CV" : c.name());
        fact(facts, s, "Target role", c.a().role().title() + " (level " + c.level() + " of 4)");
        var cand = c.a().candidate();
        if (cand != null) {
            var level = cand.levelOrNone();
            String evidence = level.quotedEvidence();
            fact(facts, s, "Level now", level.summary() + (evidence.isEmpty() ? "" : ", from " + evidence));
            if (cand.background() != null) {
                fact(facts, s, "Background", cand.background().name() + (cand.background().evidence() == null ? ""
                        : ", from \u201C" + cand.background().evidence() + "\u201D"));
            }
            if (level.note() != null) {
                fact(facts, s, "Fit", level.note());
            }
        }
        if (cand != null && cand.yearsExperience() != null) {
            fact(facts, s, "Experience", String.format(Locale.ROOT, "about %.0f years in dated roles",
                    cand.yearsExperience()));
        }
        fact(facts, s, "CV file", c.a().file() + " (" + c.a().format() + ", "
                + (cand == null ? "?" : cand.pages() + (cand.pages() == 1 ? " page, " : " pages, ") + cand.words() + " words") + ")");
        doc.add(facts);

        // The score: a large number beside a 0-100 bar, then one bar per part.
        int overall = c.a().score().overall();
        PdfPTable score = PdfTables.plain(new float[] {1.3f, 4});
        Phrase big = new Phrase();
        big.add(new Chunk(String.valueOf(overall), new Font(doc.fonts().bold(), 30, Font.NORMAL, PdfStyles.ACCENT)));
        big.add(new Chunk(" / 100", s.subtitle()));
        PdfPCell bigCell = PdfTables.bare(big);
        bigCell.setPaddingTop(6);
        score.addCell(bigCell);
        PdfPCell gaugeCell = Bars.scaled(overall / 100.0, 14, doc.fonts().regular(), 7, "0", "25", "50", "75", "100");
        gaugeCell.setPaddingTop(10);
        score.addCell(gaugeCell);
        doc.subheading("Overall score");
        doc.add(score);

        PdfPTable parts = PdfTables.table(s, new float[] {1.5f, 1.9f, 0.6f, 3}, "Part", "Points", "", "How they were earned");
        for (ScorePart p : c.a().score().parts()) {
            parts.addCell(PdfTables.cell(p.label(), s.smallBold()));
            PdfPCell bar = Bars.cell(p.max() == 0 ? 0 : (double) p.points() / p.max(), -1, 8);
            bar.setBorder(org.openpdf.text.Rectangle.BOTTOM);
            bar.setBorderColor(PdfStyles.RULE);
            bar.setBorderWidth(0.4f);
            parts.addCell(bar);
            PdfPCell pts = PdfTables.cell(p.points() + "/" + p.max(), s.smallBold());
            pts.setHorizontalAlignment(Element.ALIGN_RIGHT);
            parts.addCell(pts);
            parts.addCell(PdfTables.cell(p.detail(), s.small()));
        }
        doc.add(parts);
        doc.paragraph(Wrapping.phrase("The score compares this CV with what " + article(c.a().role().title())
                + " role expects. It is not a chance of being hired: use it to compare versions of your CV "
                + "against the same role.", s.smallItalic()));

        doc.subheading("Your three strongest points");
        for (String t : GapRanking.strengths(c.a())) {
            doc.bullet(t);
        }
        doc.subheading("Your three biggest gaps");
        for (String t : GapRanking.gaps(c.a())) {
            doc.bullet(t);
        }
        List<CompetencyGap> top = GapRanking.competencyGaps(c.a());
        if (!top.isEmpty()) {
            doc.subheading("Your next three steps");
            int n = 1;
            for (int i = 0; i < top.size() && n <= 3; i++) {
                Optional<GapAdvice.Action> act = advice.find(top.get(i).coverage().id(), c.advice());
                if (act.isPresent()) {
                    numbered(doc, n++, act.get().todo().get(0) + " (" + top.get(i).coverage().name() + ")");
                }
            }
        }
        doc.subheading("In this report");
        doc.paragraph(Wrapping.phrase("Page 2: coverage of each competency the role expects, then every PMO term "
                + "found or missing. Next: the top gaps with a qualification, experience to seek and a CV line "
                + "for each; a review of every experience line with a suggested rewrite; your route into the "
                + "role; and the CV checks.", s.small()));
    }

    private static void fact(PdfPTable t, PdfStyles s, String label, String value) {
        t.addCell(PdfTables.bare(new Phrase(label, s.smallBold())));
        t.addCell(PdfTables.bare(Wrapping.phrase(value, s.body())));
    }

    private static String article(String title) {
        return "AEIOUaeiou".indexOf(title.charAt(0)) >= 0 ? "an " + title : "a " + title;
    }

    // --- 2. Competency coverage ---

    private void coverage(Ctx c) {
        PdfDoc doc = c.doc();
        PdfStyles s = c.s();
        doc.heading("Competency coverage");
        doc.paragraph(Wrapping.phrase("One bar per competency the role expects, most important first. The dark "
                + "part is the share of the competency's terms your CV shows (essential terms count three "
                + "times). The black mark at the middle is where the score counts a competency as covered. "
                + "Weight: how much the role needs it, 1 to 5.", s.small()));
        List<CompetencyCoverage> list = new ArrayList<>(c.a().competencies());
        list.sort(Comparator.comparingInt(CompetencyCoverage::weight).reversed()
                .thenComparing(Comparator.comparingDouble(CompetencyCoverage::coverage).reversed()));
        PdfPTable t = PdfTables.table(s, new float[] {3.2f, 0.8f, 3.2f, 0.8f, 1.3f},
                "Competency", "Weight", "Shown", "", "Terms");
        for (CompetencyCoverage cc : list) {
            t.addCell(rule(PdfTables.cell(cc.name(), s.small())));
            PdfPCell w = rule(PdfTables.cell(String.valueOf(cc.weight()), s.smallBold()));
            w.setHorizontalAlignment(Element.ALIGN_CENTER);
            t.addCell(w);
            PdfPCell bar = Bars.cell(cc.coverage(), 0.5, 8);
            t.addCell(rule(bar));
            PdfPCell pct = rule(PdfTables.cell(GapRanking.percent(cc.coverage()), s.smallBold()));
            pct.setHorizontalAlignment(Element.ALIGN_RIGHT);
            t.addCell(pct);
            int total = cc.found().size() + cc.missing().size();
            t.addCell(rule(PdfTables.cell(cc.found().size() + " of " + total + " found", s.small())));
        }
        doc.add(t);
    }

    private static PdfPCell rule(PdfPCell cell) {
        cell.setBorder(org.openpdf.text.Rectangle.BOTTOM);
        cell.setBorderColor(PdfStyles.RULE);
        cell.setBorderWidth(0.4f);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        return cell;
    }

    // --- 3. Keywords ---

    private void keywords(Ctx c) {
        PdfDoc doc = c.doc();
        PdfStyles s = c.s();
        doc.heading("PMO terms found and missing", 120);
        List<FoundTerm> found = new ArrayList<>(c.a().keywords().found());
        found.sort(Comparator.comparingInt((FoundTerm f) -> evidenceRank(f))
                .thenComparing(f -> GapRanking.essential(f.importance()) ? 0 : 1)
                .thenComparing(FoundTerm::term));
        doc.paragraph(Wrapping.phrase(found.size() + " terms found, strongest evidence first. Achievement: used in a "
                + "line that states a result. Experience: used in describing your work. Listed only: named in a "
                + "skills list or the header. Credential: a qualification, which is fine to list. "
                + "* = essential for the role.", s.small()));
        PdfPTable t = PdfTables.table(s, new float[] {2.6f, 1.3f, 3.4f}, "Term", "Evidence", "Where (section, line)");
        for (FoundTerm f : found) {
            boolean ess = GapRanking.essential(f.importance());
            t.addCell(PdfTables.cell(f.term() + (ess ? " *" : "") + (f.inProgress() ? " (in progress)" : ""), ess ? s.smallBold() : s.small()));
            String grade = grade(f);
            PdfPCell g = PdfTables.cell(grade, grade.equals("Listed only") && ess ? s.smallBold() : s.small());
            t.addCell(g);
            t.addCell(PdfTables.cell(where(f.matches()), s.small()));
        }
        doc.add(t);

        List<FoundTerm> listed = GapRanking.listedOnlyEssentials(c.a());
        if (!listed.isEmpty()) {
            callout(doc, "Only listed: ", "these essential terms appear only in a list. Recruiters trust a term "
                    + "when it appears in a result, so write an achievement line that uses each: "
                    + String.join(", ", listed.stream().map(FoundTerm::term).toList()) + ".");
        }

        List<MissingTerm> missing = c.a().keywords().missing();
        List<MissingTerm> essential = missing.stream().filter(m -> GapRanking.essential(m.importance())).toList();
        doc.subheading("Missing essential terms (" + essential.size() + ")");
        if (essential.isEmpty()) {
            doc.paragraph("None: every essential term of the role appears in the CV.");
        } else {
            PdfPTable m = PdfTables.table(s, new float[] {2.6f, 4.7f}, "Term", "Competency");
            for (MissingTerm mt : sortedByWeight(essential, c.a())) {
                m.addCell(PdfTables.cell(mt.term(), s.smallBold()));
                m.addCell(PdfTables.cell(competencyName(mt.competency()), s.small()));
            }
            doc.add(m);
        }
        List<MissingTerm> desirable = missing.stream().filter(m -> !GapRanking.essential(m.importance())).toList();
        if (!desirable.isEmpty()) {
            doc.subheading("Missing desirable terms (" + desirable.size() + "), by competency");
            Map<String, List<String>> by = new LinkedHashMap<>();
            for (MissingTerm mt : sortedByWeight(desirable, c.a())) {
                by.computeIfAbsent(mt.competency(), k -> new ArrayList<>()).add(mt.term());
            }
            PdfPTable d = PdfTables.table(s, new float[] {2.6f, 4.7f}, "Competency", "Terms");
            by.forEach((comp, terms) -> {
                d.addCell(PdfTables.cell(competencyName(comp), s.small()));
                d.addCell(PdfTables.cell(String.join(", ", terms), s.small()));
            });
            doc.add(d);
        }
    }

    private int evidenceRank(FoundTerm f) {
        if (f.evidence() == Evidence.LISTED && GapRanking.isCredential(f.competency())) {
            return 2;
        }
        return switch (f.evidence()) {
            case ACHIEVEMENT -> 0;
            case EXPERIENCE -> 1;
            case LISTED -> 3;
        };
    }

    private static String grade(FoundTerm f) {
        return switch (f.evidence()) {
            case ACHIEVEMENT -> "Achievement";
            case EXPERIENCE -> "Experience";
            case LISTED -> GapRanking.isCredential(f.competency()) ? "Credential" : "Listed only";
        };
    }

    /** "experience: lines 8, 12 · skills: line 30". */
    static String where(List<Match> matches) {
        Map<String, List<Integer>> by = new LinkedHashMap<>();
        for (Match m : matches) {
            List<Integer> lines = by.computeIfAbsent(m.section(), k -> new ArrayList<>());
            if (!lines.contains(m.line())) {
                lines.add(m.line());
            }
        }
        List<String> parts = new ArrayList<>();
        by.forEach((section, lines) -> parts.add(GapRanking.capitalise(section.replace('-', ' '))
                + (lines.size() == 1 ? ": line " : ": lines ")
                + String.join(", ", lines.stream().map(String::valueOf).toList())));
        return String.join(" · ", parts);
    }

    /** Missing terms ordered by the weight of their competency for the role (stable within one). */
    private static List<MissingTerm> sortedByWeight(List<MissingTerm> terms, CvAnalysis a) {
        Map<String, Integer> weight = new LinkedHashMap<>();
        for (CompetencyCoverage cc : a.competencies()) {
            weight.put(cc.id(), cc.weight());
        }
        List<MissingTerm> out = new ArrayList<>(terms);
        out.sort(Comparator.comparingInt((MissingTerm m) -> -weight.getOrDefault(m.competency(), 0)));
        return out;
    }

    private String competencyName(String id) {
        return model.findCompetency(id).map(x -> x.name()).orElse(id);
    }

    private static void callout(PdfDoc doc, String lead, String text) {
        PdfStyles s = doc.styles();
        PdfPTable box = PdfTables.plain(new float[] {1});
        Phrase p = new Phrase();
        p.add(new Chunk(lead, s.smallBold()));
        p.add(Wrapping.phrase(text, s.small()));
        PdfPCell cell = PdfTables.bare(p);
        cell.setBackgroundColor(PdfStyles.TINT);
        cell.setBorder(org.openpdf.text.Rectangle.LEFT);
        cell.setBorderColor(PdfStyles.ACCENT);
        cell.setBorderWidthLeft(2.5f);
        cell.setPadding(6);
        box.addCell(cell);
        doc.add(box);
    }

    // --- 4. Top gaps ---

    private void topGaps(Ctx c) {
        PdfDoc doc = c.doc();
        PdfStyles s = c.s();
        doc.heading("Top gaps and how to close them");
        List<CompetencyGap> gaps = GapRanking.competencyGaps(c.a());
        doc.paragraph(Wrapping.phrase("The competencies where the CV loses most against the role, with what to "
                + "learn, what experience to look for (often inside your current job) and a CV line to add once it "
                + "is true. Replace the <angle brackets> with your own facts and numbers; never claim what you "
                + "have not done.", s.small()));
        callout(doc, "Qualification for this level: ", advice.certificationFor(c.level()));
        if (gaps.isEmpty()) {
            doc.paragraph("No competency gaps: every competency the role expects is covered.");
            return;
        }
        int n = 0;
        for (CompetencyGap g : gaps) {
            if (n++ >= TOP_GAPS) {
                break;
            }
            CompetencyCoverage cc = g.coverage();
            doc.ensureSpace(170);
            doc.subheading(n + ". " + cc.name());
            Phrase status = new Phrase();
            status.add(new Chunk("Weight " + cc.weight() + " of 5 · " + GapRanking.percent(cc.coverage())
                    + " shown. ", s.smallBold()));
            if (!g.missingEssential().isEmpty()) {
                status.add(new Chunk("Missing essential: ", s.small()));
                status.add(Wrapping.phrase(String.join(", ", g.missingEssential()), s.smallBold()));
                status.add(new Chunk(g.missingDesirable().isEmpty() ? "." : "; also ", s.small()));
            }
            if (!g.missingDesirable().isEmpty()) {
                status.add(Wrapping.phrase((g.missingEssential().isEmpty() ? "Missing: " : "")
                        + GapRanking.join(g.missingDesirable(), 5) + ".", s.small()));
            }
            doc.paragraph(status);
            Optional<GapAdvice.Action> action = advice.find(cc.id(), c.advice());
            PdfPTable t = PdfTables.plain(new float[] {1.1f, 6});
            t.setSpacingBefore(0);
            if (action.isPresent()) {
                GapAdvice.Action act = action.get();
                row(t, s, "Learn", Wrapping.phrase(act.learn(), s.small()));
                Phrase todo = new Phrase();
                for (int i = 0; i < act.todo().size(); i++) {
                    todo.add(new Chunk((i == 0 ? "" : "\n") + "•  ", s.small()));
                    todo.add(Wrapping.phrase(act.todo().get(i), s.small()));
                }
                row(t, s, "Do", todo);
                row(t, s, "CV line", Wrapping.phrase("\u201C" + act.cvLine() + "\u201D", s.bodyItalic()));
            } else {
                row(t, s, "Learn", Wrapping.phrase(advice.certificationFor(c.level()), s.small()));
                row(t, s, "Do", Wrapping.phrase("Look for work in your current job that uses "
                        + GapRanking.join(g.missingEssential().isEmpty() ? g.missingDesirable() : g.missingEssential(), 3)
                        + ", and write it up as a result.", s.small()));
            }
            doc.add(t);
        }
    }

    private static void row(PdfPTable t, PdfStyles s, String label, Phrase value) {
        PdfPCell l = PdfTables.bare(new Phrase(label, s.smallBold()));
        l.setVerticalAlignment(Element.ALIGN_TOP);
        l.setPaddingTop(3);
        t.addCell(l);
        PdfPCell v = PdfTables.bare(value);
        v.setVerticalAlignment(Element.ALIGN_TOP);
        v.setPaddingTop(3);
        v.setLeading(0, 1.3f);
        t.addCell(v);
    }

    // --- 5. Achievement review ---

    private void achievements(Ctx c) {
        PdfDoc doc = c.doc();
        PdfStyles s = c.s();
        List<LineResult> lines = c.a().lines();
        doc.heading("Achievement review", 120);
        long outcomes = lines.stream().filter(l -> l.kind() == LineKind.ACHIEVEMENT).count();
        long numbers = lines.stream().filter(LineResult::quantified).count();
        doc.paragraph(Wrapping.phrase("Every experience line, as read from the CV: " + outcomes + " of " + lines.size()
                + " state a result and " + numbers + " carry a number. For a duty, answer three questions in "
                + "the line: what changed, by how much, and for whom. A suggested rewrite follows each line that "
                + "needs one; fill in the <angle brackets> with what really happened.", s.small()));
        if (lines.isEmpty()) {
            doc.paragraph("No experience lines were found. Describe each role in three to six bullet points, each "
                    + "with a result.");
            return;
        }
        PdfPTable t = PdfTables.table(s, new float[] {0.45f, 5.2f, 1.25f, 1.7f}, "Line", "What the CV says, and a "
                + "suggested rewrite", "Type", "Numbers found");
        for (LineResult l : lines) {
            PdfPCell no = PdfTables.cell(String.valueOf(l.line()), s.small());
            no.setHorizontalAlignment(Element.ALIGN_RIGHT);
            t.addCell(no);
            Phrase text = new Phrase();
            text.add(Wrapping.phrase(l.text(), s.small()));
            if (l.suggestion() != null && !l.suggestion().isBlank()) {
                text.add(new Chunk("\n→ ", s.smallBold()));
                text.add(Wrapping.phrase(l.suggestion(), s.smallItalic()));
            }
            PdfPCell tc = PdfTables.cell(text);
            tc.setLeading(0, 1.25f);
            t.addCell(tc);
            boolean ach = l.kind() == LineKind.ACHIEVEMENT;
            t.addCell(PdfTables.cell(ach ? "Achievement" : "Duty", ach ? s.smallBold() : s.small()));
            t.addCell(PdfTables.cell(l.metrics().isEmpty() ? "none" : String.join("; ", l.metrics()),
                    l.metrics().isEmpty() ? s.smallItalic() : s.small()));
        }
        doc.add(t);
    }

    // --- 6. Route in ---

    private void routeIn(Ctx c) {
        PdfDoc doc = c.doc();
        PdfStyles s = c.s();
        var cand = c.a().candidate();
        doc.heading("Your route in", 140);
        CareerLevel level = cand == null ? null : cand.levelOrNone();
        if (level != null && level.inPmo()) {
            int from = level.rung();
            String shown = level.title() + (level.evidence().isEmpty() ? "" : " (from " + level.quotedEvidence() + ")");
            if (from >= c.level()) {
                doc.paragraph(Wrapping.phrase("Your CV shows PMO work as " + shown + ", at or above the target's level."
                        + (level.note() == null ? "" : " " + level.note()), s.body()));
                doc.paragraph(Wrapping.phrase("Use the gaps and rewrites above to make the evidence sharper rather "
                        + "than broader.", s.body()));
                return;
            }
            doc.paragraph(Wrapping.phrase("Your CV shows PMO work as " + shown + ". To step up to "
                    + c.a().role().title() + " (level " + c.level() + "):", s.body()));
            int step = 1;
            for (int l = from + 1; l <= c.level(); l++) {
                for (String t : advice.stepUpTo(l)) {
                    numbered(doc, step++, t);
                }
            }
            if (level.note() != null) {
                doc.paragraph(Wrapping.phrase(level.note(), s.body()));
            }
            return;
        }
        if (level != null && level.yearsInPmo() != null && !level.evidence().isEmpty()) {
            doc.paragraph(Wrapping.phrase("Your CV shows earlier PMO work (" + level.quotedEvidence()
                    + "): say what you did there, it counts.", s.body()));
        }
        if (cand != null && cand.background() != null) {
            Optional<Background> bg = model.backgrounds().stream()
                    .filter(b -> b.id().equals(cand.background().id())).findFirst();
            Phrase intro = new Phrase();
            intro.add(new Chunk("Your CV reads as the " + cand.background().name().toLowerCase(Locale.UK)
                    + " route into PMO", s.bodyBold()));
            if (cand.background().evidence() != null) {
                intro.add(Wrapping.phrase(" (from \u201C" + cand.background().evidence() + "\u201D).", s.body()));
            } else {
                intro.add(new Chunk(".", s.body()));
            }
            doc.paragraph(intro);
            if (bg.isPresent()) {
                Background b = bg.get();
                if (!b.targetRoles().isEmpty()) {
                    // Never a stepping stone below the level the person's experience is advised at.
                    int floor = level == null ? 0 : level.adviceRung();
                    List<String> titles = b.targetRoles().stream().flatMap(id -> model.findRole(id).stream())
                            .filter(r -> r.level() >= floor || r.id().equals(c.a().role().id()))
                            .map(Role::title).toList();
                    boolean fits = b.targetRoles().contains(c.a().role().id());
                    String fit = fits ? ", so the target role is a realistic next step."
                            : level != null && level.note() != null ? ". " + level.note()
                            : ". Your target is a different level: consider one of these first.";
                    doc.paragraph(Wrapping.phrase("This route usually leads first to "
                            + GapRanking.join(titles.isEmpty() ? List.of(c.a().role().title()) : titles, 3) + fit,
                            s.body()));
                }
                doc.subheading("What carries over");
                for (String t : b.transfers()) {
                    doc.bullet(t);
                }
                doc.subheading("What to build: your roadmap");
                int step = 1;
                for (String t : b.build()) {
                    numbered(doc, step++, t);
                }
                return;
            }
        }
        doc.paragraph(Wrapping.phrase("The CV shows neither PMO work nor one of the usual routes in"
                + (level != null && level.note() != null ? " (" + level.note() + ")" : "") + ". A general plan:", s.body()));
        int step = 1;
        for (String t : advice.generalRoute()) {
            numbered(doc, step++, t);
        }
    }

    private static void numbered(PdfDoc doc, int n, String text) {
        Phrase p = new Phrase();
        p.add(new Chunk("Step " + n + ".  ", doc.styles().bodyBold()));
        p.add(Wrapping.phrase(text, doc.styles().body()));
        doc.paragraph(p);
    }

    // --- 7. Checks and parse fidelity ---

    /** With --job-ad: what the advert asks for, and which of it the CV shows. */
    private void advert(Ctx c) {
        PdfDoc doc = c.doc();
        PdfStyles s = c.s();
        var ad = c.a().jobAd();
        doc.heading("The job advert", 140);
        doc.paragraph(Wrapping.phrase((ad.title() == null ? "The advert" : "\u201c" + ad.title() + "\u201d")
                + " (" + ad.file() + "). This report measures the CV against it: " + ad.roleReason() + ". The "
                + "advert's own terms come first and weigh twice among the essentials.", s.body()));
        if (ad.yearsRequired() != null) {
            doc.paragraph(Wrapping.phrase("Experience asked: " + ad.yearsRequired() + "+ years; the CV's dated roles "
                    + "cover " + (ad.yearsInCv() == null ? "none" : String.format(java.util.Locale.ROOT, "about %.0f years",
                    ad.yearsInCv())) + ".", s.body()));
        }
        PdfPTable t = PdfTables.table(s, new float[] {4, 1.6f, 1.2f}, "Term the advert names", "Advert", "In the CV");
        for (var term : ad.terms()) {
            if (term.origin() == io.pmotoolkit.core.result.JobAdSummary.Origin.ROLE) {
                continue;
            }
            var style = term.inCv() ? s.small() : s.smallBold();
            t.addCell(PdfTables.cell(term.term(), style));
            t.addCell(PdfTables.cell(term.required() ? "required" : "preferred", style));
            t.addCell(PdfTables.cell(term.inCv() ? "yes" : "MISSING", style));
        }
        doc.add(t);
        if (!ad.stuffing().isEmpty()) {
            doc.paragraph(Wrapping.phrase("Repeated far beyond the advert's use: " + String.join(", ", ad.stuffing())
                    + ". Keep each where it proves something; recruiters notice stuffing.", s.body()));
        }
    }

    /** What an applicant tracking system would read: contact, roles, education, certifications. */
    private void structure(Ctx c) {
        PdfDoc doc = c.doc();
        PdfStyles s = c.s();
        var st = c.a().structure();
        var contact = st.contact();
        doc.heading("What an applicant tracking system would read", 140);
        doc.paragraph(Wrapping.phrase("The fields a recruiter's system fills in from this CV. Check that each is "
                + "right: a role read without its title, employer or dates is one a system may not show.", s.small()));
        PdfPTable who = PdfTables.table(s, new float[] {1.5f, 6}, "Field", "As read");
        String[][] rows = {{"Name", c.a().candidate().name()}, {"Email", contact.email()}, {"Phone", contact.phone()},
            {"Location", contact.location()}, {"LinkedIn", contact.linkedin()}};
        for (String[] r : rows) {
            who.addCell(PdfTables.cell(r[0], s.small()));
            who.addCell(PdfTables.cell(r[1] == null ? "not found" : r[1], r[1] == null ? s.smallBold() : s.small()));
        }
        doc.add(who);
        if (st.experience().isEmpty()) {
            doc.paragraph("No dated roles were found: write each role's title, employer and dates (\"Jan 2021 – "
                    + "Present\") on its own line above its bullets.");
        } else {
            PdfPTable roles = PdfTables.table(s, new float[] {2.6f, 2.4f, 1.6f, 1.9f}, "Role", "Employer", "Location",
                    "Dates");
            for (var r : st.experience()) {
                roles.addCell(PdfTables.cell(r.title() == null ? "not found" : r.title(), s.small()));
                roles.addCell(PdfTables.cell(r.employer() == null ? "not found" : r.employer(), s.small()));
                roles.addCell(PdfTables.cell(r.location() == null ? "" : r.location(), s.small()));
                roles.addCell(PdfTables.cell(r.dates(), s.small()));
            }
            doc.add(roles);
        }
        if (!st.education().isEmpty()) {
            PdfPTable edu = PdfTables.table(s, new float[] {3.5f, 3.5f, 1}, "Qualification", "Institution", "Year");
            for (var e : st.education()) {
                edu.addCell(PdfTables.cell(e.qualification() == null ? "not found" : e.qualification(), s.small()));
                edu.addCell(PdfTables.cell(e.institution() == null ? "not found" : e.institution(), s.small()));
                edu.addCell(PdfTables.cell(e.year() == null ? "" : String.valueOf(e.year()), s.small()));
            }
            doc.add(edu);
        }
        if (!st.certifications().isEmpty()) {
            doc.paragraph(Wrapping.phrase("Certifications: " + String.join(", ", st.certifications().stream()
                    .map(io.pmotoolkit.core.result.CvStructure.CertificationEntry::summary).toList()) + ".", s.small()));
        }
        if (!st.otherEntries().isEmpty()) {
            doc.paragraph(Wrapping.phrase("Dated entries that are not jobs (not counted as experience): "
                    + String.join("; ", st.otherEntries().stream()
                    .map(io.pmotoolkit.core.result.CvStructure.DatedEntry::summary).toList()) + ".", s.small()));
        }
    }

    private void checks(Ctx c) {
        PdfDoc doc = c.doc();
        PdfStyles s = c.s();
        doc.heading("CV checks and how the file was read", 140);
        PdfPTable t = PdfTables.table(s, new float[] {0.7f, 1.5f, 6}, "Result", "Check", "What was found");
        for (CheckResult r : c.a().checks()) {
            t.addCell(PdfTables.cell(r.passed() ? "OK" : "FIX", r.passed() ? s.small() : s.smallBold()));
            t.addCell(PdfTables.cell(GapRanking.capitalise(r.id().replace('-', ' ')), s.small()));
            t.addCell(PdfTables.cell(r.message(), r.passed() ? s.small() : s.smallBold()));
        }
        doc.add(t);
        doc.subheading("Reading the file");
        if (c.a().warnings().isEmpty()) {
            doc.paragraph("The file was read without problems: no columns, text boxes or image-only pages got in "
                    + "the way.");
        } else {
            for (String w : c.a().warnings()) {
                doc.bullet(w);
            }
        }
        doc.subheading("Reproduce this report");
        var v = c.a().versions();
        doc.paragraph(Wrapping.phrase("Made on " + c.date() + " by PMO Toolkit " + v.tool() + " with skills model "
                + v.skillsModel() + " and gap advice " + advice.version() + ", from " + c.a().file()
                + " against the role " + c.a().role().id() + ". The same file, role and versions give the same "
                + "report.", s.small()));
    }
}

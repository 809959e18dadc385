package io.pmotoolkit.report;

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
import io.pmotoolkit.resume.report.CheckNames;
import io.pmotoolkit.resume.report.GapAdvice;
import io.pmotoolkit.resume.report.GapRanking;
import io.pmotoolkit.resume.report.GapRanking.CompetencyGap;
import io.pmotoolkit.resume.report.Quote;
import io.pmotoolkit.resume.report.RewriteGroups;
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
 * The PDF gap report: one {@link CvAnalysis} drawn for a job seeker to print and act on in ten minutes,
 * at most ten pages whatever the CV's length. Seven sections: summary with the score, competency coverage
 * chart (each bar labelled with what it measures), keyword table (the missing desirable terms capped, see
 * {@link GapRanking#desirableToShow}), top gaps with actions, achievement review (the strongest
 * {@value #STRONGEST_REWRITES} rewrites in full, the other lines counted by kind of advice), route in, and
 * CV checks with what is needed to reproduce the report. Quotes of the CV go through {@link Quote}; rewrites
 * and advice are wrapped, never cut.
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
    /** How many rewrites are shown in full; the rest are counted by kind of advice, and all are in the Markdown. */
    static final int STRONGEST_REWRITES = 5;

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
            Ctx ctx = new Ctx(doc, analysis, role == null ? 3 : role.level(), date, name,
                    GapRanking.desirableToShow(analysis, model, focus(analysis)));
            summary(ctx);
            doc.newPage();
            if (analysis.jobAd() != null) {
                advert(ctx);
            }
            coverage(ctx);
            keywords(ctx);
            topGaps(ctx); // no page break: its heading keeps company with its first gap, and pages are the budget
            achievements(ctx);
            routeIn(ctx);
            structure(ctx);
            checks(ctx);
            return doc.finish();
        }
    }

    /**
     * @param desirable the missing desirable terms worth naming, by competency ({@link GapRanking#desirableToShow})
     */
    private record Ctx(PdfDoc doc, CvAnalysis a, int level, String date, String name,
                       Map<String, List<String>> desirable) {
        PdfStyles s() {
            return doc.styles();
        }

        /** The level advice is chosen at: the target's, or the candidate's own when higher. */
        int advice() {
            return a.candidate() == null ? level : a.candidate().levelOrNone().adviceLevel(level);
        }
    }

    /**
     * The level the candidate's advice is pitched at (their PMO level, or for someone outside PMO work the level
     * their background and years are worth) as the desirable terms' focus; none for a beginner.
     */
    private GapRanking.Focus focus(CvAnalysis a) {
        var cand = a.candidate();
        if (cand == null || cand.levelOrNone().adviceRung() == 0) {
            return GapRanking.Focus.NONE;
        }
        int rung = cand.levelOrNone().adviceRung();
        return model.roles().stream().filter(r -> r.level() == rung).findFirst()
                .map(r -> new GapRanking.Focus(r.competencies())).orElse(GapRanking.Focus.NONE);
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
        var match = c.a().jobAd() == null ? null : c.a().jobAd().match();
        if (match != null) {
            // with an advert, its match rate is the headline: page 2 has the advert's terms
            fact(facts, s, "Advert match", match.headline() + " against " + (c.a().jobAd().title() == null
                    ? c.a().jobAd().file() : "\u201c" + Quote.cut(c.a().jobAd().title()) + "\u201d")
                    + (match.capNote() == null ? "" : ". " + match.capNote()));
        }
        fact(facts, s, "Target role", c.a().role().title() + " (level " + c.level() + " of " + model.topLevel() + ")");
        var cand = c.a().candidate();
        if (cand != null) {
            var level = cand.levelOrNone();
            fact(facts, s, "Level now", level.withEvidence(", "));
            if (cand.background() != null) {
                fact(facts, s, "Background", cand.background().withEvidence(", "));
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

        PdfPTable parts = PdfTables.table(s, new float[] {1.5f, 1.9f, 0.6f, 3}, "Part", "Points earned of the maximum", "",
                "How they were earned");
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
        for (String t : GapRanking.gaps(c.a(), c.desirable())) {
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
        String page2 = c.a().jobAd() == null ? "Page 2: coverage"
                : "Page 2: the job advert and which of its terms the CV shows; then coverage";
        doc.paragraph(Wrapping.phrase(page2 + " of each competency the role expects, then every PMO term "
                + "found, the essential terms missing and the desirable ones most worth adding. Next: the top gaps "
                + "with a qualification, experience to seek and a CV line for each; the rewrites of your experience "
                + "lines that gain the most, and which lines need which kind of work; your route into the role; "
                + "and the CV checks.", s.small()));
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
        doc.paragraph(Wrapping.phrase("One bar per competency the role expects, most important first. Each bar "
                + "and its percentage is the competency's coverage: its terms your CV shows, with essential terms "
                + "counting three times (coverage = (essential found × 3 + desirable found) ÷ (essential × 3 + "
                + "desirable)). The black mark at 50% is where the score counts the competency as covered. "
                + "Weight: how much the role needs it, 1 to 5.", s.small()));
        List<CompetencyCoverage> list = new ArrayList<>(c.a().competencies());
        list.sort(Comparator.comparingInt(CompetencyCoverage::weight).reversed()
                .thenComparing(Comparator.comparingDouble(CompetencyCoverage::coverage).reversed()));
        PdfPTable t = PdfTables.table(s, new float[] {2.8f, 0.7f, 2.3f, 0.7f, 2.6f},
                "Competency", "Weight", "Coverage (essential × 3)", "", "Terms found");
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
            t.addCell(rule(PdfTables.cell(termCounts(c.a(), cc), s.small())));
        }
        doc.add(t);
    }

    /** "1 of 6 essential, 2 of 9 desirable": what a coverage bar is made of. */
    static String termCounts(CvAnalysis a, CompetencyCoverage cc) {
        long essFound = a.keywords().found().stream()
                .filter(f -> f.competency().equals(cc.id()) && GapRanking.essential(f.importance())).count();
        long essMissing = a.keywords().missing().stream()
                .filter(m -> m.competency().equals(cc.id()) && GapRanking.essential(m.importance())).count();
        long desFound = cc.found().size() - essFound;
        long desMissing = cc.missing().size() - essMissing;
        List<String> parts = new ArrayList<>();
        if (essFound + essMissing > 0) {
            parts.add(essFound + " of " + (essFound + essMissing) + " essential");
        }
        if (desFound + desMissing > 0) {
            parts.add(desFound + " of " + (desFound + desMissing) + " desirable");
        }
        return String.join(", ", parts);
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
            Map<String, List<String>> by = new LinkedHashMap<>();
            for (MissingTerm mt : sortedByWeight(essential, c.a())) {
                by.computeIfAbsent(mt.competency(), k -> new ArrayList<>()).add(mt.label());
            }
            termsByCompetency(doc, by, s.smallBold());
        }
        long desirable = missing.stream().filter(m -> !GapRanking.essential(m.importance())).count();
        int shown = c.desirable().values().stream().mapToInt(List::size).sum();
        if (shown > 0) {
            doc.subheading("Missing desirable terms worth adding (" + shown + " of " + desirable + ")");
            doc.paragraph(Wrapping.phrase("From the competencies where the CV falls furthest short of what the role "
                    + "weighs most, at most " + GapRanking.DESIRABLE_PER_COMPETENCY + " each; certificates and degrees "
                    + "are left to the qualification advice below. Add one only where it is true of your work.",
                    s.small()));
            termsByCompetency(doc, c.desirable(), s.small());
        }
    }

    private void termsByCompetency(PdfDoc doc, Map<String, List<String>> by, Font termFont) {
        PdfStyles s = doc.styles();
        PdfPTable d = PdfTables.table(s, new float[] {2.6f, 4.7f}, "Competency", "Terms");
        by.forEach((comp, terms) -> {
            d.addCell(PdfTables.cell(competencyName(comp), s.small()));
            d.addCell(PdfTables.cell(String.join(", ", terms), termFont));
        });
        doc.add(d);
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

    /** How many line numbers a found term's "where" names per section before "and N more". */
    private static final int WHERE_LINES = 4;

    /** "Experience: lines 8, 12 · Skills: line 30", at most four lines a section ("8, 12, 14, 20 and 3 more"). */
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
                + GapRanking.join(lines.stream().map(String::valueOf).toList(), WHERE_LINES)));
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
        doc.heading("Top gaps and how to close them", 200);
        List<CompetencyGap> gaps = GapRanking.competencyGaps(c.a());
        doc.paragraph(Wrapping.phrase("The competencies where the CV loses most against the role, with what to "
                + "learn, what experience to look for (often inside your current job) and a CV line to add once it "
                + "is true. Replace the <angle brackets> with your own facts and numbers; never claim what you "
                + "have not done.", s.small()));
        credentialCallout(c);
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
            status.add(new Chunk("Weight " + cc.weight() + " of 5 · coverage " + GapRanking.percent(cc.coverage())
                    + " (" + termCounts(c.a(), cc) + " terms found). ", s.smallBold()));
            List<String> desirable = c.desirable().getOrDefault(cc.id(), List.of());
            if (!g.missingEssential().isEmpty()) {
                status.add(new Chunk("Missing essential: ", s.small()));
                status.add(Wrapping.phrase(String.join(", ", g.missingEssential()), s.smallBold()));
                status.add(new Chunk(desirable.isEmpty() ? "." : "; also ", s.small()));
            }
            if (!desirable.isEmpty()) {
                status.add(Wrapping.phrase((g.missingEssential().isEmpty() ? "Missing: " : "")
                        + GapRanking.join(desirable, GapRanking.DESIRABLE_PER_COMPETENCY) + ".", s.small()));
            }
            doc.paragraph(status);
            Optional<GapAdvice.Action> action = advice.find(cc.id(), c.advice());
            PdfPTable t = PdfTables.plain(new float[] {1.1f, 6});
            t.setSpacingBefore(0);
            if (action.isPresent()) {
                GapAdvice.Action act = action.get();
                row(t, s, "Learn", Wrapping.phrase(isCertifications(cc) ? credentialAdvice(c, act.learn())
                        : withHeldNamed(c.a(), act.learn()), s.small()));
                Phrase todo = new Phrase();
                for (int i = 0; i < act.todo().size(); i++) {
                    todo.add(new Chunk((i == 0 ? "" : "\n") + "•  ", s.small()));
                    todo.add(Wrapping.phrase(act.todo().get(i), s.small()));
                }
                row(t, s, "Do", todo);
                // Curly quotes are kept for the CV's own words; an example line is set in italics only.
                row(t, s, "CV line", Wrapping.phrase(act.cvLine(), s.bodyItalic()));
            } else {
                row(t, s, "Learn", Wrapping.phrase(advice.certificationFor(c.level()), s.small()));
                row(t, s, "Do", Wrapping.phrase("Look for work in your current job that uses "
                        + GapRanking.join(g.missingEssential().isEmpty() ? g.missingDesirable() : g.missingEssential(),
                        GapRanking.DESIRABLE_PER_COMPETENCY) + ", and write it up as a result.", s.small()));
            }
            doc.add(t);
        }
    }

    /**
     * The credential to take next, from the analysis (the credential groups of the skills model): never one the
     * CV holds or one below it. Without a suggestion, what the CV holds, or the level's qualification sentence.
     */
    private void credentialCallout(Ctx c) {
        CvAnalysis.NextCredential next = c.a().keywords().nextCredential();
        List<String> held = heldCredentials(c.a());
        if (next != null) {
            callout(c.doc(), "Next credential: ", next.sentence(c.a().role().id(), c.a().candidate().levelOrNone().roleId())
                    + (held.isEmpty() ? "" : " Held: " + String.join(", ", held) + "."));
        } else if (!held.isEmpty()) {
            callout(c.doc(), "Credentials: ", allKindsHeld(c.a(), held));
        } else {
            callout(c.doc(), "Qualification for this level: ", advice.certificationFor(c.level()));
        }
    }

    /**
     * The "Learn" line of the certifications gap: the next credential; with none to suggest, that the CV holds
     * one of each kind; with no credential at all, {@code fallback} (the advice file's line for the level).
     */
    private String credentialAdvice(Ctx c, String fallback) {
        CvAnalysis.NextCredential next = c.a().keywords().nextCredential();
        if (next != null) {
            return next.sentence(c.a().role().id(), c.a().candidate().levelOrNone().roleId());
        }
        List<String> held = heldCredentials(c.a());
        return held.isEmpty() ? fallback : allKindsHeld(c.a(), held);
    }

    private static String allKindsHeld(CvAnalysis a, List<String> held) {
        boolean kindMissing = a.keywords().missing().stream().anyMatch(m -> m.group() != null);
        return (kindMissing ? "the CV holds " + String.join(", ", held) + "; no further credential is suggested for"
                + " this level" : "the CV holds one of each kind of credential the role asks for ("
                + String.join(", ", held) + ")") + "; list each with its year.";
    }

    private boolean isCertifications(CompetencyCoverage cc) {
        return isCertifications(cc.id());
    }

    /** Whether a competency of the model is in the certifications area. */
    private boolean isCertifications(String competencyId) {
        return model.findCompetency(competencyId).filter(x -> x.area() == io.pmotoolkit.core.model.Area.CERTIFICATIONS)
                .isPresent();
    }

    /** The credentials found and held (not in progress) that satisfy a kind the role asks for. */
    private static List<String> heldCredentials(CvAnalysis a) {
        return a.keywords().found().stream().filter(f -> f.satisfies() != null).map(FoundTerm::term).toList();
    }

    /**
     * A competency's "Learn" line, saying so when it names a credential the CV already holds: the advice file is
     * written for the level, not the person, and would tell a P3O holder to learn P3O.
     */
    private String withHeldNamed(CvAnalysis a, String learn) {
        List<String> held = termsHeld(a);
        List<String> named = model.keywords().stream()
                .filter(k -> isCertifications(k.competency()) && held.contains(k.term()) && names(learn, k.term()))
                .map(k -> k.term()).toList();
        return named.isEmpty() ? learn : learn + " You hold " + String.join(" and ", named)
                + " already: put what it covers to use here, and name it in the result line.";
    }

    /** The terms the CV shows held, not in progress. */
    private static List<String> termsHeld(CvAnalysis a) {
        return a.keywords().found().stream().filter(f -> !f.inProgress()).map(FoundTerm::term).toList();
    }

    /** Whether a line names a term as a whole word ("P3O" in "P3O Practitioner", not in "P3O2"). */
    private static boolean names(String line, String term) {
        return java.util.regex.Pattern.compile("(?<![\\p{L}\\p{N}])" + java.util.regex.Pattern.quote(term)
                + "(?![\\p{L}\\p{N}])").matcher(line).find();
    }

    /**
     * Whether a roadmap line names credentials (by their terms) and each is held or of a kind the CV holds for the
     * role: the route's advice does not know what the CV holds, and would tell a business analyst with APM PFQ
     * to take "PRINCE2 Foundation, APM PFQ or CAPM".
     */
    private boolean namesOnlyCredentialsHeld(CvAnalysis a, String line) {
        Role role = model.findRole(a.role().id()).orElse(null);
        List<String> held = termsHeld(a);
        List<String> kinds = a.keywords().found().stream().map(FoundTerm::satisfies).filter(Objects::nonNull).toList();
        boolean named = false;
        for (var k : model.keywords()) {
            if (!isCertifications(k.competency()) || !names(line, k.term())) {
                continue;
            }
            named = true;
            boolean ofAKindHeld = role != null && model.groupOf(role, k.term()).filter(g -> kinds.contains(g.id()))
                    .isPresent();
            if (!held.contains(k.term()) && !ofAKindHeld) {
                return false;
            }
        }
        return named;
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
        if (lines.isEmpty()) {
            doc.paragraph("No experience lines were found. Describe each role in three to six bullet points, each "
                    + "with a result.");
            return;
        }
        long outcomes = lines.stream().filter(l -> l.kind() == LineKind.ACHIEVEMENT).count();
        long numbers = lines.stream().filter(LineResult::quantified).count();
        List<RewriteGroups.Group> groups = RewriteGroups.groups(lines);
        long needWork = lines.stream().filter(l -> l.suggestion() != null && !l.suggestion().isBlank()).count();
        doc.paragraph(Wrapping.phrase(lines.size() + " experience lines were read from the CV: " + outcomes
                + " state a result and " + numbers + " carry a number; " + (lines.size() - needWork)
                + (lines.size() - needWork == 1 ? " reads" : " read") + " well as written and " + needWork
                + " have a suggestion below. For a duty, answer three questions in the line: what changed, by "
                + "how much, and for whom.", s.small()));
        if (groups.isEmpty()) {
            return;
        }
        List<RewriteGroups.Entry> first = RewriteGroups.strongest(c.a(), STRONGEST_REWRITES);
        doc.subheading(first.size() == 1 ? "The rewrite that gains the most"
                : "The " + first.size() + " rewrites that gain the most");
        doc.paragraph(Wrapping.phrase("Lines that use the role's terms come first: once such a line states a result, "
                + "its terms count as shown in real results. Fill in the <angle brackets> with what really "
                + "happened; never claim what you did not do.", s.small()));
        PdfPTable t = PdfTables.rowsWhole(PdfTables.table(s, new float[] {0.5f, 5.3f, 1.25f, 1.55f}, "Line",
                "What the CV says, and a suggested rewrite", "Type", "Numbers found"));
        for (RewriteGroups.Entry e : first) {
            LineResult l = e.line();
            PdfPCell no = PdfTables.cell(String.join("\n", e.lines().stream().map(String::valueOf).toList()), s.small());
            no.setHorizontalAlignment(Element.ALIGN_RIGHT);
            t.addCell(no);
            Phrase text = new Phrase();
            text.add(Wrapping.phrase("\u201C" + Quote.cut(l.text()) + "\u201D", s.small()));
            text.add(new Chunk("\n→ ", s.smallBold()));
            text.add(Wrapping.phrase(l.suggestion(), s.smallItalic()));
            PdfPCell tc = PdfTables.cell(text);
            tc.setLeading(0, 1.25f);
            t.addCell(tc);
            boolean ach = l.kind() == LineKind.ACHIEVEMENT;
            t.addCell(PdfTables.cell(ach ? "Achievement" : "Duty", ach ? s.smallBold() : s.small()));
            t.addCell(PdfTables.cell(l.metrics().isEmpty() ? "none" : Quote.cut(String.join("; ", l.metrics())),
                    l.metrics().isEmpty() ? s.smallItalic() : s.small()));
        }
        doc.add(t);

        doc.subheading("Every line that needs work, by kind of advice");
        PdfPTable g = PdfTables.table(s, new float[] {3.0f, 5.6f}, "Advice", "Lines");
        for (RewriteGroups.Group group : groups) {
            Phrase head = new Phrase();
            head.add(new Chunk(group.kind().title() + "\n", s.smallBold()));
            head.add(Wrapping.phrase(group.kind().advice(), s.small()));
            PdfPCell hc = PdfTables.cell(head);
            hc.setLeading(0, 1.25f);
            g.addCell(hc);
            List<Integer> numbersOf = group.lineNumbers();
            g.addCell(PdfTables.cell(Wrapping.phrase(numbersOf.size() + (numbersOf.size() == 1 ? " line: " : " lines: ")
                    + String.join(", ", numbersOf.stream().map(String::valueOf).toList()), s.small())));
        }
        doc.add(g);
        Phrase all = new Phrase();
        all.add(new Chunk("Every line with its own suggested rewrite: ", s.small()));
        all.add(Wrapping.command("pmo analyze " + shellWord(c.a().file()) + " --role " + c.a().role().id()
                + " --format markdown", s.smallBold()));
        doc.paragraph(all);
    }

    /** A file name as a shell word: quoted when it holds a space or a quote. */
    static String shellWord(String file) {
        return file.matches("[\\w./@:+,=-]+") ? file : "'" + file.replace("'", "'\\''") + "'";
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
                intro.add(Wrapping.phrase(" (from \u201C" + Quote.cut(cand.background().evidence()) + "\u201D).",
                        s.body()));
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
                    if (!namesOnlyCredentialsHeld(c.a(), t)) {
                        numbered(doc, step++, t);
                    }
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
        doc.paragraph(Wrapping.phrase((ad.title() == null ? "The advert" : "\u201c" + Quote.cut(ad.title()) + "\u201d")
                + " (" + ad.file() + "). This report measures the CV against it: " + ad.roleReason() + ". The "
                + "advert's own terms come first and weigh twice among the essentials.", s.body()));
        if (ad.yearsRequired() != null) {
            doc.paragraph(Wrapping.phrase("Experience asked: " + ad.yearsRequired() + "+ years; the CV's dated roles "
                    + "cover " + (ad.yearsInCv() == null ? "none" : String.format(java.util.Locale.ROOT, "about %.0f years",
                    ad.yearsInCv())) + ".", s.body()));
        }
        var m = ad.match();
        if (m != null) {
            doc.paragraph(Wrapping.phrase("Advert match " + m.headline() + " (the formula: docs/scoring.md). Title: "
                    + m.title().sentence() + ".", s.body()));
            for (var ask : m.asks()) {
                doc.bullet(ask.label() + ": " + ask.sentence() + ".");
            }
            if (m.capNote() != null) {
                doc.paragraph(Wrapping.phrase(m.capNote(), s.bodyBold()));
            }
        }
        PdfPTable t = PdfTables.table(s, new float[] {3.4f, 1.3f, 1.1f, 0.8f, 0.8f, 1.4f}, "Term the advert names",
                "Kind", "Need", "Advert", "CV", "Evidence");
        for (var term : m == null ? List.<io.pmotoolkit.core.result.AdvertMatch.Term>of() : m.terms()) {
            var style = term.credit() > 0 ? s.small() : s.smallBold();
            t.addCell(PdfTables.cell(term.term(), style));
            t.addCell(PdfTables.cell(term.kind(), style));
            t.addCell(PdfTables.cell(term.need(), style));
            t.addCell(PdfTables.cell(String.valueOf(term.inAdvert()), style));
            t.addCell(PdfTables.cell(String.valueOf(term.inCv()), style));
            t.addCell(PdfTables.cell(term.credit() == 0 ? "MISSING" : term.evidenceLabel(), style));
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
            who.addCell(PdfTables.cell(r[1] == null ? "not found" : Quote.cut(r[1]), r[1] == null ? s.smallBold() : s.small()));
        }
        doc.add(who);
        if (st.experience().isEmpty()) {
            doc.paragraph("No dated roles were found: write each role's title, employer and dates (\"Jan 2021 – "
                    + "Present\") on its own line above its bullets.");
        } else {
            PdfPTable roles = PdfTables.table(s, new float[] {2.6f, 2.4f, 1.6f, 1.9f}, "Role", "Employer", "Location",
                    "Dates");
            for (var r : st.experience()) {
                roles.addCell(PdfTables.cell(r.title() == null ? "not found" : Quote.cut(r.title()), s.small()));
                roles.addCell(PdfTables.cell(r.employer() == null ? "not found" : Quote.cut(r.employer()), s.small()));
                roles.addCell(PdfTables.cell(r.location() == null ? "" : Quote.cut(r.location()), s.small()));
                roles.addCell(PdfTables.cell(r.dates(), s.small()));
            }
            doc.add(roles);
        }
        if (!st.education().isEmpty()) {
            PdfPTable edu = PdfTables.table(s, new float[] {3.5f, 3.5f, 1}, "Qualification", "Institution", "Year");
            for (var e : st.education()) {
                edu.addCell(PdfTables.cell(e.qualification() == null ? "not found" : Quote.cut(e.qualification()),
                        s.small()));
                edu.addCell(PdfTables.cell(e.institution() == null ? "not found" : Quote.cut(e.institution()), s.small()));
                edu.addCell(PdfTables.cell(e.year() == null ? "" : String.valueOf(e.year()), s.small()));
            }
            doc.add(edu);
        }
        if (!st.certifications().isEmpty()) {
            doc.paragraph(Wrapping.phrase("Certifications: " + String.join(", ", st.certifications().stream()
                    .map(e -> Quote.cut(e.summary())).toList()) + ".", s.small()));
        }
        if (!st.otherEntries().isEmpty()) {
            doc.paragraph(Wrapping.phrase("Dated entries that are not jobs (not counted as experience): "
                    + String.join("; ", st.otherEntries().stream()
                    .map(e -> Quote.cut(e.summary())).toList()) + ".", s.small()));
        }
    }

    private void checks(Ctx c) {
        PdfDoc doc = c.doc();
        PdfStyles s = c.s();
        doc.heading("CV checks and how the file was read", 140);
        PdfPTable t = PdfTables.table(s, new float[] {0.7f, 1.5f, 6}, "Result", "Check", "What was found");
        for (CheckResult r : c.a().checks()) {
            t.addCell(PdfTables.cell(r.passed() ? "OK" : "FIX", r.passed() ? s.small() : s.smallBold()));
            t.addCell(PdfTables.cell(CheckNames.of(r.id()), s.small()));
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

package io.pmotoolkit.report.pack;

import io.pmotoolkit.interview.PackQuestion;
import io.pmotoolkit.interview.QuestionPack;
import io.pmotoolkit.interview.Reason;
import io.pmotoolkit.interview.Star;
import io.pmotoolkit.pdfkit.PdfDoc;
import io.pmotoolkit.pdfkit.PdfFonts;
import io.pmotoolkit.pdfkit.PdfMeta;
import io.pmotoolkit.pdfkit.PdfStyles;
import io.pmotoolkit.pdfkit.PdfTables;
import io.pmotoolkit.pdfkit.Wrapping;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.openpdf.text.Chunk;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

/**
 * The interview practice pack as a printable PDF: a cover that says for whom and how the pack was built and
 * lists the questions with their pages, a one-page STAR primer, then the questions, one to a page (two when
 * both fit on half a page each). Each question carries what the panel assesses, the advice for a gap, the
 * quoted line for a question about the CV, what a strong Situation, Task, Action and Result hold, pitfalls and
 * follow-ups, and ruled space under S, T, A and R for handwritten notes that fills the rest of the page.
 *
 * {@snippet :
 * int pages = new QuestionPackPdf(Clock.systemDefaultZone()).render(pack, out);
 * }
 *
 * <p>The date on the cover and in the footer comes from the clock, so a fixed clock gives the same text.
 * The cover lists page numbers, which are only known once the questions are laid out: the document is
 * therefore laid out twice, the first time into nothing. Immutable and thread-safe: every call writes its
 * own document.
 */
public final class QuestionPackPdf {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

    /** Space between two ruled lines, in points: enough for handwriting. */
    static final float LINE_GAP = 17;
    /** Ruled lines each of S, T, A and R gets at least, in that order. */
    private static final int[] MIN_LINES = {2, 2, 2, 2};
    /** The order in which lines left over on a page are handed out: Action and Result need most. */
    private static final int[] EXTRA_ORDER = {2, 3, 2, 0, 1, 3};
    /** Space between two questions sharing a page. */
    private static final float BETWEEN = 18;
    /** Points kept free at the foot of a question page, against rounding in the layout. */
    private static final float SAFETY = 8;
    /** Width of the label column of a question. */
    private static final float LABEL_WIDTH = 82;
    /** The writing lines: darker than table rules so that they print. */
    private static final Color WRITING_LINE = new Color(0x9A, 0xA1, 0xAB);

    private static final String[] STAR_NAMES = {"Situation", "Task", "Action", "Result"};

    private final Clock clock;

    public QuestionPackPdf(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Writes the pack as PDF to {@code out} (not closed) and returns its page count.
     *
     * @throws IOException when the stream fails
     */
    public int render(QuestionPack pack, OutputStream out) throws IOException {
        Objects.requireNonNull(pack, "pack");
        ZonedDateTime now = ZonedDateTime.now(clock);
        Map<Integer, Integer> pages = write(pack, now, OutputStream.nullOutputStream(), Map.of()).questionPages();
        return write(pack, now, out, pages).pages();
    }

    private record Written(int pages, Map<Integer, Integer> questionPages) {
    }

    private record Ctx(PdfDoc doc, QuestionPack pack, String role, String shortRole, String name, String date) {
        PdfStyles s() {
            return doc.styles();
        }

        PdfFonts f() {
            return doc.fonts();
        }
    }

    private Written write(QuestionPack pack, ZonedDateTime now, OutputStream out, Map<Integer, Integer> knownPages)
            throws IOException {
        String role = pack.role().title();
        String name = pack.candidate() == null || pack.candidate().isBlank() ? null : pack.candidate().strip();
        String date = DATE.format(now);
        String who = name == null ? "" : name + " · ";
        PdfMeta meta = new PdfMeta("Interview practice pack: " + (name == null ? "" : name + " for ") + role,
                "PMO Toolkit",
                pack.questions().size() + " interview questions for a " + role
                        + " role, with STAR guidance and space for notes",
                "PMO Toolkit interview practice pack · " + who + role + " · " + date, now);
        try (PdfDoc doc = PdfDoc.open(out, meta)) {
            Ctx c = new Ctx(doc, pack, role, shortTitle(role), name, date);
            cover(c, knownPages);
            doc.newPage();
            primer(c);
            Map<Integer, Integer> questionPages = questions(c);
            return new Written(doc.finish(), questionPages);
        }
    }

    // --- Cover ---

    private void cover(Ctx c, Map<Integer, Integer> pages) {
        PdfDoc doc = c.doc();
        PdfStyles s = c.s();
        QuestionPack pack = c.pack();
        doc.title("Interview practice pack", (c.name() == null ? "" : c.name() + " · ") + "target role: "
                + c.role() + " · " + c.date());

        int n = pack.questions().size();
        long gaps = pack.count(Reason.GAP);
        long fromCv = pack.count(Reason.CV_EVIDENCE);
        long core = pack.count(Reason.CORE);
        PdfPTable facts = PdfTables.plain(new float[] {1.3f, 4});
        fact(facts, s, "Candidate", c.name() != null ? c.name()
                : pack.cvFile() != null ? "No name found at the top of the CV" : "Not given: a pack for the role alone");
        if (pack.level() != null) {
            fact(facts, s, "Level now", pack.level().withEvidence(", "));
        }
        fact(facts, s, "Target role", c.role());
        if (pack.level() != null && pack.level().note() != null) {
            fact(facts, s, "Fit", pack.level().note());
        }
        fact(facts, s, "Built from", pack.cvFile() != null ? "the CV " + pack.cvFile() + " and the role"
                : "the role alone (no CV given)");
        List<String> parts = new ArrayList<>();
        if (gaps > 0) {
            parts.add(gaps + plural(gaps, " gap"));
        }
        if (fromCv > 0) {
            parts.add(fromCv + " about your CV");
        }
        if (core > 0) {
            parts.add(core + " core");
        }
        fact(facts, s, "Questions", n + (parts.isEmpty() ? "" : ": " + String.join(", ", parts)));
        fact(facts, s, "Seed", pack.seed() + " (the same seed gives the same pack; another gives a fresh selection)");
        doc.add(facts);

        doc.subheading("How this pack was built");
        if (pack.cvFile() == null) {
            doc.paragraph("Every question is a core question for " + article(c.shortRole()) + " role, chosen by how "
                    + "much each competency weighs for it, with no competency taking more than a third of the pack. "
                    + "Build the pack with your CV for questions on your own gaps and achievement lines.");
        } else {
            if (gaps > 0) {
                doc.bullet(lead(s, "Gaps first (" + gaps + "). ", "Competencies " + article(c.shortRole())
                        + " panel is likely to probe that your CV does not show yet, the heaviest and least covered "
                        + "first: " + competencies(pack, Reason.GAP) + ". Each comes with advice on answering "
                        + "honestly from what you have done."));
            }
            if (fromCv > 0) {
                doc.bullet(lead(s, "Your own CV (" + fromCv + "). ", "Panels test the strongest lines on a CV. "
                        + "These questions quote " + cvLines(pack) + ", and the STAR notes say what each line "
                        + "already gives and what you still need to bring."));
            }
            if (core > 0) {
                doc.bullet(lead(s, "Core questions (" + core + "). ", "Chosen by how much each competency weighs "
                        + "for " + article(c.shortRole()) + ", so that the pack covers the role: "
                        + competencies(pack, Reason.CORE) + "."));
            }
        }

        doc.subheading("The questions");
        PdfPTable t = PdfTables.table(s, new float[] {0.35f, 5.2f, 2.1f, 1.1f, 0.55f}, "#", "Question",
                "Competency", "Why asked", "Page");
        int i = 0;
        for (PackQuestion q : pack.questions()) {
            i++;
            t.addCell(PdfTables.cell(String.valueOf(i), s.smallBold()));
            t.addCell(airy(PdfTables.cell(q.text(), s.small())));
            t.addCell(airy(PdfTables.cell(q.competencyName(), s.small())));
            t.addCell(PdfTables.cell(reasonShort(q.reason()), s.small()));
            // Before the pages are known the cell holds a placeholder of the same width, so the layout matches.
            Integer page = pages.get(i);
            PdfPCell pc = PdfTables.cell(page == null ? "00" : String.valueOf(page), s.small());
            pc.setHorizontalAlignment(Element.ALIGN_RIGHT);
            t.addCell(pc);
        }
        doc.add(t);
        doc.paragraph(Wrapping.phrase("Next page: the STAR method on one page. Then one question a page, with ruled "
                + "space for your notes under S, T, A and R. Question bank " + pack.versions().questionBank()
                + ", skills model " + pack.versions().skillsModel() + ".", s.smallItalic()));
    }

    /** More space between the lines of a small-print cell, so that a row of two or three lines reads easily. */
    private static PdfPCell airy(PdfPCell cell) {
        cell.setLeading(0, 1.25f);
        return cell;
    }

    private static void fact(PdfPTable t, PdfStyles s, String label, String value) {
        t.addCell(PdfTables.bare(new Phrase(label, s.smallBold())));
        t.addCell(PdfTables.bare(Wrapping.phrase(value, s.body())));
    }

    private static Phrase lead(PdfStyles s, String bold, String text) {
        Phrase p = new Phrase();
        p.add(new Chunk(bold, s.bodyBold()));
        p.add(Wrapping.phrase(text, s.body()));
        return p;
    }

    /** The competencies of the questions with this reason, in pack order, without repeats. */
    private static String competencies(QuestionPack pack, Reason reason) {
        Set<String> names = new LinkedHashSet<>();
        pack.questions().stream().filter(q -> q.reason() == reason).forEach(q -> names.add(q.competencyName()));
        // Competency names hold commas ("Planning, scheduling and resource management"): semicolons between them.
        return String.join("; ", names);
    }

    private static String cvLines(QuestionPack pack) {
        List<String> lines = pack.questions().stream().filter(q -> q.reason() == Reason.CV_EVIDENCE && q.cvLine() != null)
                .map(q -> q.cvLine()).sorted().map(String::valueOf).toList();
        if (lines.isEmpty()) {
            return "your achievement lines";
        }
        return (lines.size() == 1 ? "line " : "lines ") + joinAnd(lines) + " of your CV";
    }

    // --- STAR primer: one page ---

    private void primer(Ctx c) {
        PdfDoc doc = c.doc();
        PdfStyles s = c.s();
        doc.title("Answering with STAR", "A short, concrete answer about you, in four parts");
        doc.paragraph("Most questions a PMO panel asks are behavioural: \u201cTell me about a time you\u2026\u201d. "
                + "The panel wants evidence of what you have done, not what you would do in theory. STAR keeps the "
                + "answer in order and keeps you in it.");

        PdfPTable t = PdfTables.table(s, new float[] {0.5f, 4.2f, 2.6f}, "", "What goes in it", "Watch out for");
        starRow(t, c, "S", "Situation", "Where you were and what was at stake: the organisation, the project or "
                + "portfolio, its size, and the problem. Two sentences are enough.",
                "Scene-setting that runs on. After thirty seconds of background the panel stops listening.");
        starRow(t, c, "T", "Task", "What was yours to do: the goal, your role, who you answered to and the "
                + "constraint that made it hard (a deadline, a budget, a sceptical board).",
                "Describing the team\u2019s objective instead of your own brief.");
        starRow(t, c, "A", "Action", "Three or four steps you took yourself, in order, and why you chose them. "
                + "Include one obstacle and how you got past it. This is most of the answer.",
                "\u201cWe\u201d in every sentence; a list of tools instead of the decisions you made.");
        starRow(t, c, "R", "Result", "What changed, with a number if you have one (days saved, money saved, projects "
                + "using the process), how you know, and what you would do differently.",
                "Stopping at \u201cit went well\u201d, or a figure you cannot explain.");
        doc.add(t);

        doc.subheading("Timing: about two minutes");
        PdfPTable bar = PdfTables.plain(new float[] {1});
        bar.addCell(timeBar(c.f().regular(), c.f().bold()));
        doc.add(bar);
        doc.paragraph("Spend most of the time on Action and Result. If the panel wants more of the situation, it will "
                + "ask; a long start leaves no time for the part that scores.");

        doc.subheading("Say \u201cI\u201d, not \u201cwe\u201d");
        doc.paragraph("Panels score what you did. Credit the team once, then say what you decided, wrote, chaired or "
                + "changed. If you were one of several, say plainly which part was yours.");

        doc.subheading("Numbers, and how you know them");
        doc.paragraph("A result with a figure is remembered: from 10 days to 4, \u00a3310k under budget, 27 projects "
                + "on the new process. Know how each figure was measured and who would confirm it, because that is "
                + "the follow-up.");

        doc.subheading("No example yet?");
        doc.paragraph("Say so in one sentence, then bridge from the nearest thing you have done and say what you "
                + "would do in the role. An honest bridge scores better than an invented story; the gap questions in "
                + "this pack show how.");

        doc.subheading("How to use this pack");
        String[] steps = {
            "Read what the panel is assessing, then choose one real example for each question. One example can "
                    + "serve two questions, not five.",
            "Write keywords, not a script, in the ruled space under S, T, A and R.",
            "Say each answer out loud and time it. Then answer the follow-ups: they are what the panel asks next.",
            "For a question about your CV, check the figures and dates against what you can show.",
            "The day before, reread your notes for the three questions you find hardest."};
        for (int i = 0; i < steps.length; i++) {
            Phrase p = new Phrase();
            p.add(new Chunk((i + 1) + ".  ", s.bodyBold()));
            p.add(Wrapping.phrase(steps[i], s.body()));
            Paragraph para = new Paragraph("", s.body());
            para.add(p);
            para.setIndentationLeft(14);
            para.setFirstLineIndent(-14);
            para.setLeading(s.body().getSize() * 1.3f);
            para.setSpacingAfter(2);
            doc.add(para);
        }
    }

    private static void starRow(PdfPTable t, Ctx c, String letter, String name, String what, String watch) {
        PdfStyles s = c.s();
        PdfPCell l = PdfTables.cell(new Phrase(letter, new Font(c.f().bold(), 20, Font.NORMAL, PdfStyles.ACCENT)));
        l.setHorizontalAlignment(Element.ALIGN_CENTER);
        t.addCell(l);
        Phrase p = new Phrase();
        p.add(new Chunk(name + "\n", s.bodyBold()));
        p.add(Wrapping.phrase(what, s.body()));
        PdfPCell w = PdfTables.cell(p);
        w.setLeading(0, 1.3f);
        t.addCell(w);
        PdfPCell x = PdfTables.cell(Wrapping.phrase(watch, s.body()));
        x.setLeading(0, 1.3f);
        t.addCell(x);
    }

    /** Two minutes as four boxes sized by the seconds each part should take; readable in greyscale. */
    private static PdfPCell timeBar(BaseFont regular, BaseFont bold) {
        String[] labels = {"Situation", "Task", "Action", "Result"};
        int[] seconds = {20, 15, 55, 30};
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setFixedHeight(30);
        cell.setCellEvent((cl, pos, canvases) -> {
            PdfContentByte cb = canvases[PdfPTable.LINECANVAS];
            float x = pos.getLeft() + 2;
            float w = pos.getWidth() - 4;
            float h = 22;
            float y = pos.getTop() - h - 2;
            int total = 0;
            for (int sec : seconds) {
                total += sec;
            }
            cb.saveState();
            for (int i = 0; i < labels.length; i++) {
                float bw = w * seconds[i] / total;
                boolean main = i == 2 || i == 3;
                cb.setColorFill(main ? PdfStyles.TINT : Color.WHITE);
                cb.rectangle(x, y, bw, h);
                cb.fill();
                cb.setColorStroke(PdfStyles.MUTED);
                cb.setLineWidth(0.6f);
                cb.rectangle(x, y, bw, h);
                cb.stroke();
                cb.setColorFill(PdfStyles.INK);
                cb.beginText();
                cb.setFontAndSize(main ? bold : regular, 8);
                cb.showTextAligned(PdfContentByte.ALIGN_CENTER, labels[i] + "  " + seconds[i] + " s", x + bw / 2,
                        y + h / 2 - 3, 0);
                cb.endText();
                x += bw;
            }
            cb.restoreState();
        });
        return cell;
    }

    // --- Questions ---

    /** Lays the questions out, one or two a page; returns the page each question starts on, by number. */
    private Map<Integer, Integer> questions(Ctx c) {
        PdfDoc doc = c.doc();
        List<PackQuestion> qs = c.pack().questions();
        int n = qs.size();
        float[] minHeight = new float[n];
        for (int i = 0; i < n; i++) {
            minHeight[i] = block(c, i, MIN_LINES).getTotalHeight();
        }
        Map<Integer, Integer> pages = new TreeMap<>();
        int i = 0;
        while (i < n) {
            doc.newPage();
            float avail = doc.spaceLeft() - SAFETY;
            int group = i + 1 < n && minHeight[i] + BETWEEN + minHeight[i + 1] <= avail ? 2 : 1;
            float used = minHeight[i] + (group == 2 ? BETWEEN + minHeight[i + 1] : 0);
            int extraLines = Math.max(0, (int) Math.floor((avail - used) / group / LINE_GAP));
            for (int k = 0; k < group; k++) {
                PdfPTable t = block(c, i + k, lines(extraLines));
                t.setSpacingBefore(k == 0 ? 0 : BETWEEN);
                pages.put(i + k + 1, doc.writer().getPageNumber());
                doc.add(t);
            }
            i += group;
        }
        return pages;
    }

    /** The minimum lines for S, T, A and R plus {@code extra} more, handed out Action and Result first. */
    private static int[] lines(int extra) {
        int[] l = MIN_LINES.clone();
        for (int e = 0; e < extra; e++) {
            l[EXTRA_ORDER[e % EXTRA_ORDER.length]]++;
        }
        return l;
    }

    /** One question as a two-column table (labels, content) of fixed width, so its height can be measured. */
    private static PdfPTable block(Ctx c, int index, int[] noteLines) {
        PdfStyles s = c.s();
        PackQuestion q = c.pack().questions().get(index);
        PdfPTable t = new PdfPTable(2);
        t.setTotalWidth(new float[] {LABEL_WIDTH, c.doc().contentWidth() - LABEL_WIDTH});
        t.setLockedWidth(true);
        t.setHorizontalAlignment(Element.ALIGN_LEFT);
        t.setSplitLate(true);
        t.setSplitRows(true);
        t.setSpacingAfter(0);

        PdfPCell band = new PdfPCell(Wrapping.phrase("QUESTION " + (index + 1) + " OF " + c.pack().questions().size()
                + "   \u00b7   " + reasonLong(q.reason()) + "   \u00b7   " + q.competencyName() + " \u00b7 " + q.type(),
                s.tableHeader()));
        band.setColspan(2);
        band.setBackgroundColor(PdfStyles.ACCENT);
        band.setBorder(Rectangle.NO_BORDER);
        band.setPadding(4);
        band.setPaddingBottom(5);
        t.addCell(band);

        PdfPCell text = full(Wrapping.phrase(q.text(), new Font(c.f().bold(), 12, Font.NORMAL, PdfStyles.INK)));
        text.setPaddingTop(6);
        text.setPaddingBottom(4);
        text.setLeading(0, 1.25f);
        t.addCell(text);

        if (q.cvEvidence() != null) {
            Phrase p = new Phrase();
            p.add(new Chunk((q.cvLine() == null ? "Your CV" : "Line " + q.cvLine() + " of your CV") + ":  ",
                    s.bodyBold()));
            p.add(Wrapping.phrase("\u201c" + q.cvEvidence() + "\u201d", s.bodyItalic()));
            PdfPCell quote = full(p);
            quote.setBackgroundColor(PdfStyles.TINT);
            quote.setBorder(Rectangle.LEFT);
            quote.setBorderColor(PdfStyles.ACCENT);
            quote.setBorderWidthLeft(2.5f);
            quote.setPadding(5);
            quote.setPaddingBottom(6);
            quote.setLeading(0, 1.3f);
            t.addCell(quote);
            t.addCell(spacer(4));
        }

        row(t, s, "Why they ask", Wrapping.phrase(q.why(), s.body()), false);
        if (q.advice() != null) {
            row(t, s, "Answering honestly", Wrapping.phrase(q.advice(), s.body()), true);
        }

        PdfPCell starHead = full(new Phrase(q.reason() == Reason.CV_EVIDENCE
                ? "Your STAR notes: what the line gives, and what to add" : "What a strong answer contains",
                s.smallBold()));
        starHead.setPaddingTop(4);
        starHead.setBorder(Rectangle.BOTTOM);
        starHead.setBorderColor(PdfStyles.RULE);
        starHead.setBorderWidth(0.4f);
        t.addCell(starHead);
        Star star = q.star();
        String[] guide = {star.situation(), star.task(), star.action(), star.result()};
        for (int k = 0; k < 4; k++) {
            row(t, s, STAR_NAMES[k], Wrapping.phrase(guide[k], s.body()), false);
        }

        bulletRow(t, s, "Pitfalls", q.pitfalls());
        bulletRow(t, s, "Follow-ups", q.followUps());

        Phrase notesHead = new Phrase();
        notesHead.add(new Chunk("Your notes", s.subheading()));
        notesHead.add(new Chunk("   keywords, not a script", s.smallItalic()));
        PdfPCell nh = full(notesHead);
        nh.setPaddingTop(6);
        nh.setPaddingBottom(0);
        t.addCell(nh);
        for (int k = 0; k < 4; k++) {
            Phrase label = new Phrase();
            label.add(new Chunk(STAR_NAMES[k].substring(0, 1), new Font(c.f().bold(), 14, Font.NORMAL, PdfStyles.ACCENT)));
            label.add(new Chunk("  " + STAR_NAMES[k], s.smallItalic()));
            PdfPCell lc = new PdfPCell(label);
            lc.setBorder(Rectangle.NO_BORDER);
            lc.setPaddingTop(LINE_GAP - 12);
            lc.setPaddingLeft(0);
            t.addCell(lc);
            t.addCell(ruled(noteLines[k]));
        }
        return t;
    }

    private static PdfPCell full(Phrase p) {
        PdfPCell cell = new PdfPCell(p);
        cell.setColspan(2);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(2);
        cell.setPaddingLeft(0);
        cell.setPaddingRight(0);
        return cell;
    }

    private static PdfPCell spacer(float height) {
        PdfPCell cell = new PdfPCell();
        cell.setColspan(2);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setFixedHeight(height);
        return cell;
    }

    /** A label and its content; a callout is tinted. */
    private static void row(PdfPTable t, PdfStyles s, String label, Phrase content, boolean callout) {
        PdfPCell l = new PdfPCell(Wrapping.phrase(label, s.smallBold()));
        l.setBorder(Rectangle.NO_BORDER);
        l.setPadding(2);
        l.setPaddingLeft(0);
        l.setPaddingTop(3);
        l.setLeading(0, 1.25f);
        PdfPCell v = new PdfPCell(content);
        v.setBorder(Rectangle.NO_BORDER);
        v.setPadding(2);
        v.setPaddingBottom(3);
        v.setLeading(0, 1.3f);
        if (callout) {
            l.setBackgroundColor(PdfStyles.TINT);
            l.setPaddingLeft(4);
            v.setBackgroundColor(PdfStyles.TINT);
        }
        t.addCell(l);
        t.addCell(v);
    }

    /** A label and a bulleted list whose wrapped lines hang under the text, not under the bullet. */
    private static void bulletRow(PdfPTable t, PdfStyles s, String label, List<String> items) {
        PdfPCell l = new PdfPCell(Wrapping.phrase(label, s.smallBold()));
        l.setBorder(Rectangle.NO_BORDER);
        l.setPadding(2);
        l.setPaddingLeft(0);
        l.setPaddingTop(3);
        PdfPCell v = new PdfPCell();
        v.setBorder(Rectangle.NO_BORDER);
        v.setPadding(2);
        v.setPaddingTop(0);
        v.setPaddingBottom(3);
        Font font = s.body();
        for (String item : items) {
            Paragraph p = new Paragraph("", font);
            p.add(new Chunk("\u2022  ", font));
            p.add(Wrapping.phrase(item, font));
            p.setIndentationLeft(9);
            p.setFirstLineIndent(-9);
            p.setLeading(font.getSize() * 1.3f);
            v.addElement(p);
        }
        t.addCell(l);
        t.addCell(v);
    }

    /** A cell of {@code lines} ruled writing lines, drawn as vector graphics. */
    private static PdfPCell ruled(int lines) {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setFixedHeight(lines * LINE_GAP + 2);
        cell.setCellEvent((cl, pos, canvases) -> {
            PdfContentByte cb = canvases[PdfPTable.LINECANVAS];
            cb.saveState();
            cb.setColorStroke(WRITING_LINE);
            cb.setLineWidth(0.5f);
            for (int k = 1; k <= lines; k++) {
                float y = pos.getTop() - k * LINE_GAP;
                cb.moveTo(pos.getLeft() + 3, y);
                cb.lineTo(pos.getRight(), y);
            }
            cb.stroke();
            cb.restoreState();
        });
        return cell;
    }

    // --- Words ---

    private static String reasonShort(Reason r) {
        return switch (r) {
            case GAP -> "Gap";
            case JOB_AD -> "The advert";
            case CV_EVIDENCE -> "Your CV";
            case CORE -> "Core";
        };
    }

    private static String reasonLong(Reason r) {
        return switch (r) {
            case GAP -> "A GAP TO PREPARE FOR";
            case JOB_AD -> "FROM THE JOB ADVERT";
            case CV_EVIDENCE -> "ABOUT YOUR CV";
            case CORE -> "CORE QUESTION";
        };
    }

    private static String plural(long n, String word) {
        return n == 1 ? word : word + "s";
    }

    private static String shortTitle(String title) {
        int slash = title.indexOf(" / ");
        return slash > 0 ? title.substring(0, slash) : title;
    }

    /** "a" or "an" and the words, for role titles ("an Analyst"... "a PMO Manager"). */
    private static String article(String words) {
        String first = words.isEmpty() ? "" : words.substring(0, 1).toLowerCase(Locale.ROOT);
        return ("aeio".contains(first) && !first.isEmpty() ? "an " : "a ") + words;
    }

    private static String joinAnd(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
}

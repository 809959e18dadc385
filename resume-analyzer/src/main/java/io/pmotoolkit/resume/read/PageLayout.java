package io.pmotoolkit.resume.read;

import io.pmotoolkit.core.budget.WorkBudget;
import io.pmotoolkit.core.text.TextCleaner;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * The reading order of one PDF page: glyphs grouped into words and visual rows, and rows split into a main
 * column and a sidebar when a vertical gutter with no text runs down most of the page.
 *
 * <p>The gutter is a band of x positions that no row (or almost none: a full-width name at the top may
 * cross it) covers with text. Two columns whose rows mostly share baselines are a table (dates on the
 * left, details on the right) rather than a sidebar, and are read row by row. Not thread-safe.
 */
final class PageLayout {

    /**
     * One visual line of a column.
     *
     * @param cells the short cells of a right-hand column (dates, a place) read with this line, at its end
     *              after " | "; a line with cells is a table row, complete in itself, not a wrapped line
     */
    record Line(String text, float x0, float x1, float y, float size, boolean bold, boolean bullet, float textX,
                float firstWordWidth, int cells) {
    }

    /** The lines of one page that are read together, top to bottom. */
    record Block(int page, LineOrigin origin, List<Line> lines) {
    }

    record Word(String text, float x0, float x1, float y, float size, int boldGlyphs, int glyphs) {
        boolean isBulletMark() {
            for (int i = 0; i < text.length(); i++) {
                if (Character.isLetterOrDigit(text.codePointAt(i))) {
                    return false;  // the common case, settled without the bullet pattern
                }
            }
            return TextCleaner.isBullet(text + " x");
        }
    }

    /**
     * A visual row: its words left to right and, when {@link RightCells} found them, the cells of a
     * right-hand column read with it (each a run of words), which come after the words.
     */
    record Row(float y, List<Word> words, List<List<Word>> cells) {
        Row(float y, List<Word> words) {
            this(y, words, List.of());
        }
    }

    /** A band free of text between two columns; {@code labels}: the left column is a table's labels. */
    private record Gutter(float start, float end, boolean labels) {
        Gutter(float start, float end) {
            this(start, end, false);
        }
    }

    // ---- thresholds: distances in points, or in font sizes where multiplied by a size; shares of rows or lines ----

    /** Glyphs whose baselines differ by less than this many font sizes are on one row. */
    private static final float ROW_BASELINE_SLACK = 0.45f;
    /** The smallest font size the row tolerance assumes, in points. */
    private static final float MIN_ROW_SIZE = 2f;
    /** A gap between glyphs wider than this many font sizes starts a new word. */
    private static final float WORD_GAP = 0.18f;
    /** A gap between words wider than this many font sizes is a column gap: " | " in a line, a list item's start. */
    private static final float WIDE_GAP = 2.5f;
    /** A gap between words wider than this many font sizes reads as two spaces. */
    private static final float DOUBLE_SPACE_GAP = 0.8f;
    /** Words closer than this many font sizes form one phrase, which a gutter cannot cut. */
    private static final float PHRASE_GAP = 0.9f;
    /** Pages with fewer rows are not searched for a gutter. */
    private static final int MIN_GUTTER_ROWS = 8;
    /** Text narrower than this, in points, is one column. */
    private static final float MIN_GUTTER_PAGE_WIDTH = 200f;
    /** The share of rows that may cross a gutter (a full-width name at the top). */
    private static final float GUTTER_CROSSING_SHARE = 0.08f;
    /** The share of rows that may cross the previous page's gutter on a page that keeps it. */
    private static final float CONTINUED_GUTTER_CROSSING_SHARE = 0.05f;
    /** A gutter lies between these shares of the text's width. */
    private static final float GUTTER_FROM = 0.12f;
    private static final float GUTTER_TO = 0.88f;
    /** A gutter is at least this wide, in points, and at least {@link #MIN_GUTTER_WIDTH_SIZES} body sizes. */
    private static final float MIN_GUTTER_WIDTH = 6f;
    private static final float MIN_GUTTER_WIDTH_SIZES = 0.6f;
    /** A row's text must overlap a gutter by more than this, in points, to cross it. */
    private static final float GUTTER_EDGE_SLACK = 1f;
    /** Each column beside a gutter has at least this many rows... */
    private static final int MIN_COLUMN_ROWS = 4;
    /** ...running down at least this share of the text's height. */
    private static final float MIN_COLUMN_HEIGHT = 0.3f;
    /** A narrow column with at least this share of its rows level with the other's is a date column... */
    private static final float DATE_COLUMN_PAIRED = 0.7f;
    /** ...when it has fewer than this share of the other column's rows. */
    private static final float DATE_COLUMN_NARROW = 0.5f;
    /** Two columns with at least this share of rows level with each other are a table. */
    private static final float PAIRED_ROWS = 0.9f;
    /** Lines ending (or starting) within this many points of the column's edge are flush with it. */
    private static final float FLUSH_SLACK = 2.5f;
    /** A cell of a right-aligned column is at most this wide, in points. */
    private static final float MAX_CELL_WIDTH = 200f;
    /** Lines spaced at most this many body sizes apart are a paragraph, not entries. */
    private static final float DENSE_SPACING = 1.6f;
    /** A right-aligned column: at least this share flush right... */
    private static final float FLUSH_RIGHT_SHARE = 0.7f;
    /** ...fewer than this share flush left... */
    private static final float FLUSH_LEFT_SHARE = 0.5f;
    /** ...and fewer than this share spaced like a paragraph. */
    private static final float DENSE_SHARE = 0.5f;
    /** Fewer bullet marks than this on a page are never two side-by-side lists. */
    private static final int MIN_LIST_MARKS = 4;
    /** Each of two side-by-side lists has at least this many items. */
    private static final int MIN_LIST_ITEMS = 2;
    /** Bullet marks within this many points of each other in x belong to one list. */
    private static final float MARK_ALIGN_SLACK = 3f;
    /** Text left of the boundary may start this many points left of the left list's marks. */
    private static final float LIST_INDENT_SLACK = 2f;
    /** Rows of one list are at most this many font sizes apart. */
    private static final float LIST_ROW_SPACING = 2.2f;

    private final int page;
    private final List<Block> blocks;
    private final Gutter gutter;

    private PageLayout(int page, List<Block> blocks, Gutter gutter) {
        this.page = page;
        this.blocks = blocks;
        this.gutter = gutter;
    }

    /**
     * @param previous the layout of the page before, whose gutter a page may continue (a sidebar that ends
     *                 near the top of the next page), or {@code null}
     */
    static PageLayout of(GlyphCollector.PageGlyphs p, float bodySize, PageLayout previous) {
        List<Row> rows = rows(p.glyphs());
        Gutter g = findGutter(rows, bodySize);
        if (g == null && previous != null && previous.gutter != null && continuesGutter(rows, previous.gutter)) {
            g = previous.gutter;
        }
        List<Block> blocks = new ArrayList<>();
        if (g != null && g.labels()) {
            for (List<Row> part : listColumns(labelsFirst(rows, g))) {
                addBlock(blocks, p.page(), LineOrigin.BODY, part);
            }
            return new PageLayout(p.page(), blocks, null);
        }
        if (g == null) {
            for (List<Row> part : listColumns(rows)) {
                addBlock(blocks, p.page(), LineOrigin.BODY, part);
            }
            return new PageLayout(p.page(), blocks, null);
        }
        float[] span = xSpan(rows);
        float minX = span[0];
        float maxX = span[1];
        boolean leftIsMain = g.start() - minX >= maxX - g.end();
        // Rows crossing the gutter above or below both columns (a name banner, a footer) are read whole;
        // between them a crossing row is a sidebar line that runs close to the main column, cut at the gutter.
        float regionTop = Float.MAX_VALUE;
        float regionBottom = -Float.MAX_VALUE;
        for (Row r : rows) {
            if (!crosses(r, g)) {
                regionTop = Math.min(regionTop, r.y());
                regionBottom = Math.max(regionBottom, r.y());
            }
        }
        float middle = (g.start() + g.end()) / 2;
        List<Row> full = new ArrayList<>();
        List<Row> left = new ArrayList<>();
        List<Row> right = new ArrayList<>();
        for (Row r : rows) {
            if (crosses(r, g) && (r.y() < regionTop || r.y() > regionBottom)) {
                full.add(r);
                continue;
            }
            cut(r, middle, left, right);
        }
        List<Row> main = leftIsMain ? left : right;
        List<Row> side = leftIsMain ? right : left;
        float top = Float.MAX_VALUE;
        float bottom = -Float.MAX_VALUE;
        for (Row r : side) {
            top = Math.min(top, r.y());
            bottom = Math.max(bottom, r.y());
        }
        for (Row r : main) {
            top = Math.min(top, r.y());
            bottom = Math.max(bottom, r.y());
        }
        List<Row> above = new ArrayList<>();
        List<Row> below = new ArrayList<>();
        for (Row r : full) {
            if (r.y() < top) {
                above.add(r);
            } else if (r.y() > bottom) {
                below.add(r);
            } else {
                main.add(r);
            }
        }
        main.sort(Comparator.comparingDouble(Row::y));
        addBlock(blocks, p.page(), LineOrigin.BODY, above);
        addBlock(blocks, p.page(), LineOrigin.BODY, main);
        addBlock(blocks, p.page(), LineOrigin.SIDEBAR, side);
        addBlock(blocks, p.page(), LineOrigin.BODY, below);
        return new PageLayout(p.page(), blocks, g);
    }

    /** The leftmost start and rightmost end of the rows' words, as {min x0, max x1}. */
    static float[] xSpan(List<Row> rows) {
        float minX = Float.MAX_VALUE;
        float maxX = 0;
        for (Row r : rows) {
            for (Word w : r.words()) {
                minX = Math.min(minX, w.x0());
                maxX = Math.max(maxX, w.x1());
            }
        }
        return new float[] {minX, maxX};
    }

    /**
     * The rows of a page whose left column holds a table's labels, each row cut at the gutter into its
     * label and its content, read in that order: top to bottom, left to right.
     */
    private static List<Row> labelsFirst(List<Row> rows, Gutter g) {
        List<Row> out = new ArrayList<>();
        float middle = (g.start() + g.end()) / 2;
        for (Row r : rows) {
            if (crosses(r, g)) {
                out.add(r);
                continue;
            }
            cut(r, middle, out, out);
        }
        return out;
    }

    /** Cuts a row at x {@code middle}: its words left of it go to {@code left}, the others to {@code right}. */
    private static void cut(Row r, float middle, List<Row> left, List<Row> right) {
        List<Word> l = new ArrayList<>();
        List<Word> rt = new ArrayList<>();
        for (Word w : r.words()) {
            ((w.x0() + w.x1()) / 2 <= middle ? l : rt).add(w);
        }
        if (!l.isEmpty()) {
            left.add(new Row(r.y(), l));
        }
        if (!rt.isEmpty()) {
            right.add(new Row(r.y(), rt));
        }
    }

    private static void addBlock(List<Block> blocks, int page, LineOrigin origin, List<Row> rows) {
        if (!rows.isEmpty()) {
            blocks.add(new Block(page, origin, toLines(RightCells.apply(rows))));
        }
    }

    boolean twoColumns() {
        return gutter != null;
    }

    List<Block> blocks() {
        return blocks;
    }

    int page() {
        return page;
    }

    /** The first two and last two lines of the page, by height, across blocks. */
    List<Line> edgeLines() {
        List<Line> all = new ArrayList<>();
        blocks.forEach(b -> all.addAll(b.lines()));
        all.sort(Comparator.comparingDouble(Line::y));
        if (all.size() <= 4) {
            return all;
        }
        List<Line> edges = new ArrayList<>(all.subList(0, 2));
        edges.addAll(all.subList(all.size() - 2, all.size()));
        return edges;
    }

    void removeIf(Predicate<Line> drop) {
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            List<Line> kept = new ArrayList<>(b.lines());
            kept.removeIf(drop);
            blocks.set(i, new Block(b.page(), b.origin(), kept));
        }
    }

    // ---- rows and words ----

    // Comparisons as Comparator.comparingDouble would make them, without its lambda and boxing-free chain.
    private static final Comparator<GlyphCollector.Glyph> BY_X = (a, b) -> Double.compare(a.x(), b.x());
    private static final Comparator<GlyphCollector.Glyph> BY_Y_THEN_X = (a, b) -> {
        int c = Double.compare(a.y(), b.y());
        return c != 0 ? c : Double.compare(a.x(), b.x());
    };

    private static List<Row> rows(List<GlyphCollector.Glyph> glyphs) {
        List<GlyphCollector.Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(BY_Y_THEN_X);
        List<List<GlyphCollector.Glyph>> groups = new ArrayList<>();
        List<GlyphCollector.Glyph> cur = null;
        float anchorY = 0;
        float anchorSize = 0;
        for (GlyphCollector.Glyph g : sorted) {
            if (cur == null || Math.abs(g.y() - anchorY) > ROW_BASELINE_SLACK * Math.max(Math.min(anchorSize, g.size()), MIN_ROW_SIZE)) {
                cur = new ArrayList<>();
                groups.add(cur);
                anchorY = g.y();
                anchorSize = g.size();
            }
            cur.add(g);
        }
        List<Row> rows = new ArrayList<>();
        for (List<GlyphCollector.Glyph> group : groups) {
            group.sort(BY_X);
            List<Word> words = words(group);
            if (!words.isEmpty()) {
                float y = 0;
                for (GlyphCollector.Glyph g : group) {
                    y += g.y();
                }
                rows.add(new Row(y / group.size(), words));
            }
        }
        return rows;
    }

    private static List<Word> words(List<GlyphCollector.Glyph> glyphs) {
        List<Word> words = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        float x0 = 0;
        float x1 = 0;
        float y = 0;
        float size = 0;
        int bold = 0;
        int n = 0;
        for (GlyphCollector.Glyph g : glyphs) {
            boolean blank = g.text().isBlank();
            float gap = g.x() - x1;
            boolean breakBefore = n > 0 && (blank || gap > WORD_GAP * Math.min(size, g.size()) || gap < -g.size());
            if (breakBefore || (blank && n == 0)) {
                if (n > 0) {
                    words.add(new Word(text.toString(), x0, x1, y, size, bold, n));
                }
                text.setLength(0);
                n = 0;
                bold = 0;
                if (blank) {
                    continue;
                }
            }
            if (n == 0) {
                x0 = g.x();
                y = g.y();
                size = g.size();
            }
            text.append(g.text());
            x1 = Math.max(x1, g.x() + g.w());
            if (n == 0) {
                x1 = g.x() + g.w();
            }
            size = Math.max(size, g.size());
            bold += g.bold() ? 1 : 0;
            n++;
        }
        if (n > 0) {
            words.add(new Word(text.toString(), x0, x1, y, size, bold, n));
        }
        return words;
    }

    private static List<Line> toLines(List<Row> rows) {
        List<Line> lines = new ArrayList<>();
        for (Row r : rows) {
            if (r.words().isEmpty()) {
                continue;  // RightCells leaves no row with cells only, but a row is never read without words
            }
            List<Word> ws = new ArrayList<>(r.words());
            ws.sort(Comparator.comparingDouble(Word::x0));
            StringBuilder sb = new StringBuilder();
            appendWords(sb, ws);
            List<Word> all = new ArrayList<>(ws);
            for (List<Word> cell : r.cells()) {
                sb.append(" | ");
                appendWords(sb, cell);
                all.addAll(cell);
            }
            int bold = 0;
            int glyphs = 0;
            float[] sizes = new float[all.size()];  // each word's size, counted once per glyph
            int[] counts = new int[all.size()];
            int sized = 0;
            int counted = 0;
            for (Word w : all) {
                bold += w.boldGlyphs();
                glyphs += w.glyphs();
                if (!w.isBulletMark() && w.glyphs() > 0) {
                    sizes[sized] = w.size();
                    counts[sized++] = w.glyphs();
                    counted += w.glyphs();
                }
            }
            float size = counted == 0 ? ws.get(0).size() : medianSize(sizes, counts, sized, counted);
            Word first = ws.get(0);
            boolean bulletMark = first.isBulletMark() && all.size() > 1;
            Word textWord = bulletMark ? all.get(1) : first;
            String text = TextCleaner.unspaceLetters(sb.toString());
            boolean bullet = bulletMark || TextCleaner.isBullet(text);
            float textX = textWord.x0();
            if (!bulletMark && bullet && first.text().length() > 1) {
                // "•Managed": the mark is glued to the text; estimate where the letters start
                textX = first.x0() + (first.x1() - first.x0()) / first.text().length();
            }
            lines.add(new Line(text, first.x0(), ws.get(ws.size() - 1).x1(), r.y(), size,
                    bold * 2 > glyphs, bullet, textX, textWord.x1() - textWord.x0(), r.cells().size()));
        }
        return lines;
    }

    /** The words' text, with a wide gap as " | " and a smaller one as two spaces. */
    static void appendWords(StringBuilder sb, List<Word> ws) {
        Word prev = null;
        for (Word w : ws) {
            if (prev != null) {
                float gap = w.x0() - prev.x1();
                float s = Math.max(prev.size(), w.size());
                sb.append(gap > WIDE_GAP * s ? " | " : gap > DOUBLE_SPACE_GAP * s ? "  " : " ");
            }
            sb.append(w.text());
            prev = w;
        }
    }

    /** The size at index {@code total / 2} of the sorted glyph sizes, each size counted {@code counts} times. */
    private static float medianSize(float[] sizes, int[] counts, int n, int total) {
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Float.compare(sizes[a], sizes[b]));
        int seen = 0;
        for (int i : order) {
            seen += counts[i];
            if (seen > total / 2) {
                return sizes[i];
            }
        }
        return sizes[order[n - 1]];
    }

    // ---- columns ----

    /** The widest vertical band free of text between two columns that both run down much of the page. */
    private static Gutter findGutter(List<Row> rows, float bodySize) {
        if (rows.size() < MIN_GUTTER_ROWS) {
            return null;
        }
        float[] span = xSpan(rows);
        float minX = span[0];
        float maxX = span[1];
        float minY = Float.MAX_VALUE;
        float maxY = 0;
        for (Row r : rows) {
            minY = Math.min(minY, r.y());
            maxY = Math.max(maxY, r.y());
        }
        float width = maxX - minX;
        if (width < MIN_GUTTER_PAGE_WIDTH || !(width <= ReadLimits.MAX_PAGE_POINTS)) {
            return null;  // too narrow for two columns, or text spread wider than any page (hostile positions)
        }
        int bins = (int) Math.ceil(width) + 1;
        int[] cross = crossings(rows, minX, bins);
        int allowed = Math.max(1, Math.round(rows.size() * GUTTER_CROSSING_SHARE));
        int from = (int) (width * GUTTER_FROM);
        int to = (int) (width * GUTTER_TO);
        Gutter best = null;
        Gutter labels = null;
        int i = from;
        while (i < to) {
            if (cross[i] > allowed) {
                i++;
                continue;
            }
            int j = i;
            while (j < to && cross[j] <= allowed) {
                j++;
            }
            float start = minX + i;
            float end = minX + j;
            WorkBudget.check();  // each candidate band looks at every row
            int kind = end - start >= Math.max(MIN_GUTTER_WIDTH, MIN_GUTTER_WIDTH_SIZES * bodySize)
                    ? columnGap(rows, start, end, minY, maxY, bodySize) : NO_GAP;
            if (kind == SIDEBAR_GAP && (best == null || end - start > best.end() - best.start())) {
                best = new Gutter(start, end);
            } else if (kind == LABEL_GAP && (labels == null || end - start > labels.end() - labels.start())) {
                labels = new Gutter(start, end, true);
            }
            i = j + 1;
        }
        return best != null ? best : labels;
    }

    /**
     * How many rows cover each point-wide bin of x with text: each row's phrases as bin ranges, merged so a
     * row counts once per bin, summed through a difference array, in time linear in phrases and bins.
     */
    private static int[] crossings(List<Row> rows, float minX, int bins) {
        int[] delta = new int[bins + 1];
        for (Row r : rows) {
            List<float[]> segs = segments(r);
            int[][] ranges = new int[segs.size()][];
            for (int k = 0; k < ranges.length; k++) {
                float[] seg = segs.get(k);
                ranges[k] = new int[] {Math.max(0, (int) Math.floor(seg[0] - minX)),
                    Math.min(bins - 1, (int) Math.ceil(seg[1] - minX))};
            }
            Arrays.sort(ranges, (x, y) -> Integer.compare(x[0], y[0]));
            int from = -1;
            int to = -2;
            for (int[] range : ranges) {
                if (range[0] > range[1]) {
                    continue;
                }
                if (range[0] > to) {
                    if (from >= 0) {
                        delta[from]++;
                        delta[to + 1]--;
                    }
                    from = range[0];
                    to = range[1];
                } else {
                    to = Math.max(to, range[1]);
                }
            }
            if (from >= 0) {
                delta[from]++;
                delta[to + 1]--;
            }
        }
        int[] cross = new int[bins];
        int running = 0;
        for (int i = 0; i < bins; i++) {
            running += delta[i];
            cross[i] = running;
        }
        return cross;
    }

    /** Whether a page keeps the previous page's gutter: few rows cross it and text lies on both sides. */
    private static boolean continuesGutter(List<Row> rows, Gutter g) {
        int crossing = 0;
        boolean left = false;
        boolean right = false;
        for (Row r : rows) {
            if (crosses(r, g)) {
                crossing++;
                continue;
            }
            for (Word w : r.words()) {
                if (w.x1() <= g.end()) {
                    left = true;
                } else {
                    right = true;
                }
            }
        }
        return left && right && crossing <= Math.max(1, Math.round(rows.size() * CONTINUED_GUTTER_CROSSING_SHARE));
    }

    private static final int NO_GAP = 0;
    private static final int SIDEBAR_GAP = 1;
    private static final int LABEL_GAP = 2;

    /**
     * What a band free of text separates: a sidebar from the main column ({@link #SIDEBAR_GAP}), the
     * labels of a table from their content ({@link #LABEL_GAP}), or nothing to read apart ({@link #NO_GAP}).
     */
    private static int columnGap(List<Row> rows, float start, float end, float minY, float maxY, float bodySize) {
        int both = 0;
        List<float[]> leftLines = new ArrayList<>();   // each row's text left of the band: x0, x1, y
        List<float[]> rightLines = new ArrayList<>();
        for (Row r : rows) {
            if (crosses(r, new Gutter(start, end))) {
                continue;
            }
            float[] l = null;
            float[] rt = null;
            for (Word w : r.words()) {
                if (w.isBulletMark()) {
                    continue;  // a column of list bullets beside their items is not a column of text
                }
                if (w.x1() <= end) {
                    l = l == null ? new float[] {w.x0(), w.x1(), r.y()} : new float[] {l[0], w.x1(), r.y()};
                } else {
                    rt = rt == null ? new float[] {w.x0(), w.x1(), r.y()} : new float[] {rt[0], w.x1(), r.y()};
                }
            }
            if (l != null) {
                leftLines.add(l);
            }
            if (rt != null) {
                rightLines.add(rt);
            }
            if (l != null && rt != null) {
                both++;
            }
        }
        float height = Math.max(1f, maxY - minY);
        int leftRows = leftLines.size();
        int rightRows = rightLines.size();
        if (leftRows < MIN_COLUMN_ROWS || rightRows < MIN_COLUMN_ROWS || span(leftLines) < MIN_COLUMN_HEIGHT * height
                || span(rightLines) < MIN_COLUMN_HEIGHT * height) {
            return NO_GAP;
        }
        // A narrow column of a few entries each level with a row of a much longer column is a table
        // (dates | details), as are two columns whose rows nearly all pair up; a sidebar runs on its own.
        int narrow = Math.min(leftRows, rightRows);
        int wide = Math.max(leftRows, rightRows);
        boolean dateColumn = both >= DATE_COLUMN_PAIRED * narrow && narrow < DATE_COLUMN_NARROW * wide;
        boolean pairedRows = both >= PAIRED_ROWS * wide;
        // So is a column of short cells set flush against the other column or the page edge: dates
        // right-aligned beside their roles, read row by row, or labels right-aligned beside their content
        // (Europass), read before it even where the content is sparse. A sidebar's lines are set flush
        // left, their right ends ragged.
        if (dateColumn || pairedRows || rightAligned(rightLines, bodySize)) {
            return NO_GAP;
        }
        return rightAligned(leftLines, bodySize) ? LABEL_GAP : SIDEBAR_GAP;
    }

    private static float span(List<float[]> lines) {
        float top = Float.MAX_VALUE;
        float bottom = -Float.MAX_VALUE;
        for (float[] l : lines) {
            top = Math.min(top, l[2]);
            bottom = Math.max(bottom, l[2]);
        }
        return bottom - top;
    }

    /**
     * Whether a column's lines are short cells set flush right: most end at one x and do not share a
     * start, each spaced from the next by more than a line (entries, not a paragraph).
     */
    private static boolean rightAligned(List<float[]> lines, float bodySize) {
        float right = 0;
        float left = Float.MAX_VALUE;
        for (float[] l : lines) {
            right = Math.max(right, l[1]);
            left = Math.min(left, l[0]);
        }
        int flushRight = 0;
        int flushLeft = 0;
        for (float[] l : lines) {
            flushRight += l[1] >= right - FLUSH_SLACK ? 1 : 0;
            flushLeft += l[0] <= left + FLUSH_SLACK ? 1 : 0;
            if (l[1] - l[0] > MAX_CELL_WIDTH) {
                return false;  // a cell is short
            }
        }
        int dense = 0;
        for (int i = 1; i < lines.size(); i++) {
            dense += lines.get(i)[2] - lines.get(i - 1)[2] <= DENSE_SPACING * bodySize ? 1 : 0;
        }
        return flushRight >= FLUSH_RIGHT_SHARE * lines.size() && flushLeft < FLUSH_LEFT_SHARE * lines.size()
                && dense < DENSE_SHARE * (lines.size() - 1);
    }

    private static boolean crosses(Row r, Gutter g) {
        for (float[] seg : segments(r)) {
            if (seg[0] < g.end() - GUTTER_EDGE_SLACK && seg[1] > g.start() + GUTTER_EDGE_SLACK) {
                return true;
            }
        }
        return false;
    }

    /** Runs of words in a row separated by less than a wide space: phrases, which a gutter cannot cut. */
    private static List<float[]> segments(Row r) {
        List<float[]> segs = new ArrayList<>();
        float[] cur = null;
        for (Word w : r.words()) {
            if (cur != null && w.x0() - cur[1] < PHRASE_GAP * w.size()) {
                cur[1] = Math.max(cur[1], w.x1());
            } else {
                cur = new float[] {w.x0(), w.x1()};
                segs.add(cur);
            }
        }
        return segs;
    }

    // ---- bulleted lists set in two columns within single-column text ----

    /** Two bullets this far apart across a page are items of side-by-side lists, not a list and its sub-list. */
    private static final float LIST_COLUMN_GAP = 120f;

    /**
     * The rows of a page without a page-long gutter in reading order, as runs read one after another: a
     * bulleted list set in two columns under single-column text ("Skill Highlights" with items side by side)
     * is read down its left column and then down its right one, instead of row by row, which would glue an
     * item of each column into one line. The columns are found by their bullets: two sets of bullet marks
     * far apart whose heights overlap. The region spans the rows around the right column's bullets that no
     * text crosses at the right column's bullets, stopping at text less indented than the left list (a
     * heading) or at a paragraph gap.
     */
    private static List<List<Row>> listColumns(List<Row> rows) {
        List<float[]> marks = new ArrayList<>();  // x, row index
        for (int i = 0; i < rows.size(); i++) {
            List<Word> ws = rows.get(i).words();
            for (int k = 0; k + 1 < ws.size(); k++) {
                // an item's mark starts its column: first in the row, or after a gap wider than between words
                boolean starts = k == 0 || ws.get(k).x0() - ws.get(k - 1).x1() > WIDE_GAP * ws.get(k).size();
                if (starts && ws.get(k).isBulletMark()) {
                    marks.add(new float[] {ws.get(k).x0(), i});
                }
            }
        }
        if (marks.size() < MIN_LIST_MARKS) {
            return List.of(rows);
        }
        marks.sort((a, b) -> Float.compare(a[0], b[0]));
        List<List<float[]>> clusters = new ArrayList<>();
        for (float[] m : marks) {
            List<float[]> last = clusters.isEmpty() ? null : clusters.get(clusters.size() - 1);
            if (last != null && m[0] - last.get(last.size() - 1)[0] <= MARK_ALIGN_SLACK) {
                last.add(m);
            } else {
                List<float[]> c = new ArrayList<>();
                c.add(m);
                clusters.add(c);
            }
        }
        boolean[] inRegion = new boolean[rows.size()];
        List<int[]> regions = new ArrayList<>();  // first row, last row, boundary x, left list x
        for (List<float[]> right : clusters) {
            List<float[]> left = leftPartner(clusters, right);
            if (left == null) {
                continue;
            }
            float boundary = right.get(0)[0] - 1f;
            for (float[] m : right) {
                int at = (int) m[1];
                if (!inRegion[at]) {
                    int[] region = grow(rows, at, boundary, left.get(0)[0], inRegion);
                    if (region != null && bothColumns(marks, left, right, region)) {
                        java.util.Arrays.fill(inRegion, region[0], region[1] + 1, true);
                        regions.add(new int[] {region[0], region[1], Math.round(boundary * 8), Math.round(left.get(0)[0] * 8)});
                    }
                }
            }
        }
        if (regions.isEmpty()) {
            return List.of(rows);
        }
        regions.sort((a, b) -> Integer.compare(a[0], b[0]));
        List<List<Row>> out = new ArrayList<>();
        int next = 0;
        for (int[] r : regions) {
            out.add(new ArrayList<>(rows.subList(next, r[0])));
            float boundary = r[2] / 8f;
            List<Row> l = new ArrayList<>();
            List<Row> rt = new ArrayList<>();
            for (Row row : rows.subList(r[0], r[1] + 1)) {
                List<Word> lw = new ArrayList<>();
                List<Word> rw = new ArrayList<>();
                for (Word w : row.words()) {
                    (w.x0() >= boundary ? rw : lw).add(w);
                }
                if (!lw.isEmpty()) {
                    l.add(new Row(row.y(), lw));
                }
                if (!rw.isEmpty()) {
                    rt.add(new Row(row.y(), rw, row.cells()));
                }
            }
            out.add(l);
            out.add(rt);
            next = r[1] + 1;
        }
        out.add(new ArrayList<>(rows.subList(next, rows.size())));
        out.removeIf(List::isEmpty);
        return out;
    }

    /** Whether the region holds at least two bullets of each list. */
    private static boolean bothColumns(List<float[]> marks, List<float[]> left, List<float[]> right, int[] region) {
        int l = 0;
        int r = 0;
        for (float[] m : marks) {
            if (m[1] >= region[0] && m[1] <= region[1]) {
                l += left.contains(m) ? 1 : 0;
                r += right.contains(m) ? 1 : 0;
            }
        }
        return l >= MIN_LIST_ITEMS && r >= MIN_LIST_ITEMS;
    }

    /** The set of bullets well left of {@code right} whose rows overlap its rows in height, or null. */
    private static List<float[]> leftPartner(List<List<float[]>> clusters, List<float[]> right) {
        if (right.size() < MIN_LIST_ITEMS) {
            return null;
        }
        float rTop = Float.MAX_VALUE;
        float rBottom = -Float.MAX_VALUE;
        for (float[] m : right) {
            rTop = Math.min(rTop, m[1]);
            rBottom = Math.max(rBottom, m[1]);
        }
        for (List<float[]> c : clusters) {
            if (c.size() < MIN_LIST_ITEMS || right.get(0)[0] - c.get(c.size() - 1)[0] < LIST_COLUMN_GAP) {
                continue;
            }
            for (float[] m : c) {
                if (m[1] >= rTop && m[1] <= rBottom) {
                    return c;
                }
            }
        }
        return null;
    }

    /**
     * The rows around row {@code at} that belong to the two-column list, as {first, last}, not reaching into
     * rows already in a region; null when the seed row itself has text across the boundary.
     */
    private static int[] grow(List<Row> rows, int at, float boundary, float leftX, boolean[] inRegion) {
        if (!inList(rows.get(at), boundary, leftX)) {
            return null;
        }
        int first = at;
        while (first > 0 && !inRegion[first - 1] && inList(rows.get(first - 1), boundary, leftX)
                && closeTo(rows.get(first - 1), rows.get(first))) {
            first--;
        }
        int last = at;
        while (last + 1 < rows.size() && !inRegion[last + 1] && inList(rows.get(last + 1), boundary, leftX)
                && closeTo(rows.get(last), rows.get(last + 1))) {
            last++;
        }
        return new int[] {first, last};
    }

    /** No word crosses the boundary, and text left of it is indented at least as far as the left list. */
    private static boolean inList(Row r, float boundary, float leftX) {
        for (Word w : r.words()) {
            if (w.x0() < boundary && w.x1() > boundary) {
                return false;
            }
            if (w.x0() < boundary && w.x0() < leftX - LIST_INDENT_SLACK) {
                return false;
            }
        }
        return true;
    }

    /** Whether two rows are no further apart than lines of one list (no paragraph gap between). */
    private static boolean closeTo(Row upper, Row lower) {
        float size = Math.max(upper.words().get(0).size(), lower.words().get(0).size());
        return lower.y() - upper.y() <= LIST_ROW_SPACING * size;
    }
}

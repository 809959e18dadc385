package io.pmotoolkit.resume.read;

import io.pmotoolkit.resume.read.PageLayout.Row;
import io.pmotoolkit.resume.read.PageLayout.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The short cells of a right-hand column (dates, places, durations) set flush right beside a block, kept
 * with the line they belong to. LaTeX, RenderCV and Word templates print an entry as a header line with a
 * stack of right-aligned cells beside it ("San Francisco, CA" / "June 2023 – present" / "2 years 10
 * months"), and the stack often runs down beside the entry's first bullets. Read row by row, each cell
 * would be glued into the bullet it stands level with, splitting the bullet's words ("… 99.97% | June
 * 2023 – present uptime").
 *
 * <p>A cell is the last run of a row's words after a wide gap, short, in the block's right half and
 * ending near its right edge, level with the end of another such run (a right-aligned column), with at
 * least two such cells beside other text in the block. Cells stacked on consecutive rows form one stack. A
 * cell stays on its own row when that row is a header line (not a bullet, and its text stops well short
 * of the cell); a cell level with a bullet, with a bullet's wrapped line or with nothing, moves up to the
 * stack's header line. A date range printed over two cells ("Jul. 2012 –" / "Jun. 2013", or "Jul. 2012"
 * over a lone "Jun. 2013") becomes one cell, "Jul. 2012 – Jun. 2013". Stateless.
 */
final class RightCells {

    /** A single date as CVs print one: "Jul. 2012", "June 2023", "05/2019", "2013", "Present". */
    private static final Pattern DATE = Pattern.compile("(?i)((jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)"
            + "[a-z]*\\.?\\s+(19|20)\\d{2}|\\d{1,2}[/.](19|20)\\d{2}|(19|20)\\d{2}|present|current|now|today)");
    /** A date range left open at the end of a cell: "Jul. 2012 –", "2019 to". */
    private static final Pattern OPEN_RANGE = Pattern.compile("(?i)(.*?)\\s*(?:[-–—]|\\bto)");

    private RightCells() {
    }

    /** The rows with their right-hand cells taken out of their words and set on the rows they belong to. */
    static List<Row> apply(List<Row> rows) {
        int n = rows.size();
        if (n < 2) {
            return rows;
        }
        float[] span = PageLayout.xSpan(rows);
        float minX = span[0];
        float right = span[1];
        if (right - minX < 200f) {
            return rows;
        }
        float half = minX + (right - minX) / 2;
        int[] start = new int[n];  // the index of the row's cell's first word; 0: the row is all cell; -1: none
        for (int i = 0; i < n; i++) {
            start[i] = cellStart(rows.get(i).words(), right, half);
        }
        // a column of cells: each ends level with another (within 2.5 pt), beside text in at least two rows
        int beside = 0;
        boolean[] aligned = alignedWithAnother(rows, start);
        for (int i = 0; i < n; i++) {
            if (start[i] >= 0 && !aligned[i]) {
                start[i] = -1;
            }
            beside += start[i] > 0 ? 1 : 0;
        }
        if (beside < 2) {
            return rows;
        }
        List<List<Word>> words = new ArrayList<>();
        List<List<List<Word>>> cells = new ArrayList<>();
        for (Row r : rows) {
            words.add(r.words());
            cells.add(new ArrayList<>(r.cells()));
        }
        int anchor = -1;        // the row the current stack's cells go to
        boolean moved = false;  // the row before moved its cell to the anchor (it is a bullet or its wrap)
        for (int i = 0; i < n; i++) {
            boolean stacked = i > 0 && start[i - 1] >= 0 && close(rows.get(i - 1), rows.get(i));
            if (start[i] < 0 || (start[i] == 0 && !stacked)) {
                start[i] = -1;  // a lone right-aligned line is not a cell
                anchor = -1;
                moved = false;
                continue;
            }
            List<Word> all = words.get(i);
            List<Word> left = all.subList(0, start[i]);
            List<Word> cell = all.subList(start[i], all.size());
            if (stacked && anchor >= 0 && (left.isEmpty() || bullet(left) || prose(left, cell)
                    || (moved && hangsUnder(left, words.get(i - 1))) || continuesRange(last(cells.get(anchor)), cell, left.isEmpty()))) {
                addTo(cells.get(anchor), cell, left.isEmpty());
                words.set(i, left);
                moved = true;
                continue;
            }
            if (!stacked && i > 0 && bullet(left) && prose(left, cell) && start[i - 1] < 0
                    && close(rows.get(i - 1), rows.get(i)) && header(words.get(i - 1), cell)) {
                // the stack starts beside a role's first bullet: its header line is the row just above
                anchor = i - 1;
                addTo(cells.get(anchor), cell, false);
                words.set(i, left);
                moved = true;
                continue;
            }
            anchor = i;
            cells.get(i).add(cell);
            words.set(i, left);
            moved = false;
        }
        List<Row> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            if (!words.get(i).isEmpty()) {
                out.add(new Row(rows.get(i).y(), words.get(i), cells.get(i)));
            }
        }
        return out;
    }

    /**
     * Where a row's right cell starts: its last run of words after a gap wider than 2.5 letters, short,
     * ending at the block's right edge and starting in its right half; 0 when the whole row is such a
     * run; -1 when the row has none.
     */
    private static int cellStart(List<Word> ws, float right, float half) {
        if (ws.isEmpty()) {
            return -1;
        }
        int k = ws.size() - 1;
        while (k > 0 && ws.get(k).x0() - ws.get(k - 1).x1() <= 2.5f * Math.max(ws.get(k).size(), ws.get(k - 1).size())) {
            k--;
        }
        Word first = ws.get(k);
        Word end = ws.get(ws.size() - 1);
        if (end.x1() < right - 4f * end.size() || first.x0() < half || first.isBulletMark()) {
            return -1;
        }
        int chars = 0;
        boolean letters = false;
        for (Word w : ws.subList(k, ws.size())) {
            chars += w.text().length() + 1;
            for (int c = 0; c < w.text().length() && !letters; c++) {
                letters = Character.isLetterOrDigit(w.text().charAt(c));
            }
        }
        return chars <= 40 && ws.size() - k <= 7 && letters ? k : -1;
    }

    /**
     * For each row with a cell, whether another row with a cell ends within 2.5 pt of it: the ends sorted, so
     * that a page of thousands of one-word rows is not compared pair by pair.
     */
    private static boolean[] alignedWithAnother(List<Row> rows, int[] start) {
        int n = rows.size();
        float[] ends = new float[n];
        List<Integer> cellRows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (start[i] >= 0) {
                ends[i] = end(rows.get(i));
                cellRows.add(i);
            }
        }
        Integer[] byEnd = cellRows.toArray(new Integer[0]);
        int m = byEnd.length;
        java.util.Arrays.sort(byEnd, (a, b) -> Float.compare(ends[a], ends[b]));
        boolean[] aligned = new boolean[n];
        for (int k = 0; k < m; k++) {
            float x1 = ends[byEnd[k]];
            aligned[byEnd[k]] = (k > 0 && Math.abs(x1 - ends[byEnd[k - 1]]) <= 2.5f)
                    || (k + 1 < m && Math.abs(ends[byEnd[k + 1]] - x1) <= 2.5f);
        }
        return aligned;
    }

    private static float end(Row r) {
        return r.words().get(r.words().size() - 1).x1();
    }

    /** Whether two rows are consecutive lines of one entry: no more than about a line's spacing apart. */
    private static boolean close(Row upper, Row lower) {
        float size = Math.max(upper.words().get(0).size(), lower.words().get(0).size());
        return lower.y() - upper.y() > 0 && lower.y() - upper.y() <= 1.75f * size;
    }

    private static boolean bullet(List<Word> left) {
        return !left.isEmpty() && (left.get(0).isBulletMark()
                || io.pmotoolkit.core.text.TextCleaner.isBullet(left.get(0).text() + " x"));
    }

    /** Whether the words run on up to the cell, as a line of a paragraph or bullet wrapped short of it does. */
    private static boolean prose(List<Word> left, List<Word> cell) {
        Word end = left.get(left.size() - 1);
        return end.x1() >= cell.get(0).x0() - 6f * end.size();
    }

    /** Whether a header line could stand above: not a bullet, and its text stops well short of the cell. */
    private static boolean header(List<Word> above, List<Word> cell) {
        return !above.isEmpty() && !bullet(above) && !prose(above, cell);
    }

    /** Whether the words hang under the row above's (a bullet's wrapped line), or start level with them. */
    private static boolean hangsUnder(List<Word> left, List<Word> above) {
        return !above.isEmpty() && left.get(0).x0() >= above.get(0).x0() - 2f;
    }

    /**
     * Whether {@code cell} ends the date range {@code before} opens: "Jul. 2012 –" over "Jun. 2013", or a
     * lone date over a lone date printed with nothing beside it.
     */
    private static boolean continuesRange(List<Word> before, List<Word> cell, boolean alone) {
        if (before == null || !DATE.matcher(text(cell)).matches()) {
            return false;
        }
        return opens(before) || alone && DATE.matcher(text(before)).matches();
    }

    private static boolean opens(List<Word> cell) {
        Matcher m = OPEN_RANGE.matcher(text(cell));
        return m.matches() && DATE.matcher(m.group(1)).matches();
    }

    /** Adds a cell to a stack's cells, joined to the last one when the two make a date range. */
    private static void addTo(List<List<Word>> stack, List<Word> cell, boolean alone) {
        List<Word> before = last(stack);
        if (!continuesRange(before, cell, alone)) {
            stack.add(cell);
            return;
        }
        List<Word> joined = new ArrayList<>(before);
        if (!opens(before)) {
            Word b = before.get(before.size() - 1);
            joined.add(new Word("–", b.x1() + b.size() * 0.3f, b.x1() + b.size() * 0.8f, b.y(), b.size(), 0, 0));
        }
        for (Word w : cell) {
            // set just after the words before, so that the cell reads "Jul. 2012 – Jun. 2013"
            Word prev = joined.get(joined.size() - 1);
            float x0 = prev.x1() + prev.size() * 0.3f;
            joined.add(new Word(w.text(), x0, x0 + (w.x1() - w.x0()), w.y(), w.size(), w.boldGlyphs(), w.glyphs()));
        }
        stack.set(stack.size() - 1, joined);
    }

    private static List<Word> last(List<List<Word>> stack) {
        return stack.isEmpty() ? null : stack.get(stack.size() - 1);
    }

    private static String text(List<Word> ws) {
        StringBuilder sb = new StringBuilder();
        for (Word w : ws) {
            sb.append(sb.isEmpty() ? "" : " ").append(w.text());
        }
        return sb.toString().strip();
    }
}

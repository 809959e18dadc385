package io.pmotoolkit.resume.read;

import io.pmotoolkit.core.text.TextCleaner;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.util.Matrix;

/**
 * Bullets that are drawn rather than typed: web-built PDFs (wkhtmltopdf, Chromium, some react-pdf themes)
 * paint a list's disc or square as a small filled path, or place a tiny image, and carry no bullet character
 * at all. {@link GlyphCollector} hands every small painted shape and image of a page to {@link #track}; a
 * shape is taken for a bullet only when it sits where a bullet sits: just left of the first letter of a line,
 * at the height of its lower-case letters, smaller than the letters, with no text close before it (which
 * excludes rating dots after "Python" and the dots between contact details). Each such mark becomes a
 * synthetic "•" glyph on the line's baseline, so the page layout treats it exactly like a typed bullet.
 *
 * <p>Not thread-safe; one instance per {@link GlyphCollector}.
 */
final class GraphicBullets {

    /** A painted shape or image in page coordinates with y growing downwards (as the glyphs have it). */
    record Mark(float x0, float y0, float x1, float y1) {
    }

    private final List<Mark> marks = new ArrayList<>();
    private float pathX0;
    private float pathY0;
    private float pathX1;
    private float pathY1;
    private boolean inPath;

    /** Forgets the marks of the page before. */
    void startPage() {
        marks.clear();
        inPath = false;
    }

    /** Extends the path being built by a point in user space, transformed by the current matrix. */
    void addPoint(Matrix ctm, float x, float y) {
        float px = ctm.getScaleX() * x + ctm.getShearX() * y + ctm.getTranslateX();
        float py = ctm.getShearY() * x + ctm.getScaleY() * y + ctm.getTranslateY();
        if (!inPath) {
            pathX0 = pathX1 = px;
            pathY0 = pathY1 = py;
            inPath = true;
            return;
        }
        pathX0 = Math.min(pathX0, px);
        pathX1 = Math.max(pathX1, px);
        pathY0 = Math.min(pathY0, py);
        pathY1 = Math.max(pathY1, py);
    }

    /** The path is painted (filled or stroked): keep it if it is small enough to be a bullet. */
    void paintPath(PDRectangle box) {
        if (inPath) {
            keep(pathX0, pathY0, pathX1, pathY1, box);
        }
        inPath = false;
    }

    /** The path ends unpainted (a clip). */
    void discardPath() {
        inPath = false;
    }

    /** An image drawn into the unit square of the current matrix. */
    void image(Matrix ctm, PDRectangle box) {
        float x0 = Float.MAX_VALUE;
        float y0 = Float.MAX_VALUE;
        float x1 = -Float.MAX_VALUE;
        float y1 = -Float.MAX_VALUE;
        for (int corner = 0; corner < 4; corner++) {
            float x = corner & 1;
            float y = corner >> 1;
            float px = ctm.getScaleX() * x + ctm.getShearX() * y + ctm.getTranslateX();
            float py = ctm.getShearY() * x + ctm.getScaleY() * y + ctm.getTranslateY();
            x0 = Math.min(x0, px);
            x1 = Math.max(x1, px);
            y0 = Math.min(y0, py);
            y1 = Math.max(y1, py);
        }
        keep(x0, y0, x1, y1, box);
    }

    /** Keeps a small shape, in the glyphs' coordinates: from the crop box's corner, y growing downwards. */
    private void keep(float x0, float y0, float x1, float y1, PDRectangle box) {
        float w = x1 - x0;
        float h = y1 - y0;
        // far larger than any bullet (12 pt) or a hairline: not worth keeping
        if (w <= 12f && h <= 12f && w >= 0.8f && h >= 0.8f && marks.size() < 5000) {
            float left = box.getLowerLeftX();
            float top = box.getUpperRightY();
            marks.add(new Mark(x0 - left, top - y1, x1 - left, top - y0));
        }
    }

    List<Mark> marks() {
        return marks;
    }

    /**
     * The marks that are bullets of the given glyphs' lines, as "•" glyphs on those lines' baselines.
     *
     * @param glyphs the page's glyphs, in the same coordinates as the marks
     */
    static List<GlyphCollector.Glyph> bullets(List<Mark> marks, List<GlyphCollector.Glyph> glyphs) {
        List<GlyphCollector.Glyph> out = new ArrayList<>();
        if (marks.isEmpty()) {
            return out;
        }
        List<GlyphCollector.Glyph> byY = new ArrayList<>(glyphs);
        byY.sort((a, b) -> Float.compare(a.y(), b.y()));
        float maxSize = 1f;
        for (GlyphCollector.Glyph g : glyphs) {
            maxSize = Math.max(maxSize, g.size());
        }
        Set<Long> seen = new HashSet<>();
        for (Mark m : marks) {
            float w = m.x1() - m.x0();
            float h = m.y1() - m.y0();
            if (Math.max(w, h) > 2.5f * Math.min(w, h)) {
                continue;  // a rule, a dash or a bar, not a disc or a square
            }
            float cy = (m.y0() + m.y1()) / 2;
            GlyphCollector.Glyph next = null;
            boolean textBefore = false;
            // only glyphs whose baseline lies a little below the mark's middle can be on its line
            for (int i = firstAtOrBelow(byY, cy); i < byY.size() && byY.get(i).y() <= cy + 0.8f * maxSize; i++) {
                GlyphCollector.Glyph g = byY.get(i);
                float size = g.size();
                if (g.text().isBlank() || cy < g.y() - 0.8f * size || cy > g.y() - 0.05f * size) {
                    continue;  // not on this line, or not at the height of its small letters
                }
                float gap = g.x() - m.x1();
                if (gap >= -0.5f && gap <= 2.5f * size && (next == null || g.x() < next.x())) {
                    next = g;
                }
                float before = m.x0() - (g.x() + g.w());
                if (before >= -0.5f && before <= 0.6f * size && g.x() < m.x0()) {
                    textBefore = true;
                }
            }
            if (next == null || textBefore) {
                continue;
            }
            float size = next.size();
            if (Math.max(w, h) > 0.65f * size || Math.min(w, h) < 0.12f * size
                    || TextCleaner.isBullet(next.text() + " x")) {
                continue;  // an icon the size of the letters, a speck, or a bullet that is also typed
            }
            // the same disc filled and then stroked is one bullet
            if (seen.add(((long) Math.round(m.x0()) << 32) | (Math.round(next.y()) & 0xFFFFFFFFL))) {
                out.add(new GlyphCollector.Glyph("•", m.x0(), next.y(), w, size, false));
            }
        }
        return out;
    }

    /** The index of the first glyph whose baseline is at or below {@code y}, in glyphs sorted by baseline. */
    private static int firstAtOrBelow(List<GlyphCollector.Glyph> byY, float y) {
        int lo = 0;
        int hi = byY.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (byY.get(mid).y() < y) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}

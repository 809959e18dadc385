package io.pmotoolkit.resume.read;

import io.pmotoolkit.core.budget.WorkBudget;
import java.io.IOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDTransparencyGroup;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;

/**
 * Collects the positioned glyphs of every page instead of writing text: {@link PageLayout} does its own
 * reading order, because PDFBox's position sort interleaves the lines of side-by-side columns.
 * PDFBox's suppression of duplicated overlapping glyphs (fake bold) stays on. Small painted shapes and
 * images are noted too, and those that are drawn bullets join the glyphs as "•" ({@link GraphicBullets}).
 * Not thread-safe; one instance per document.
 */
final class GlyphCollector extends PDFTextStripper {

    /**
     * One glyph in text-direction-adjusted coordinates (y grows downwards; y is the baseline).
     *
     * @param text the Unicode text of the glyph (can be more than one character)
     * @param x    left edge
     * @param y    baseline
     * @param w    advance width
     * @param size font size in points
     * @param bold whether the font is bold (by name, weight or the force-bold flag)
     */
    record Glyph(String text, float x, float y, float w, float size, boolean bold) {
    }

    /**
     * @param page   1-based page number
     * @param width  page width in points
     * @param height page height in points
     * @param glyphs the glyphs of the dominant text direction, in content order
     */
    record PageGlyphs(int page, float width, float height, List<Glyph> glyphs) {
    }

    private final List<PageGlyphs> pages = new ArrayList<>();
    private final Map<PDFont, Boolean> boldFonts = new IdentityHashMap<>();
    private final GraphicBullets shapes = new GraphicBullets();
    private boolean inTextObject;
    private int operators;
    private int formDepth;
    private int formDraws;
    private int pageGlyphs;
    private int glyphs;
    private int images;
    private int deepestForm;
    private int mostPageGlyphs;
    private int contentErrors;

    private final int maxGlyphs;

    /** @param maxPages the page limit, which sets the most glyphs read ({@link ReadLimits#maxGlyphs}) */
    GlyphCollector(int maxPages) {
        this.maxGlyphs = ReadLimits.maxGlyphs(maxPages);
        setSortByPosition(false);
        // PDFBox's own duplicate suppression keeps a tree of every glyph position per character and was
        // a sixth of reading time; writePage drops the same glyph drawn twice at one spot (fake bold) itself.
        setSuppressDuplicateOverlappingText(false);
    }

    void collect(PDDocument doc) throws IOException {
        getText(doc);
    }

    List<PageGlyphs> pages() {
        return pages;
    }

    /** Images drawn on all pages: a page without text but with images is image-only, one with neither is not. */
    int images() {
        return images;
    }

    /** Operators PDFBox could not carry out (a missing font or resource, broken operands): signs of damage. */
    int contentErrors() {
        return contentErrors;
    }

    /** How the document compares with the limits: operators, deepest form, form draws, most glyphs on a page, glyphs. */
    int[] usage() {
        return new int[] {operators, deepestForm, formDraws, mostPageGlyphs, glyphs};
    }

    @Override
    protected void operatorException(Operator operator, List<COSBase> operands, IOException e) throws IOException {
        contentErrors++;
        super.operatorException(operator, operands, e);
    }

    @Override
    protected void unsupportedOperator(Operator operator, List<COSBase> operands) throws IOException {
        contentErrors++;
        super.unsupportedOperator(operator, operands);
    }

    @Override
    public void processPage(PDPage page) throws IOException {
        shapes.startPage();
        inTextObject = false;
        pageGlyphs = 0;
        WorkBudget.check();
        super.processPage(new DecodedPage(page));
    }

    /**
     * Notes small painted shapes and images for {@link GraphicBullets} (bullets drawn, not typed), then
     * processes the operator as the text stripper does. Paths inside a text object are Type 3 glyph
     * outlines, not drawings.
     */
    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
        if (++operators > ReadLimits.MAX_OPERATORS) {
            throw ReadLimits.exceeded("operators", String.format(Locale.ROOT, "it has more than %,d content operators",
                    ReadLimits.MAX_OPERATORS));
        }
        if ((operators & 0x3FF) == 0) {
            WorkBudget.check();
        }
        String op = operator.getName();
        if (op.length() <= 2) {
            trackShape(op, operands);
        }
        super.processOperator(operator, operands);
    }

    /** Counts the form's use and its depth: forms that draw each other, or one drawn over and over, stop here. */
    @Override
    public void showForm(PDFormXObject form) throws IOException {
        enterForm();
        try {
            super.showForm(form);
        } finally {
            formDepth--;
        }
    }

    @Override
    public void showTransparencyGroup(PDTransparencyGroup group) throws IOException {
        enterForm();
        try {
            super.showTransparencyGroup(group);
        } finally {
            formDepth--;
        }
    }

    private void enterForm() {
        if (++formDraws > ReadLimits.MAX_FORM_DRAWS) {
            throw ReadLimits.exceeded("form draws", String.format(Locale.ROOT, "it draws form XObjects more than %,d times",
                    ReadLimits.MAX_FORM_DRAWS));
        }
        deepestForm = Math.max(deepestForm, formDepth + 1);
        if (++formDepth > ReadLimits.MAX_FORM_DEPTH) {
            formDepth--;
            throw ReadLimits.exceeded("form depth", "its form XObjects nest more than " + ReadLimits.MAX_FORM_DEPTH
                    + " deep (forms that draw each other?)");
        }
    }

    /** Counts the glyph before PDFBox keeps it: a page or a document with far more text than a CV stops here. */
    @Override
    protected void processTextPosition(TextPosition text) {
        if (++pageGlyphs > ReadLimits.MAX_GLYPHS_PER_PAGE) {
            throw ReadLimits.exceeded("glyphs per page", String.format(Locale.ROOT, "page %d has more than %,d characters",
                    getCurrentPageNo(), ReadLimits.MAX_GLYPHS_PER_PAGE));
        }
        mostPageGlyphs = Math.max(mostPageGlyphs, pageGlyphs);
        if (++glyphs > maxGlyphs) {
            throw ReadLimits.exceeded("glyphs", String.format(Locale.ROOT, "it has more than %,d characters (%,d a page"
                    + " of the page limit: raise it with --max-pages N)", maxGlyphs, ReadLimits.GLYPHS_PER_ALLOWED_PAGE));
        }
        super.processTextPosition(text);
    }

    private void trackShape(String op, List<COSBase> operands) throws IOException {
        switch (op) {
            case "BT" -> inTextObject = true;
            case "ET" -> inTextObject = false;
            case "m", "l", "c", "v", "y" -> {
                if (!inTextObject) {
                    for (int i = 0; i + 1 < operands.size(); i += 2) {
                        if (operands.get(i) instanceof COSNumber x && operands.get(i + 1) instanceof COSNumber y) {
                            shapes.addPoint(getGraphicsState().getCurrentTransformationMatrix(), x.floatValue(), y.floatValue());
                        }
                    }
                }
            }
            case "re" -> {
                if (!inTextObject && operands.size() == 4 && operands.get(0) instanceof COSNumber x
                        && operands.get(1) instanceof COSNumber y && operands.get(2) instanceof COSNumber w
                        && operands.get(3) instanceof COSNumber h) {
                    Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
                    shapes.addPoint(ctm, x.floatValue(), y.floatValue());
                    shapes.addPoint(ctm, x.floatValue() + w.floatValue(), y.floatValue() + h.floatValue());
                }
            }
            case "f", "F", "f*", "B", "B*", "b", "b*", "S", "s" -> {
                if (!inTextObject) {
                    shapes.paintPath(getCurrentPage().getCropBox());
                }
            }
            case "n" -> shapes.discardPath();
            case "Do" -> {
                if (!inTextObject && !operands.isEmpty() && operands.get(0) instanceof COSName name
                        && getResources() != null && getResources().isImageXObject(name)) {
                    images++;
                    shapes.image(getGraphicsState().getCurrentTransformationMatrix(), getCurrentPage().getCropBox());
                }
            }
            case "BI" -> {
                images++;
                shapes.image(getGraphicsState().getCurrentTransformationMatrix(), getCurrentPage().getCropBox());
            }
            default -> {
            }
        }
    }

    /**
     * The page with its content stream decoded into memory in one go before PDFBox parses it: the parser
     * reads and peeks a byte at a time, and through PDFBox's inflating reader each byte cost a tenth of the
     * page's parsing time in checks. Everything else is the page's own.
     */
    private static final class DecodedPage extends PDPage {
        private final PDPage page;

        DecodedPage(PDPage page) {
            super(page.getCOSObject());
            this.page = page;
        }

        @Override
        public PDResources getResources() {
            return page.getResources();  // the document's resource cache: each font is loaded once
        }

        @Override
        public RandomAccessRead getContentsForStreamParsing() throws IOException {
            try (RandomAccessRead in = page.getContentsForStreamParsing()) {
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(16 * 1024);
                byte[] buf = new byte[16 * 1024];
                for (int n = in.read(buf); n > 0; n = in.read(buf)) {
                    out.write(buf, 0, n);
                }
                return new ByteArrayRead(out.toByteArray());
            }
        }

        /**
         * Keeps the page's fonts for the document's other pages. PDFBox drops a page's resources after each page
         * (to bound memory when rendering long documents) and so parsed each font program and ToUnicode map
         * again on up to three more pages: a fifth of all font loading over the corpus. A CV is read whole and
         * then closed, and the document's cache holds its fonts by soft reference.
         */
        @Override
        public void removePageResourceFromCache() {
        }
    }

    @Override
    protected void writePage() {
        List<TextPosition> all = new ArrayList<>();
        for (List<TextPosition> article : getCharactersByArticle()) {
            all.addAll(article);
        }
        // Keep the main text direction only: rotated side labels would otherwise scramble the lines.
        // TextPosition works its direction out from its matrix on every call, and each *DirAdj getter again: each
        // glyph's direction and adjusted position are taken once here (they were a tenth of a warm read).
        float[] dirs = new float[all.size()];
        for (int i = 0; i < dirs.length; i++) {
            dirs[i] = all.get(i).getDir();
        }
        float dir = mainDirection(dirs);
        List<Glyph> glyphs = new ArrayList<>();
        SpotSet drawn = new SpotSet(all.size());
        PDRectangle box = getCurrentPage().getCropBox();
        boolean turned = dir == 90f || dir == 270f;
        float pageWidth = turned ? box.getHeight() : box.getWidth();
        float pageHeight = turned ? box.getWidth() : box.getHeight();
        for (int i = 0; i < dirs.length; i++) {
            TextPosition tp = all.get(i);
            String u = tp.getUnicode();
            if (u == null || u.isEmpty() || dirs[i] != dir) {
                continue;
            }
            float x = tp.getXDirAdj();
            float y = tp.getYDirAdj();
            float w = tp.getWidthDirAdj();
            if (offPage(x, y, w, tp.getFontSizeInPt(), pageWidth, pageHeight)) {
                continue;
            }
            // The same glyph at (nearly) the same spot is a double-struck "bold": keep one.
            if (!drawn.add(u, Math.round(x * 2), Math.round(y * 2))) {
                continue;
            }
            if ("\u00AD".equals(u) && w > 0f) {
                // A PDF does not reflow: a soft hyphen it paints is a printed hyphen (LaTeX's T1 fonts map
                // their hyphen to U+00AD), as in "Mar. 2010 - Aug. 2017" or "multi-account"; the text
                // cleaner would drop it and glue the dates or words together.
                u = "-";
            }
            float size = tp.getFontSizeInPt();
            if (!(size > 0.5f) || size > 200f) {
                size = Math.max(1f, tp.getHeightDir());
            }
            glyphs.add(new Glyph(u, x, y, w, size, isBold(tp.getFont())));
        }
        if (dir == 0f && getCurrentPage().getRotation() == 0) {
            glyphs.addAll(GraphicBullets.bullets(shapes.marks(), glyphs));
        }
        pages.add(new PageGlyphs(getCurrentPageNo(), pageWidth, pageHeight, glyphs));
    }

    /**
     * Whether a glyph lies more than {@link ReadLimits#OFF_PAGE_MARGIN} page sizes outside the page, or at no
     * finite position: it cannot be seen, and positions billions of points apart must not reach the layout.
     */
    static boolean offPage(float x, float y, float w, float sizeInPt, float pageWidth, float pageHeight) {
        float mx = Math.max(pageWidth, 1f) * ReadLimits.OFF_PAGE_MARGIN;
        float my = Math.max(pageHeight, 1f) * ReadLimits.OFF_PAGE_MARGIN;
        return !(x >= -mx && x <= pageWidth + mx && y >= -my && y <= pageHeight + my && Float.isFinite(w)
                && Math.abs(w) <= ReadLimits.MAX_PAGE_POINTS && Float.isFinite(sizeInPt));
    }

    /**
     * The glyphs drawn so far on a page, as (text, x, y) with positions in half points: a set without an
     * object per glyph (open addressing over the packed position; texts compared on a position match).
     */
    private static final class SpotSet {
        private final long[] spots;
        private final String[] texts;
        private final int mask;

        SpotSet(int expected) {
            int capacity = Integer.highestOneBit(Math.max(16, expected * 2) - 1) << 1;
            spots = new long[capacity];
            texts = new String[capacity];
            mask = capacity - 1;
        }

        /** Adds the glyph; false when the same text is already at the same spot. */
        boolean add(String text, int x2, int y2) {
            long spot = ((long) x2 << 32) | (y2 & 0xFFFFFFFFL);
            int i = (int) (spot ^ (spot >>> 29) ^ (spot >>> 41)) * 0x9E3779B9 & mask;
            while (texts[i] != null) {
                if (spots[i] == spot && texts[i].equals(text)) {
                    return false;
                }
                i = (i + 1) & mask;
            }
            spots[i] = spot;
            texts[i] = text;
            return true;
        }
    }

    /** The text direction most glyphs of the page have: PDFBox gives 0, 90, 180 or 270; 0 for an empty page. */
    private static float mainDirection(float[] dirs) {
        int[] counts = new int[4];
        for (float d : dirs) {
            counts[Math.floorMod(Math.round(d / 90f), 4)]++;
        }
        int best = 0;
        for (int i = 1; i < 4; i++) {
            if (counts[i] > counts[best]) {
                best = i;
            }
        }
        return best * 90f;
    }

    private boolean isBold(PDFont font) {
        if (font == null) {
            return false;
        }
        return boldFonts.computeIfAbsent(font, f -> {
            String name = f.getName() == null ? "" : f.getName().toLowerCase(Locale.ROOT);
            if (name.contains("bold") || name.contains("black") || name.contains("heavy")
                    || name.contains("semibold") || name.contains("demi") || name.endsWith("-bd")
                    || name.contains("cmbx")) {
                return true;
            }
            PDFontDescriptor d = f.getFontDescriptor();
            return d != null && (d.isForceBold() || d.getFontWeight() >= 600);
        });
    }
}

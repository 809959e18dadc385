package io.pmotoolkit.resume.read;

import io.pmotoolkit.core.budget.BudgetExceededException;
import io.pmotoolkit.core.budget.WorkBudget;
import io.pmotoolkit.resume.read.CvReadException.Reason;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Reads PDF CVs with PDFBox: positioned glyphs per page ({@link GlyphCollector}), laid out into lines and
 * columns ({@link PageLayout}), with page numbers and running headers and footers dropped and wrapped
 * lines joined back into logical lines. Not thread-safe; one instance per read.
 */
final class PdfCvReader {

    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?i)^(page\\s*\\d+(\\s*(of|/)\\s*\\d+)?|-?\\s*\\d{1,3}\\s*-?|\\d{1,3}\\s*/\\s*\\d{1,3}|\\d{1,3}\\s+of\\s+\\d{1,3})$");
    private static final Pattern EXPLICIT_PAGE_NUMBER = Pattern.compile("(?i)^page\\s*\\d+\\s*(of|/)\\s*\\d+$");

    /** Page content streams that decode to more than this many MB in all are refused. */
    static final int MAX_CONTENT_MB = ReadLimits.MAX_CONTENT_MB;

    private final int maxPages;
    private final String password;

    /**
     * @param maxPages the most pages accepted
     * @param password the password to open a protected PDF with, or {@code null}
     */
    PdfCvReader(int maxPages, String password) {
        this.maxPages = maxPages;
        this.password = password;
    }

    CvDocument read(String fileName, byte[] bytes) throws CvReadException {
        try (PDDocument pdf = password == null ? Loader.loadPDF(bytes) : Loader.loadPDF(bytes, password)) {
            int declared = pdf.getNumberOfPages();
            int pages = declared <= maxPages ? declared : countPages(pdf, maxPages + 1);
            if (pages > maxPages) {
                // a damaged page tree can claim 2147483647 pages: name a count only when the tree holds about that many
                String count = declared <= 10 * maxPages ? String.valueOf(declared) : "more than " + maxPages;
                throw new CvReadException(Reason.TOO_LARGE, fileName, fileName + " has " + count
                        + " pages (the limit is " + maxPages + "): a CV should be a few pages; give a shorter"
                        + " version, or raise the limit with --max-pages N");
            }
            if (pages == 0) {
                throw new CvReadException(Reason.CORRUPT, fileName, fileName + " has no pages: save or export it again");
            }
            checkContentSize(fileName, pdf);
            GlyphCollector collector = new GlyphCollector(maxPages);
            collector.collect(pdf);
            boolean cutShort = !hasEndMarker(bytes);
            CvDocument doc;
            try {
                doc = layout(fileName, collector, pages);
            } catch (CvReadException e) {
                if (cutShort && e.reason() == Reason.NO_TEXT) {
                    throw new CvReadException(Reason.CORRUPT, fileName, fileName + " is damaged (the file is cut"
                            + " short) and no text could be read from it: export the CV to PDF again, or use the DOCX", e);
                }
                throw e;
            }
            if (cutShort) {
                List<String> warnings = new ArrayList<>(doc.warnings());
                warnings.add(CvReader.fileNameOnly(fileName) + " looks cut short (no end-of-file marker): text may be"
                        + " missing; export the CV to PDF again");
                doc = new CvDocument(doc.fileName(), doc.format(), doc.lines(), doc.pages(), warnings);
            }
            return doc.withProducer(producer(pdf)).withLinks(links(pdf));
        } catch (BudgetExceededException e) {
            throw overLimit(fileName, e);
        } catch (InvalidPasswordException e) {
            throw password == null ? CvReader.passwordNeeded(fileName) : CvReader.wrongPassword(fileName, e);
        } catch (CvReadException e) {
            throw e;
        } catch (NoClassDefFoundError e) {
            // PDFBox needs the optional BouncyCastle library only for certificate (public-key) encryption
            if (String.valueOf(e.getMessage()).contains("bouncycastle")) {
                throw new CvReadException(Reason.ENCRYPTED, fileName, fileName
                        + " is protected with a certificate: save an unprotected copy and try again", e);
            }
            throw e;
        } catch (IOException | RuntimeException | StackOverflowError e) {
            throw new CvReadException(Reason.CORRUPT, fileName, fileName + " is damaged and cannot be read as a PDF"
                    + " (" + CvReader.oneLine(e) + "): export the CV to PDF again, or use the DOCX", e);
        }
    }

    /**
     * A reading limit hit ({@link ReadLimits}) as the read failure that names it; the time budget is not a
     * property of the file and goes on as it is, for the caller that set it.
     */
    static CvReadException overLimit(String fileName, BudgetExceededException e) {
        if ("time".equals(e.limit())) {
            throw e;
        }
        return new CvReadException(Reason.TOO_LARGE, fileName, fileName + " was not read: " + e.getMessage()
                + (e.getMessage().contains("--max-pages") ? "" : " (a fixed reading limit that no CV comes near)")
                + ": export the CV to PDF again, or use the DOCX", e);
    }

    /** The pages the page tree really holds, counted up to {@code most}: its /Count entry can lie. */
    private static int countPages(PDDocument pdf, int most) {
        int n = 0;
        for (var ignored : pdf.getPages()) {
            if (++n >= most) {
                break;
            }
        }
        return n;
    }

    private static CvDocument layout(String fileName, GlyphCollector collector, int pageCount) throws CvReadException {
        List<GlyphCollector.PageGlyphs> pages = collector.pages();
        List<String> warnings = new ArrayList<>();
        List<Integer> empty = new ArrayList<>();
        List<PageLayout> layouts = new ArrayList<>();
        float bodySize = bodyFontSize(pages);
        List<Integer> twoColumnPages = new ArrayList<>();
        for (GlyphCollector.PageGlyphs p : pages) {
            WorkBudget.check();
            if (allBlank(p.glyphs())) {
                empty.add(p.page());
                continue;
            }
            PageLayout layout = PageLayout.of(p, bodySize, layouts.isEmpty() ? null : layouts.get(layouts.size() - 1));
            layouts.add(layout);
            if (layout.twoColumns()) {
                twoColumnPages.add(p.page());
            }
        }
        if (!twoColumnPages.isEmpty()) {
            warnings.add("Two-column layout detected on " + pageList(twoColumnPages)
                    + ": read the main column and the sidebar separately");
        }
        if (layouts.isEmpty() && collector.images() == 0) {
            // no text and no image: not a scan, so "image-only" would send the user to OCR for nothing
            if (collector.contentErrors() > 0) {
                throw new CvReadException(Reason.CORRUPT, fileName, fileName + " is damaged: the content of its pages"
                        + " could not be read and no text was found: export the CV to PDF again, or use the DOCX");
            }
            throw new CvReadException(Reason.NO_TEXT, fileName, fileName + " has no text and no images: its pages are"
                    + " blank or damaged; check that it is the right file, or export the CV to PDF again");
        }
        if (layouts.isEmpty()) {
            throw new CvReadException(Reason.NO_TEXT, fileName, fileName + " has no text layer (image-only);"
                    + " OCR is not supported: export the CV from Word or Google Docs as PDF, or use the DOCX");
        }
        if (!empty.isEmpty()) {
            String pagesText = pageList(empty);
            warnings.add(Character.toUpperCase(pagesText.charAt(0)) + pagesText.substring(1)
                    + (empty.size() == 1 ? " has" : " have")
                    + " no text layer (images only?): text there was not read; OCR is not supported");
        }
        dropRunningLines(layouts, pageCount);
        List<CvLine> lines = new ArrayList<>();
        Emitted carry = null;  // the last line of the page before, which the next page's first line may continue
        for (PageLayout layout : layouts) {
            Emitted lastOfPage = null;
            boolean firstBody = true;
            for (PageLayout.Block block : layout.blocks()) {
                boolean body = block.origin() == LineOrigin.BODY;
                Emitted from = body && firstBody && carry != null && carry.pending().page == block.page() - 1 ? carry : null;
                Emitted last = join(block, bodySize, lines, from);
                if (body) {
                    firstBody = false;
                    lastOfPage = last;
                }
            }
            carry = lastOfPage;
        }
        return new CvDocument(fileName, DocumentFormat.PDF, lines, pageCount, warnings);
    }

    private static boolean allBlank(List<GlyphCollector.Glyph> glyphs) {
        for (GlyphCollector.Glyph g : glyphs) {
            if (!g.text().isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** Link annotations read, at most: a CV's contact links are on its first pages. */
    private static final int MAX_LINKS = 40;
    private static final int LINK_PAGES = 3;

    /** The addresses of the first pages' link annotations (a "LinkedIn" word linked to the profile). */
    private static List<String> links(PDDocument pdf) {
        List<String> out = new ArrayList<>();
        int pages = 0;
        for (org.apache.pdfbox.pdmodel.PDPage page : pdf.getPages()) {
            if (++pages > LINK_PAGES) {
                break;
            }
            try {
                for (var annotation : page.getAnnotations()) {
                    if (annotation instanceof org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink link
                            && link.getAction() instanceof org.apache.pdfbox.pdmodel.interactive.action.PDActionURI uri
                            && uri.getURI() != null && out.size() < MAX_LINKS) {
                        out.add(uri.getURI().strip());
                    }
                }
            } catch (IOException | RuntimeException e) {
                // a damaged annotation array: the page's text is what matters
            }
        }
        return out;
    }

    /** The creator and author the PDF's information dictionary names, or null. */
    private static String producer(PDDocument pdf) {
        var info = pdf.getDocumentInformation();
        if (info == null) {
            return null;
        }
        String creator = info.getCreator();
        String author = info.getAuthor();
        String joined = java.util.stream.Stream.of(creator, author).filter(x -> x != null && !x.isBlank())
                .distinct().collect(java.util.stream.Collectors.joining("; "));
        return joined.isEmpty() ? null : joined;
    }

    /**
     * Refuses a PDF whose page content streams decode to more than {@value #MAX_CONTENT_MB} MB: text of a
     * CV is a few KB a page, but a compression bomb of spaces in a 2 MB PDF decodes to 2 GB and takes
     * PDFBox seconds per GB. Form XObjects are bounded by {@link GlyphCollector}'s operator and form limits.
     */
    private static void checkContentSize(String fileName, PDDocument pdf) throws IOException, CvReadException {
        long max = (long) MAX_CONTENT_MB << 20;
        long total = 0;
        byte[] buf = new byte[64 * 1024];
        for (org.apache.pdfbox.pdmodel.PDPage page : pdf.getPages()) {
            if (!page.hasContents()) {
                continue;
            }
            // the view PDFBox parses from decodes as it goes; getContents() would hold it all in memory
            try (org.apache.pdfbox.io.RandomAccessRead in = page.getContentsForStreamParsing()) {
                for (int n = in.read(buf); n > 0; n = in.read(buf)) {
                    total += n;
                    if (total > max) {
                        throw new CvReadException(Reason.TOO_LARGE, fileName, fileName + " holds over "
                                + MAX_CONTENT_MB + " MB of page content, far more than a CV (a compression bomb?):"
                                + " export the CV to PDF again", null);
                    }
                }
            }
        }
    }

    /** Whether the PDF ends with its %%EOF marker (within the last 2 KB: some writers append junk). */
    static boolean hasEndMarker(byte[] bytes) {
        byte[] eof = "%%EOF".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        outer:
        for (int i = bytes.length - eof.length; i >= Math.max(0, bytes.length - 2048); i--) {
            for (int k = 0; k < eof.length; k++) {
                if (bytes[i + k] != eof[k]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /** "page 2" or "pages 1, 2, 3". */
    private static String pageList(List<Integer> pages) {
        StringJoiner j = new StringJoiner(", ");
        pages.forEach(n -> j.add(String.valueOf(n)));
        return (pages.size() == 1 ? "page " : "pages ") + j;
    }

    /** The most common glyph size, weighted by count: the body text size. */
    private static float bodyFontSize(List<GlyphCollector.PageGlyphs> pages) {
        // glyph sizes are 1 to 200 pt (GlyphCollector), counted by half point
        int[] counts = new int[402];
        boolean any = false;
        for (GlyphCollector.PageGlyphs p : pages) {
            for (GlyphCollector.Glyph g : p.glyphs()) {
                if (!g.text().isBlank()) {
                    counts[Math.clamp(Math.round(g.size() * 2), 0, counts.length - 1)]++;
                    any = true;
                }
            }
        }
        int best = 0;
        for (int i = 1; i < counts.length; i++) {
            if (counts[i] > counts[best]) {
                best = i;
            }
        }
        return any ? best / 2f : 10f;
    }

    /**
     * Drops page numbers and running headers and footers: lines among the first or last two of a page that
     * look like a page number, or whose text (digits ignored) recurs at the top or bottom of more than half of the pages.
     */
    private static void dropRunningLines(List<PageLayout> layouts, int pageCount) {
        Map<String, Integer> edgeCounts = new HashMap<>();
        for (PageLayout layout : layouts) {
            for (String key : new java.util.HashSet<>(layout.edgeLines().stream().map(PdfCvReader::runningKey).toList())) {
                edgeCounts.merge(key, 1, Integer::sum);
            }
        }
        for (PageLayout layout : layouts) {
            List<PageLayout.Line> edges = layout.edgeLines();
            layout.removeIf(l -> {
                String t = l.text().strip();
                if (t.regionMatches(true, 0, "page", 0, 4) && EXPLICIT_PAGE_NUMBER.matcher(t).matches()) {
                    return true;
                }
                if (!edges.contains(l)) {
                    return false;
                }
                return PAGE_NUMBER.matcher(t).matches()
                        || (pageCount >= 2 && edgeCounts.getOrDefault(runningKey(l), 0) * 2 > pageCount);
            });
        }
    }

    private static String runningKey(PageLayout.Line l) {
        return l.text().strip().toLowerCase(java.util.Locale.ROOT).replaceAll("\\d+", "#").replaceAll("\\s+", " ");
    }

    /** A logical line written to the output: {@code count} lines from {@code index} (a long text is cut). */
    private record Emitted(Pending pending, int index, int count) {
    }

    /**
     * Joins the wrapped lines of one block (a column of one page) into logical lines.
     *
     * @param carried the last line of the page before, whose wrapped lines may go on at the top of this
     *                block (a bullet split by a page break), or {@code null}
     * @return the last line written, or {@code null} when the block wrote none
     */
    private static Emitted join(PageLayout.Block block, float pageBodySize, List<CvLine> out, Emitted carried) {
        List<PageLayout.Line> ls = block.lines();
        float bodySize = blockBodySize(ls, pageBodySize);
        float colRight = 0;
        for (PageLayout.Line l : ls) {
            colRight = Math.max(colRight, l.x1());
        }
        Pending cur = null;
        int insertAt = -1;  // where the carried line goes back once it is complete
        Emitted last = carried;
        int start = 0;
        if (carried != null && !ls.isEmpty() && carried.pending().text.length() < Lines.MAX_JOINED_CHARS
                && continuesOnNextPage(carried.pending(), ls.get(0), isHeadingHint(ls.get(0), bodySize))) {
            cur = carried.pending();
            insertAt = carried.index();
            out.subList(insertAt, insertAt + carried.count()).clear();
            cur.text = Lines.joinWrapped(cur.text, ls.get(0).text());
            cur.last = new Placed(ls.get(0), block.page());
            start = 1;
        }
        for (PageLayout.Line l : ls.subList(start, ls.size())) {
            boolean heading = isHeadingHint(l, bodySize);
            if (cur != null && cur.text.length() < Lines.MAX_JOINED_CHARS && continues(cur, l, heading, colRight)) {
                cur.text = Lines.joinWrapped(cur.text, l.text());
                cur.last = new Placed(l, block.page());
                continue;
            }
            last = emit(cur, out, insertAt);
            insertAt = -1;
            cur = new Pending(l, heading, block.page(), block.origin());
        }
        Emitted end = emit(cur, out, insertAt);
        return end != null ? end : last;
    }

    private static Emitted emit(Pending p, List<CvLine> out, int insertAt) {
        if (p == null) {
            return null;
        }
        List<CvLine> lines = Lines.lines(p.text, p.page, p.bullet, p.heading, p.origin);
        int at = insertAt >= 0 ? insertAt : out.size();
        out.addAll(at, lines);
        return new Emitted(p, at, lines.size());
    }

    /**
     * Whether the first line of a page goes on with the last line of the page before: not a bullet or a
     * heading, set like it, hanging at the bullet's text (or, after prose, at the paragraph's edge and in
     * lower case), with the line before not ending a sentence. Running headers and footers between the two
     * are already dropped.
     */
    private static boolean continuesOnNextPage(Pending cur, PageLayout.Line next, boolean nextHeading) {
        PageLayout.Line last = cur.last.line;
        float size = Math.max(last.size(), 1f);
        if (next.bullet() || nextHeading || cur.heading || Lines.endsSentence(cur.text)
                || Math.abs(next.size() - last.size()) > size * 0.12f || next.bold() != last.bold()) {
            return false;
        }
        boolean runsOn = Lines.startsLowerCase(next.text().strip()) || endsWithConnector(cur.text);
        if (cur.bullet) {
            return runsOn && Math.abs(next.x0() - cur.first.textX()) <= 3f;
        }
        return Lines.startsLowerCase(next.text().strip()) && words(cur.text) >= 4 && Math.abs(next.x0() - cur.first.x0()) <= 3f;
    }

    /** The most common text size of a block, by characters; a sidebar is often set smaller than the page. */
    private static float blockBodySize(List<PageLayout.Line> lines, float fallback) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (PageLayout.Line l : lines) {
            counts.merge(Math.round(l.size() * 2), l.text().length(), Integer::sum);
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue())
                .map(e -> e.getKey() / 2f).orElse(fallback);
    }

    private static boolean isHeadingHint(PageLayout.Line l, float bodySize) {
        String t = l.text().strip();
        if (t.length() > 60 || t.split("\\s+").length > 8 || t.endsWith(".") || t.endsWith(",")) {
            return false;
        }
        return l.bold() || l.size() >= bodySize * 1.15f || Lines.isCapsHeading(t);
    }

    private static boolean continues(Pending cur, PageLayout.Line next, boolean nextHeading, float colRight) {
        PageLayout.Line last = cur.last.line;
        float size = Math.max(last.size(), 1f);
        float dy = next.y() - last.y();
        if (dy <= 0 || dy > size * 2.1f || next.bullet() || cur.heading || nextHeading) {
            return false;
        }
        if (last.cells() > 0 || next.cells() > 0) {
            return false;  // a row of a table (a header line with its dates or place) is complete in itself
        }
        if (Math.abs(next.size() - last.size()) > size * 0.12f || next.bold() != last.bold()) {
            return false;
        }
        String text = next.text().strip();
        if (cur.bullet) {
            // a bullet's wrapped lines hang at the bullet's text, or at least right of the bullet mark
            if (Math.abs(next.x0() - cur.first.textX()) <= 3f || (next.x0() > cur.first.x0() + 2f
                    && next.x0() <= cur.first.textX() + 3f)) {
                return true;
            }
            // back at the bullet mark's edge: only a line that plainly runs on continues the bullet (a wrap
            // without hanging indent); a capitalised line there is the next role or paragraph
            // ("Java Developer Intern — Contoso Solutions" after a role's last bullet)
            return Math.abs(next.x0() - cur.first.x0()) <= 3f && (Lines.startsLowerCase(text) || endsWithConnector(cur.text))
                    && !Lines.endsSentence(cur.text);
        }
        float left = cur.first.x0();
        if (Math.abs(next.x0() - left) > 3f && Math.abs(next.x0() - last.x0()) > 3f) {
            return false;
        }
        boolean lower = Lines.startsLowerCase(text);
        boolean full = last.x1() + size * 0.3f + next.firstWordWidth() >= colRight - size * 0.5f;
        if (full && lower) {
            return true;
        }
        // A capital after a full line may just be the next item of a list ("Design Patterns" /
        // "Software Architecture"): join only prose, or a line that plainly runs on.
        if (full && !Lines.endsSentence(cur.text) && !cur.text.contains(" | ") && !text.contains(" | ")
                && (endsWithConnector(cur.text) || (words(cur.text) >= 8 && words(text) >= 5))) {
            return true;
        }
        // A credential wrapped in a narrow column carries its year on the last line only ("Agile Project
        // Management" / "Foundation (2021)"): a short line ending in a year completes a full line without one.
        if (full && !Lines.endsSentence(cur.text) && !cur.text.contains(" | ") && words(text) <= 4
                && ENDS_WITH_YEAR.matcher(text).find() && !HAS_YEAR.matcher(cur.text).find()) {
            return true;
        }
        return lower && !Lines.endsSentence(cur.text) && words(cur.text) >= 4;
    }

    private static final Pattern ENDS_WITH_YEAR = Pattern.compile("\\(?(19|20)\\d{2}\\)?$");
    private static final Pattern HAS_YEAR = Pattern.compile("(?<!\\d)(19|20)\\d{2}(?!\\d)");

    /** What {@code text.split("\\s+").length} gives: the pieces between runs of whitespace. */
    private static int words(String text) {
        int pieces = 0;
        boolean inPiece = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = isRegexSpace(text.charAt(i));
            if (!space && !inPiece) {
                pieces++;
            }
            inPiece = !space;
        }
        if (pieces == 0) {
            return text.isEmpty() ? 1 : 0;  // "" splits to [""], all-space text to []
        }
        return isRegexSpace(text.charAt(0)) ? pieces + 1 : pieces;  // a leading run gives an empty first piece
    }

    private static final java.util.Set<String> CONNECTORS = java.util.Set.of("and", "or", "of", "for", "to", "the",
            "a", "an", "in", "on", "at", "with", "by", "from", "as", "including", "across", "into", "per");

    /** Whether a line ends with ",", "&", a dash or a joining word ("and", "of", "including"...). */
    private static boolean endsWithConnector(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return false;
        }
        char last = t.charAt(t.length() - 1);
        if (last == ',' || last == '&' || last == '-' || last == '–') {
            return true;
        }
        int start = t.length();
        while (start > 0 && isAsciiWordChar(t.charAt(start - 1))) {
            start--;
        }
        return CONNECTORS.contains(t.substring(start).toLowerCase(java.util.Locale.ROOT));
    }

    /** The characters of {@code \\s}. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    private static boolean isAsciiWordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }

    /** A visual line and the page it is on. */
    private record Placed(PageLayout.Line line, int page) {
    }

    private static final class Pending {
        final PageLayout.Line first;
        final boolean bullet;
        final boolean heading;
        final int page;
        final LineOrigin origin;
        Placed last;
        String text;

        Pending(PageLayout.Line l, boolean heading, int page, LineOrigin origin) {
            this.first = l;
            this.last = new Placed(l, page);
            this.bullet = l.bullet();
            this.heading = heading;
            this.page = page;
            this.origin = origin;
            this.text = l.text();
        }
    }
}

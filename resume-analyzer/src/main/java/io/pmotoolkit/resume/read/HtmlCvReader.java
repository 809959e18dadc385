package io.pmotoolkit.resume.read;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.pmotoolkit.core.budget.WorkBudget;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Reads a saved web page (a job advert saved from a browser, a CV exported as a web page) with jsoup: the text of
 * its main content as lines, list items as bullets, {@code h1}–{@code h6} and lone bold paragraphs as headings,
 * a two-cell table row as "label: value". The page's title (a schema.org JobPosting's {@code title}, else
 * {@code og:title}, else {@code <title>}) becomes the document's title.
 *
 * <p>Offline and bounded: the page is parsed from the bytes given with no base address, so nothing is fetched or
 * resolved (no images, styles, frames or links are followed); scripts, styles, forms, navigation and footers are
 * dropped unread; a page over {@link #MAX_HTML_BYTES} is refused, since jsoup's tree takes several times the
 * page's size in memory; the walk over the tree is iterative (no recursion on a deeply nested page) and checks the
 * {@link WorkBudget}. Stateless and thread-safe.
 */
final class HtmlCvReader {

    /** The largest page read ({@link ReadLimits#MAX_HTML_MB}). */
    static final int MAX_HTML_BYTES = ReadLimits.MAX_HTML_MB * 1024 * 1024;
    /** Elements that hold no text of the page: dropped before it is read. */
    private static final String DROPPED = "script, style, noscript, template, svg, math, iframe, object, embed, canvas,"
            + " form, button, select, input, textarea, nav, footer, [hidden], [aria-hidden=true]";
    /** Elements that end a line. */
    private static final Set<String> BLOCKS = Set.of("p", "div", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3",
            "h4", "h5", "h6", "tr", "table", "section", "article", "main", "header", "aside", "blockquote", "pre",
            "address", "figure", "figcaption", "br", "hr", "body", "details", "summary", "caption", "thead", "tbody");
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    private static final Set<String> BOLD = Set.of("b", "strong");

    private HtmlCvReader() {
    }

    static CvDocument read(String fileName, byte[] bytes) throws CvReadException {
        if (bytes.length > MAX_HTML_BYTES) {
            throw new CvReadException(CvReadException.Reason.TOO_LARGE, fileName, String.format(Locale.ROOT,
                    "%s is a web page of %.1f MB (the limit is %d MB): save the page as text, or as PDF, and try again",
                    fileName, bytes.length / 1048576.0, ReadLimits.MAX_HTML_MB));
        }
        Document page;
        try {
            page = Jsoup.parse(new java.io.ByteArrayInputStream(bytes), null, "", Parser.htmlParser());
        } catch (IOException | RuntimeException e) {
            throw new CvReadException(CvReadException.Reason.CORRUPT, fileName, fileName
                    + " cannot be read as a web page (" + CvReader.oneLine(e) + "): save it again, or as PDF", e);
        }
        String title = title(page);
        List<String> links = new ArrayList<>();
        for (Element a : page.select("a[href]")) {
            String href = a.attr("href").strip();
            if (href.startsWith("https://") || href.startsWith("http://") || href.startsWith("mailto:")) {
                links.add(href);
            }
        }
        page.select(DROPPED).remove();
        Element root = mainContent(page);
        LineBuilder lines = new LineBuilder();
        NodeTraversor.traverse(lines, root);
        lines.flush();
        return new CvDocument(fileName, DocumentFormat.HTML, lines.out, 1, List.of(), null, links, title);
    }

    /** The page's main content when it marks exactly one ({@code <main>}, {@code role=main}, one article), else its body. */
    private static Element mainContent(Document page) {
        for (String query : List.of("main", "[role=main]", "article")) {
            var found = page.select(query);
            if (found.size() == 1 && found.get(0).text().length() >= 200) {
                return found.get(0);
            }
        }
        return page.body();
    }

    /** A schema.org JobPosting's title, else the page's og:title, else its {@code <title>}; null when none. */
    private static String title(Document page) {
        for (Element script : page.select("script[type=application/ld+json]")) {
            String t = jobPostingTitle(script.data());
            if (t != null) {
                return t;
            }
        }
        String og = page.select("meta[property=og:title]").attr("content").strip();
        if (!og.isEmpty()) {
            return og;
        }
        String t = page.title().strip();
        return t.isEmpty() ? null : t;
    }

    /** The {@code title} of the first object of {@code "@type": "JobPosting"} in JSON-LD, read with a streaming parser. */
    static String jobPostingTitle(String json) {
        if (json.length() > 1_000_000 || !json.contains("JobPosting")) {
            return null;
        }
        try (JsonParser p = new JsonFactory().createParser(json)) {
            List<String[]> stack = new ArrayList<>();  // per open object: {type, title}
            String field = null;
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                switch (t) {
                    case START_OBJECT -> stack.add(new String[2]);
                    case END_OBJECT -> {
                        String[] o = stack.remove(stack.size() - 1);
                        if ("JobPosting".equals(o[0]) && o[1] != null && !o[1].isBlank()) {
                            return o[1].strip();
                        }
                    }
                    case FIELD_NAME -> field = p.currentName();
                    case VALUE_STRING -> {
                        if (!stack.isEmpty() && p.getParsingContext().inObject()) {
                            String[] o = stack.get(stack.size() - 1);
                            if ("@type".equals(field)) {
                                o[0] = p.getText();
                            } else if ("title".equals(field)) {
                                o[1] = p.getText();
                            }
                        }
                    }
                    default -> {
                    }
                }
            }
        } catch (IOException e) {
            return null;  // broken JSON-LD: the page's other titles stand
        }
        return null;
    }

    /** Walks the tree and cuts its text into lines at block elements. */
    private static final class LineBuilder implements NodeVisitor {
        final List<CvLine> out = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private boolean bullet;
        private boolean heading;
        /** Whether the text so far stands only inside bold elements (a bold paragraph is a heading). */
        private boolean allBold = true;
        private int boldDepth;
        private int headingDepth;
        private int listItemDepth;
        private int cell;

        @Override
        public void head(Node node, int depth) {
            WorkBudget.check();
            if (node instanceof TextNode t) {
                String s = t.text();
                if (!s.isBlank()) {
                    allBold &= boldDepth > 0;
                    heading |= headingDepth > 0;
                }
                text.append(s);
                return;
            }
            if (!(node instanceof Element e)) {
                return;
            }
            String tag = e.normalName();
            if (tag.equals("td") || tag.equals("th")) {
                if (cell++ > 0) {
                    text.append(cell == 2 && text.toString().strip().split("\\s+").length <= 4 ? ": " : " | ");
                }
                return;
            }
            if (BLOCKS.contains(tag)) {
                flush();
                if (tag.equals("li")) {
                    listItemDepth++;
                    bullet = true;
                } else if (listItemDepth == 0) {
                    bullet = false;
                }
                if (tag.equals("tr")) {
                    cell = 0;
                }
            }
            if (HEADINGS.contains(tag)) {
                headingDepth++;
            }
            if (BOLD.contains(tag)) {
                boldDepth++;
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (!(node instanceof Element e)) {
                return;
            }
            String tag = e.normalName();
            if (HEADINGS.contains(tag)) {
                headingDepth--;
            }
            if (BOLD.contains(tag)) {
                boldDepth--;
            }
            if (BLOCKS.contains(tag)) {
                flush();
            }
            if (tag.equals("li")) {
                listItemDepth--;
                bullet = false;
            }
        }

        void flush() {
            String line = text.toString().replace('\u00a0', ' ').strip();
            text.setLength(0);
            if (!line.isEmpty()) {
                boolean styled = heading || allBold && line.split("\\s+").length <= 10;
                out.addAll(Lines.lines(line, 1, bullet, styled && !bullet, LineOrigin.BODY));
                bullet = false;  // a list item's first line is its bullet; a paragraph inside it goes on
            }
            heading = false;
            allBold = true;
        }
    }
}

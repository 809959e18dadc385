package io.pmotoolkit.resume.read;

import io.pmotoolkit.core.budget.WorkBudget;
import io.pmotoolkit.core.text.TextCleaner;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads plain-text and Markdown CVs: UTF-8, UTF-16 (with a byte order mark, or without one when
 * {@link Sniffer#utf16WithoutBom} recognises it), else Windows-1252 (a superset of Latin-1 for text), with
 * a warning. Stateless.
 */
final class TextCvReader {

    private static final Pattern MD_HEADING = Pattern.compile("^\\s{0,3}#{1,6}\\s*(.*?)\\s*#*\\s*$");
    private static final Pattern MD_LINK = Pattern.compile("!?\\[([^\\]]*)]\\(([^)\\s]*)[^)]*\\)");
    private static final Pattern MD_EMPHASIS = Pattern.compile("(\\*\\*|__|(?<![\\w*])\\*(?=\\S)|(?<=\\S)\\*(?![\\w*]))");
    private static final Pattern MD_BOLD_LINE = Pattern.compile("^\\s*(\\*\\*|__)([^*_]+)\\1:?\\s*$");
    private static final Pattern LEADING_SPACE = Pattern.compile("^[ \\t]+");

    private TextCvReader() {
    }

    static CvDocument read(String fileName, byte[] bytes, DocumentFormat format) {
        String text = decode(bytes);
        List<String> warnings = new ArrayList<>();
        if (!isUnicode(bytes)) {
            warnings.add(CvReader.fileNameOnly(fileName) + " is not in UTF-8; read it as Windows-1252 (Western"
                    + " European): if accented letters look wrong, save the file as UTF-8");
        }
        boolean md = format == DocumentFormat.MD;
        FrontMatter front = FrontMatter.split(text);
        text = front.body();
        List<CvLine> out = new ArrayList<>();
        String pending = null;
        boolean pendingBullet = false;
        boolean pendingHeading = false;
        int pendingIndent = 0;
        List<String> rawLines = new ArrayList<>();
        for (String raw : text.split("\r\n|\r|\n", -1)) {
            WorkBudget.check();
            for (String unglued : splitGluedHeading(raw)) {
                for (String piece : splitInlineBullets(unglued)) {
                    rawLines.addAll(Lines.chunks(piece));
                }
            }
        }
        for (String raw : rawLines) {
            WorkBudget.check();
            String line = raw.replace("\t", "    ");
            if (line.isBlank() || (md && isRule(line))) {
                flush(out, pending, pendingBullet, pendingHeading);
                pending = null;
                continue;
            }
            int indent = indent(line);
            boolean heading = false;
            String body = line;
            if (md) {
                Matcher h = MD_HEADING.matcher(line);
                Matcher bold = MD_BOLD_LINE.matcher(line);
                if (h.matches()) {
                    body = h.group(1);
                    heading = true;
                } else if (bold.matches()) {
                    body = bold.group(2);
                    heading = true;
                }
                body = MD_EMPHASIS.matcher(MD_LINK.matcher(body).replaceAll("$1 $2")).replaceAll("");
            }
            String cleaned = TextCleaner.clean(body);
            boolean bullet = !heading && TextCleaner.isBullet(cleaned);
            boolean continuation = pending != null && pendingBullet && !bullet && !heading
                    && pending.length() < Lines.MAX_JOINED_CHARS
                    && (indent > pendingIndent || (md && Lines.startsLowerCase(cleaned)));
            if (continuation) {
                pending = Lines.joinWrapped(pending, cleaned);
                continue;
            }
            flush(out, pending, pendingBullet, pendingHeading);
            pending = bullet ? TextCleaner.stripBullet(cleaned) : cleaned;
            pendingBullet = bullet;
            pendingHeading = heading;
            pendingIndent = indent;
        }
        flush(out, pending, pendingBullet, pendingHeading);
        return new CvDocument(fileName, format, out, 1, warnings).withTitle(front.title());
    }

    /**
     * A field label of a form export glued to the end of the line before: "Python- Experience - 24
     * monthsCompany Details", "Apache Tomcat 7.0Education Details", "AUTOCAD 2D, 3DEducation Details", "Git,Education Details", "• SPSSEducation Details" (805 of the 962 texts of the Kaggle resume
     * dataset have one); the form's education label also after a space ("• Marathi Education Details"), where a
     * CV's own heading would stand on a line of its own. The label becomes a line of its own, so that the
     * section it opens is found.
     */
    static List<String> splitGluedHeading(String raw) {
        Matcher m = GLUED_HEADING.matcher(raw);
        if (!m.matches()) {
            return List.of(raw);
        }
        return m.group(1) != null ? List.of(m.group(1), m.group(2)) : List.of(m.group(3), m.group(4));
    }

    private static final Pattern GLUED_HEADING = Pattern.compile(
            "(.*(?:[\\p{Ll}\\p{N}.,;)]|\\p{N}\\p{Lu}|\\p{Lu}{2}))((?:Company|Education|Skills?|Work|Contact|Personal) Details)\\s*"
                    + "|(.*\\S)\\s+(Education Details)\\s*");

    /**
     * A CV pasted into a form often arrives with its bullets run together on one line ("CORE COMPETENCIES •
     * Maintain processes... • Report automation..."): a long line with two or more bullet marks becomes a
     * line for what precedes the first mark (often a heading) and one bullet line per item.
     */
    static List<String> splitInlineBullets(String raw) {
        String cleaned = TextCleaner.clean(raw);
        int marks = 0;
        for (int i = cleaned.indexOf('•'); i >= 0; i = cleaned.indexOf('•', i + 1)) {
            marks++;
        }
        if (marks < 2 || cleaned.length() < 80) {
            return List.of(raw);
        }
        List<String> out = new ArrayList<>();
        String[] parts = cleaned.split("\\s*•\\s*");
        if (!parts[0].isBlank()) {
            out.add(parts[0].strip());
        }
        for (int i = 1; i < parts.length; i++) {
            if (!parts[i].isBlank()) {
                out.add("• " + parts[i].strip());
            }
        }
        return out;
    }

    private static void flush(List<CvLine> out, String text, boolean bullet, boolean heading) {
        if (text != null) {
            out.addAll(Lines.lines(text, 1, bullet, heading, LineOrigin.BODY));
        }
    }

    /**
     * A Markdown thematic break or setext underline: three or more of - * _ = and nothing else but spaces.
     * Checked in code: the regular expression {@code ([-*_=]\s*){3,}} overflowed the stack on a long line.
     */
    static boolean isRule(String line) {
        int marks = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '-' || c == '*' || c == '_' || c == '=') {
                marks++;
            } else if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return marks >= 3;
    }

    private static int indent(String line) {
        Matcher m = LEADING_SPACE.matcher(line);
        return m.find() ? m.end() : 0;
    }

    static String decode(byte[] b) {
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE);
        }
        var utf16 = Sniffer.utf16WithoutBom(b);
        if (utf16.isPresent()) {
            return new String(b, utf16.get());
        }
        if (Sniffer.isUtf8(b)) {
            int bom = b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF ? 3 : 0;
            return new String(b, bom, b.length - bom, StandardCharsets.UTF_8);
        }
        return new String(b, Charset.forName("windows-1252"));
    }

    /** Whether {@link #decode} reads the bytes as UTF-8 or UTF-16 rather than falling back to Windows-1252. */
    private static boolean isUnicode(byte[] b) {
        return (b.length >= 2 && (((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) || ((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF)))
                || Sniffer.utf16WithoutBom(b).isPresent() || Sniffer.isUtf8(b);
    }
}

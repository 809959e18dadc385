package io.pmotoolkit.resume.read;

import io.pmotoolkit.resume.read.CvReadException.Reason;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.util.RecordFormatException;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.IRunElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;

/**
 * Reads Word (.docx) CVs with Apache POI: page headers first, then the body in document order (paragraphs,
 * table cells row by row, text boxes after the paragraph that anchors them), then page footers.
 * POI's zip-bomb limits ({@code ZipSecureFile}: an entry may not expand more than 100 times) stay at their
 * defaults; on top of them the package is inflated once before POI sees it and refused when an XML part
 * expands beyond {@value #MAX_XML_PART_MB} MB or all parts beyond {@value #MAX_EXPANDED_MB} MB, sizes no CV
 * comes near (the largest part in our corpus is 0.7 MB) but that would take POI minutes and gigabytes.
 * Stateless.
 */
final class DocxCvReader {

    private static final String TEXT_BOX_PATH =
            "declare namespace w='http://schemas.openxmlformats.org/wordprocessingml/2006/main' .//w:txbxContent";
    private static final String PARAGRAPHS_PATH =
            "declare namespace w='http://schemas.openxmlformats.org/wordprocessingml/2006/main' .//w:p";
    private static final Pattern HEADING_STYLE = Pattern.compile("(?i)^(heading\\s*[1-3]|title|subtitle|berschrift\\s*[1-3]|titre\\s*[1-3])$");
    private static final Pattern TABS = Pattern.compile("[ \\u00A0]*\\t[\\t \\u00A0]*");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?,;]$");

    /** An XML part (document, styles, header...) that expands beyond this many MB is refused. */
    static final int MAX_XML_PART_MB = 16;
    /** A package whose parts together expand beyond this many MB is refused. */
    static final int MAX_EXPANDED_MB = 256;

    private final XWPFDocument doc;
    private final List<CvLine> lines = new ArrayList<>();
    private boolean textBoxes;

    /** The addresses the document's hyperlinks point to (a "LinkedIn" word linked to the profile), at most 40. */
    private List<String> links() {
        List<String> out = new ArrayList<>();
        for (var link : doc.getHyperlinks()) {
            if (link.getURL() != null && out.size() < 40) {
                out.add(link.getURL().strip());
            }
        }
        return out;
    }

    private DocxCvReader(XWPFDocument doc) {
        this.doc = doc;
    }

    static CvDocument read(String fileName, byte[] bytes) throws CvReadException {
        checkExpandedSize(fileName, bytes);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            return new DocxCvReader(doc).read(fileName);
        } catch (CvReadException e) {
            throw e;
        } catch (EncryptedDocumentException | OLE2NotOfficeXmlFileException e) {
            throw CvReader.passwordNeeded(fileName);
        } catch (IOException | RuntimeException | StackOverflowError e) {
            // POI reports damaged parts as POIXMLException, NotOfficeXmlFileException and assorted
            // runtime exceptions, and its zip-bomb guard as an IOException naming the limit
            throw mapFailure(fileName, e);
        }
    }

    /**
     * Inflates every entry once, counting bytes, and refuses the package when a part expands beyond
     * {@link #MAX_XML_PART_MB} (XML) or all beyond {@link #MAX_EXPANDED_MB}. A package that
     * {@link ZipInputStream} cannot walk is left to POI, which says more about what is wrong.
     */
    static void checkExpandedSize(String fileName, byte[] bytes) throws CvReadException {
        long maxPart = (long) MAX_XML_PART_MB << 20;
        long maxTotal = (long) MAX_EXPANDED_MB << 20;
        long total = 0;
        byte[] buf = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            int parts = 0;
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (++parts > ReadLimits.MAX_DOCX_PARTS) {
                    throw new CvReadException(Reason.TOO_LARGE, fileName, String.format(Locale.ROOT, "%s holds more"
                            + " than %,d parts (a fixed reading limit; Word writes a few dozen): save it again from"
                            + " Word or export it as PDF", fileName, ReadLimits.MAX_DOCX_PARTS));
                }
                String name = e.getName().toLowerCase(Locale.ROOT);
                boolean xml = name.endsWith(".xml") || name.endsWith(".rels");
                long part = 0;
                for (int n = zip.read(buf); n > 0; n = zip.read(buf)) {
                    part += n;
                    total += n;
                    if ((xml && part > maxPart) || total > maxTotal) {
                        throw expandsTooMuch(fileName, null);
                    }
                }
            }
        } catch (CvReadException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // not walkable as a plain zip stream: POI decides
        }
    }

    /** The JDK XML parser's message for one of its limits: {@code ...the limit "100" set by "jdk.xml.maxElementDepth"}. */
    private static final Pattern XML_PARSER_LIMIT = Pattern.compile("limit \"(\\d+)\" set by \"(jdk\\.xml\\.\\w+)\"");

    private static CvReadException expandsTooMuch(String fileName, Throwable cause) {
        return new CvReadException(Reason.TOO_LARGE, fileName, fileName + " expands to too much data to be a CV"
                + " (it looks like a zip bomb or holds a huge part, over " + MAX_XML_PART_MB + " MB of XML):"
                + " save it again from Word or export it as PDF", cause);
    }

    /**
     * Decrypts a password-protected Word document (an OLE2 container with an encrypted package, as Word
     * writes with "Encrypt with Password") into the bytes of the .docx inside.
     */
    static byte[] decrypt(String fileName, byte[] bytes, String password) throws CvReadException {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            EncryptionInfo info = new EncryptionInfo(fs);
            int spinCount = info.getVerifier() == null ? 0 : info.getVerifier().getSpinCount();
            if (spinCount > ReadLimits.MAX_SPIN_COUNT || spinCount < 0) {
                // the password is hashed spinCount times before it can be checked: 2e9 rounds take hours
                throw new CvReadException(Reason.ENCRYPTED, fileName, String.format(Locale.ROOT, "%s asks for its"
                        + " password to be hashed %,d times (Word uses 100,000; the limit is %,d): the file is not"
                        + " as Word writes it; save an unprotected copy", fileName, Integer.toUnsignedLong(spinCount),
                        ReadLimits.MAX_SPIN_COUNT));
            }
            Decryptor decryptor = Decryptor.getInstance(info);
            if (!decryptor.verifyPassword(password)) {
                throw CvReader.wrongPassword(fileName, null);
            }
            try (InputStream in = decryptor.getDataStream(fs)) {
                return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, Math.max(decryptor.getLength(), 0)));
            }
        } catch (CvReadException e) {
            throw e;
        } catch (GeneralSecurityException | IOException | RuntimeException e) {
            throw new CvReadException(Reason.ENCRYPTED, fileName, fileName + " is password-protected in a way"
                    + " that cannot be opened (" + CvReader.oneLine(e) + "): save an unprotected copy", e);
        }
    }

    private static CvReadException mapFailure(String fileName, Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (m.contains("zip bomb") || m.contains("too large") || m.contains("exceeds the max")
                    || m.contains("max entry size") || m.contains("maxentrysize")
                    || t instanceof RecordFormatException && m.contains("maximum length")) {
                return expandsTooMuch(fileName, e);
            }
            java.util.regex.Matcher parserLimit = XML_PARSER_LIMIT.matcher(String.valueOf(t.getMessage()));
            if (parserLimit.find()) {
                // the JDK's XML limits (element depth, entity expansions, attribute count): a limit, not damage
                return new CvReadException(Reason.TOO_LARGE, fileName, fileName + " goes past the XML parser's limit "
                        + parserLimit.group(2) + " of " + parserLimit.group(1) + ", which no Word document comes near (a"
                        + " fixed reading limit): save it again from Word or export it as PDF", e);
            }
            if (m.contains("doctype is disallowed")) {
                return new CvReadException(Reason.CORRUPT, fileName, fileName + " contains an XML DOCTYPE, which Word"
                        + " never writes and which is refused for safety (external entities can read local files):"
                        + " save it again from Word or export it as PDF", e);
            }
            if (t instanceof InvalidFormatException) {
                break;
            }
        }
        return new CvReadException(Reason.CORRUPT, fileName, corruptMessage(fileName), e);
    }

    private static String corruptMessage(String fileName) {
        return fileName + " is damaged and cannot be read as a Word document: open it in Word, save a new copy"
                + " (or export it as PDF) and try again";
    }

    private CvDocument read(String fileName) throws CvReadException {
        List<String> warnings = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (XWPFHeader h : doc.getHeaderList()) {
            for (IBodyElement e : h.getBodyElements()) {
                element(e, LineOrigin.HEADER, seen);
            }
        }
        int headerEnd = lines.size();
        for (IBodyElement e : doc.getBodyElements()) {
            element(e, LineOrigin.BODY, null);
        }
        int bodyEnd = lines.size();
        seen.clear();
        for (XWPFFooter f : doc.getFooterList()) {
            for (IBodyElement e : f.getBodyElements()) {
                element(e, LineOrigin.FOOTER, seen);
            }
        }
        headerWarnings(headerEnd, bodyEnd, warnings);
        if (textBoxes) {
            warnings.add("Text found in text boxes; many ATS systems skip text boxes: move that text into the body");
        }
        int pages = 1;
        try {
            var props = doc.getProperties().getExtendedProperties().getUnderlyingProperties();
            if (props != null && props.isSetPages() && props.getPages() > 0) {
                pages = props.getPages();
            }
        } catch (RuntimeException e) {
            // the page count is a nicety from docProps/app.xml; many generators leave it out
        }
        return new CvDocument(fileName, DocumentFormat.DOCX, lines, pages, warnings).withLinks(links());
    }

    private void headerWarnings(int headerEnd, int bodyEnd, List<String> warnings) {
        boolean headerText = headerEnd > 0;
        boolean footerText = lines.size() > bodyEnd;
        if (!headerText && !footerText) {
            return;
        }
        boolean contactInHeader = false;
        boolean contactInBody = false;
        for (int i = 0; i < lines.size(); i++) {
            String t = lines.get(i).text();
            boolean contact = ContactPatterns.email(t).isPresent() || ContactPatterns.phone(t).isPresent();
            if (contact && (i < headerEnd || i >= bodyEnd)) {
                contactInHeader = true;
            } else if (contact) {
                contactInBody = true;
            }
        }
        if (contactInHeader && !contactInBody) {
            warnings.add("Contact details are in the page header; some ATS systems ignore headers: put them in the body too");
        } else {
            warnings.add("Text found in the page header/footer; some ATS systems ignore it: keep anything important in the body");
        }
    }

    private void element(IBodyElement e, LineOrigin origin, Set<String> seen) {
        if (e instanceof XWPFParagraph p) {
            paragraph(p, origin, seen);
        } else if (e instanceof XWPFTable t) {
            table(t, origin == LineOrigin.BODY ? LineOrigin.TABLE : origin, seen);
        } else if (e instanceof XWPFSDT sdt) {
            for (String part : sdt.getContent().getText().split("\n")) {
                add(part, false, false, origin, seen);
            }
        }
    }

    private void table(XWPFTable t, LineOrigin origin, Set<String> seen) {
        for (XWPFTableRow row : t.getRows()) {
            for (XWPFTableCell cell : row.getTableCells()) {
                for (IBodyElement e : cell.getBodyElements()) {
                    element(e, origin, seen);
                }
            }
        }
    }

    private void paragraph(XWPFParagraph p, LineOrigin origin, Set<String> seen) {
        String text = paragraphText(p);
        boolean bullet = p.getNumID() != null || isListStyle(p);
        boolean heading = isHeadingStyle(p) || isBoldShort(p, text);
        String[] parts = text.split("\n");
        for (int i = 0; i < parts.length; i++) {
            // a soft line break inside a list item continues the item; elsewhere it separates lines
            if (bullet && i > 0) {
                continue;
            }
            String part = bullet ? String.join(" ", parts) : parts[i];
            add(part, bullet, heading, origin, seen);
        }
        textBoxes(p.getCTP(), origin, seen);
    }

    /** Text boxes (DrawingML and VML) anchored in the paragraph; each box's paragraphs become lines. */
    private void textBoxes(CTP ctp, LineOrigin origin, Set<String> seen) {
        XmlObject[] boxes = ctp.selectPath(TEXT_BOX_PATH);
        if (boxes.length == 0) {
            return;
        }
        Set<String> boxTexts = new LinkedHashSet<>();
        LineOrigin boxOrigin = origin == LineOrigin.BODY || origin == LineOrigin.TABLE ? LineOrigin.TEXT_BOX : origin;
        for (XmlObject box : boxes) {
            // Word writes each box twice: the DrawingML choice and a VML fallback with the same text.
            String all;
            try (XmlCursor c = box.newCursor()) {
                all = c.getTextValue();
            }
            if (!boxTexts.add(all)) {
                continue;
            }
            for (XmlObject po : box.selectPath(PARAGRAPHS_PATH)) {
                // inside mc:AlternateContent, which the schema does not know, XmlBeans leaves nodes untyped:
                // re-parse their XML as a paragraph
                CTP inner = po instanceof CTP typed ? typed : parseParagraph(po);
                if (inner != null) {
                    XWPFParagraph ip = new XWPFParagraph(inner, doc);
                    String t = paragraphText(ip);
                    boolean bullet = ip.getNumID() != null || isListStyle(ip);
                    for (String part : t.split("\n")) {
                        if (add(part, bullet, isHeadingStyle(ip) || isBoldShort(ip, t), boxOrigin, seen)
                                && boxOrigin == LineOrigin.TEXT_BOX) {
                            textBoxes = true;
                        }
                    }
                }
            }
        }
    }

    private static CTP parseParagraph(XmlObject untyped) {
        try {
            return CTP.Factory.parse(untyped.xmlText());
        } catch (XmlException e) {
            return null;
        }
    }

    private boolean add(String raw, boolean bullet, boolean heading, LineOrigin origin, Set<String> seen) {
        if (raw.length() > Lines.MAX_LINE_CHARS) {
            boolean added = false;
            List<String> parts = Lines.chunks(raw);
            for (int i = 0; i < parts.size(); i++) {
                added |= add(parts.get(i), bullet && i == 0, false, origin, seen);
            }
            return added;
        }
        String t = raw.strip();
        String stripped = TABS.matcher(io.pmotoolkit.core.text.TextCleaner.stripBullet(t)).replaceAll(" | ");
        boolean marker = io.pmotoolkit.core.text.TextCleaner.isBullet(t);
        boolean added = false;
        for (CvLine line : Lines.lines(marker ? stripped : TABS.matcher(t).replaceAll(" | "), 1, bullet || marker, heading, origin)) {
            if (seen == null || seen.add(line.text())) {
                lines.add(line);
                added = true;
            }
        }
        return added;
    }

    /** The paragraph's text from its runs, without the text of drawings (read separately as text boxes). */
    private static String paragraphText(XWPFParagraph p) {
        StringBuilder sb = new StringBuilder();
        for (IRunElement r : p.getIRuns()) {
            if (r instanceof XWPFRun run) {
                sb.append(run.text());
            } else if (r instanceof XWPFSDT sdt) {
                sb.append(sdt.getContent().getText());
            }
        }
        return sb.toString();
    }

    private boolean isHeadingStyle(XWPFParagraph p) {
        String id = p.getStyleID();
        if (id == null) {
            return false;
        }
        if (HEADING_STYLE.matcher(id).matches()) {
            return true;
        }
        XWPFStyle style = doc.getStyles() == null ? null : doc.getStyles().getStyle(id);
        return style != null && style.getName() != null && HEADING_STYLE.matcher(style.getName()).matches();
    }

    private boolean isListStyle(XWPFParagraph p) {
        String id = p.getStyleID();
        return id != null && id.toLowerCase(Locale.ROOT).startsWith("listbullet");
    }

    /** A short paragraph whose text runs are all bold reads as a heading. */
    private static boolean isBoldShort(XWPFParagraph p, String text) {
        String t = text.strip();
        if (t.isEmpty() || t.split("\\s+").length > 6 || SENTENCE_END.matcher(t).find()) {
            return false;
        }
        boolean any = false;
        for (XWPFRun r : p.getRuns()) {
            if (r.text().isBlank()) {
                continue;
            }
            if (!r.isBold()) {
                return false;
            }
            any = true;
        }
        return any;
    }
}

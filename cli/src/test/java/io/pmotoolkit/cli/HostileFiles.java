package io.pmotoolkit.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.DocumentEntry;
import org.apache.poi.poifs.filesystem.DocumentInputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Makes the hostile files of issue 16: each a few kilobytes (or a small compressed file) that once took
 * minutes, gigabytes or gave a misleading message. No personal data: the text is made up. Written by hand
 * where PDFBox's writer would refuse or fix the attack (forms that draw each other, glyphs 3e9 points away, a
 * page tree that lies). {@link HostileCorpusTest} makes them at test time; {@link #main} writes them to a
 * folder, to time them with the jar ({@code docs/limits.md}). Not a test.
 */
final class HostileFiles {

    private HostileFiles() {
    }

    /** Writes every hostile file into the folder given as the first argument. */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/hostile");
        Files.createDirectories(dir);
        for (Map.Entry<String, byte[]> e : all().entrySet()) {
            Files.write(dir.resolve(e.getKey()), e.getValue());
        }
    }

    /** Every hostile file by name; the name says the attack. */
    static Map<String, byte[]> all() throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("forms-drawing-each-other.pdf", formsDrawingEachOther());
        files.put("forms-nested-200-deep.pdf", formChain(200));
        files.put("form-drawn-100000-times.pdf", formDrawnOften(100_000));
        files.put("wrapped-paragraph-25000-glyphs.pdf", wrappedParagraph(28_000));
        files.put("one-mb-wrapped-paragraph.pdf", wrappedParagraph(1 << 20));
        files.put("four-mb-wrapped-paragraph.pdf", wrappedParagraph(4 << 20));
        files.put("glyphs-3e8-apart.pdf", farApart(3e8));
        files.put("glyphs-1e9-apart.pdf", farApart(1e9));
        files.put("glyphs-3e9-apart.pdf", farApart(3e9));
        files.put("glyphs-at-infinity.pdf", farApart(3.4e38));
        files.put("three-million-operators.pdf", operatorFlood(3_000_000));
        files.put("hundred-thousand-glyphs-one-page.pdf", glyphFlood(100_000));
        files.put("one-glyph-per-row.pdf", glyphPerRow(15_000));
        files.put("400-long-words.pdf", longWordsPdf(400, 2000));
        files.put("400-long-words.txt", longWords(400, 2000).getBytes(StandardCharsets.UTF_8));
        files.put("one-32000-letter-word.txt", ("Jane Doe, project coordinator. " + word(new Random(3), 32_000))
                .getBytes(StandardCharsets.UTF_8));
        files.put("page-count-2147483647.pdf", pageCountLie());
        files.put("5000-blank-pages.pdf", blankPages(5000));
        files.put("no-text-no-images.pdf", noTextNoImages());
        files.put("zip-bomb.docx", zipBombDocx(64L << 20));
        files.put("spin-count-2e9.docx", spinCountDocx(2_000_000_000));
        files.put("tables-nested-5000-deep.docx", nestedTablesDocx(5000));
        files.put("one-paragraph-3-million-chars.docx", bigParagraphDocx(3_000_000));
        files.put("docx-of-5000-parts.docx", manyPartsDocx(5000));
        return files;
    }

    /** An answer for {@code feedback}: one word of 32,000 letters (the spelling-variant pattern was quadratic in it). */
    static String longWordAnswer() {
        return "I collated the weekly report. " + word(new Random(5), 32_000) + " and sent it to the board.";
    }

    // ---- PDF ----

    /** Two form XObjects, each drawing the other twice: 2^depth draws (400 s, 6 GB before). */
    static byte[] formsDrawingEachOther() {
        return pdf("/A Do",
                "<</XObject<</A 6 0 R>>/Font<</F1 5 0 R>>>>",
                "6 0 obj <</Type/XObject/Subtype/Form/BBox[0 0 612 792]/Resources<</XObject<</B 7 0 R>>/Font<</F1 5 0 R>>>>"
                        + stream("BT /F1 10 Tf 72 700 Td (Jane Doe) Tj ET /B Do /B Do") + " endobj\n"
                        + "7 0 obj <</Type/XObject/Subtype/Form/BBox[0 0 612 792]/Resources<</XObject<</A 6 0 R>>/Font<</F1 5 0 R>>>>"
                        + stream("BT /F1 10 Tf 72 680 Td (project) Tj ET /A Do /A Do") + " endobj\n");
    }

    /** Forms nested {@code depth} deep, each drawing the next once. */
    static byte[] formChain(int depth) {
        StringBuilder objs = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            int obj = 6 + i;
            String next = i + 1 < depth ? "/XObject<</N " + (obj + 1) + " 0 R>>" : "";
            objs.append(obj).append(" 0 obj <</Type/XObject/Subtype/Form/BBox[0 0 612 792]/Resources<<").append(next)
                    .append("/Font<</F1 5 0 R>>>>")
                    .append(stream("BT /F1 10 Tf 72 700 Td (level) Tj ET" + (next.isEmpty() ? "" : " /N Do")))
                    .append(" endobj\n");
        }
        return pdf("/N Do", "<</XObject<</N 6 0 R>>/Font<</F1 5 0 R>>>>", objs.toString());
    }

    /** One small form drawn {@code times} times from the page. */
    static byte[] formDrawnOften(int times) {
        StringBuilder content = new StringBuilder();
        for (int i = 0; i < times; i++) {
            content.append("/A Do\n");
        }
        content.append("BT /F1 10 Tf 72 700 Td (Jane Doe) Tj ET\n");
        return pdfDeflated(content.toString(), "<</XObject<</A 6 0 R>>/Font<</F1 5 0 R>>>>",
                "6 0 obj <</Type/XObject/Subtype/Form/BBox[0 0 612 792]" + stream("0 0 1 1 re n") + " endobj\n");
    }

    /** About {@code bytes} of content: one paragraph of lower-case wrapped lines (the joiner was quadratic). */
    static byte[] wrappedParagraph(int bytes) {
        StringBuilder content = new StringBuilder("BT /F1 10 Tf 12 TL 72 780 Td\n");
        Random random = new Random(11);
        int line = 0;
        while (content.length() < bytes) {
            content.append('(');
            for (int w = 0; w < 12; w++) {
                content.append(w == 0 && line == 0 ? "Coordinated" : word(random, 3 + random.nextInt(6))).append(' ');
            }
            content.append(") Tj T*\n");
            if (++line % 60 == 0) {
                content.append("0 720 Td\n");  // back up the page: one endless column
            }
        }
        content.append("ET");
        return pdfDeflated(content.toString(), "<</Font<</F1 5 0 R>>>>", "");
    }

    /** A line of text, then glyphs {@code apart} points to the right of each other. */
    static byte[] farApart(double apart) {
        StringBuilder content = new StringBuilder("BT /F1 10 Tf 72 700 Td (Jane Doe project coordinator) Tj ET\n");
        for (int i = 1; i <= 12; i++) {
            content.append("BT /F1 10 Tf ").append(String.format(java.util.Locale.ROOT, "%.0f", apart * i))
                    .append(' ').append(700 - 14 * i).append(" Td (far) Tj ET\n");
        }
        return pdf(content.toString(), "<</Font<</F1 5 0 R>>>>", "");
    }

    /** {@code n} operators that do nothing ("q Q"), deflated to a few kilobytes. */
    static byte[] operatorFlood(int n) {
        StringBuilder content = new StringBuilder("BT /F1 10 Tf 72 700 Td (Jane Doe) Tj ET\n");
        for (int i = 0; i < n / 2; i++) {
            content.append("q Q\n");
        }
        return pdfDeflated(content.toString(), "<</Font<</F1 5 0 R>>>>", "");
    }

    /** {@code n} glyphs on one page, in lines of 100. */
    static byte[] glyphFlood(int n) {
        StringBuilder content = new StringBuilder("BT /F1 4 Tf 5 TL 10 780 Td\n");
        Random random = new Random(13);
        for (int i = 0; i < n; i += 100) {
            content.append('(').append(words(random, 100)).append(") Tj T*\n");
        }
        content.append("ET");
        return pdfDeflated(content.toString(), "<</Font<</F1 5 0 R>>>>", "");
    }

    /** {@code n} one-letter words each on its own baseline, a hundredth of a point apart. */
    static byte[] glyphPerRow(int n) {
        StringBuilder content = new StringBuilder("BT /F1 1 Tf\n");
        Random random = new Random(17);
        for (int i = 0; i < n; i++) {
            content.append("1 0 0 1 ").append(random.nextInt(540) + 36).append(' ')
                    .append(String.format(java.util.Locale.ROOT, "%.2f", 780 - i * 0.014)).append(" Tm (")
                    .append((char) ('a' + random.nextInt(26))).append(") Tj\n");
        }
        content.append("ET");
        return pdfDeflated(content.toString(), "<</Font<</F1 5 0 R>>>>", "");
    }

    /** {@code count} distinct words of {@code length} letters, set in lines. */
    static byte[] longWordsPdf(int count, int length) {
        StringBuilder content = new StringBuilder("BT /F1 1 Tf 1.2 TL 10 780 Td\n");
        Random random = new Random(19);
        for (int i = 0; i < count; i++) {
            content.append('(').append(word(random, length)).append(") Tj T*\n");
            if (i % 500 == 499) {
                content.append("0 600 Td\n");
            }
        }
        content.append("ET");
        return pdfDeflated(content.toString(), "<</Font<</F1 5 0 R>>>>", "");
    }

    /** A one-page PDF whose page tree claims 2,147,483,647 pages. */
    static byte[] pageCountLie() {
        return raw("%PDF-1.4\n1 0 obj <</Type/Catalog/Pages 2 0 R>> endobj\n"
                + "2 0 obj <</Type/Pages/Kids[3 0 R]/Count 2147483647>> endobj\n"
                + "3 0 obj <</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]/Contents 4 0 R/Resources<</Font<</F1 5 0 R>>>>>> endobj\n"
                + "4 0 obj " + stream(cvText()) + " endobj\n"
                + FONT + "trailer <</Root 1 0 R>>\n%%EOF\n");
    }

    /** {@code n} pages without content. */
    static byte[] blankPages(int n) {
        StringBuilder kids = new StringBuilder();
        StringBuilder pages = new StringBuilder();
        for (int i = 0; i < n; i++) {
            kids.append(10 + i).append(" 0 R ");
            pages.append(10 + i).append(" 0 obj <</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]>> endobj\n");
        }
        return raw("%PDF-1.4\n1 0 obj <</Type/Catalog/Pages 2 0 R>> endobj\n"
                + "2 0 obj <</Type/Pages/Kids[" + kids + "]/Count " + n + ">> endobj\n" + pages
                + "trailer <</Root 1 0 R>>\n%%EOF\n");
    }

    /** A page whose content is broken (not text, not images): damaged, not "image-only". */
    static byte[] noTextNoImages() {
        return pdf("BT /F9 10 Tf 72 700 Td <00> Tj ET ] ] >> (unbalanced", "<<>>", "");
    }

    private static final String FONT = "5 0 obj <</Type/Font/Subtype/Type1/BaseFont/Helvetica/Encoding/WinAnsiEncoding>> endobj\n";

    private static String cvText() {
        return "BT /F1 11 Tf 14 TL 72 720 Td (Jane Doe) Tj T* (PMO Analyst) Tj T* (Maintained the RAID log and the weekly"
                + " report for a portfolio of 12 projects.) Tj ET";
    }

    /** A one-page PDF: content as given (uncompressed), page resources, extra objects from 6 on. */
    private static byte[] pdf(String content, String resources, String objects) {
        return raw(head(resources) + "4 0 obj " + stream(content) + " endobj\n" + FONT + objects
                + "trailer <</Root 1 0 R>>\n%%EOF\n");
    }

    /** As {@link #pdf} with the page content deflated. */
    private static byte[] pdfDeflated(String content, String resources, String objects) {
        byte[] deflated = deflate(content.getBytes(StandardCharsets.ISO_8859_1));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes((head(resources) + "4 0 obj <</Length " + deflated.length + "/Filter/FlateDecode>> stream\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(deflated);
        out.writeBytes(("\nendstream endobj\n" + FONT + objects + "trailer <</Root 1 0 R>>\n%%EOF\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        return out.toByteArray();
    }

    private static String head(String resources) {
        return "%PDF-1.4\n1 0 obj <</Type/Catalog/Pages 2 0 R>> endobj\n2 0 obj <</Type/Pages/Kids[3 0 R]/Count 1>> endobj\n"
                + "3 0 obj <</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]/Contents 4 0 R/Resources" + resources
                + ">> endobj\n";
    }

    private static String stream(String content) {
        return "<</Length " + content.length() + ">> stream\n" + content + "\nendstream";
    }

    private static byte[] raw(String pdf) {
        return pdf.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] deflate(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream z = new DeflaterOutputStream(out, new Deflater(9))) {
            z.write(data);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    // ---- text ----

    private static String longWords(int count, int length) {
        Random random = new Random(23);
        StringBuilder sb = new StringBuilder("Jane Doe\nPMO Analyst\n");
        for (int i = 0; i < count; i++) {
            sb.append(word(random, length)).append(i % 5 == 4 ? "\n" : " ");
        }
        return sb.toString();
    }

    private static String word(Random random, int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append((char) ('a' + random.nextInt(26)));
        }
        return sb.toString();
    }

    private static String words(Random random, int letters) {
        StringBuilder sb = new StringBuilder();
        while (sb.length() < letters) {
            sb.append(word(random, 1 + random.nextInt(7))).append(' ');
        }
        sb.setLength(letters);
        return sb.toString();
    }

    // ---- DOCX ----

    private static final String CONTENT_TYPES = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument."
            + "wordprocessingml.document.main+xml\"/></Types>";
    private static final String RELS = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
            + "officeDocument\" Target=\"word/document.xml\"/></Relationships>";
    private static final String W = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

    /** A minimal .docx whose document body is {@code body} (written through {@code bodyWriter} when large). */
    private static byte[] docx(int level, BodyWriter body) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(level);
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(CONTENT_TYPES.getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("_rels/.rels"));
            zip.write(RELS.getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document " + W + "><w:body>")
                    .getBytes(StandardCharsets.UTF_8));
            body.write(zip);
            zip.write("</w:body></w:document>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    private interface BodyWriter {
        void write(OutputStream out) throws IOException;
    }

    private static byte[] paragraph(String text) {
        return ("<w:p><w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p>").getBytes(StandardCharsets.UTF_8);
    }

    /** A .docx whose other part is {@code bytes} of one repeated byte: inflates 1000 to 1. */
    static byte[] zipBombDocx(long bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(9);
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(CONTENT_TYPES.getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("_rels/.rels"));
            zip.write(RELS.getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document " + W + "><w:body>").getBytes(StandardCharsets.UTF_8));
            zip.write(paragraph("Jane Doe"));
            zip.write("<!--".getBytes(StandardCharsets.US_ASCII));
            byte[] blank = new byte[1 << 20];
            java.util.Arrays.fill(blank, (byte) ' ');
            for (long n = 0; n < bytes; n += blank.length) {
                zip.write(blank);
            }
            zip.write("--></w:body></w:document>".getBytes(StandardCharsets.US_ASCII));
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    /** Tables nested in table cells {@code depth} deep. */
    static byte[] nestedTablesDocx(int depth) throws IOException {
        // stored, not deflated: a deflated file this repetitive trips POI's inflate-ratio guard before the nesting
        return docx(0, out -> {
            out.write(paragraph("Jane Doe"));
            for (int i = 0; i < depth; i++) {
                out.write("<w:tbl><w:tr><w:tc>".getBytes(StandardCharsets.US_ASCII));
            }
            out.write(paragraph("deep"));
            for (int i = 0; i < depth; i++) {
                out.write("</w:tc></w:tr></w:tbl><w:p/>".getBytes(StandardCharsets.US_ASCII));
            }
        });
    }

    /** A .docx with {@code parts} empty extra entries. */
    static byte[] manyPartsDocx(int parts) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(CONTENT_TYPES.getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("_rels/.rels"));
            zip.write(RELS.getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(("<w:document " + W + "><w:body>").getBytes(StandardCharsets.UTF_8));
            zip.write(paragraph("Jane Doe"));
            zip.write("</w:body></w:document>".getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < parts; i++) {
                zip.putNextEntry(new ZipEntry("word/media/x" + i + ".bin"));
            }
        }
        return out.toByteArray();
    }

    /** One paragraph of {@code chars} characters of short words. */
    static byte[] bigParagraphDocx(int chars) throws IOException {
        return docx(9, out -> out.write(paragraph(words(new Random(29), chars))));
    }

    /**
     * A Word document encrypted with a password ("pass") whose password-hashing spin count is patched to
     * {@code spinCount} (Word writes 100,000; 2e9 took hours with --password).
     */
    static byte[] spinCountDocx(int spinCount) throws IOException {
        byte[] docx = docx(9, out -> out.write(paragraph("Jane Doe, PMO Analyst")));
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor enc = info.getEncryptor();
            enc.confirmPassword("pass");
            try (OutputStream os = enc.getDataStream(fs)) {
                os.write(docx);
            } catch (java.security.GeneralSecurityException e) {
                throw new IOException(e);
            }
            DocumentEntry entry = (DocumentEntry) fs.getRoot().getEntry("EncryptionInfo");
            byte[] infoBytes;
            try (DocumentInputStream in = new DocumentInputStream(entry)) {
                infoBytes = in.readAllBytes();
            }
            String xml = new String(infoBytes, StandardCharsets.ISO_8859_1);
            xml = xml.replace("spinCount=\"100000\"", "spinCount=\"" + spinCount + "\"");
            fs.getRoot().createOrUpdateDocument("EncryptionInfo",
                    new ByteArrayInputStream(xml.getBytes(StandardCharsets.ISO_8859_1)));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }
}

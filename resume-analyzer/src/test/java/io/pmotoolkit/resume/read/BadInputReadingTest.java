package io.pmotoolkit.resume.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pmotoolkit.resume.read.CvReadException.Reason;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;

/** The bad inputs of issue 7 at the reader: each fails with its reason and a message that says what to do. */
class BadInputReadingTest {

    private static final CvReader READER = new CvReader();
    private static final String CV_TEXT = "Jane Doe\njane@example.com\n\nEXPERIENCE\n"
            + "- Led the PMO for a portfolio of twelve projects and cut the reporting cycle from ten days to four.\n";

    static Path sample(String name) {
        return Path.of(System.getProperty("pmo.samples.dir", "../samples"), name);
    }

    static byte[] pdf(int pages, String text, String userPassword) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int i = 0; i < pages; i++) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(font, 11);
                    cs.newLineAtOffset(72, 700);
                    cs.showText(text);
                    cs.endText();
                }
            }
            if (userPassword != null) {
                StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-" + userPassword, userPassword,
                        new AccessPermission());
                policy.setEncryptionKeyLength(128);
                doc.protect(policy);
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    static byte[] encryptDocx(byte[] docx, String password) throws IOException, GeneralSecurityException {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Encryptor enc = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            enc.confirmPassword(password);
            try (OutputStream os = enc.getDataStream(fs)) {
                os.write(docx);
            }
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    /** The sample DOCX with {@code padding} bytes of {@code filler} added to word/document.xml (in a comment). */
    static byte[] paddedDocx(long padding, byte[] filler) throws IOException {
        byte[] src = Files.readAllBytes(sample("amelia-hart-project-manager.docx"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(src)); ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] data = in.readAllBytes();
                out.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals("word/document.xml")) {
                    String xml = new String(data, StandardCharsets.UTF_8);
                    int at = xml.indexOf("<w:body>");
                    out.write(xml.substring(0, at).getBytes(StandardCharsets.UTF_8));
                    out.write("<!--".getBytes(StandardCharsets.US_ASCII));
                    for (long n = 0; n < padding; n += filler.length) {
                        out.write(filler);
                    }
                    out.write("-->".getBytes(StandardCharsets.US_ASCII));
                    out.write(xml.substring(at).getBytes(StandardCharsets.UTF_8));
                } else {
                    out.write(data);
                }
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    @Test
    void passwordProtectedPdfSaysSoAndOpensWithThePassword() throws IOException {
        byte[] pdf = pdf(1, "Jane Doe, PMO analyst", "secret");
        CvReadException e = assertThrows(CvReadException.class, () -> READER.read("cv.pdf", pdf));
        assertEquals(Reason.ENCRYPTED, e.reason());
        assertEquals("cv.pdf is password-protected: give its password with --password, or save an unprotected copy",
                e.getMessage());
        assertEquals("Jane Doe, PMO analyst", READER.withPassword("secret").read("cv.pdf", pdf).lines().get(0).text());
        CvReadException wrong = assertThrows(CvReadException.class, () -> READER.withPassword("Secret").read("cv.pdf", pdf));
        assertEquals(Reason.ENCRYPTED, wrong.reason());
        assertTrue(wrong.getMessage().startsWith("the password given for cv.pdf is wrong"), wrong.getMessage());
    }

    @Test
    void passwordProtectedDocxSaysSoAndOpensWithThePassword() throws Exception {
        byte[] docx = encryptDocx(Files.readAllBytes(sample("amelia-hart-project-manager.docx")), "pass");
        CvReadException e = assertThrows(CvReadException.class, () -> READER.read("cv.docx", docx));
        assertEquals(Reason.ENCRYPTED, e.reason());
        assertTrue(e.getMessage().contains("--password"), e.getMessage());
        CvDocument doc = READER.withPassword("pass").read("cv.docx", docx);
        assertEquals(DocumentFormat.DOCX, doc.format());
        assertEquals("Amelia Hart", doc.lines().get(0).text());
        assertEquals(Reason.ENCRYPTED, assertThrows(CvReadException.class,
                () -> READER.withPassword("nope").read("cv.docx", docx)).reason());
    }

    @Test
    void passwordIsIgnoredForAnUnprotectedFile() throws IOException {
        assertEquals("Jane Doe", READER.withPassword("x").read("cv.txt", CV_TEXT.getBytes(StandardCharsets.UTF_8))
                .lines().get(0).text());
    }

    @Test
    void pdfOverThePageLimitNamesTheLimitAndTheOption() throws IOException {
        byte[] pdf = pdf(3, "page", null);
        CvReadException e = assertThrows(CvReadException.class, () -> new CvReader(CvReader.DEFAULT_MAX_BYTES, 2).read("long.pdf", pdf));
        assertEquals(Reason.TOO_LARGE, e.reason());
        assertEquals("long.pdf has 3 pages (the limit is 2): a CV should be a few pages; give a shorter version,"
                + " or raise the limit with --max-pages N", e.getMessage());
    }

    @Test
    void fileOverTheSizeLimitNamesTheLimitAndTheOption(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path big = dir.resolve("big.pdf");
        Files.write(big, new byte[3 * 1024 * 1024]);
        CvReadException e = assertThrows(CvReadException.class, () -> new CvReader(2L * 1024 * 1024, 50).read(big));
        assertEquals(Reason.TOO_LARGE, e.reason());
        assertEquals(big + " is too large (3.0 MB, the limit is 2 MB): save a smaller copy without large images,"
                + " or raise the limit with --max-size MB", e.getMessage());
    }

    @Test
    void textLongerThanThePageLimitIsTooLarge() {
        StringBuilder words = new StringBuilder();
        for (int i = 0; i < 400; i++) {
            words.append("- Managed reporting cycle ").append(i).append(" on time.\n");
        }
        CvReadException e = assertThrows(CvReadException.class,
                () -> new CvReader(CvReader.DEFAULT_MAX_BYTES, 2).read("long.txt", words.toString().getBytes(StandardCharsets.UTF_8)));
        assertEquals(Reason.TOO_LARGE, e.reason());
        assertEquals("long.txt holds 2,400 words, about 4 pages (the limit is 2 pages): give a shorter CV,"
                + " or raise the limit with --max-pages N", e.getMessage());
    }

    @Test
    void docxZipBombIsTooLarge() throws IOException {
        byte[] spaces = new byte[64 * 1024];
        Arrays.fill(spaces, (byte) ' ');
        byte[] bomb = paddedDocx(200L << 20, spaces);
        assertTrue(bomb.length < 2_000_000, "bomb of " + bomb.length + " bytes");
        CvReadException e = assertThrows(CvReadException.class, () -> READER.read("bomb.docx", bomb));
        assertEquals(Reason.TOO_LARGE, e.reason());
        assertTrue(e.getMessage().startsWith("bomb.docx expands to too much data to be a CV"), e.getMessage());
    }

    @Test
    void docxWithAHugeXmlPartUnderTheZipRatioIsTooLarge() throws IOException {
        // varied enough that POI's inflate-ratio guard (100x) does not fire, big enough to take POI minutes
        StringBuilder sb = new StringBuilder();
        java.util.Random random = new java.util.Random(7);
        String[] words = {"project", "programme", "portfolio", "office", "board", "risk", "issue", "plan"};
        while (sb.length() < 64 * 1024) {
            sb.append(words[random.nextInt(words.length)]).append(' ');
        }
        byte[] docx = paddedDocx(24L << 20, sb.toString().getBytes(StandardCharsets.US_ASCII));
        CvReadException e = assertThrows(CvReadException.class, () -> READER.read("huge.docx", docx));
        assertEquals(Reason.TOO_LARGE, e.reason());
        assertTrue(e.getMessage().contains("over 16 MB of XML"), e.getMessage());
    }

    @Test
    void pdfCutShortIsReadWithAWarningWhenItsTextSurvives() throws IOException {
        byte[] pdf = pdf(1, "Jane Doe, PMO analyst", null);
        String tail = new String(pdf, pdf.length - 10, 10, StandardCharsets.ISO_8859_1);
        int eof = tail.lastIndexOf("%%EOF");
        byte[] cut = Arrays.copyOf(pdf, pdf.length - 10 + eof);
        CvDocument doc = READER.read("cv.pdf", cut);
        assertEquals("Jane Doe, PMO analyst", doc.lines().get(0).text());
        assertTrue(doc.warnings().contains("cv.pdf looks cut short (no end-of-file marker): text may be missing;"
                + " export the CV to PDF again"), doc.warnings().toString());
    }

    @Test
    void utf16WithoutByteOrderMarkIsRead() throws IOException {
        for (Charset cs : new Charset[] {StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE, StandardCharsets.UTF_16}) {
            CvDocument doc = READER.read("cv.txt", (CV_TEXT + "Café Zoë\n").getBytes(cs));
            assertEquals("Jane Doe", doc.lines().get(0).text(), cs.name());
            assertEquals("Café Zoë", doc.lines().get(doc.lines().size() - 1).text(), cs.name());
        }
    }

    @Test
    void utf8ByteOrderMarkIsDropped() throws IOException {
        byte[] text = ("\uFEFF" + CV_TEXT).getBytes(StandardCharsets.UTF_8);
        assertEquals("Jane Doe", READER.read("cv.txt", text).lines().get(0).text());
    }

    @Test
    void singleByteTextIsReadWithAWarning() throws IOException {
        for (String cs : new String[] {"windows-1252", "ISO-8859-1"}) {
            CvDocument doc = READER.read("cv.txt", (CV_TEXT + "Café naïve\n").getBytes(Charset.forName(cs)));
            assertEquals("Café naïve", doc.lines().get(doc.lines().size() - 1).text(), cs);
            assertTrue(doc.warnings().contains("cv.txt is not in UTF-8; read it as Windows-1252 (Western European):"
                    + " if accented letters look wrong, save the file as UTF-8"), doc.warnings().toString());
        }
    }

    @Test
    void textNamedRtfIsReadWithAWarning() throws IOException {
        CvDocument doc = READER.read("cv.rtf", CV_TEXT.getBytes(StandardCharsets.UTF_8));
        assertTrue(doc.warnings().contains("cv.rtf is really plain text; read it as TXT"), doc.warnings().toString());
    }

    @Test
    void frenchCvIsRefusedWithOneLine() {
        String cv = "Marie Dupont\n\nEXPÉRIENCE\n- Chef de projet au sein du bureau des projets de la direction.\n"
                + "- Pilotage de la feuille de route et suivi des risques avec les équipes et le comité de direction.\n"
                + "- Mise en place d'un tableau de bord pour le suivi des coûts et des délais.\n";
        CvReadException e = assertThrows(CvReadException.class, () -> READER.read("cv.txt", cv.getBytes(StandardCharsets.UTF_8)));
        assertEquals(CvReadException.Reason.NOT_ENGLISH, e.reason());
        assertEquals("cv.txt is in French, and only English is supported: give an English version of it", e.getMessage());
    }

    @Test
    void englishSamplesHaveNoLanguageWarning() throws IOException {
        try (var files = Files.list(sample(""))) {
            for (Path f : files.filter(p -> p.toString().matches(".*\\.(pdf|docx|txt)$")).sorted().toList()) {
                CvDocument doc = READER.read(f);
                assertTrue(doc.warnings().stream().noneMatch(w -> w.contains("looks like it is in")), f + ": " + doc.warnings());
            }
        }
    }
}

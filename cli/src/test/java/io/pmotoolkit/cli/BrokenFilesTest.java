package io.pmotoolkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Walks {@code src/test/resources/broken/expected.tsv}: every bad input gives its documented exit code and,
 * when it fails, exactly one line on stderr starting {@code "pmo: "} with the expected fragment, no stack
 * trace and nothing on stdout; when it is read anyway (a misnamed file, an odd encoding, a French CV), the
 * report carries the expected warning. Files too large to commit ({@code @} rows) are made here at run time.
 */
class BrokenFilesTest {

    private static final Path BROKEN = Path.of("src/test/resources/broken");

    @TempDir
    static Path made;

    record Row(String file, int code, String fragment, List<String> args) {
        @Override
        public String toString() {
            return file + (args.isEmpty() ? "" : " " + String.join(" ", args)) + " -> " + code;
        }
    }

    static Stream<Row> rows() throws IOException {
        List<Row> rows = new ArrayList<>();
        for (String line : Files.readAllLines(BROKEN.resolve("expected.tsv"), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            List<String> args = f.length > 3 ? List.of(f[3].split(" ")) : List.of();
            rows.add(new Row(f[0], Integer.parseInt(f[1]), f[2], args));
        }
        return rows.stream();
    }

    @BeforeAll
    static void makeLargeFiles() throws IOException {
        Files.createDirectory(made.resolve("a-folder"));
        try (RandomAccessFile f = new RandomAccessFile(made.resolve("50-mb.pdf").toFile(), "rw")) {
            f.setLength(50L * 1024 * 1024); // sparse: refused on its size before a byte is read
        }
        Files.write(made.resolve("300-pages.pdf"), pdf(300));
        Files.write(made.resolve("pdf-compression-bomb.pdf"), pdfBomb(100L << 20));
        byte[] spaces = new byte[64 * 1024];
        Arrays.fill(spaces, (byte) ' ');
        Files.write(made.resolve("zip-bomb.docx"), paddedDocx(100L << 20, spaces));
        // varied enough to stay under POI's inflate-ratio guard: only our part-size limit stops it
        StringBuilder words = new StringBuilder();
        Random random = new Random(7);
        String[] vocabulary = {"project", "programme", "portfolio", "office", "board", "risk", "issue", "plan"};
        while (words.length() < 64 * 1024) {
            words.append(vocabulary[random.nextInt(vocabulary.length)]).append(' ');
        }
        Files.write(made.resolve("huge-xml-part.docx"), paddedDocx(24L << 20, words.toString().getBytes(StandardCharsets.US_ASCII)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void badInputGivesItsExitCodeAndOneClearLine(Row row) {
        String file = row.file().startsWith("@") ? made.resolve(row.file().substring(1)).toString()
                : BROKEN.resolve(row.file()).toString();
        List<String> args = new ArrayList<>(List.of("analyze"));
        if (row.args().isEmpty()) {
            args.addAll(List.of(file, "--role", "pmo-analyst"));
        } else {
            row.args().forEach(a -> args.add(switch (a) {
                case "FILE" -> file;
                case "SKILLS" -> BROKEN.resolve("skills-bad-yaml.yaml").toString();
                default -> a;
            }));
        }
        Cli.Result r = Cli.run(args.toArray(String[]::new));
        assertEquals(row.code(), r.code(), r::toString);
        if (row.code() == 0) {
            assertEquals("", r.err(), r::toString);
            assertTrue(r.out().replaceAll("\\s+", " ").contains(row.fragment()), () -> "no '" + row.fragment() + "' in\n" + r);
            return;
        }
        assertEquals("", r.out(), r::toString);
        List<String> lines = r.err().lines().toList();
        assertEquals(1, lines.size(), () -> "one line on stderr:\n" + r);
        String line = lines.get(0);
        assertTrue(line.startsWith("pmo: "), line);
        assertTrue(line.contains(row.fragment()), () -> "no '" + row.fragment() + "' in\n" + line);
        assertFalse(line.contains("Exception") || line.strip().startsWith("at "), line);
        if (row.code() == ExitCodes.BAD_INPUT) {
            assertTrue(line.contains(Path.of(file).getFileName().toString()), () -> "names the file: " + line);
        }
    }

    private static byte[] pdf(int pages) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int i = 1; i <= pages; i++) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(font, 11);
                    cs.newLineAtOffset(72, 700);
                    cs.showText("Jane Doe, page " + i);
                    cs.endText();
                }
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** A one-page PDF whose content stream is text followed by {@code spaces} spaces, deflated (written by hand). */
    private static byte[] pdfBomb(long spaces) throws IOException {
        ByteArrayOutputStream deflated = new ByteArrayOutputStream();
        try (OutputStream out = new java.util.zip.DeflaterOutputStream(deflated, new java.util.zip.Deflater(9))) {
            out.write("BT /F1 12 Tf 72 700 Td (Jane Doe) Tj ET\n".getBytes(StandardCharsets.US_ASCII));
            byte[] blank = new byte[1 << 20];
            Arrays.fill(blank, (byte) ' ');
            for (long n = 0; n < spaces; n += blank.length) {
                out.write(blank);
            }
        }
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        pdf.write(("%PDF-1.4\n1 0 obj <</Type/Catalog/Pages 2 0 R>> endobj\n2 0 obj <</Type/Pages/Kids[3 0 R]/Count 1>> endobj\n"
                + "3 0 obj <</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]/Contents 4 0 R/Resources<</Font<</F1 5 0 R>>>>>> endobj\n"
                + "4 0 obj <</Length " + deflated.size() + "/Filter/FlateDecode>> stream\n").getBytes(StandardCharsets.US_ASCII));
        deflated.writeTo(pdf);
        pdf.write(("\nendstream endobj\n5 0 obj <</Type/Font/Subtype/Type1/BaseFont/Helvetica>> endobj\n"
                + "trailer <</Root 1 0 R>>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII));
        return pdf.toByteArray();
    }

    /** A sample DOCX with {@code padding} bytes of {@code filler} in a comment of word/document.xml. */
    private static byte[] paddedDocx(long padding, byte[] filler) throws IOException {
        byte[] src = Files.readAllBytes(Cli.samples().resolve("amelia-hart-project-manager.docx"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(src)); ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] data = in.readAllBytes();
                out.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals("word/document.xml")) {
                    String xml = new String(data, StandardCharsets.UTF_8);
                    int at = xml.indexOf("<w:body>");
                    out.write(xml.substring(0, at).getBytes(StandardCharsets.UTF_8));
                    write(out, "<!--", padding, filler);
                    out.write(xml.substring(at).getBytes(StandardCharsets.UTF_8));
                } else {
                    out.write(data);
                }
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static void write(OutputStream out, String open, long padding, byte[] filler) throws IOException {
        out.write(open.getBytes(StandardCharsets.US_ASCII));
        for (long n = 0; n < padding; n += filler.length) {
            out.write(filler);
        }
        out.write("-->".getBytes(StandardCharsets.US_ASCII));
    }
}

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Set;
import org.openpdf.text.Document;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfWriter;

/**
 * A second benchmark corpus with varied text: the distinct CV texts of the public Kaggle resume dataset
 * (../shared/corpus/kaggle, not part of this repository), each set as a plain PDF, round-robin up to N
 * files. The samples corpus repeats eight CVs, so per-word caches are warm after a few files; these texts
 * are 166 different CVs from 25 professions. Nothing is kept beyond bench/out (git-ignored).
 * Run: java -cp cli/target/pmo.jar bench/MakeVariedCorpus.java UpdatedResumeDataSet.csv bench/out/varied 500
 */
public class MakeVariedCorpus {
    public static void main(String[] args) throws Exception {
        String csv = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
        Path out = Path.of(args[1]);
        int count = Integer.parseInt(args[2]);
        Files.createDirectories(out);
        java.util.List<String> texts = new ArrayList<>(resumes(csv));
        byte[] ttf;
        try (var in = MakeVariedCorpus.class.getResourceAsStream("/liberation/LiberationSans-Regular.ttf")) {
            ttf = in.readAllBytes();
        }
        Font font = new Font(BaseFont.createFont("LiberationSans-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED,
                true, ttf, null), 10);
        for (int i = 0; i < count; i++) {
            Document d = new Document(PageSize.A4);
            try (OutputStream o = Files.newOutputStream(out.resolve(String.format("%04d.pdf", i)))) {
                PdfWriter.getInstance(d, o);
                d.open();
                for (String line : texts.get(i % texts.size()).split("\r?\n|\r")) {
                    if (!line.isBlank()) {
                        d.add(new Paragraph(line.replace("\u00e2\u0080\u00a2", "\u2022"), font));
                    }
                }
                d.close();
            }
        }
        System.out.println("varied corpus: " + count + " PDFs from " + texts.size() + " distinct CV texts in " + out);
    }

    /** The second column of a two-column CSV with a header, quoted fields spanning lines; duplicates dropped. */
    static Set<String> resumes(String csv) {
        Set<String> out = new LinkedHashSet<>();
        java.util.List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean header = true;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\n') {
                row.add(field.toString());
                field.setLength(0);
                if (!header && row.size() >= 2 && !row.get(1).isBlank()) {
                    out.add(row.get(1));
                }
                header = false;
                row.clear();
            } else if (c != '\r') {
                field.append(c);
            }
        }
        return out;
    }
}

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Builds the benchmark corpus from the samples: N copies of the sample CVs (batch), and long PDFs of
 * 10, 50 and 100 pages made by repeating a sample's pages (size curve).
 * Run: java -cp cli/target/pmo.jar bench/MakeCorpus.java samples bench/out/corpus 1000
 */
public class MakeCorpus {
    public static void main(String[] args) throws Exception {
        Path samples = Path.of(args[0]);
        Path out = Path.of(args[1]);
        int copies = Integer.parseInt(args[2]);
        Path batch = out.resolve("batch");
        Files.createDirectories(batch);
        var cvs = Files.list(samples).filter(p -> p.toString().endsWith(".pdf") || p.toString().endsWith(".docx"))
                .filter(p -> !p.getFileName().toString().contains("two-column")).sorted().toList();
        for (int i = 0; i < copies; i++) {
            Path src = cvs.get(i % cvs.size());
            String name = src.getFileName().toString();
            Files.copy(src, batch.resolve(String.format("%04d-%s", i, name)), StandardCopyOption.REPLACE_EXISTING);
        }
        Path pdfs = out.resolve("pdf-only");
        Files.createDirectories(pdfs);
        try (var s = Files.list(batch)) {
            for (Path p : s.filter(p -> p.toString().endsWith(".pdf")).sorted().toList()) {
                Files.copy(p, pdfs.resolve(p.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Path longDir = out.resolve("long");
        Files.createDirectories(longDir);
        File page = samples.resolve("james-whitaker-head-of-pmo.pdf").toFile();
        for (int pages : new int[] {2, 10, 50, 100}) {
            PDFMergerUtility merger = new PDFMergerUtility();
            try (PDDocument probe = Loader.loadPDF(page)) {
                int per = probe.getNumberOfPages();
                for (int i = 0; i < pages / per; i++) {
                    merger.addSource(page);
                }
            }
            merger.setDestinationFileName(longDir.resolve(pages + "-pages.pdf").toString());
            merger.mergeDocuments(null);
        }
        System.out.println("corpus: " + copies + " CVs in " + batch + ", long PDFs in " + longDir);
    }
}

package io.pmotoolkit.report;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.pmotoolkit.core.model.SkillsModel;
import io.pmotoolkit.core.model.SkillsModelLoader;
import io.pmotoolkit.core.result.CvAnalysis;
import io.pmotoolkit.resume.analysis.ResumeAnalyzer;
import io.pmotoolkit.resume.read.CvDocument;
import io.pmotoolkit.resume.read.CvLine;
import io.pmotoolkit.resume.read.CvReadException;
import io.pmotoolkit.resume.read.CvReader;
import io.pmotoolkit.resume.report.GapAdvice;
import io.pmotoolkit.resume.report.Quote;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The gap report of every real CV in {@code ../shared/corpus} (cv-pdf and cv-docx, each file that reads)
 * stays within the page budget and quotes the CV briefly, read back from the PDF with PDFBox. Each CV is
 * measured against one of the four roles in turn, so every role is covered, and every fourth also against
 * a sample job advert (the advert adds a page). Skipped where the shared folder
 * is absent, as in a user's clone. Page counts are written to {@code target/report-pages.md}
 * (summarised in docs/performance.md).
 */
class ReportCorpusTest {

    /** The page budget: a report a job seeker reads in ten minutes. */
    static final int MAX_PAGES = 10;

    private static final Path CORPUS = Path.of(System.getProperty("pmo.shared.dir", "../../shared")).resolve("corpus");
    private static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);
    private static final SkillsModel MODEL = SkillsModelLoader.builtIn();
    private static final ResumeAnalyzer ANALYZER = new ResumeAnalyzer(MODEL, "test", TODAY);
    private static final GapReport REPORT = new GapReport(MODEL, GapAdvice.builtIn(), TODAY);
    private static final List<String> ROLES = List.of("pmo-analyst", "pmo-manager", "pmo-administrator", "head-of-pmo");
    private static final Path ADVERT = Path.of(System.getProperty("pmo.samples.dir", "../samples"))
            .resolve("job-ads/pmo-analyst-fintech.md");

    @Test
    void everyCorpusReportFitsThePageBudgetAndQuotesBriefly() throws IOException, CvReadException {
        assumeTrue(Files.isDirectory(CORPUS), "no shared corpus at " + CORPUS);
        List<Path> files = new ArrayList<>();
        for (String dir : List.of("cv-pdf", "cv-docx")) {
            try (Stream<Path> s = Files.list(CORPUS.resolve(dir))) {
                s.filter(Files::isRegularFile).sorted().forEach(files::add);
            }
        }
        var advert = ANALYZER.jobAdParser().parse(new CvReader().read(ADVERT));
        StringBuilder table = new StringBuilder("| CV | role | CV pages | report pages |\n|---|---|---:|---:|\n");
        List<String> failures = new ArrayList<>();
        int[] rendered = {0};
        for (int i = 0; i < files.size(); i++) {
            Path f = files.get(i);
            String name = CORPUS.relativize(f).toString();
            String role = ROLES.get(i % ROLES.size());
            CvDocument doc;
            try {
                doc = new CvReader().read(f);
            } catch (CvReadException e) {
                table.append("| ").append(name).append(" | ").append(role).append(" | not read: ")
                        .append(e.reason()).append(" | |\n");
                continue;
            }
            CvAnalysis a = i % 4 == 0 ? ANALYZER.analyze(doc, MODEL.expectRole(role), advert)
                    : ANALYZER.analyze(doc, MODEL.expectRole(role));
            if (a.jobAd() != null) {
                role += " + advert";
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int pages = REPORT.render(a, out);
            String text;
            try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
                text = new PDFTextStripper().getText(pdf);
            }
            rendered[0]++;
            table.append("| ").append(name).append(" | ").append(role).append(" | ").append(doc.pages())
                    .append(" | ").append(pages).append(" |\n");
            if (pages > MAX_PAGES) {
                failures.add(name + " (" + role + "): " + pages + " pages");
            }
            for (String q : ReportReading.longCurlyQuotes(text)) {
                failures.add(name + ": quote of " + q.length() + " characters: " + q);
            }
            List<String> cvTexts = new ArrayList<>(doc.lines().stream().map(CvLine::text).toList());
            a.lines().forEach(l -> cvTexts.add(l.text()));
            if (a.candidate().background() != null && a.candidate().background().evidence() != null) {
                cvTexts.add(a.candidate().background().evidence());
            }
            for (String p : ReportReading.longPassages(text, a, cvTexts)) {
                failures.add(name + ": prints more than " + Quote.MAX + " characters of: " + p);
            }
        }
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/report-pages.md"), table.toString());
        assertTrue(rendered[0] >= 35, () -> "only " + rendered[0] + " corpus CVs rendered:\n" + table);
        assertTrue(failures.isEmpty(), () -> String.join("\n", failures) + "\n" + table);
    }
}

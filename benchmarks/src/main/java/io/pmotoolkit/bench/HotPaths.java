package io.pmotoolkit.bench;

import io.pmotoolkit.core.match.KeywordMatcher;
import io.pmotoolkit.core.model.Role;
import io.pmotoolkit.core.model.SkillsModel;
import io.pmotoolkit.core.model.SkillsModelLoader;
import io.pmotoolkit.core.result.CvAnalysis;
import io.pmotoolkit.report.GapReport;
import io.pmotoolkit.resume.analysis.ResumeAnalyzer;
import io.pmotoolkit.resume.lines.LineAssessment;
import io.pmotoolkit.resume.lines.LineClassifier;
import io.pmotoolkit.resume.read.CvDocument;
import io.pmotoolkit.resume.read.CvReader;
import io.pmotoolkit.resume.report.GapAdvice;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The hot paths of an analysis, each on its own: reading a PDF and a DOCX, matching keywords in a line,
 * classifying a line, analysing a CV already read, and rendering the gap report. Samples are read from
 * {@code -Dpmo.samples=DIR} (default {@code samples}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class HotPaths {

    private static final String LINE = "Cut the monthly status reporting cycle from 10 days to 4 days by moving "
            + "project highlight reports and the RAID log to a single SharePoint template.";

    private SkillsModel model;
    private KeywordMatcher matcher;
    private LineClassifier classifier;
    private CvReader reader;
    private ResumeAnalyzer analyzer;
    private Role role;
    private byte[] pdf;
    private byte[] docx;
    private CvDocument doc;
    private CvAnalysis analysis;
    private GapReport report;
    private io.pmotoolkit.interview.QuestionPack pack;
    private io.pmotoolkit.report.pack.QuestionPackPdf packPdf;

    @Setup
    public void setUp() throws Exception {
        Path samples = Path.of(System.getProperty("pmo.samples", "samples"));
        model = SkillsModelLoader.builtIn();
        matcher = KeywordMatcher.of(model);
        classifier = new LineClassifier();
        reader = new CvReader();
        Clock clock = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);
        analyzer = new ResumeAnalyzer(model, "bench", clock);
        role = model.expectRole("pmo-manager");
        pdf = Files.readAllBytes(samples.resolve("amelia-hart-project-manager.pdf"));
        docx = Files.readAllBytes(samples.resolve("amelia-hart-project-manager.docx"));
        doc = reader.read("cv.pdf", pdf);
        analysis = analyzer.analyze(doc, role);
        report = new GapReport(model, GapAdvice.builtIn(), clock);
        pack = new io.pmotoolkit.interview.PackBuilder(model, io.pmotoolkit.interview.QuestionBankLoader.builtIn(model))
                .build(role, analysis, 12, 7);
        packPdf = new io.pmotoolkit.report.pack.QuestionPackPdf(clock);
    }

    @Benchmark
    public int renderQuestionPackPdf() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        return packPdf.render(pack, out);
    }

    @Benchmark
    public CvDocument readPdf() throws Exception {
        return reader.read("cv.pdf", pdf);
    }

    @Benchmark
    public CvDocument readDocx() throws Exception {
        return reader.read("cv.docx", docx);
    }

    @Benchmark
    public List<?> matchLine() {
        return matcher.find(LINE);
    }

    @Benchmark
    public LineAssessment classifyLine() {
        return classifier.classify(LINE);
    }

    @Benchmark
    public CvAnalysis analyzeReadCv() {
        return analyzer.analyze(doc, role);
    }

    @Benchmark
    public int renderGapReport() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        return report.render(analysis, out);
    }
}

package io.pmotoolkit.app;

import io.pmotoolkit.core.model.Role;
import io.pmotoolkit.core.result.CvAnalysis;
import io.pmotoolkit.resume.analysis.DocumentKind;
import io.pmotoolkit.resume.analysis.ResumeAnalyzer;
import io.pmotoolkit.resume.jobad.JobAd;
import io.pmotoolkit.resume.read.CvDocument;
import io.pmotoolkit.resume.read.CvReadException;
import io.pmotoolkit.resume.read.CvReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * One run over CVs for one role: the target role, the job advert if one was given, and the one analyzer of the
 * run. Made by {@link Toolkit#start}. The analyzer (its keyword matcher compiled from the model) is built on
 * another thread from the start, so it overlaps with reading the advert and the CV: on two cores that is most
 * of the analyzer's start-up.
 *
 * <p>The analyzer is the toolkit's, shared by its runs. Not thread-safe; {@link #analyzer()} may be handed to a
 * batch, which is. A web request makes a run of its own.
 */
public final class CvRun {

    private final Toolkit app;
    private final CompletableFuture<ResumeAnalyzer> analyzer;
    private final JobAd advert;
    private final Role target;

    CvRun(Toolkit app, Role chosen, String jobAd) throws IOException {
        this.app = app;
        this.analyzer = app.analyzer();
        this.advert = jobAd == null ? null
                : readAdvert(Toolkit.STDIN.equals(jobAd) ? "stdin" : jobAd, () -> read(jobAd));
        this.target = chosen != null ? chosen : advert.role();
    }

    CvRun(Toolkit app, Role chosen, Upload jobAd) throws IOException {
        this.app = app;
        this.analyzer = app.analyzer();
        this.advert = jobAd == null ? null : readAdvert(jobAd.name(), () -> app.reader().read(jobAd.name(),
                jobAd.bytes()));
        this.target = chosen != null ? chosen : advert.role();
    }

    private JobAd readAdvert(String name, Toolkit.Work<CvDocument> reading) throws IOException {
        return app.withinBudget(name, () -> {
            CvDocument doc;
            try {
                doc = reading.run();
            } catch (CvReadException e) {
                throw new CvReadException(e.reason(), e.fileName(), "job advert: " + e.getMessage(), e);
            }
            return analyzer().jobAdParser().parse(doc);
        });
    }

    /** The role the CVs are measured against: the one given, or the advert's. */
    public Role target() {
        return target;
    }

    /** The job advert, when one was given. */
    public Optional<JobAd> advert() {
        return Optional.ofNullable(advert);
    }

    /** The run's analyzer, waiting for it to be built. */
    public ResumeAnalyzer analyzer() {
        try {
            return analyzer.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    /** The reader with this run's limits. */
    public CvReader reader() {
        return app.reader();
    }

    /**
     * Reads and analyses one CV within the time budget.
     *
     * @param cv the CV's path, or {@code -} for standard input (within the size limit)
     * @throws CvReadException when it cannot be read; an {@link AppException} (exit 3) past the budget
     */
    public CvAnalysis analyze(String cv) throws IOException {
        String name = Toolkit.STDIN.equals(cv) ? "stdin" : cv;
        return app.withinBudget(name, () -> {
            CvDocument doc = read(cv);
            return analyzer().analyze(doc, target, advert);
        });
    }

    /**
     * Reads and analyses one CV in memory within the time budget: the web app's upload.
     *
     * @throws CvReadException when it cannot be read; an {@link AppException} (exit 3) past the budget
     */
    public CvAnalysis analyze(Upload cv) throws IOException {
        return analyzeRead(cv).analysis();
    }

    /**
     * As {@link #analyze(Upload)}, with the document as read: its lines are the ones the analysis numbers
     * ({@code lines[].line}, {@code matches[].line} count from 1), for a surface that shows the CV's own text.
     */
    public Analysed analyzeRead(Upload cv) throws IOException {
        return app.withinBudget(cv.name(), () -> {
            CvDocument doc = app.reader().read(cv.name(), cv.bytes());
            return new Analysed(doc, analyzer().analyze(doc, target, advert));
        });
    }

    /**
     * A CV as read and its analysis.
     *
     * @param document the document: line N of the analysis is {@code document.lines().get(N - 1)}
     * @param analysis the analysis
     */
    public record Analysed(CvDocument document, CvAnalysis analysis) {
    }

    /**
     * As {@link #analyze(String)}, refusing a document that is not a CV (an advert, a README, this tool's own
     * report): its terms are nobody's evidence, so no personal artefact is made from it.
     *
     * @param what the artefact, for the message ("gap report")
     */
    public CvAnalysis analyzeCv(String cv, String what) throws IOException {
        return requireCv(analyze(cv), what);
    }

    /**
     * The analysis, if it is of a CV; a bad-input failure otherwise.
     *
     * @param what the artefact that is not made, for the message ("gap report")
     */
    public static CvAnalysis requireCv(CvAnalysis analysis, String what) {
        if (!analysis.isCv()) {
            throw AppException.input(analysis.file() + " is not a CV, so no " + what + " was made: "
                    + DocumentKind.reasonFor(analysis.documentKind()) + ".");
        }
        return analysis;
    }

    private CvDocument read(String file) throws CvReadException {
        CvReader reader = app.reader();
        if (!Toolkit.STDIN.equals(file)) {
            return reader.read(Path.of(file));
        }
        try {
            return reader.read("stdin", app.readStdin());
        } catch (IOException e) {
            throw AppException.input("cannot read standard input: " + e.getMessage());
        }
    }
}

package io.pmotoolkit.app;

import io.pmotoolkit.core.model.Role;
import io.pmotoolkit.core.result.AdvertMatch;
import io.pmotoolkit.core.result.AdvertRanking;
import io.pmotoolkit.core.result.CvAnalysis;
import io.pmotoolkit.resume.analysis.ResumeAnalyzer;
import io.pmotoolkit.resume.batch.BatchInputs;
import io.pmotoolkit.resume.jobad.JobAd;
import io.pmotoolkit.resume.read.CvDocument;
import io.pmotoolkit.resume.read.CvReadException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Ranks job adverts for one CV ({@code pmo match}): the CV is read once, then analysed against each advert in
 * turn, each within the time budget, and the adverts ordered by match rate. An advert that cannot be read (a
 * missing, corrupt or unsupported file, one over a limit) is listed last with its error and never stops the
 * ranking; a CV that cannot be read, or is not a CV, fails the run.
 *
 * {@snippet :
 * AdvertRanking ranking = toolkit.match(null).rank("cv.pdf", List.of("adverts/"));
 * ranking.adverts().get(0).rate();   // the best match
 * }
 *
 * <p>Not thread-safe: one run per command.
 */
public final class MatchRun {

    /** The most adverts one run ranks: each is a full analysis of the CV. */
    public static final int MAX_ADVERTS = 200;

    private final Toolkit app;
    private final Role role;

    MatchRun(Toolkit app, Role role) {
        this.app = app;
        this.role = role;
    }

    /**
     * The adverts ranked for the CV.
     *
     * @param cv      the CV's path, or {@code -} for standard input
     * @param adverts advert files and folders (searched recursively for the formats a batch reads)
     * @throws AppException a usage error when no advert is given or found, or there are too many; a bad-input
     *                      failure when the CV cannot be read or is not a CV
     */
    public AdvertRanking rank(String cv, List<String> adverts) throws IOException {
        List<String> files = adverts(adverts);
        String cvName = Toolkit.STDIN.equals(cv) ? "stdin" : cv;
        ResumeAnalyzer analyzer = new ResumeAnalyzer(app.model(), app.version(), app.clock());
        CvDocument doc = app.withinBudget(cvName, () -> read(cv));
        List<AdvertRanking.Entry> ranked = new ArrayList<>();
        List<AdvertRanking.Entry> failed = new ArrayList<>();
        for (String file : files) {
            JobAd ad;
            CvAnalysis analysis;
            Role target = role;
            try {
                ad = app.withinBudget(file, () -> {
                    try {
                        return analyzer.jobAdParser().parse(app.reader().read(Path.of(file)));
                    } catch (CvReadException e) {
                        throw new CvReadException(e.reason(), e.fileName(), "job advert: " + e.getMessage(), e);
                    }
                });
                target = role != null ? role : ad.role();
                Role measured = target;
                analysis = app.withinBudget(cvName, () -> analyzer.analyze(doc, measured, ad));
            } catch (Exception e) {
                Failure f = Failure.of(e);
                if (f.exitCode() != ExitCode.BAD_INPUT) {
                    throw e;
                }
                failed.add(new AdvertRanking.Entry(0, file, null, target == null ? null : target.id(), null, null,
                        null, null, List.of(), List.of(), f.message()));
                continue;
            }
            // the same CV every time: if it is not a CV, no advert fits it
            CvRun.requireCv(analysis, "advert match");
            AdvertMatch m = analysis.jobAd().match();
            ranked.add(new AdvertRanking.Entry(0, file, ad.title(), target.id(), m.rate(), m.band(),
                    m.title().sentence(), m.title().fit(), m.mustHaves(), m.gaps().subList(0, Math.min(3,
                    m.gaps().size())), null));
        }
        ranked.sort(Comparator.comparing((AdvertRanking.Entry e) -> -e.rate()).thenComparing(AdvertRanking.Entry::file));
        List<AdvertRanking.Entry> out = new ArrayList<>();
        for (AdvertRanking.Entry e : ranked) {
            out.add(new AdvertRanking.Entry(out.size() + 1, e.file(), e.title(), e.role(), e.rate(), e.band(),
                    e.titleFit(), e.fit(), e.mustHaves(), e.gaps(), null));
        }
        out.addAll(failed);
        return new AdvertRanking(CvAnalysis.SCHEMA_VERSION, cvName, out, failed.size());
    }

    /** The advert files: each file as given, each folder's readable files in path order. */
    private static List<String> adverts(List<String> adverts) throws IOException {
        if (adverts == null || adverts.isEmpty()) {
            throw AppException.usage("which adverts? Give one or more advert files, or a folder of them, after the CV");
        }
        List<String> out = new ArrayList<>();
        for (String a : adverts) {
            if (Toolkit.STDIN.equals(a)) {
                throw AppException.usage("adverts are read from files: '-' (standard input) is only for the CV");
            }
            Path p = Path.of(a);
            if (Files.isDirectory(p)) {
                List<Path> found = BatchInputs.collect(List.of(p)).files();
                if (found.isEmpty()) {
                    throw AppException.input(a + " holds no advert in a format pmo reads (" + String.join(", ",
                            BatchInputs.EXTENSIONS.stream().sorted().toList()) + ")");
                }
                found.stream().map(Path::toString).sorted().forEach(out::add);
            } else {
                out.add(a);
            }
        }
        if (out.size() > MAX_ADVERTS) {
            throw AppException.usage("at most " + MAX_ADVERTS + " adverts in one run, not " + out.size());
        }
        return out;
    }

    private CvDocument read(String file) throws CvReadException {
        if (!Toolkit.STDIN.equals(file)) {
            return app.reader().read(Path.of(file));
        }
        try {
            return app.reader().read("stdin", app.readStdin());
        } catch (IOException e) {
            throw AppException.input("cannot read standard input: " + e.getMessage());
        }
    }
}

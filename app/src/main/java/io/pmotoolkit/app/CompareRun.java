package io.pmotoolkit.app;

import io.pmotoolkit.core.result.CvAnalysis;
import io.pmotoolkit.core.result.CvComparison;
import io.pmotoolkit.resume.compare.CvComparer;
import java.io.IOException;

/**
 * {@code pmo compare}: two versions of a CV read and analysed in one run (one role, one advert, one analyzer), then
 * what changed between them. Each version has its own work budget; a version that is not a CV is refused, as for a
 * gap report.
 */
public final class CompareRun {

    /** The artefact a version that is not a CV is refused for. */
    private static final String WHAT = "comparison";

    private CompareRun() {
    }

    /**
     * Compares two versions of a CV.
     *
     * @param role   the role id, or null to take the advert's
     * @param jobAd  the advert's path, {@code -}, or null
     * @param oldCv  the earlier version's path or {@code -}
     * @param newCv  the later version's path or {@code -}
     * @throws AppException a usage error when two inputs would come from standard input, a bad-input error when a
     *                      version is not a CV
     */
    public static CvComparison compare(Toolkit app, String role, String jobAd, String oldCv, String newCv)
            throws IOException {
        if (Toolkit.STDIN.equals(oldCv) && Toolkit.STDIN.equals(newCv)) {
            throw AppException.usage("the two versions cannot both come from standard input");
        }
        if (Toolkit.STDIN.equals(newCv) && Toolkit.STDIN.equals(jobAd)) {
            throw AppException.usage("the CV and the job advert cannot both come from standard input");
        }
        CvRun run = app.start(role, jobAd, oldCv);
        return compare(run, run.analyzeCv(oldCv, WHAT), run.analyzeCv(newCv, WHAT));
    }

    /**
     * As {@link #compare(Toolkit, String, String, String, String)} for versions in memory (the web app's uploads),
     * with the same role rule, budgets and refusals.
     *
     * @param role  the role id, or null to take the advert's
     * @param jobAd the advert, or null
     * @param oldCv the earlier version
     * @param newCv the later version
     * @throws AppException a usage error when neither a role nor an advert is given, a bad-input error when a
     *                      version is not a CV
     */
    public static CvComparison compare(Toolkit app, String role, Upload jobAd, Upload oldCv, Upload newCv)
            throws IOException {
        CvRun run = app.start(role, jobAd);
        return compare(run, CvRun.requireCv(run.analyze(oldCv), WHAT), CvRun.requireCv(run.analyze(newCv), WHAT));
    }

    private static CvComparison compare(CvRun run, CvAnalysis before, CvAnalysis after) {
        // Both were measured against the same advert, so each carries its match rate; without one there is none.
        return CvComparer.compare(before, after, run.advert().isPresent() ? CompareRun::matchRate : null);
    }

    private static int matchRate(CvAnalysis analysis) {
        return analysis.jobAd().match().rate();
    }
}

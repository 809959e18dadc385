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
        CvAnalysis before = run.analyzeCv(oldCv, "comparison");
        CvAnalysis after = run.analyzeCv(newCv, "comparison");
        return CvComparer.compare(before, after, null);
    }
}

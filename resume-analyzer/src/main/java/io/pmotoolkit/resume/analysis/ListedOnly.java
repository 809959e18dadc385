package io.pmotoolkit.resume.analysis;

import io.pmotoolkit.core.model.Area;
import io.pmotoolkit.core.model.SkillsModel;
import io.pmotoolkit.core.result.CheckResult;
import io.pmotoolkit.core.result.Evidence;
import io.pmotoolkit.resume.analysis.ResumeAnalyzer.TermHit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The keyword-stuffing check for a CV analysed without an advert: terms that are named again and again, or
 * in long lists, but never shown in a line about work. Recruiters and ATS screens discount such lists.
 * (With an advert, {@link AdvertComparison} compares the CV's use of each term with the advert's.)
 */
final class ListedOnly {

    /** A term listed this many times, and never used in experience, is stuffing. */
    static final int REPEATS = 3;
    /** This many listed-only terms, making most of the terms found, is a keyword list rather than a CV. */
    static final int MANY = 20;

    private ListedOnly() {
    }

    static CheckResult check(List<TermHit> hits, SkillsModel model) {
        Map<String, List<TermHit>> byTerm = new LinkedHashMap<>();
        for (TermHit h : hits) {
            if (h.match().via() == null) {
                byTerm.computeIfAbsent(h.keyword().term(), t -> new ArrayList<>()).add(h);
            }
        }
        List<String> repeated = new ArrayList<>();
        int listedOnly = 0;
        for (var e : byTerm.entrySet()) {
            List<TermHit> termHits = e.getValue();
            boolean shown = termHits.stream().anyMatch(h -> h.evidence() != Evidence.LISTED);
            if (shown || isCredential(termHits.get(0), model)) {
                continue;
            }
            listedOnly++;
            if (termHits.size() >= REPEATS) {
                repeated.add(e.getKey() + " (" + termHits.size() + " times)");
            }
        }
        boolean manyListed = listedOnly >= MANY && listedOnly * 10 > byTerm.size() * 6;
        if (repeated.isEmpty() && !manyListed) {
            return new CheckResult("keyword-stuffing", true,
                    "No term is repeated in lists without being shown in your experience.");
        }
        StringBuilder msg = new StringBuilder();
        if (!repeated.isEmpty()) {
            msg.append("Listed again and again but never shown in your experience: ").append(String.join(", ", repeated))
                    .append(". ");
        }
        if (manyListed) {
            msg.append(listedOnly).append(" of the ").append(byTerm.size())
                    .append(" terms found appear only in lists. ");
        }
        msg.append("Show each term in a line about work you did, or drop it: recruiters discount keyword lists.");
        return new CheckResult("keyword-stuffing", false, msg.toString());
    }

    /** Certifications and degrees are meant to be listed. */
    private static boolean isCredential(TermHit h, SkillsModel model) {
        Area area = model.findCompetency(h.keyword().competency()).map(c -> c.area()).orElse(null);
        return area == Area.CERTIFICATIONS || area == Area.EDUCATION;
    }

}

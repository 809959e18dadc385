package io.pmotoolkit.resume.analysis;

import io.pmotoolkit.core.match.KeywordMatcher;
import io.pmotoolkit.core.model.Keyword;
import io.pmotoolkit.core.model.Role;
import io.pmotoolkit.core.result.CheckResult;
import io.pmotoolkit.core.result.CvStructure;
import io.pmotoolkit.core.result.JobAdSummary;
import io.pmotoolkit.core.result.JobAdSummary.Origin;
import io.pmotoolkit.resume.analysis.ResumeAnalyzer.TermHit;
import io.pmotoolkit.resume.jobad.JobAd;
import io.pmotoolkit.resume.sections.NumberedLine;
import io.pmotoolkit.resume.sections.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Compares a CV with a job advert: title, years, required and preferred terms, keyword stuffing. */
final class AdvertComparison {

    /** A term used more than this many times, and more than three times as often as the advert, is stuffing. */
    static final int STUFFING_MIN = 5;

    private AdvertComparison() {
    }

    /**
     * @param cvRoles the CV's employment roles: a term in their titles is the candidate's job, not stuffing
     */
    static JobAdSummary summarise(JobAd ad, Role role, List<Expected> expected, KeywordGap gap, List<Section> parts,
                                  Double yearsInCv, List<CvStructure.Employment> cvRoles) {
        List<JobAdSummary.Term> terms = new ArrayList<>();
        List<String> stuffing = new ArrayList<>();
        Map<String, List<TermHit>> hits = gap.hitsByTerm();
        List<String> titles = new ArrayList<>(role.titles());
        titles.add(role.title());
        if (ad.title() != null) {
            titles.add(ad.title());
        }
        cvRoles.stream().map(CvStructure.Employment::title).filter(java.util.Objects::nonNull).forEach(titles::add);
        for (Expected e : expected) {
            String term = e.keyword().term();
            boolean inCv = e.terms().stream().anyMatch(hits::containsKey);
            String competency = JobAd.ADVERT_COMPETENCY.equals(e.keyword().competency()) ? null : e.keyword().competency();
            terms.add(new JobAdSummary.Term(term, e.essential(), inCv, e.origin(), competency));
            if (e.origin() != Origin.ROLE && inCv) {
                int used = hits.get(term).size();
                if (used >= STUFFING_MIN && used > 3 * Math.max(1, e.adMentions()) && !inTitles(e.keyword(), titles)) {
                    stuffing.add(term);
                }
            }
        }
        return new JobAdSummary(ad.file(), ad.title(), role.id(), ad.roleReason(), ad.yearsRequired(), yearsInCv,
                titleMatch(ad.title(), parts), terms, ad.responsibilities(), stuffing);
    }

    /**
     * Whether the term names the job itself: it is in the role's titles, the advert's title or one of the CV's job
     * titles ("PMO" on a Head of PMO's CV). Such a term recurs with every role held, which is not stuffing.
     */
    static boolean inTitles(Keyword keyword, List<String> titles) {
        KeywordMatcher m = KeywordMatcher.of(List.of(keyword));
        return titles.stream().anyMatch(t -> !m.find(t).isEmpty());
    }

    /** Whether the CV names the advert's title, without seniority words and qualifiers. */
    static boolean titleMatch(String title, List<Section> parts) {
        if (title == null) {
            return false;
        }
        String core = io.pmotoolkit.resume.match.Ladder.core(title);
        if (core.isEmpty()) {
            return false;
        }
        KeywordMatcher m = KeywordMatcher.of(List.of(new Keyword(core, "title", List.of(), false, Map.of())));
        for (Section s : parts) {
            for (NumberedLine nl : s.lines()) {
                if (!m.find(nl.text()).isEmpty()) {
                    return true;
                }
            }
        }
        return false;
    }

    static List<CheckResult> checks(JobAdSummary ad) {
        List<CheckResult> out = new ArrayList<>();
        if (ad.title() != null) {
            out.add(new CheckResult("job-title", ad.titleMatch(), ad.titleMatch()
                    ? "The CV names the advert's job title (" + ad.title() + ")."
                    : "The CV never names the advert's title \"" + ad.title()
                            + "\": if it is true, use it in your headline or profile."));
        }
        if (ad.yearsRequired() != null) {
            double have = ad.yearsInCv() == null ? 0 : ad.yearsInCv();
            boolean enough = have >= ad.yearsRequired();
            out.add(new CheckResult("years-required", enough, String.format(Locale.ROOT,
                    "The advert asks for %d+ years; the CV's dated roles cover %s.%s", ad.yearsRequired(),
                    ad.yearsInCv() == null ? "no dated roles" : String.format(Locale.ROOT, "about %.0f", have)
                            + (Math.round(have) == 1 ? " year" : " years"),
                    enough ? "" : " Show the relevant experience you have, with dates.")));
        }
        List<String> requiredMissing = ad.terms().stream()
                .filter(t -> t.origin() != Origin.ROLE && t.required() && !t.inCv()).map(JobAdSummary.Term::term).toList();
        long requiredTotal = ad.terms().stream().filter(t -> t.origin() != Origin.ROLE && t.required()).count();
        out.add(new CheckResult("advert-required", requiredMissing.isEmpty(), requiredMissing.isEmpty()
                ? "The CV shows all " + requiredTotal + " terms the advert requires."
                : "The CV misses " + requiredMissing.size() + " of the " + requiredTotal + " terms the advert requires: "
                        + String.join(", ", requiredMissing.subList(0, Math.min(6, requiredMissing.size())))
                        + (requiredMissing.size() > 6 ? " and more" : "") + "."));
        List<String> preferredMissing = ad.terms().stream()
                .filter(t -> t.origin() != Origin.ROLE && !t.required() && !t.inCv()).map(JobAdSummary.Term::term).toList();
        if (!preferredMissing.isEmpty()) {
            out.add(new CheckResult("advert-preferred", false, "Preferred by the advert and not in the CV: "
                    + String.join(", ", preferredMissing.subList(0, Math.min(6, preferredMissing.size())))
                    + (preferredMissing.size() > 6 ? " and more" : "") + "."));
        }
        out.add(new CheckResult("keyword-stuffing", ad.stuffing().isEmpty(), ad.stuffing().isEmpty()
                ? "No term is repeated far beyond the advert's use."
                : "Repeated far more often than the advert uses them: " + String.join(", ", ad.stuffing())
                        + ". Keep each where it proves something; recruiters notice stuffing."));
        return out;
    }
}

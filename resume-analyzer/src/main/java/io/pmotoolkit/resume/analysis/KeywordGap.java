package io.pmotoolkit.resume.analysis;

import io.pmotoolkit.core.model.Area;
import io.pmotoolkit.core.model.Competency;
import io.pmotoolkit.core.model.Role;
import io.pmotoolkit.core.model.SkillsModel;
import io.pmotoolkit.core.result.CvAnalysis.CompetencyCoverage;
import io.pmotoolkit.core.result.CvAnalysis.FoundTerm;
import io.pmotoolkit.core.result.CvAnalysis.Match;
import io.pmotoolkit.core.result.CvAnalysis.MissingTerm;
import io.pmotoolkit.core.result.Evidence;
import io.pmotoolkit.resume.analysis.ResumeAnalyzer.TermHit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The keyword gap of a CV against what is expected of it (the role's terms, and an advert's when one is
 * given): the expected terms the CV shows, with their best evidence, and those it does not, and how much
 * of each competency that covers. A credential group counts once: any member the CV holds (not only studies
 * for) satisfies it, each member found is listed with the group it satisfies, and a group with none is
 * missing as the kind, with the members any one of which would do.
 *
 * @param found          expected terms found, in the order of the expectations
 * @param missing        expected terms not found, in the same order
 * @param competencies   coverage of each competency the role expects, heaviest first
 * @param evidenceScore  for scoring: the evidence- and weight-averaged share of essential terms shown, 0 to 1
 * @param essentialFound number of essential terms found
 * @param essentialTotal number of essential terms expected
 * @param hitsByTerm     every match of each expected term, for comparisons with an advert
 * @param held           credentials (keywords of the certifications area) the CV names as held, expected or not
 * @param studying       credentials it names only as in progress
 */
record KeywordGap(List<FoundTerm> found, List<MissingTerm> missing, List<CompetencyCoverage> competencies,
                  double evidenceScore, int essentialFound, int essentialTotal, Map<String, List<TermHit>> hitsByTerm,
                  java.util.Set<String> held, java.util.Set<String> studying) {

    /** Weight of an essential term against a desirable one within a competency. */
    static final double ESSENTIAL_WEIGHT = 3;

    static KeywordGap of(SkillsModel model, Role role, List<Expected> expected, List<TermHit> hits) {
        Map<String, List<TermHit>> byTerm = new LinkedHashMap<>();
        for (TermHit h : hits) {
            byTerm.computeIfAbsent(h.keyword().term(), t -> new ArrayList<>()).add(h);
        }
        List<FoundTerm> found = new ArrayList<>();
        List<MissingTerm> missing = new ArrayList<>();
        double essentialEvidence = 0;
        double essentialWeight = 0;
        int essentialFound = 0;
        int essentialTotal = 0;
        List<String> shownAs = new ArrayList<>();
        for (Expected e : expected) {
            if (e.essential()) {
                essentialTotal++;
                essentialWeight += e.weight();
            }
            Competency competency = model.findCompetency(e.keyword().competency()).orElse(null);
            List<FoundTerm> shown = new ArrayList<>();
            for (String term : e.terms()) {
                List<TermHit> termHits = byTerm.get(term);
                if (termHits != null) {
                    shown.add(foundTerm(term, e, competency, termHits));
                }
            }
            found.addAll(shown);
            FoundTerm first = shown.stream().filter(f -> e.group() == null || f.satisfies() != null).findFirst()
                    .orElse(null);
            shownAs.add(first == null ? null : first.term());
            if (first == null) {
                missing.add(e.group() == null ? new MissingTerm(e.keyword().term(), e.keyword().competency(),
                        e.importance().id())
                        : new MissingTerm(e.keyword().term(), e.keyword().competency(), e.importance().id(),
                                e.group().id(), e.group().members(), shown.stream().map(FoundTerm::term).toList()));
            } else if (e.essential()) {
                essentialFound++;
                // A qualification still being studied for counts half: it shows intent, not the credential. (A
                // group is not satisfied by one in progress at all: it is missing, and names it.)
                Evidence best = shown.stream().filter(f -> e.group() == null || f.satisfies() != null)
                        .map(FoundTerm::evidence).reduce(Evidence.LISTED, (a, b) -> b.betterThan(a) ? b : a);
                essentialEvidence += e.weight() * evidenceWeight(best, competency) * (first.inProgress() ? 0.5 : 1);
            }
        }
        double evidenceScore = essentialWeight == 0 ? 1 : essentialEvidence / essentialWeight;
        java.util.Set<String> held = new java.util.LinkedHashSet<>();
        java.util.Set<String> studying = new java.util.LinkedHashSet<>();
        byTerm.forEach((term, termHits) -> {
            var keyword = termHits.get(0).keyword();
            if (model.findCompetency(keyword.competency()).filter(c -> c.area() == Area.CERTIFICATIONS).isPresent()) {
                (termHits.stream().allMatch(TermHit::inProgress) ? studying : held).add(term);
            }
        });
        return new KeywordGap(found, missing, coverage(model, role, expected, shownAs), evidenceScore, essentialFound,
                essentialTotal, byTerm, held, studying);
    }

    /** A term with its best evidence and every match; a group's member held (not in progress) satisfies it. */
    private static FoundTerm foundTerm(String term, Expected e, Competency competency, List<TermHit> termHits) {
        Evidence best = Evidence.LISTED;
        List<Match> matches = new ArrayList<>();
        boolean credential = competency != null
                && (competency.area() == Area.CERTIFICATIONS || competency.area() == Area.EDUCATION);
        boolean inProgress = credential && termHits.stream().allMatch(TermHit::inProgress);
        for (TermHit h : termHits) {
            if (h.evidence().betterThan(best)) {
                best = h.evidence();
            }
            matches.add(new Match(h.match().text(), h.section().id(), h.line(),
                    h.match().via() == null ? null : h.match().via().term(), h.evidence()));
        }
        return new FoundTerm(term, e.keyword().competency(), e.importance().id(), best, matches, inProgress,
                e.group() == null || inProgress ? null : e.group().id());
    }

    /**
     * How much a found term counts towards the score: a term proved by an achievement counts in full,
     * one used in experience text 0.8, one only listed 0.5. Certifications and education are meant to
     * be listed, so for them a listing counts in full.
     */
    static double evidenceWeight(Evidence evidence, Competency competency) {
        if (competency != null && (competency.area() == Area.CERTIFICATIONS || competency.area() == Area.EDUCATION)) {
            return 1.0;
        }
        return switch (evidence) {
            case ACHIEVEMENT -> 1.0;
            case EXPERIENCE -> 0.8;
            case LISTED -> 0.5;
        };
    }

    /** Each competency's coverage; {@code shownAs} says, for each expected entry, the term that shows it or null. */
    private static List<CompetencyCoverage> coverage(SkillsModel model, Role role, List<Expected> expected,
                                                     List<String> shownAs) {
        List<CompetencyCoverage> out = new ArrayList<>();
        for (var entry : role.competencies().entrySet()) {
            Competency c = model.expectCompetency(entry.getKey());
            double total = 0;
            double got = 0;
            List<String> found = new ArrayList<>();
            List<String> missing = new ArrayList<>();
            for (int i = 0; i < expected.size(); i++) {
                Expected e = expected.get(i);
                if (!e.keyword().competency().equals(c.id())) {
                    continue;
                }
                double w = e.essential() ? ESSENTIAL_WEIGHT : 1;
                total += w;
                if (shownAs.get(i) != null) {
                    got += w;
                    found.add(shownAs.get(i));
                } else {
                    missing.add(e.keyword().term());
                }
            }
            double share = total == 0 ? 0 : Math.round(got / total * 100) / 100.0;
            out.add(new CompetencyCoverage(c.id(), c.name(), entry.getValue(), share, found, missing));
        }
        out.sort(Comparator.comparingInt((CompetencyCoverage c) -> -c.weight()));
        return out;
    }
}

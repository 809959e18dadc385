package io.pmotoolkit.resume.analysis;

import io.pmotoolkit.core.result.CvAnalysis.CompetencyCoverage;
import io.pmotoolkit.core.result.CvAnalysis.LineResult;
import io.pmotoolkit.core.result.CvAnalysis.Score;
import io.pmotoolkit.core.result.CvAnalysis.ScorePart;
import io.pmotoolkit.core.result.CheckResult;
import io.pmotoolkit.core.result.LineKind;
import io.pmotoolkit.resume.checks.CertificationCurrency;
import java.util.List;
import java.util.Locale;

/**
 * The 0–100 score: four parts with fixed weights, documented in {@code docs/scoring.md} and shown in
 * every output, so a user can see where each point comes from. Deterministic: the same CV, role and
 * skills model always give the same score.
 *
 * <ul>
 *   <li>{@code essentialTerms} (45): the role's essential terms found, each counted by its evidence
 *       (achievement 1, experience 0.8, listed only 0.5; certifications and education count in full
 *       when listed);</li>
 *   <li>{@code competencyCoverage} (30): the weighted mean over the role's competencies of
 *       min(1, 2 × coverage): showing half of a competency's terms counts as covering it;</li>
 *   <li>{@code achievements} (15): half for the share of experience lines that state an outcome
 *       (full marks at 60 %), half for the share with a real metric (full marks at 40 %);</li>
 *   <li>{@code checks} (10): the share of CV checks passed; informational checks
 *       ({@link CertificationCurrency#INFORMATIONAL}) are left out.</li>
 * </ul>
 */
final class Scoring {

    static final int ESSENTIAL_TERMS = 45;
    static final int COMPETENCY_COVERAGE = 30;
    static final int ACHIEVEMENTS = 15;
    static final int CHECKS = 10;

    private Scoring() {
    }

    static Score score(KeywordGap gap, List<LineResult> lines, List<CheckResult> checks) {
        ScorePart essentials = part("essentialTerms", "Essential terms", gap.evidenceScore(), ESSENTIAL_TERMS,
                gap.essentialFound() + " of " + gap.essentialTotal()
                        + " essential terms shown, weighted by evidence");

        double weightSum = 0;
        double covered = 0;
        int full = 0;
        for (CompetencyCoverage c : gap.competencies()) {
            weightSum += c.weight();
            double value = Math.min(1, 2 * c.coverage());
            covered += c.weight() * value;
            if (value >= 1) {
                full++;
            }
        }
        ScorePart competencies = part("competencyCoverage", "Competency coverage",
                weightSum == 0 ? 0 : covered / weightSum, COMPETENCY_COVERAGE,
                full + " of " + gap.competencies().size() + " competencies well covered");

        long achieved = lines.stream().filter(l -> l.kind() == LineKind.ACHIEVEMENT).count();
        long quantified = lines.stream().filter(LineResult::quantified).count();
        double achievementShare = lines.isEmpty() ? 0 : (double) achieved / lines.size();
        double quantifiedShare = lines.isEmpty() ? 0 : (double) quantified / lines.size();
        double achievementValue = 0.5 * Math.min(1, achievementShare / 0.6) + 0.5 * Math.min(1, quantifiedShare / 0.4);
        ScorePart achievements = part("achievements", "Achievements", achievementValue, ACHIEVEMENTS,
                lines.isEmpty() ? "No experience lines found"
                        : String.format(Locale.ROOT, "%d of %d experience lines state an outcome, %d with a number",
                                achieved, lines.size(), quantified));

        // Informational checks (certification currency) are shown but never scored.
        List<CheckResult> scored = checks.stream()
                .filter(c -> !CertificationCurrency.INFORMATIONAL.contains(c.id())).toList();
        long passed = scored.stream().filter(CheckResult::passed).count();
        ScorePart checkPart = part("checks", "CV checks", scored.isEmpty() ? 0 : (double) passed / scored.size(),
                CHECKS, passed + " of " + scored.size() + " checks passed");

        List<ScorePart> parts = List.of(essentials, competencies, achievements, checkPart);
        int overall = parts.stream().mapToInt(ScorePart::points).sum();
        return new Score(overall, parts);
    }

    /** The score of a document that is not a CV: every part 0 (the analysis's first warning says why). */
    static Score notScored() {
        String detail = "Not scored: not a CV";
        List<ScorePart> parts = List.of(new ScorePart("essentialTerms", "Essential terms", 0, ESSENTIAL_TERMS, detail),
                new ScorePart("competencyCoverage", "Competency coverage", 0, COMPETENCY_COVERAGE, detail),
                new ScorePart("achievements", "Achievements", 0, ACHIEVEMENTS, detail),
                new ScorePart("checks", "CV checks", 0, CHECKS, detail));
        return new Score(0, parts);
    }

    private static ScorePart part(String id, String label, double value, int max, String detail) {
        int points = (int) Math.round(Math.max(0, Math.min(1, value)) * max);
        return new ScorePart(id, label, points, max, detail);
    }
}

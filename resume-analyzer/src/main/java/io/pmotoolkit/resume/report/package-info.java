/**
 * What the reports advise, without drawing them (the PDF is {@code io.pmotoolkit.report.GapReport} in the
 * report module; the Markdown is the command line's): the advice in {@code gap-advice.yaml}
 * ({@link io.pmotoolkit.resume.report.GapAdvice}), the check names in {@code check-names.yaml}
 * ({@link io.pmotoolkit.resume.report.CheckNames}), {@link io.pmotoolkit.resume.report.GapRanking}, which
 * orders the gaps and picks the few missing desirable terms worth naming,
 * {@link io.pmotoolkit.resume.report.RewriteGroups}, which picks the few rewrites shown in full and groups
 * the rest by kind of advice, and {@link io.pmotoolkit.resume.report.Quote}, which keeps every quote of the
 * CV to 120 characters. No PDF library here.
 *
 * {@snippet :
 * GapAdvice advice = GapAdvice.builtIn();
 * Optional<GapAdvice.Action> action = advice.find("governance-assurance", 2);
 * List<RewriteGroups.Entry> strongest = RewriteGroups.strongest(analysis, 5);
 * }
 */
package io.pmotoolkit.resume.report;

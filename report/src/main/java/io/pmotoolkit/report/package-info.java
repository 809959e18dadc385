/**
 * The PDF gap report: {@link io.pmotoolkit.report.GapReport} draws a
 * {@link io.pmotoolkit.core.result.CvAnalysis} (no second analysis) with the advice in
 * {@code gap-advice.yaml} ({@link io.pmotoolkit.resume.report.GapAdvice}) on the shared pdf-kit, within a
 * budget of ten pages: {@link io.pmotoolkit.resume.report.RewriteGroups} picks the few rewrites shown in
 * full and groups the rest by kind of advice (the Markdown lists them all), and
 * {@link io.pmotoolkit.resume.report.Quote} keeps every quote of the CV to 120 characters. The printable
 * question pack is in {@link io.pmotoolkit.report.pack}. This module and pdf-kit are the only ones that
 * depend on OpenPDF.
 *
 * {@snippet :
 * CvAnalysis analysis = analyzer.analyze(Path.of("cv.pdf"), "pmo-manager");
 * GapReport report = new GapReport(analyzer.model(), GapAdvice.builtIn(), clock);
 * AtomicFiles.write(Path.of("gap.pdf"), false, out -> report.render(analysis, out));
 * }
 */
package io.pmotoolkit.report;

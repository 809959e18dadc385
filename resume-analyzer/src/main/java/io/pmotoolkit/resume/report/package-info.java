/**
 * The PDF gap report: {@link io.pmotoolkit.resume.report.GapReport} draws a
 * {@link io.pmotoolkit.core.result.CvAnalysis} (no second analysis) with the advice in
 * {@code gap-advice.yaml} ({@link io.pmotoolkit.resume.report.GapAdvice}) on the shared pdf-kit.
 *
 * {@snippet :
 * CvAnalysis analysis = analyzer.analyze(Path.of("cv.pdf"), "pmo-manager");
 * GapReport report = new GapReport(analyzer.model(), GapAdvice.builtIn(), clock);
 * AtomicFiles.write(Path.of("gap.pdf"), false, out -> report.render(analysis, out));
 * }
 */
package io.pmotoolkit.resume.report;

/**
 * Reading single CV lines: {@link io.pmotoolkit.core.text.MetricExtractor} (in core) finds the numbers that
 * measure something and {@link io.pmotoolkit.resume.lines.LineClassifier} tells achievements from duties,
 * finds the opening verb or weak opener and suggests an outcome-first rewrite.
 *
 * {@snippet :
 * LineAssessment a = new LineClassifier().classify("Responsible for maintaining the RAID log for 6 projects");
 * a.kind();        // RESPONSIBILITY
 * a.weakOpener();  // "Responsible for"
 * a.suggestion();  // Add the result: "Maintained the RAID log for 6 projects, so that <...>".
 * }
 */
package io.pmotoolkit.resume.lines;

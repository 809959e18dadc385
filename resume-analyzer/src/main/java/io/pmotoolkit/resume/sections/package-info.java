/**
 * Section detection: {@link io.pmotoolkit.resume.sections.SectionDetector} splits a
 * {@link io.pmotoolkit.resume.read.CvDocument} into {@link io.pmotoolkit.resume.sections.Section}s of a
 * {@link io.pmotoolkit.resume.sections.SectionKind} at its headings.
 */
package io.pmotoolkit.resume.sections;

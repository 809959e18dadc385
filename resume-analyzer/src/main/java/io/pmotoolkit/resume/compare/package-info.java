/**
 * What changed between two versions of a CV ({@link io.pmotoolkit.resume.compare.CvComparer}): the result of
 * {@code pmo compare}.
 */
package io.pmotoolkit.resume.compare;

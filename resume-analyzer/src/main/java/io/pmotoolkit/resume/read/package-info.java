/**
 * Reading CV files: {@link io.pmotoolkit.resume.read.CvReader} turns a PDF, DOCX, text or Markdown file
 * into a {@link io.pmotoolkit.resume.read.CvDocument} of cleaned logical lines in reading order, or fails
 * with a {@link io.pmotoolkit.resume.read.CvReadException} whose reason and message say what to do.
 * The format-specific readers and the PDF layout analysis are package-private.
 */
package io.pmotoolkit.resume.read;

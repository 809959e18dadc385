/**
 * Many CVs at once: {@link io.pmotoolkit.resume.batch.BatchInputs} expands folders into the files to read and
 * the entries left out (with the reason), {@link io.pmotoolkit.resume.batch.BatchAnalyzer} analyses them on
 * several threads, each file within its own time budget, and hands the outcomes back in input order,
 * {@link io.pmotoolkit.resume.batch.SameCv} ranks the same CV given in several files once,
 * {@link io.pmotoolkit.resume.batch.OutputNames} gives each result a name of its own, and
 * {@link io.pmotoolkit.resume.batch.SummaryCsv} writes the spreadsheet-safe {@code summary.csv}.
 */
package io.pmotoolkit.resume.batch;

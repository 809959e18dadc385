/**
 * Many CVs at once: {@link io.pmotoolkit.resume.batch.BatchAnalyzer} expands files and folders into the
 * CVs to read and analyses them on several threads, handing each
 * {@link io.pmotoolkit.resume.batch.BatchAnalyzer.Outcome} back in input order with only a small window of
 * results in memory; a file that fails or runs past the time limit becomes an outcome with an error and
 * never stops the others. Ranking and the summary files are the command line's.
 *
 * {@snippet :
 * List<Path> files = BatchAnalyzer.expand(List.of(Path.of("cvs")));
 * new BatchAnalyzer(analyzer, reader, 2, Duration.ofSeconds(60))
 *         .run(files, role, null, outcome -> System.out.println(outcome.file()));
 * }
 */
package io.pmotoolkit.resume.batch;

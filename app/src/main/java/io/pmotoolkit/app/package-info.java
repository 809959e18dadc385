/**
 * The application layer: {@link io.pmotoolkit.app.Toolkit}, the one entry point that every surface (the
 * command line now, a web app later) calls, so that each is a thin shell: parse the request, call, render.
 *
 * {@snippet :
 * Toolkit app = Toolkit.builder().stdin(in).clock(clock).version(version).timeoutSeconds(15).build();
 * CvRun run = app.start("pmo-analyst", "advert.pdf", "cv.docx");
 * Outputs.check(Path.of("gap.pdf"), false, "--report");       // before the work, one wording
 * CvAnalysis analysis = run.analyze("cv.docx");                // within the size limit and the time budget
 * Outputs.print(out, renderer.render(analysis, Format.json));  // exit 5 if standard output lost it
 * }
 *
 * <p>Failures are {@link io.pmotoolkit.app.AppException}s with an {@link io.pmotoolkit.app.ExitCode}, or the
 * readers' and the model's own exceptions; {@link io.pmotoolkit.app.Failure#of(Throwable)} turns any of them
 * (and OutOfMemoryError and StackOverflowError) into the exit code and the one line to show. No command-line
 * library here: picocli stays in {@code cli}.
 */
package io.pmotoolkit.app;

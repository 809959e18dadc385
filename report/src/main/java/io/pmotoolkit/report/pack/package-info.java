/**
 * The printable interview practice pack: {@link io.pmotoolkit.report.pack.QuestionPackPdf} draws a
 * {@link io.pmotoolkit.interview.QuestionPack} as an A4 PDF with the shared toolkit of {@code pdf-kit}
 * (embedded fonts, "Page N of M" footer, metadata).
 *
 * <pre>{@code
 * QuestionPack pack = new PackBuilder(model, bank).build(role, analysis, 12, 7L);
 * try (OutputStream out = Files.newOutputStream(Path.of("pack.pdf"))) {
 *     int pages = new QuestionPackPdf(Clock.systemDefaultZone()).render(pack, out);
 * }
 * }</pre>
 *
 * <p>It writes to the stream it is given; choosing and replacing files is the command line's job.
 */
package io.pmotoolkit.report.pack;

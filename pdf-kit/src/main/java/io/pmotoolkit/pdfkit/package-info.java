/**
 * Shared PDF writing on OpenPDF: embedded Liberation Sans fonts ({@link io.pmotoolkit.pdfkit.PdfFonts}),
 * a small style set ({@link io.pmotoolkit.pdfkit.PdfStyles}), document set-up with metadata and a
 * "Page N of M" footer ({@link io.pmotoolkit.pdfkit.PdfDoc}), tables that repeat their header
 * and split cleanly ({@link io.pmotoolkit.pdfkit.PdfTables}) and vector bars ({@link io.pmotoolkit.pdfkit.Bars}).
 * The PDFs are written to a stream; writing them to a file atomically is {@code io.pmotoolkit.core.io.AtomicFiles}.
 *
 * <p>Used by the gap report and the interview question pack; knows nothing about CVs or PMO.
 */
package io.pmotoolkit.pdfkit;

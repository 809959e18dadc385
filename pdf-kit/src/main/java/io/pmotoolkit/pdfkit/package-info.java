/**
 * Shared PDF writing on OpenPDF: embedded Liberation Sans fonts ({@link io.pmotoolkit.pdfkit.PdfFonts}),
 * a small style set ({@link io.pmotoolkit.pdfkit.PdfStyles}), document set-up with metadata and a
 * "Page N of M" footer ({@link io.pmotoolkit.pdfkit.PdfDoc}), tables that repeat their header
 * and split cleanly ({@link io.pmotoolkit.pdfkit.PdfTables}), vector bars ({@link io.pmotoolkit.pdfkit.Bars})
 * and atomic file writes ({@link io.pmotoolkit.pdfkit.AtomicFiles}).
 *
 * <p>Used by the gap report and the interview question pack; knows nothing about CVs or PMO.
 */
package io.pmotoolkit.pdfkit;

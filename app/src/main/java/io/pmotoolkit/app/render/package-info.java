/**
 * Renderers every surface shares: an analysis as Markdown and JSON, a question pack as Markdown, and
 * {@link io.pmotoolkit.app.render.Escape}, which keeps a stranger's CV text from reaching a terminal, a Markdown
 * viewer or a web page as anything but text. The terminal's own text layout stays with the command line.
 */
package io.pmotoolkit.app.render;

/** Renderers of an analysis: text for an 80-column terminal, Markdown, JSON. */
package io.pmotoolkit.cli.render;

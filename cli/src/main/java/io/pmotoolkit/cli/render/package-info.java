/**
 * Renderers of an analysis, an answer's feedback and a question pack: text for the terminal (laid out to a
 * {@link io.pmotoolkit.cli.render.Terminal}'s width, coloured through picocli when it takes colour), Markdown
 * and JSON; and what keeps a stranger's CV from reaching the terminal or a Markdown viewer as anything but
 * text ({@link io.pmotoolkit.cli.render.Escape}, {@link io.pmotoolkit.cli.render.TerminalWriter}).
 */
package io.pmotoolkit.cli.render;

/**
 * Terminal renderers of an analysis, an answer's feedback and a practice transcript, laid out to a
 * {@link io.pmotoolkit.cli.render.Terminal}'s width and coloured through picocli when it takes colour, and
 * {@link io.pmotoolkit.cli.render.TerminalWriter}, which keeps control codes from a stranger's CV off the
 * terminal. Markdown and JSON renderers shared with the web app are in {@code io.pmotoolkit.app.render}.
 */
package io.pmotoolkit.cli.render;

package io.pmotoolkit.app;

/**
 * The text formats a result is rendered in. The constants are lower case because they are what users type
 * ({@code --format json}) and what help lists.
 */
public enum Format {
    /** For a terminal, 80 columns. */
    text,
    /** The documented JSON contract (docs/json-format.md). */
    json,
    /** For pasting into notes, issues and documents. */
    markdown
}

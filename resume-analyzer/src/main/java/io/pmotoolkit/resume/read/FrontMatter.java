package io.pmotoolkit.resume.read;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The YAML front matter at the top of a Markdown file (a static-site page, a handbook entry): a block between a
 * first line {@code ---} and a closing {@code ---} or {@code ...}, whose lines are {@code key: value} pairs,
 * indented values or list items. It is the page's metadata, not its text ("sidebar_label: 'PMO'", "layout: job"),
 * so it is taken off before the text is read; its {@code title:} is kept as the document's title.
 *
 * @param body  the text without the front matter (the whole text when it has none)
 * @param title the front matter's {@code title:} without quotes, or null
 */
record FrontMatter(String body, String title) {

    /** The most lines a front matter may have: a page's metadata is a few dozen lines at most. */
    static final int MAX_LINES = 80;
    private static final Pattern KEY = Pattern.compile("^[A-Za-z_][\\w-]*\\s*:(?:\\s.*)?$");
    private static final Pattern TITLE = Pattern.compile("^title\\s*:\\s*(.*?)\\s*$");

    /** The text's front matter taken off, or the text unchanged when it does not open with one. */
    static FrontMatter split(String text) {
        String start = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (!start.startsWith("---")) {
            return new FrontMatter(text, null);
        }
        String[] lines = start.split("\r\n|\r|\n", MAX_LINES + 2);
        if (!lines[0].strip().equals("---")) {
            return new FrontMatter(text, null);
        }
        String title = null;
        for (int i = 1; i < Math.min(lines.length - 1, MAX_LINES + 1); i++) {
            String line = lines[i];
            String stripped = line.strip();
            if (stripped.equals("---") || stripped.equals("...")) {
                if (i == 1) {
                    return new FrontMatter(text, null);  // "---" twice: two rules, not metadata
                }
                String body = String.join("\n", java.util.Arrays.copyOfRange(lines, i + 1, lines.length));
                return new FrontMatter(body, title);
            }
            boolean indented = !line.isEmpty() && Character.isWhitespace(line.charAt(0));
            if (!stripped.isEmpty() && !indented && !stripped.startsWith("- ") && !stripped.startsWith("#")
                    && !KEY.matcher(stripped).matches()) {
                return new FrontMatter(text, null);  // a line that is not YAML: the "---" was a rule
            }
            Matcher t = TITLE.matcher(line);
            if (t.matches() && title == null) {
                title = unquote(t.group(1));
            }
        }
        return new FrontMatter(text, null);
    }

    private static String unquote(String v) {
        if (v.length() >= 2 && (v.startsWith("'") && v.endsWith("'") || v.startsWith("\"") && v.endsWith("\""))) {
            v = v.substring(1, v.length() - 1);
        }
        v = v.strip();
        return v.isEmpty() ? null : v;
    }
}

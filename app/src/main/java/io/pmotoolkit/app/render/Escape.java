package io.pmotoolkit.app.render;

import java.util.regex.Pattern;

/**
 * Makes text from CVs, adverts and file names safe to print. A CV is a stranger's file: its text can carry
 * terminal escape codes (which recolour, move the cursor, retitle the window or write the clipboard), carriage
 * returns that overwrite a line, and, in Markdown, HTML and links that a viewer would render.
 *
 * {@snippet :
 * Escape.controls("Jane\u001b[2J Doe")   // "Jane\\u001b[2J Doe": visible, harmless
 * Escape.markdown("<img src=x onerror=alert(1)>")  // "&lt;img src=x onerror=alert(1)>"
 * }
 *
 * Stateless and thread-safe.
 */
public final class Escape {

    private static final Pattern ENTITY = Pattern.compile("&(?=#|[A-Za-z][A-Za-z0-9]*;)");
    private static final Pattern SCHEME = Pattern.compile("(?i)\\b(javascript|vbscript|data|file):");

    private Escape() {
    }

    /**
     * Whether a terminal could act on {@code c}: C0 controls other than newline and tab, DEL, C1 controls,
     * the line and paragraph separators, and the bidirectional overrides and isolates ("Trojan Source").
     */
    public static boolean isControl(int c) {
        return c < 0x20 && c != '\n' && c != '\t'
                || c >= 0x7f && c <= 0x9f
                || c == 0x2028 || c == 0x2029
                || c >= 0x202a && c <= 0x202e
                || c >= 0x2066 && c <= 0x2069;
    }

    /** {@code s} with every {@linkplain #isControl control character} shown as {@code \}{@code uXXXX}. */
    public static String controls(String s) {
        if (s == null) {
            return null;
        }
        int i = 0;
        while (i < s.length() && !isControl(s.charAt(i))) {
            i++;
        }
        if (i == s.length()) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length() + 16).append(s, 0, i);
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isControl(c)) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * {@code s} as literal Markdown text: control characters shown, and nothing a renderer would turn into
     * HTML, a link, an image, emphasis or a table cell break. {@code <} becomes {@code &lt;} (no raw HTML, no
     * autolinks), an {@code &} that would start an entity becomes {@code &amp;}, the backslash and
     * {@code [ ] | * _} are backslash-escaped, and a {@code javascript:}, {@code data:}, {@code vbscript:} or
     * {@code file:} scheme loses its colon's meaning ({@code javascript\:}).
     */
    public static String markdown(String s) {
        if (s == null) {
            return null;
        }
        String out = s.replace("\\", "\\\\").replace("|", "\\|").replace("*", "\\*").replace("_", "\\_")
                .replace("[", "\\[").replace("]", "\\]");
        out = ENTITY.matcher(out).replaceAll("&amp;").replace("<", "&lt;");
        return controls(SCHEME.matcher(out).replaceAll("$1\\\\:"));
    }
}

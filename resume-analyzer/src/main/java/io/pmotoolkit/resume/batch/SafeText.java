package io.pmotoolkit.resume.batch;

/**
 * Text from outside (file names, CV lines) made safe to print or to put in a spreadsheet: control characters
 * and escape codes shown as <code>&#92;u001B</code>, never sent raw to a terminal; spreadsheet formulas neutralised.
 * Stateless and thread-safe.
 */
public final class SafeText {

    private SafeText() {
    }

    /**
     * Every control character (C0, DEL, C1, and the bidirectional and other format controls that reorder
     * or hide text) as <code>&#92;uXXXX</code>; {@code keepLineBreaks} keeps tab, CR and LF as they are.
     */
    public static String escapeControls(String s, boolean keepLineBreaks) {
        if (s == null) {
            return null;
        }
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean control = Character.isISOControl(c) && !(keepLineBreaks && (c == '\t' || c == '\r' || c == '\n'))
                    || Character.getType(c) == Character.FORMAT && c != '\u00AD';
            if (control) {
                if (b == null) {
                    b = new StringBuilder(s.length() + 8).append(s, 0, i);
                }
                b.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
            } else if (b != null) {
                b.append(c);
            }
        }
        return b == null ? s : b.toString();
    }

    /** {@link #escapeControls} with line breaks escaped too: for a file name on one line. */
    public static String fileName(String s) {
        return escapeControls(s, false);
    }

    /**
     * A spreadsheet cell that cannot run as a formula: a value starting with {@code = + - @}, tab or CR gets a
     * leading {@code '} (OWASP's advice for CSV injection), so Excel, LibreOffice and Google Sheets show it as text.
     */
    public static String cell(String s) {
        if (s == null || s.isEmpty()) {
            return s;
        }
        char first = s.charAt(0);
        return "=+-@\t\r".indexOf(first) >= 0 || first == '\uFF1D' ? "'" + s : s;
    }
}

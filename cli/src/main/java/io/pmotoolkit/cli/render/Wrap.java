package io.pmotoolkit.cli.render;

import io.pmotoolkit.app.render.Escape;
import java.util.List;
import org.apache.commons.text.WordUtils;

/**
 * Word wrapping for terminal output, through commons-text's {@link WordUtils#wrap}. Runs of white space become
 * one space; a word longer than the width (a file path, a URL) is never broken: it goes whole on a line of its
 * own, so it can still be copied. Control characters are {@linkplain Escape#controls shown}, never printed.
 * Stateless and thread-safe.
 */
public final class Wrap {

    /** Fewest columns left for the text after a hanging label; with less, the text starts on the next line. */
    static final int MIN_ROOM = 20;

    private Wrap() {
    }

    /** The text wrapped into lines of at most {@code width} characters, bar words longer than that. */
    public static List<String> lines(String text, int width) {
        String flat = String.join(" ", Escape.controls(text).strip().split("\\s+"));
        if (flat.isEmpty()) {
            return List.of();
        }
        return List.of(WordUtils.wrap(flat, width, "\n", false, " ").split("\n"));
    }

    /**
     * Wraps {@code text} to {@code width}, the first line after {@code first}, the rest after as many spaces.
     * When that leaves fewer than {@value #MIN_ROOM} columns (a narrow terminal), {@code first} stands on its
     * own line and the text follows four columns in.
     */
    public static String hanging(String first, String text, int width) {
        String indent = " ".repeat(first.length());
        StringBuilder b = new StringBuilder();
        boolean headAlone = width - first.length() < MIN_ROOM && !first.isBlank();
        if (headAlone) {
            b.append(first.stripTrailing()).append('\n');
            first = "    ";
            indent = first;
        }
        List<String> lines = lines(text, Math.max(MIN_ROOM, width - first.length()));
        if (!headAlone && !first.isBlank() && !lines.isEmpty() && first.length() + lines.get(0).length() > width) {
            // A word too long for the room (a file path) starts on a line of its own, whole.
            b.append(first.stripTrailing()).append('\n');
            first = indent;
        }
        for (int i = 0; i < lines.size(); i++) {
            b.append(i == 0 ? first : indent).append(lines.get(i)).append('\n');
        }
        if (lines.isEmpty() && !headAlone) {
            b.append(first.stripTrailing()).append('\n');
        }
        return b.toString();
    }
}

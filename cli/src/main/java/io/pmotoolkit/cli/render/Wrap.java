package io.pmotoolkit.cli.render;

import java.util.ArrayList;
import java.util.List;

/** Word wrapping for terminal output. Long words (URLs) are broken rather than overflow the width. */
public final class Wrap {

    private Wrap() {
    }

    /** The text wrapped into lines of at most {@code width} characters. */
    public static List<String> lines(String text, int width) {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            while (word.length() > width) {
                if (!line.isEmpty()) {
                    out.add(line.toString());
                    line.setLength(0);
                }
                out.add(word.substring(0, width));
                word = word.substring(width);
            }
            if (!line.isEmpty() && line.length() + 1 + word.length() > width) {
                out.add(line.toString());
                line.setLength(0);
            }
            if (!line.isEmpty()) {
                line.append(' ');
            }
            line.append(word);
        }
        if (!line.isEmpty()) {
            out.add(line.toString());
        }
        return out;
    }

    /** Wraps {@code text} to {@code width}, the first line after {@code first}, the rest after {@code indent}. */
    public static String hanging(String first, String text, int width) {
        String indent = " ".repeat(first.length());
        StringBuilder b = new StringBuilder();
        List<String> lines = lines(text, Math.max(20, width - first.length()));
        for (int i = 0; i < lines.size(); i++) {
            b.append(i == 0 ? first : indent).append(lines.get(i)).append('\n');
        }
        if (lines.isEmpty()) {
            b.append(first.stripTrailing()).append('\n');
        }
        return b.toString();
    }
}

package io.pmotoolkit.resume.batch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The name of each file's results in a batch's output folder: the file's name without its extension, made
 * unique whatever the inputs. Names are compared without case (as on macOS and Windows), the names the batch
 * writes itself ({@code summary}) are never given out, and a name another input has as its own is never
 * taken as a stand-in: with {@code a-3.pdf}, {@code a.docx} and {@code a.pdf}, the last becomes
 * {@code a-pdf}, never {@code a-3}. Of files sharing a name, the one {@link SameCv} would use for the same CV
 * (DOCX, then PDF, Markdown, text; then the first given) gets the plain name. Characters that are unsafe in file names (controls, {@code / \ : * ? " < > |})
 * become {@code _}. Stateless and thread-safe.
 */
public final class OutputNames {

    /** Base names the batch itself writes in the output folder ({@code summary.csv}, {@code summary.json}). */
    public static final Set<String> RESERVED = Set.of("summary");

    private static final int MAX_LENGTH = 120;

    private OutputNames() {
    }

    /** One name (without extension) for each file, in the same order, all different ignoring case. */
    public static List<String> assign(List<Path> files) {
        List<String> natural = new ArrayList<>();
        Set<String> taken = new HashSet<>(RESERVED);
        String[] names = new String[files.size()];
        for (Path f : files) {
            natural.add(safe(base(f)));
        }
        // The file a batch would use for the same CV in several formats gets the plain name.
        List<Integer> byFormat = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            byFormat.add(i);
        }
        byFormat.sort(java.util.Comparator.comparingInt((Integer i) -> formatRank(files.get(i))));
        for (int i : byFormat) {
            if (taken.add(key(natural.get(i)))) {
                names[i] = natural.get(i);
            }
        }
        for (int i = 0; i < files.size(); i++) {
            if (names[i] != null) {
                continue;
            }
            String ext = BatchInputs.extension(files.get(i));
            String stem = natural.get(i) + (ext.isEmpty() ? "" : "-" + safe(ext));
            String n = stem;
            for (int k = 2; !taken.add(key(n)); k++) {
                n = stem + "-" + k;
            }
            names[i] = n;
        }
        return List.of(names);
    }

    /** DOCX, then PDF, Markdown, text: the order in which {@link SameCv} picks the file to use. */
    static int formatRank(Path file) {
        return switch (BatchInputs.extension(file)) {
            case "docx" -> 0;
            case "pdf" -> 1;
            case "md" -> 2;
            case "txt" -> 3;
            default -> 4;
        };
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    private static String base(Path file) {
        Path name = file.getFileName();
        String s = name == null ? "cv" : name.toString();
        int dot = s.lastIndexOf('.');
        return dot > 0 ? s.substring(0, dot) : s;
    }

    /** The name with unsafe characters replaced, no leading dot (hidden) or trailing dot or space, not empty. */
    static String safe(String name) {
        StringBuilder b = new StringBuilder();
        name.codePoints().limit(MAX_LENGTH).forEach(c -> b.appendCodePoint(
                Character.isISOControl(c) || "/\\:*?\"<>|".indexOf(c) >= 0 || Character.getType(c) == Character.FORMAT
                        ? '_' : c));
        String s = b.toString().replaceAll("^[.\\s]+|[.\\s]+$", "");
        return s.isEmpty() ? "cv" : s;
    }
}

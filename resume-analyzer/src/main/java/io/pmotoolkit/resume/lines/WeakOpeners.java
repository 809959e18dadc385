package io.pmotoolkit.resume.lines;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Phrases that open a line with a duty or a shared effort instead of an action and a result
 * ("Responsible for", "Helped with"), matched case-insensitively at the start of a line.
 *
 * <p>Thread-safe: immutable.
 */
final class WeakOpeners {

    /** Openers that claim ownership of a duty: rewrite with a verb that fits the object. */
    private static final List<String> OWNERSHIP = List.of(
            "i was responsible for", "was responsible for", "responsible for", "accountable for", "in charge of",
            "charged with", "tasked with", "duties included", "duties include", "duties involved",
            "main duties included", "main duties", "key duties", "key responsibilities included",
            "key responsibilities", "responsibilities included", "responsibilities include",
            "my role was to", "my role included", "role involved", "role included");
    /** Openers that hide the candidate's own part in a group effort: rewrite and ask for that part. */
    private static final List<String> SHARED = List.of(
            "helped with", "helped to", "helped", "helping with", "helping to", "help with", "help to", "help",
            "assisted with", "assisted in", "assisted", "assisting with", "assisting in", "assisting",
            "assist with", "assist in", "assist", "was involved in", "involved in",
            "worked on", "working on", "participated in", "took part in", "part of", "contributed to");

    /** Longest first, so "helped with" wins over "helped". */
    private static final List<String> ALL = Stream.concat(OWNERSHIP.stream(), SHARED.stream())
            .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
            .toList();

    private WeakOpeners() {
    }

    /**
     * A weak opener found at the start of a line.
     *
     * @param asWritten the opener as written in the line
     * @param rest      the rest of the line after the opener, without leading punctuation and spaces
     * @param shared    whether the opener hides the candidate's own part ("Helped with")
     */
    record Opener(String asWritten, String rest, boolean shared) {
    }

    /** The weak opener at the start of a line (already stripped of its bullet), if any. */
    static Optional<Opener> find(String line) {
        String lower = line.toLowerCase(Locale.ROOT);
        for (String opener : ALL) {
            if (lower.startsWith(opener) && (lower.length() == opener.length()
                    || !Character.isLetterOrDigit(lower.charAt(opener.length())))) {
                String rest = line.substring(opener.length()).replaceFirst("^[\\s:;,\\-–—]+", "");
                return Optional.of(new Opener(line.substring(0, opener.length()), rest, SHARED.contains(opener)));
            }
        }
        return Optional.empty();
    }
}

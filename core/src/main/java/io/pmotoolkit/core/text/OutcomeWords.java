package io.pmotoolkit.core.text;

import com.fasterxml.jackson.databind.JsonNode;
import io.pmotoolkit.core.model.YamlTree;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome vocabulary ("reduced", "ahead of schedule", "went down"), from {@code outcome-words.yaml} beside
 * this class: one file for the CV-line checks of resume-analyzer and the interview coach's CV-line questions and
 * answer feedback, in named lists because the uses differ (the file says how).
 *
 * <p>Each entry is a regular expression; {@link #alternation} joins a list's entries, in file order, for the
 * caller to put in its own pattern with its own boundaries and flags.
 *
 * <p>Thread-safe: immutable after loading.
 */
public final class OutcomeWords {

    static final String BUILT_IN = "/io/pmotoolkit/core/text/outcome-words.yaml";
    private static final Map<String, List<String>> LISTS = load();

    private OutcomeWords() {
    }

    /**
     * A list's entries as one regex alternation, without the brackets, in file order.
     *
     * @param list the list's name under {@code outcomes} ({@code cvLine}, {@code answerOutcome}...)
     * @throws IllegalArgumentException for a list the file does not have
     */
    public static String alternation(String list) {
        return String.join("|", entries(list));
    }

    /** A list's entries, in file order. */
    public static List<String> entries(String list) {
        List<String> entries = LISTS.get(list);
        if (entries == null) {
            throw new IllegalArgumentException(BUILT_IN + ": no list '" + list + "' under outcomes; the lists are "
                    + String.join(", ", LISTS.keySet()));
        }
        return entries;
    }

    /** The names of the lists, in file order. */
    public static List<String> lists() {
        return List.copyOf(LISTS.keySet());
    }

    private static Map<String, List<String>> load() {
        try (InputStream in = OutcomeWords.class.getResourceAsStream(BUILT_IN)) {
            if (in == null) {
                throw new IllegalStateException(BUILT_IN + " is missing from the jar");
            }
            JsonNode outcomes = YamlTree.read(in).path("outcomes");
            if (!outcomes.isObject()) {
                throw new IllegalStateException(BUILT_IN + ": 'outcomes' is missing");
            }
            Map<String, List<String>> lists = new LinkedHashMap<>();
            outcomes.properties().forEach(e -> {
                List<String> entries = new ArrayList<>();
                // an entry is a regex: kept as written (a trailing space can matter: "from .{1,30} to ")
                e.getValue().forEach(n -> entries.add(n.asText()));
                if (entries.isEmpty() || entries.stream().anyMatch(String::isBlank)) {
                    throw new IllegalStateException(BUILT_IN + ": outcomes." + e.getKey() + " is empty or has a blank entry");
                }
                lists.put(e.getKey(), List.copyOf(entries));
            });
            return java.util.Collections.unmodifiableMap(lists);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + BUILT_IN, e);
        }
    }
}

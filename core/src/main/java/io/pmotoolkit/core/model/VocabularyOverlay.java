package io.pmotoolkit.core.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A skills file's CV-reading word lists, laid over the built-in ones of the module that reads CVs
 * ({@code cv-vocabulary.yaml}): the file's {@code cvVocabulary} mapping of list name ({@code titleWords},
 * {@code headings.experience}) to words. The names are checked by the module that owns the lists.
 *
 * @param lists    the words of each list the file names, in file order
 * @param replaces true when the file stands alone ({@code replace: true}): each list it names replaces the
 *                 built-in list of that name; otherwise its words are added to the built-in list
 */
public record VocabularyOverlay(Map<String, List<String>> lists, boolean replaces) {

    /** No lists: the built-in vocabulary as it is. */
    public static final VocabularyOverlay NONE = new VocabularyOverlay(Map.of(), false);

    public VocabularyOverlay {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        lists.forEach((name, words) -> copy.put(name, List.copyOf(words)));
        lists = java.util.Collections.unmodifiableMap(copy);
    }

    /** Whether the overlay changes nothing. */
    public boolean isEmpty() {
        return lists.isEmpty();
    }
}

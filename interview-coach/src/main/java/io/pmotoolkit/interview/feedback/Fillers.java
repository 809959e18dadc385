package io.pmotoolkit.interview.feedback;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * Counts filler words in an answer, from the {@code fillers} of {@code feedback-vocabulary.yaml}. Fillers that
 * are also ordinary words are counted only where they are fillers: "like" set off by commas or opening a
 * sentence (not "I would like" or "felt like a failure"), "right" set off by commas or as a tag question (not
 * "the right owner"), "kind of"/"sort of" not after a determiner ("what kind of report" is not a filler), "you
 * know" and "I mean" not followed by what is known or meant ("you know how", "I mean that").
 *
 * <p>Thread-safe: stateless.
 */
final class Fillers {

    private Fillers() {
    }

    /** The fillers found, by id in the file's order, with their counts; fillers not found are left out. */
    static Map<String, Integer> count(String answer) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (FeedbackVocabulary.Filler f : FeedbackVocabulary.BUILT.fillers) {
            Matcher m = f.pattern().matcher(answer);
            int n = 0;
            while (m.find()) {
                n++;
            }
            if (n > 0) {
                out.merge(f.id(), n, Integer::sum);
            }
        }
        return out;
    }
}

package io.pmotoolkit.interview.feedback;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counts filler words in an answer. Fillers that are also ordinary words are counted only where they are
 * fillers: "like" set off by commas or opening a sentence (not "I would like" or "felt like a failure"),
 * "kind of"/"sort of" not after a determiner ("what kind of report" is not a filler), "you know" and
 * "I mean" not followed by what is known or meant ("you know how", "I mean that").
 *
 * <p>Thread-safe: stateless.
 */
final class Fillers {

    private record Filler(String id, Pattern pattern) {
    }

    private static final List<Filler> FILLERS = List.of(
            filler("um", "\\b(?:um+|erm+|uhm+|hmm+)\\b"),
            filler("uh", "\\b(?:uh+|er)\\b(?!-)"),
            filler("like", "(?:^|[,.;!?]\\s*|\\b(?:was|were|is|it's|and|but|so)\\s+)like(?=\\s*,)|(?:^|[.!?]\\s+)like,?\\s"
                    + "|,\\s*like\\s+(?=\\d)"),
            filler("you know", "(?<!\\b(?:do|did|if|as|don't|didn't)\\s)\\byou know\\b(?!\\s+(?:how|what|that|where|when|who"
                    + "|whether|if|the|about|it|him|her|them))"),
            filler("basically", "\\bbasically\\b"),
            filler("actually", "\\bactually\\b"),
            filler("sort of", "(?<!\\b(?:what|this|that|the|a|any|some|which|every|each|same|these|those)\\s)\\bsort of\\b"),
            filler("kind of", "(?<!\\b(?:what|this|that|the|a|any|some|which|every|each|same|these|those)\\s)\\bkind of\\b"),
            filler("I mean", "(?:^|[,.;!?]\\s*)I mean\\b(?!\\s+(?:that|it|to|the|what))"));

    private static Filler filler(String id, String regex) {
        return new Filler(id, Pattern.compile("(?i)" + regex));
    }

    private Fillers() {
    }

    /** The fillers found, by id in a fixed order, with their counts; fillers not found are left out. */
    static Map<String, Integer> count(String answer) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (Filler f : FILLERS) {
            Matcher m = f.pattern().matcher(answer);
            int n = 0;
            while (m.find()) {
                n++;
            }
            if (n > 0) {
                out.put(f.id(), n);
            }
        }
        return out;
    }
}

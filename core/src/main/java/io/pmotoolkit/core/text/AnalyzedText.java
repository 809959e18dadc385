package io.pmotoolkit.core.text;

import java.util.List;

/**
 * A piece of text with its tokens, part-of-speech tags, lemmas and matching keys.
 *
 * @param text   the text as given
 * @param tokens tokens in order; offsets point into {@code text}
 */
public record AnalyzedText(String text, List<Token> tokens) {

    public AnalyzedText {
        tokens = List.copyOf(tokens);
    }

    /** The first token that is a word (not punctuation, a bullet or a number), or null. */
    public Token firstWord() {
        for (Token t : tokens) {
            if (Character.isLetter(t.text().codePointAt(0))) {
                return t;
            }
        }
        return null;
    }
}

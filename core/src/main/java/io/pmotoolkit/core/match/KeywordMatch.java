package io.pmotoolkit.core.match;

import io.pmotoolkit.core.model.Keyword;

/**
 * One place where a keyword occurs in a text.
 *
 * @param keyword the keyword found
 * @param form    the form of the keyword that matched (the term or one of its aliases)
 * @param text    the words as written in the text
 * @param start   offset of the first character in the text
 * @param end     offset after the last character
 * @param fuzzy   whether a long word matched with one typo ("stakeholdre")
 * @param via     the keyword whose words stand here when this one is implied by it (Planview implies
 *                PPM software), or null when the keyword's own form matched
 */
public record KeywordMatch(Keyword keyword, String form, String text, int start, int end, boolean fuzzy,
                           Keyword via) {

    /** A match of the keyword's own form. */
    public KeywordMatch(Keyword keyword, String form, String text, int start, int end, boolean fuzzy) {
        this(keyword, form, text, start, end, fuzzy, null);
    }
}

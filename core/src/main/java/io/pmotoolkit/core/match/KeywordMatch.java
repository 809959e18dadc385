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
 */
public record KeywordMatch(Keyword keyword, String form, String text, int start, int end, boolean fuzzy) {
}

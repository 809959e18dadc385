package io.pmotoolkit.core.text;

/**
 * One token of an analysed text.
 *
 * @param text  the token as written
 * @param start offset of the first character in the analysed text
 * @param end   offset after the last character
 * @param pos   Universal Dependencies part-of-speech tag (VERB, NOUN, PROPN, ADJ, NUM, PUNCT...)
 * @param lemma lower-case lemma from the OpenNLP lemmatizer (the lower-cased text where it has none)
 * @param key   the matching key: lower-case, UK spelling, possessive dropped, stemmed;
 *              two tokens with the same key count as the same word for keyword matching
 */
public record Token(String text, int start, int end, String pos, String lemma, String key) {

    /** Whether the tagger thinks this token is a verb (including auxiliaries). */
    public boolean isVerb() {
        return "VERB".equals(pos) || "AUX".equals(pos);
    }
}

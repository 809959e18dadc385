package io.pmotoolkit.core.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.tokenize.DefaultTokenContextGenerator;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.StringUtil;

/**
 * OpenNLP's maxent tokenizer ({@code TokenizerME.tokenizePos}) for one whitespace-separated chunk, without
 * its feature strings where it can: the model decides at every character whether to split, from about
 * fifteen features per character ("p=" and "s=" with the whole text before and after it, the characters
 * around it and their classes), and building and hashing those strings made unseen chunks (an e-mail
 * address costs one evaluation per character) the dearest part of tokenising. Here the single-character
 * features are resolved to the model's parameters once, the "p=" and "s=" strings are built only when the
 * model holds a key that long, and the features are added up in OpenNLP's order with its arithmetic, so
 * the splits are the same ({@code NlpTest} compares them with {@code TokenizerME}).
 *
 * <p>Only for a model without an abbreviation dictionary, with the default context generator and the two
 * outcomes split/no split: {@link #of} says null otherwise. Thread-safe: the tables are filled once.
 */
final class ChunkTokenizer {

    private static final String[] CHAR_KEYS = {"p1", "p2", "f1", "f2"};
    private static final String[] CLASSES = {"_alpha", "_caps", "_num", "_ws", "_eos", "_quote", "_lp", "_rp"};
    private static final int ALPHA = 0;
    private static final int CAPS = 1;
    private static final int NUM = 2;
    private static final int WS = 3;
    private static final int EOS = 4;
    private static final int QUOTE = 5;
    private static final int LP = 6;
    private static final int RP = 7;

    private final Map<String, Context> parameters;
    private final int outcomes;
    private final int split;
    private final double uniformLogPrior;
    private final int longestPrefix;
    private final int longestSuffix;
    /** "p1=c", "p2=c", "f1=c", "f2=c" for ASCII c. */
    private final Context[][] charValue = new Context[CHAR_KEYS.length][128];
    /** "p1_alpha", "f2_rp"... */
    private final Context[][] charClass = new Context[CHAR_KEYS.length][CLASSES.length];
    private final Context p2Bok;
    private final Context f2Bok;
    private final Context cc;

    private ChunkTokenizer(AbstractModel model, int split) {
        @SuppressWarnings("unchecked")
        Map<String, Context> pmap = (Map<String, Context>) model.getDataStructures()[1];
        parameters = pmap;
        outcomes = model.getNumOutcomes();
        this.split = split;
        uniformLogPrior = GisArithmetic.uniformLogPrior(outcomes);
        int prefix = 0;
        int suffix = 0;
        for (String key : pmap.keySet()) {
            if (key.startsWith("p=")) {
                prefix = Math.max(prefix, key.length() - 2);
            } else if (key.startsWith("s=")) {
                suffix = Math.max(suffix, key.length() - 2);
            }
        }
        longestPrefix = prefix;
        longestSuffix = suffix;
        for (int k = 0; k < CHAR_KEYS.length; k++) {
            for (char c = 0; c < 128; c++) {
                charValue[k][c] = pmap.get(CHAR_KEYS[k] + "=" + c);
            }
            for (int cl = 0; cl < CLASSES.length; cl++) {
                charClass[k][cl] = pmap.get(CHAR_KEYS[k] + CLASSES[cl]);
            }
        }
        p2Bok = pmap.get("p2=bok");
        f2Bok = pmap.get("f2=bok");
        cc = pmap.get("cc");
    }

    /** The fast tokenizer for a model, or null when the model is not one it reproduces. */
    static ChunkTokenizer of(TokenizerModel model) {
        if (model.getAbbreviations() != null
                || model.getFactory().getContextGenerator().getClass() != DefaultTokenContextGenerator.class
                || !(model.getMaxentModel() instanceof AbstractModel m) || m.getNumOutcomes() != 2) {
            return null;
        }
        int split = "T".equals(m.getOutcome(0)) ? 0 : "T".equals(m.getOutcome(1)) ? 1 : -1;
        return split < 0 ? null : new ChunkTokenizer(m, split);
    }

    /**
     * The tokens of one chunk (no whitespace, at least two characters, not plain ASCII letters and digits),
     * as start and end offsets in pairs.
     */
    int[] split(String chunk) {
        List<Integer> cuts = new ArrayList<>(8);
        int start = 0;
        double[] p = new double[outcomes];
        Context[] c = new Context[20];
        for (int j = 1; j < chunk.length(); j++) {
            eval(chunk, j, c, p);
            if (argmax(p) == split) {
                cuts.add(start);
                cuts.add(j);
                start = j;
            }
        }
        cuts.add(start);
        cuts.add(chunk.length());
        int[] out = new int[cuts.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = cuts.get(i);
        }
        return out;
    }

    /** OpenNLP's {@code ArrayMath.argmax}: the first largest. */
    private static int argmax(double[] x) {
        int max = 0;
        for (int i = 1; i < x.length; i++) {
            if (x[max] < x[i]) {
                max = i;
            }
        }
        return max;
    }

    /** The probabilities OpenNLP's model gives for splitting {@code s} before index {@code j}. */
    double[] eval(String s, int j, Context[] c, double[] out) {
        int n = 0;
        c[n++] = j <= longestPrefix ? parameters.get("p=" + s.substring(0, j)) : null;
        c[n++] = s.length() - j <= longestSuffix ? parameters.get("s=" + s.substring(j)) : null;
        // DefaultTokenContextGenerator.createContext, in its order (j >= 1 here)
        n = charPreds(0, s.charAt(j - 1), c, n);
        if (j > 1) {
            n = charPreds(1, s.charAt(j - 2), c, n);
            c[n++] = parameters.get("p21=" + s.charAt(j - 2) + s.charAt(j - 1));
        } else {
            c[n++] = p2Bok;
        }
        c[n++] = parameters.get("p1f1=" + s.charAt(j - 1) + s.charAt(j));
        n = charPreds(2, s.charAt(j), c, n);
        if (j + 1 < s.length()) {
            n = charPreds(3, s.charAt(j + 1), c, n);
            c[n++] = parameters.get("f12=" + s.charAt(j) + s.charAt(j + 1));
        } else {
            c[n++] = f2Bok;
        }
        if (s.charAt(0) == '&' && s.charAt(s.length() - 1) == ';') {
            c[n++] = cc;
        }
        return GisArithmetic.probabilities(c, n, uniformLogPrior, out);
    }

    /** {@code DefaultTokenContextGenerator.addCharPreds}: the character, then its class. */
    private int charPreds(int key, char ch, Context[] c, int n) {
        c[n++] = ch < 128 ? charValue[key][ch] : parameters.get(CHAR_KEYS[key] + "=" + ch);
        if (Character.isLetter(ch)) {
            c[n++] = charClass[key][ALPHA];
            if (Character.isUpperCase(ch)) {
                c[n++] = charClass[key][CAPS];
            }
        } else if (Character.isDigit(ch)) {
            c[n++] = charClass[key][NUM];
        } else if (StringUtil.isWhitespace(ch)) {
            c[n++] = charClass[key][WS];
        } else if (ch == '.' || ch == '?' || ch == '!') {
            c[n++] = charClass[key][EOS];
        } else if (ch == '`' || ch == '"' || ch == '\'') {
            c[n++] = charClass[key][QUOTE];
        } else if (ch == '[' || ch == '{' || ch == '(') {
            c[n++] = charClass[key][LP];
        } else if (ch == ']' || ch == '}' || ch == ')') {
            c[n++] = charClass[key][RP];
        }
        return n;
    }
}

package io.pmotoolkit.core.text;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.util.StringUtil;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;

/**
 * Evaluates the UD-EWT part-of-speech model for one word without building its feature strings.
 *
 * <p>OpenNLP's context generator builds about 25 new strings per word ("suf=ing", "p1w=managed",
 * "w&amp;c=managed,lc", "t=VERB"...) and the model looks each one up in a hash map. The features a word
 * contributes depend only on the word, so here each distinct word's features are resolved to the model's
 * parameters once and cached, and the features of the two previous tags once per tag pair. The features are
 * added up in OpenNLP's order with OpenNLP's arithmetic, so the probabilities are the same to the last bit.
 *
 * <p><b>Why it is kept</b> (measured on 1 December 2026 against {@code POSTaggerME} with a beam of one, the
 * stock way to get the same tags, OpenNLP 2.5.8, the launcher's C1-only JVM, alternating runs on a loaded
 * machine; docs/performance.md): tagging 135,721 tokens of corpus CV lines 0.83 s against 5.7 s; per-CV
 * analysis of 94 corpus CVs, read once and warm, 90–100 ms against 116–152 ms (the machine ran about ten
 * times slower than a quiet one); the 94-CV batch from the command line 12.2 s of CPU against 13.4 s
 * (−9 %). A single cold CV gains nothing measurable (1.98 s against 2.09 s of CPU, within noise).
 *
 * <p><b>What guards it</b>: it reads the model's internals (the parameter map of {@code AbstractModel},
 * the order of the context generator's features), which OpenNLP may change in any release. {@code NlpTest}
 * fails when the opennlp-tools version is not the one this was checked against
 * ({@link #VERIFIED_OPENNLP}), when its probabilities differ from {@code GISModel.eval} by a bit, and when
 * {@link Nlp}'s tags differ from {@code POSTaggerME}'s with a beam of one on a fixed text. After an upgrade:
 * run those tests, re-measure, then change the version.
 *
 * <p>The feature set is the one the model's {@code generator.featuregen} declares: the outcome prior
 * ("def"), suffixes and prefixes up to 4 characters, the lower-cased words in a ±2 window, sentence-begin
 * flags in a ±2 window, the token class with and without the word, and the previous tag and tag pair.
 * {@link #supports} checks a model's generator file against it; for another model {@link Nlp} uses
 * {@code POSTaggerME}.
 *
 * <p>Thread-safe: the caches are concurrent maps of immutable entries.
 */
final class PosFeatures {

    /** The feature generator file these features reproduce (the models' default POS generator). */
    static final String GENERATOR = """
            <featureGenerators cache="true" name="posTagger">
              <generator class="opennlp.tools.util.featuregen.DefinitionFeatureGeneratorFactory"/>
              <generator class="opennlp.tools.util.featuregen.SuffixFeatureGeneratorFactory"/>
              <generator class="opennlp.tools.util.featuregen.PrefixFeatureGeneratorFactory"/>
              <generator class="opennlp.tools.util.featuregen.WindowFeatureGeneratorFactory">
                <int name="prevLength">2</int>
                <int name="nextLength">2</int>
                <generator class="opennlp.tools.util.featuregen.TokenFeatureGeneratorFactory"/>
              </generator>
              <generator class="opennlp.tools.util.featuregen.WindowFeatureGeneratorFactory">
                <int name="prevLength">2</int>
                <int name="nextLength">2</int>
                <generator class="opennlp.tools.util.featuregen.SentenceFeatureGeneratorFactory">
                  <bool name="begin">true</bool>
                  <bool name="end">false</bool>
                </generator>
              </generator>
              <generator class="opennlp.tools.util.featuregen.TokenClassFeatureGeneratorFactory"/>
              <generator class="opennlp.tools.util.featuregen.PosTaggerFeatureGeneratorFactory"/>
            </featureGenerators>""";

    /** The opennlp-tools version whose feature order and arithmetic this reproduces, checked by {@code NlpTest}. */
    static final String VERIFIED_OPENNLP = "2.5.8";

    private static final int AFFIX = 4;
    private static final int WORD_CACHE_LIMIT = 50_000;

    /** One word's features, resolved to the model's parameters (null where the model has none). */
    private record Word(Context[] suffixes, Context[] prefixes, Context w, Context p1w, Context p2w, Context n1w,
                        Context n2w, Context tokenClass, Context wordAndClass) {
    }

    private final Map<String, Context> parameters;
    private final double uniformLogPrior;
    private final Context def;
    private final Context begin;
    private final Context begin1;
    private final Context begin2;
    private final ConcurrentHashMap<String, Word> words = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Context> tagFeatures = new ConcurrentHashMap<>();

    @SuppressWarnings("unchecked")
    PosFeatures(AbstractModel model) {
        parameters = (Map<String, Context>) model.getDataStructures()[1];
        uniformLogPrior = StrictMath.log(1.0 / model.getNumOutcomes());
        def = parameters.get("def");
        begin = parameters.get("S=begin");
        begin1 = parameters.get("p1S=begin");
        begin2 = parameters.get("p2S=begin");
    }

    /** Whether a model's feature generator file is the one these features reproduce. */
    static boolean supports(String generatorFile) {
        return normalise(generatorFile).endsWith(normalise(GENERATOR));
    }

    private static String normalise(String xml) {
        return xml.replaceAll("(?s)<!--.*?-->", "").replaceAll("\\s+", "");
    }

    /**
     * The model's outcome probabilities for word {@code i}, as {@code GISModel.eval} gives them for the
     * context OpenNLP's generator builds.
     *
     * @param tokens the sentence
     * @param i      the word
     * @param tags   the tags of the words before {@code i}
     * @param out    where the probabilities go (one per outcome)
     */
    double[] eval(String[] tokens, int i, String[] tags, double[] out) {
        Context[] c = new Context[26];
        int n = 0;
        Word w = word(tokens[i]);
        c[n++] = def;
        for (Context s : w.suffixes()) {
            c[n++] = s;
        }
        for (Context p : w.prefixes()) {
            c[n++] = p;
        }
        c[n++] = w.w();
        if (i >= 1) {
            c[n++] = word(tokens[i - 1]).p1w();
        }
        if (i >= 2) {
            c[n++] = word(tokens[i - 2]).p2w();
        }
        if (i + 1 < tokens.length) {
            c[n++] = word(tokens[i + 1]).n1w();
        }
        if (i + 2 < tokens.length) {
            c[n++] = word(tokens[i + 2]).n2w();
        }
        if (i == 0) {
            c[n++] = begin;
        } else if (i == 1) {
            c[n++] = begin1;
        } else if (i == 2) {
            c[n++] = begin2;
        }
        c[n++] = w.tokenClass();
        c[n++] = w.wordAndClass();
        if (i >= 1) {
            c[n++] = tagFeature("t=" + tags[i - 1]);
            if (i >= 2) {
                c[n++] = tagFeature("t2=" + tags[i - 2] + "," + tags[i - 1]);
            }
        }
        return probabilities(c, n, out);
    }

    /**
     * The arithmetic of OpenNLP's {@code GISModel.eval} with its {@code UniformPrior}: the same operations in
     * the same order, so the probabilities are the same to the last bit. Fills {@code out} for the first
     * {@code n} features (null for a feature the model does not know), added up in the order given.
     */
    private double[] probabilities(Context[] features, int n, double[] out) {
        int outcomes = out.length;
        for (int o = 0; o < outcomes; o++) {
            out[o] = uniformLogPrior;
        }
        for (int k = 0; k < n; k++) {
            Context ctx = features[k];
            if (ctx != null) {
                int[] active = ctx.getOutcomes();
                double[] weights = ctx.getParameters();
                for (int a = 0; a < active.length; a++) {
                    out[active[a]] += weights[a] * 1;
                }
            }
        }
        double normal = 0.0;
        for (int o = 0; o < outcomes; o++) {
            out[o] = StrictMath.exp(out[o]);
            normal += out[o];
        }
        for (int o = 0; o < outcomes; o++) {
            out[o] /= normal;
        }
        return out;
    }

    private Context tagFeature(String feature) {
        Context c = tagFeatures.get(feature);
        if (c == null && !tagFeatures.containsKey(feature)) {
            c = parameters.get(feature);
            if (c != null) {
                tagFeatures.put(feature, c);
            }
        }
        return c;
    }

    private Word word(String token) {
        Word w = words.get(token);
        if (w == null) {
            w = resolve(token);
            if (words.size() > WORD_CACHE_LIMIT) {
                words.clear();
            }
            words.put(token, w);
        }
        return w;
    }

    /** The features OpenNLP's generators make of one word, looked up once. */
    private Word resolve(String token) {
        int affixes = Math.min(AFFIX, token.length());
        Context[] suffixes = new Context[affixes];
        Context[] prefixes = new Context[affixes];
        for (int k = 0; k < affixes; k++) {
            suffixes[k] = parameters.get("suf=" + token.substring(Math.max(token.length() - k - 1, 0)));
            prefixes[k] = parameters.get("pre=" + token.substring(0, Math.min(k + 1, token.length())));
        }
        String lower = StringUtil.toLowerCase(token);
        String tokenClass = FeatureGeneratorUtil.tokenFeature(token);
        return new Word(suffixes, prefixes, parameters.get("w=" + lower), parameters.get("p1w=" + lower),
                parameters.get("p2w=" + lower), parameters.get("n1w=" + lower), parameters.get("n2w=" + lower),
                parameters.get("wc=" + tokenClass), parameters.get("w&c=" + lower + "," + tokenClass));
    }
}

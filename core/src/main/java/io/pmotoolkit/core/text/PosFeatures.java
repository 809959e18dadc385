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
 * "w&amp;c=managed,lc", "t=VERB"...) and the model looks each one up in a hash map: that was half of all
 * tagging time. The features a word contributes depend only on the word, so here each distinct word's
 * features are resolved to the model's parameters once and cached, and the features of the two previous
 * tags once per tag pair. The features are added up in OpenNLP's order with OpenNLP's arithmetic, so the
 * probabilities are the same to the last bit ({@code NlpTest} compares them with {@code GISModel.eval}).
 *
 * <p>The feature set is the one the model's {@code generator.featuregen} declares: the outcome prior
 * ("def"), suffixes and prefixes up to 4 characters, the lower-cased words in a ±2 window, sentence-begin
 * flags in a ±2 window, the token class with and without the word, and the previous tag and tag pair.
 * {@link #supports} checks a model's generator file against it.
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
        uniformLogPrior = GisArithmetic.uniformLogPrior(model.getNumOutcomes());
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
        return GisArithmetic.probabilities(c, n, uniformLogPrior, out);
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

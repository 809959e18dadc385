package io.pmotoolkit.core.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.util.SequenceValidator;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.tokenize.WhitespaceTokenizer;
import opennlp.tools.util.Span;

/**
 * The English language pipeline: sentence detection, tokenisation, part-of-speech tagging and
 * lemmatisation with the Apache OpenNLP UD-EWT models from Maven Central, loaded once from the classpath.
 *
 * <p>Use {@link #get()}; the models load on first use (about a quarter of a second), never again.
 * Thread-safe: the models are shared and immutable, while the OpenNLP {@code *ME} taggers, which are
 * not thread-safe, are kept one per thread.
 *
 * {@snippet :
 * AnalyzedText t = Nlp.get().analyze("Managed the RAID log for 12 projects.");
 * t.tokens().get(0).pos();   // "VERB"
 * }
 */
public final class Nlp {

    private static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    private static final String TOKEN_MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    private static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    private static final String LEMMA_MODEL = "/opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";

    private final SentenceModel sentenceModel;
    private final TokenizerModel tokenizerModel;
    private final POSModel posModel;
    private final LemmatizerModel lemmatizerModel;
    private final ThreadLocal<Taggers> taggers;

    private Nlp() {
        sentenceModel = load(SENTENCE_MODEL, SentenceModel::new);
        tokenizerModel = alphaNumericShortcut(load(TOKEN_MODEL, TokenizerModel::new));
        posModel = load(POS_MODEL, POSModel::new);
        lemmatizerModel = load(LEMMA_MODEL, LemmatizerModel::new);
        PosFeatures features = posFeatures(posModel);
        POSModel beamOfOne = features == null ? beamOfOne(posModel) : null;
        taggers = ThreadLocal.withInitial(() -> new Taggers(
                new SentenceDetectorME(sentenceModel), new TokenizerME(tokenizerModel),
                features != null ? new FeatureTagger(posModel, features)::tag : new POSTaggerME(beamOfOne)::tag,
                new Lemmatizer(lemmatizerModel)));
    }

    private static final class Holder {
        private static final Nlp INSTANCE = new Nlp();
    }

    /** The shared pipeline; loads the models on the first call. */
    public static Nlp get() {
        return Holder.INSTANCE;
    }

    /** Splits text into sentences, trimmed, without empty ones. */
    public List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        for (Span s : taggers.get().sentences().sentPosDetect(text)) {
            String sentence = s.getCoveredText(text).toString().strip();
            if (!sentence.isEmpty()) {
                out.add(sentence);
            }
        }
        return out;
    }

    /** Tokenises, tags and lemmatises one piece of text (a line, a bullet or a sentence). */
    public AnalyzedText analyze(String text) {
        return analyze(text, Integer.MAX_VALUE);
    }

    /**
     * As {@link #analyze(String)}, tagging and lemmatising only the first {@code tagged} tokens; later tokens
     * get the tag {@code "X"} and their lower-case text as lemma. For callers that look at how a line opens
     * (its leading verb): tagging is the costliest step and its cost grows with the line.
     */
    public AnalyzedText analyze(String text, int tagged) {
        io.pmotoolkit.core.budget.WorkBudget.check();  // called per line: a long CV stops when its time is up
        Taggers t = taggers.get();
        Span[] spans = tokenSpans(t, text);
        String[] words = Span.spansToStrings(spans, text);
        int n = Math.min(tagged, words.length);
        String[] tags = new String[words.length];
        java.util.Arrays.fill(tags, "X");
        if (n > 0) {
            System.arraycopy(t.pos().apply(n == words.length ? words : java.util.Arrays.copyOf(words, n)), 0, tags, 0, n);
        }
        List<Token> tokens = new ArrayList<>(words.length);
        for (int i = 0; i < words.length; i++) {
            String lemma = i < n ? lemma(t, words[i], tags[i]) : words[i].toLowerCase(Locale.ROOT);
            tokens.add(new Token(words[i], spans[i].getStart(), spans[i].getEnd(), tags[i], lemma,
                    WordKeys.key(words[i])));
        }
        return new AnalyzedText(text, tokens);
    }

    /**
     * Tokenises only, without tags or lemmas (each token's lemma is its lower-case text): for short
     * phrases such as keyword aliases, where tagging out of context adds cost and no accuracy.
     */
    public AnalyzedText tokenize(String text) {
        Span[] spans = tokenSpans(taggers.get(), text);
        List<Token> tokens = new ArrayList<>(spans.length);
        for (Span span : spans) {
            String word = span.getCoveredText(text).toString();
            tokens.add(new Token(word, span.getStart(), span.getEnd(), "X", word.toLowerCase(Locale.ROOT),
                    WordKeys.key(word)));
        }
        return new AnalyzedText(text, tokens);
    }

    /**
     * The lemma of one tagged word. Only content words go to the lemmatizer, one word at a time, so that a
     * word's lemma never depends on its neighbours and can be cached: the lemmatizer's beam search over
     * hundreds of edit scripts was about half the CPU of an analysis, and CVs reuse a small vocabulary.
     */
    private String lemma(Taggers t, String word, String tag) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (!LEMMATISED_TAGS.contains(tag) || !Character.isLetter(word.charAt(0))) {
            return lower;
        }
        String key = word + '\t' + tag;
        String cached = lemmaCache.get(key);
        if (cached != null) {
            return cached;
        }
        String out = t.lemmatizer().lemmatize(word, tag);
        String lemma = out == null || "O".equals(out) ? lower : out.toLowerCase(Locale.ROOT);
        if (lemmaCache.size() > LEMMA_CACHE_LIMIT) {
            lemmaCache.clear();
        }
        lemmaCache.put(key, lemma);
        return lemma;
    }

    /**
     * The tokens of a text, as OpenNLP's {@code TokenizerME.tokenizePos} gives them, a whitespace-separated
     * chunk at a time. The tokenizer decides each chunk on the chunk's characters alone, so a chunk's split
     * can be cached: "stakeholders," or "(PMO)" recur in every CV, and asking the model costs one maxent
     * evaluation per character. Chunks of ASCII letters and digits are one token without asking
     * (the alphanumeric shortcut the tokenizer applies itself).
     */
    private Span[] tokenSpans(Taggers t, String text) {
        Span[] chunks = WhitespaceTokenizer.INSTANCE.tokenizePos(text);
        List<Span> out = new ArrayList<>(chunks.length + 4);
        for (Span c : chunks) {
            int start = c.getStart();
            int end = c.getEnd();
            if (end - start < 2 || isAsciiAlphanumeric(text, start, end)) {
                out.add(c);
                continue;
            }
            String chunk = text.substring(start, end);
            int[] cuts = chunkCache.get(chunk);
            if (cuts == null) {
                cuts = modelSplit(t, chunk);
                if (chunkCache.size() > CHUNK_CACHE_LIMIT) {
                    chunkCache.clear();
                }
                chunkCache.put(chunk, cuts);
            }
            for (int i = 0; i < cuts.length; i += 2) {
                out.add(new Span(start + cuts[i], start + cuts[i + 1]));
            }
        }
        return out.toArray(new Span[0]);
    }

    private static int[] modelSplit(Taggers t, String chunk) {
        Span[] parts = t.tokenizer().tokenizePos(chunk);
        int[] cuts = new int[parts.length * 2];
        for (int i = 0; i < parts.length; i++) {
            cuts[2 * i] = parts[i].getStart();
            cuts[2 * i + 1] = parts[i].getEnd();
        }
        return cuts;
    }

    private static boolean isAsciiAlphanumeric(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }

    private static final int CHUNK_CACHE_LIMIT = 100_000;
    private final java.util.concurrent.ConcurrentHashMap<String, int[]> chunkCache =
            new java.util.concurrent.ConcurrentHashMap<>();

    private static final java.util.Set<String> LEMMATISED_TAGS = java.util.Set.of("VERB", "NOUN", "ADJ", "ADV", "AUX",
            "PROPN");
    private static final int LEMMA_CACHE_LIMIT = 100_000;
    private final java.util.concurrent.ConcurrentHashMap<String, String> lemmaCache =
            new java.util.concurrent.ConcurrentHashMap<>();

    private record Taggers(SentenceDetectorME sentences, TokenizerME tokenizer, UnaryOperator<String[]> pos,
                           Lemmatizer lemmatizer) {
    }

    /**
     * OpenNLP's lemmatizer for one word at a time. {@code LemmatizerME} runs a beam search, which for a
     * single word sorts the scores of every edit script the model knows (hundreds) to keep the best
     * three and then takes the best; here the best valid edit script is taken directly and decoded as
     * {@code LemmatizerME.decodeLemmas} does (in the root locale). Not thread-safe (one per thread).
     */
    private static final class Lemmatizer {
        private final MaxentModel model;
        private final opennlp.tools.lemmatizer.LemmatizerContextGenerator context;
        private final SequenceValidator<String> validator;
        private final double[] scores;

        Lemmatizer(LemmatizerModel lemmas) {
            model = (MaxentModel) lemmas.getArtifact(LEMMA_ENTRY);
            context = lemmas.getFactory().getContextGenerator();
            validator = lemmas.getFactory().getSequenceValidator();
            scores = new double[model.getNumOutcomes()];
        }

        String lemmatize(String word, String tag) {
            String[] words = {word};
            String[] none = {};
            double[] p = model.eval(context.getContext(0, words, new String[] {tag}, none), scores);
            int best = -1;
            for (int o = 0; o < p.length; o++) {
                if ((best < 0 || p[o] > p[best]) && validator.validSequence(0, words, none, model.getOutcome(o))) {
                    best = o;
                }
            }
            if (best < 0) {
                return null;
            }
            // LemmatizerME lower-cases in the default locale, which under Turkish gives "lımıt" for "LIMIT";
            // the root locale gives OpenNLP's answer everywhere else and a sane one there
            String lemma = opennlp.tools.util.StringUtil.decodeShortestEditScript(word.toLowerCase(Locale.ROOT),
                    model.getOutcome(best));
            return lemma.isEmpty() ? "_" : lemma;
        }
    }

    /** The maxent model's entry in the lemmatizer model package (OpenNLP's {@code LEMMATIZER_MODEL_ENTRY_NAME}). */
    private static final String LEMMA_ENTRY = "lemmatizer.model";

    /**
     * The POS model with a beam of one instead of the three its manifest asks for: the model's features
     * include the two previous tags, and OpenNLP's feature cache keys them by position only, so all three beam
     * entries got the same features and the beam only multiplied the work (same tags on 54,893 tokens of the
     * corpus PDFs and 197,029 tokens of corpus lines; {@code NlpTest} compares with the beam of three). This is
     * OpenNLP's own way to set the beam ({@code POSTaggerME} reads it from the manifest).
     */
    static POSModel beamOfOne(POSModel pos) {
        return new POSModel(pos.getLanguage(), (MaxentModel) pos.getArtifact(POS_ENTRY), 1, java.util.Map.of(),
                pos.getFactory());
    }

    /**
     * {@code POSTaggerME} with a beam of one, evaluating the model through {@link PosFeatures} instead of
     * feature strings: the best valid tag at each word in turn, as OpenNLP's {@code BeamSearch} of size one
     * returns it. It exists only because {@code POSTaggerME} has no way to take features that are not strings;
     * see {@link PosFeatures} for what it pays and for the test that guards it. Not thread-safe (one per
     * thread).
     */
    private static final class FeatureTagger {
        private final MaxentModel model;
        private final SequenceValidator<String> validator;
        private final PosFeatures features;
        private final double[] scores;

        FeatureTagger(POSModel pos, PosFeatures features) {
            model = (MaxentModel) pos.getArtifact(POS_ENTRY);
            validator = pos.getFactory().getSequenceValidator();
            this.features = features;
            scores = new double[model.getNumOutcomes()];
        }

        String[] tag(String[] words) {
            String[] tags = new String[words.length];
            for (int i = 0; i < words.length; i++) {
                double[] p = features.eval(words, i, tags, scores);
                String[] previous = java.util.Arrays.copyOf(tags, i);
                int best = -1;
                for (int o = 0; o < p.length; o++) {
                    if ((best < 0 || p[o] > p[best]) && validator.validSequence(i, words, previous, model.getOutcome(o))) {
                        best = o;
                    }
                }
                tags[i] = best < 0 ? "X" : model.getOutcome(best);
            }
            return tags;
        }
    }

    /**
     * The fast feature path for the POS model, or null when the model's feature generator is not the one
     * {@link PosFeatures} reproduces (a different model): then OpenNLP's own generator is used.
     */
    static PosFeatures posFeatures(POSModel pos) {
        Object generator = pos.getArtifact(POS_GENERATOR_ENTRY);
        Object model = pos.getArtifact(POS_ENTRY);
        if (generator instanceof byte[] bytes && model instanceof opennlp.tools.ml.model.AbstractModel m
                && PosFeatures.supports(new String(bytes, java.nio.charset.StandardCharsets.UTF_8))) {
            return new PosFeatures(m);
        }
        return null;
    }

    /** The feature generator descriptor in the POS model package (OpenNLP's {@code GENERATOR_DESCRIPTOR_ENTRY_NAME}). */
    private static final String POS_GENERATOR_ENTRY = "generator.featuregen";

    /** The maxent model's entry in the POS model package (OpenNLP's {@code POSModel.POS_MODEL_ENTRY_NAME}). */
    private static final String POS_ENTRY = "pos.model";

    /**
     * The same tokenizer with OpenNLP's alphanumeric optimisation on: a run of letters and digits between
     * spaces is one token without asking the model, which would not split it anyway. The model ships with
     * it off; tokenising was an eighth of a batch's CPU.
     */
    private static TokenizerModel alphaNumericShortcut(TokenizerModel model) {
        opennlp.tools.tokenize.TokenizerFactory f = model.getFactory();
        if (!"^[A-Za-z0-9]+$".equals(f.getAlphaNumericPattern().pattern())) {
            // tokenSpans takes ASCII letters and digits as one token, as this pattern does
            throw new IllegalStateException("Unexpected alphanumeric pattern in the tokenizer model: "
                    + f.getAlphaNumericPattern());
        }
        opennlp.tools.tokenize.TokenizerFactory fast = new opennlp.tools.tokenize.TokenizerFactory(
                f.getLanguageCode(), model.getAbbreviations(), true, f.getAlphaNumericPattern());
        return new TokenizerModel(model.getMaxentModel(), java.util.Map.of(), fast);
    }

    private interface ModelFactory<M> {
        M create(InputStream in) throws IOException;
    }

    private static <M> M load(String resource, ModelFactory<M> factory) {
        try (InputStream in = Nlp.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP model " + resource
                        + " is not on the classpath: rebuild with mvn install (it comes from Maven Central)");
            }
            return factory.create(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read OpenNLP model " + resource, e);
        }
    }
}

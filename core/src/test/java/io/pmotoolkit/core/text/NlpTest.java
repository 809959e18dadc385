package io.pmotoolkit.core.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.TokenizerFactory;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link Nlp} takes two shortcuts for speed: it caches the tokenizer's split of each whitespace-separated
 * chunk, and it decodes the tagger greedily. Both must give what OpenNLP's own {@code TokenizerME} and
 * {@code POSTaggerME} (beam of three) give, on awkward text and on the sample CVs.
 */
class NlpTest {

    private static final List<String> AWKWARD = List.of(
            "Managed the RAID log for 12 projects, cutting late reports by 40%.",
            "Saved £2.4m (GBP) across the P3O-aligned portfolio; e.g. the U.K. and EU programmes.",
            "Stakeholders:\u00a0CFO, CIO & PMO lead — weekly/monthly reporting … “Gold” standard",
            "Led 3x sprints w/ the team… Jira/Confluence, MS-Project, Power BI (DAX) & Excel VBA",
            "Café résumé naïve coördination: 10–15 days → 4 days (-60 %) 2019-2021 Q3/Q4",
            "Prince2® Practitioner, MSP™, APM PFQ; “Agile” 'Scrum' don't won't it's PMO's",
            "stakeholders, stakeholders, (PMO) (PMO) budget. budget. end-to-end end-to-end");

    private static TokenizerME tokenizer;
    private static POSTaggerME tagger;
    private static POSModel posModel;
    private static List<String> texts;

    @BeforeAll
    static void setUp() throws IOException {
        TokenizerModel model;
        try (InputStream in = Nlp.class.getResourceAsStream("/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin")) {
            model = new TokenizerModel(in);
        }
        TokenizerFactory f = model.getFactory();
        tokenizer = new TokenizerME(new TokenizerModel(model.getMaxentModel(), java.util.Map.of(),
                new TokenizerFactory(f.getLanguageCode(), model.getAbbreviations(), true, f.getAlphaNumericPattern())));
        try (InputStream in = Nlp.class.getResourceAsStream("/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin")) {
            posModel = new POSModel(in);
            tagger = new POSTaggerME(posModel);
        }
        texts = new ArrayList<>(AWKWARD);
        Path samples = Path.of("..", "samples");
        if (Files.isDirectory(samples)) {
            try (Stream<Path> files = Files.list(samples)) {
                for (Path p : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                    Files.readAllLines(p).stream().filter(l -> !l.isBlank()).forEach(texts::add);
                }
            }
        }
    }

    @Test
    void tokensAreTheTokenizersOwn() {
        for (int round = 0; round < 2; round++) {  // the second round comes from the chunk cache
            for (String text : texts) {
                Span[] expected = tokenizer.tokenizePos(text);
                List<Token> got = Nlp.get().tokenize(text).tokens();
                assertEquals(Arrays.stream(expected).map(s -> s.getStart() + "-" + s.getEnd()).toList(),
                        got.stream().map(t -> t.start() + "-" + t.end()).toList(), text);
            }
        }
    }

    @Test
    void greedyTagsAreTheBeamSearchTags() {
        int tokens = 0;
        for (String text : texts) {
            String[] words = Span.spansToStrings(tokenizer.tokenizePos(text), text);
            List<String> got = Nlp.get().analyze(text).tokens().stream().map(Token::pos).toList();
            assertEquals(Arrays.asList(tagger.tag(words)), got, text);
            tokens += words.length;
        }
        assertTrue(tokens > 100, "too few tokens compared: " + tokens);
    }

    @Test
    void fastFeaturesGiveTheModelsOwnProbabilities() {
        PosFeatures features = Nlp.posFeatures(posModel);
        assertNotNull(features, "the model's feature generator should be the one PosFeatures reproduces");
        MaxentModel model = (MaxentModel) posModel.getArtifact("pos.model");
        POSContextGenerator context = posModel.getFactory().getPOSContextGenerator(0);
        String[] outcomes = new String[model.getNumOutcomes()];
        for (int o = 0; o < outcomes.length; o++) {
            outcomes[o] = model.getOutcome(o);
        }
        java.util.Random random = new java.util.Random(7);
        int words = 0;
        for (String text : texts) {
            String[] tokens = Span.spansToStrings(tokenizer.tokenizePos(text), text);
            String[] tags = new String[tokens.length];
            for (int i = 0; i < tokens.length; i++) {
                double[] expected = model.eval(context.getContext(i, tokens, Arrays.copyOf(tags, i), null));
                double[] got = features.eval(tokens, i, tags, new double[outcomes.length]);
                assertArrayEquals(expected, got, 0.0, () -> text);
                tags[i] = outcomes[random.nextInt(outcomes.length)];  // any history, not only likely ones
                words++;
            }
        }
        assertTrue(words > 100, "too few words compared: " + words);
    }

    @Test
    void aDifferentFeatureGeneratorIsNotTakenForTheKnownOne() {
        assertTrue(PosFeatures.supports("<!-- licence -->\n" + PosFeatures.GENERATOR));
        assertFalse(PosFeatures.supports(PosFeatures.GENERATOR.replace("<int name=\"prevLength\">2</int>",
                "<int name=\"prevLength\">3</int>")));
    }

    @Test
    void fastChunkTokenizerGivesTheModelsOwnProbabilities() throws IOException {
        TokenizerModel model;
        try (InputStream in = Nlp.class.getResourceAsStream("/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin")) {
            model = new TokenizerModel(in);
        }
        ChunkTokenizer fast = ChunkTokenizer.of(model);
        assertNotNull(fast, "the tokenizer model should be one ChunkTokenizer reproduces");
        opennlp.tools.tokenize.TokenContextGenerator context = model.getFactory().getContextGenerator();
        int positions = 0;
        List<String> chunks = new ArrayList<>(List.of("&amp;", "U.S.", "e.g.", "jane.doe@example.com", "£2.4m",
                "(PMO)", "end-to-end", "café,", "ÉCOLE:", "“Gold”", "10–15%", "x&y;", "a\u00a0b"));
        for (String text : texts) {
            chunks.addAll(Arrays.asList(text.split("\\s+")));
        }
        for (String chunk : chunks) {
            for (int j = 1; j < chunk.length(); j++) {
                double[] expected = model.getMaxentModel().eval(context.getContext(chunk, j));
                double[] got = fast.eval(chunk, j, new opennlp.tools.ml.model.Context[20], new double[2]);
                assertArrayEquals(expected, got, 0.0, () -> chunk);
                positions++;
            }
        }
        assertTrue(positions > 1000, "too few positions compared: " + positions);
    }

    @Test
    void lemmasDoNotDependOnTheDefaultLocale() {
        java.util.Locale saved = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.forLanguageTag("tr-TR"));
            List<Token> tokens = Nlp.get().analyze("We reviewed the LIMITS of the INITIATIVES").tokens();
            assertEquals("initiative", tokens.get(tokens.size() - 1).lemma());
            assertEquals("limit", tokens.get(3).lemma());
        } finally {
            java.util.Locale.setDefault(saved);
        }
    }
}

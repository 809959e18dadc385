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
 * {@link Nlp} takes shortcuts for speed: it caches the tokenizer's split of each whitespace-separated chunk,
 * tags with a beam of one through {@link PosFeatures}, and lemmatises a word at a time. They must give what
 * OpenNLP's own {@code TokenizerME}, {@code POSTaggerME} (the manifest's beam of three, and a beam of one)
 * and {@code LemmatizerME} give, on awkward text, a fixed text and the sample CVs.
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

    /**
     * The guard of the kept re-implementations ({@link PosFeatures} with its greedy loop, and the one-word
     * lemmatizer): they read OpenNLP's internals and were measured and checked against one version. An
     * upgrade of opennlp-tools fails here first: run the tests below, re-measure (docs/performance.md), then
     * change {@link PosFeatures#VERIFIED_OPENNLP}.
     */
    @Test
    void theShortcutsWereCheckedAgainstThisOpenNlpVersion() throws IOException {
        assertEquals(PosFeatures.VERIFIED_OPENNLP, opennlp.tools.util.Version.currentVersion().toString(),
                "opennlp-tools changed: check PosFeatures and Nlp's lemmatizer against it, then update VERIFIED_OPENNLP");
        java.net.URL jar = POSTaggerME.class.getProtectionDomain().getCodeSource().getLocation();
        try (java.util.jar.JarFile file = new java.util.jar.JarFile(new java.io.File(jar.getPath()))) {
            assertEquals(PosFeatures.VERIFIED_OPENNLP,
                    file.getManifest().getMainAttributes().getValue("Implementation-Version"), jar::toString);
        }
    }

    /** Nlp's tags and lemmas are what the stock API gives: POSTaggerME with a beam of one, LemmatizerME per word. */
    @Test
    void tagsAndLemmasAreTheStockApisOnAFixedText() throws IOException {
        POSTaggerME beamOfOne = new POSTaggerME(Nlp.beamOfOne(posModel));
        opennlp.tools.lemmatizer.LemmatizerME lemmatizer;
        try (InputStream in = Nlp.class.getResourceAsStream("/opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin")) {
            lemmatizer = new opennlp.tools.lemmatizer.LemmatizerME(new opennlp.tools.lemmatizer.LemmatizerModel(in));
        }
        List<String> expected = new ArrayList<>();
        List<String> got = new ArrayList<>();
        for (String sentence : Nlp.get().sentences(FIXED_TEXT)) {
            String[] words = Span.spansToStrings(tokenizer.tokenizePos(sentence), sentence);
            String[] tags = beamOfOne.tag(words);
            for (int i = 0; i < words.length; i++) {
                String lemma = words[i].toLowerCase(java.util.Locale.ROOT);
                if (java.util.Set.of("VERB", "NOUN", "ADJ", "ADV", "AUX", "PROPN").contains(tags[i])
                        && Character.isLetter(words[i].charAt(0))) {
                    String out = lemmatizer.lemmatize(new String[] {words[i]}, new String[] {tags[i]})[0];
                    lemma = "O".equals(out) ? lemma : out.toLowerCase(java.util.Locale.ROOT);
                }
                expected.add(words[i] + "/" + tags[i] + "/" + lemma);
            }
            Nlp.get().analyze(sentence).tokens().forEach(t -> got.add(t.text() + "/" + t.pos() + "/" + t.lemma()));
        }
        assertEquals(expected, got);
        assertTrue(got.size() > 100, "too few tokens compared: " + got.size());
    }

    private static final String FIXED_TEXT = """
            Managed the RAID log and the monthly highlight reports for a portfolio of 12 projects worth £4.2m. \
            Introduced a single SharePoint template, which cut the reporting cycle from 10 days to 4 days! \
            Was the PMO's point of contact for the CFO, CIO and three programme boards; chaired weekly reviews. \
            Responsible for resource planning across 40+ staff (Jira, MS Project, Power BI). \
            Reviewing risks, issues and dependencies with stakeholders, she escalated what needed a decision. \
            Trained 15 project managers on P3O-aligned governance, e.g. stage gates, tolerances and benefits maps. \
            Prince2 Practitioner; MSP Foundation; APM PFQ. Café résumé: naïve coördination didn't help.""";

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

package io.pmotoolkit.bench;

import io.pmotoolkit.core.text.Nlp;
import io.pmotoolkit.core.text.Token;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Tagging a sample CV's lines with {@link Nlp} (its {@code PosFeatures} path) against the stock API it
 * replaces, {@code POSTaggerME} with a beam of one, on the same tokens (issue 15; docs/performance.md).
 * {@code nlp} also looks up each content word's cached lemma, so it is the slower side if anything.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class Tagging {

    private List<String> lines;
    private List<String[]> words;
    private POSTaggerME stock;

    @Setup
    public void setUp() throws Exception {
        Path samples = Path.of(System.getProperty("pmo.samples", "samples"));
        lines = Files.readAllLines(samples.resolve("amelia-hart-project-manager.txt")).stream()
                .filter(l -> !l.isBlank()).toList();
        words = lines.stream().map(l -> Nlp.get().tokenize(l).tokens().stream().map(Token::text)
                .toArray(String[]::new)).toList();
        POSModel pos;
        try (InputStream in = Nlp.class.getResourceAsStream("/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin")) {
            pos = new POSModel(in);
        }
        // POSTaggerME reads its beam size from the model's manifest: OpenNLP 2.5's way to ask for one
        stock = new POSTaggerME(new POSModel(pos.getLanguage(), (MaxentModel) pos.getArtifact("pos.model"), 1,
                Map.of(), pos.getFactory()));
    }

    @Benchmark
    public int nlp() {
        int n = 0;
        for (String line : lines) {
            n += Nlp.get().analyze(line).tokens().size();
        }
        return n;
    }

    @Benchmark
    public int nlpTokensOnly() {
        int n = 0;
        for (String line : lines) {
            n += Nlp.get().tokenize(line).tokens().size();
        }
        return n;
    }

    @Benchmark
    public int posTaggerMeBeamOfOne() {
        int n = 0;
        for (String[] w : words) {
            n += stock.tag(w).length;
        }
        return n;
    }
}

package io.pmotoolkit.resume.match;

import com.fasterxml.jackson.databind.JsonNode;
import io.pmotoolkit.core.model.YamlTree;
import io.pmotoolkit.core.text.WordPattern;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The words the advert match reads, from {@code advert-match.yaml} beside this class: the kind of each term,
 * the must words, the "or equivalent" words, how years and education are asked. Immutable and thread-safe.
 */
final class MatchVocabulary {

    static final String FILE = "/io/pmotoolkit/resume/match/advert-match.yaml";
    private static final MatchVocabulary INSTANCE = load();

    final Map<String, String> areaKinds;
    final Map<String, String> competencyKinds;
    final Map<String, String> termKinds;
    final String unknownKind;
    final Pattern softWords;
    final Pattern mustWords;
    final Pattern equivalentWords;
    final Pattern credentialWords;
    final List<String> yearWords;
    final Map<String, Integer> numbers;
    final Pattern overallWords;
    final List<Level> levels;
    final Pattern orExperience;
    final Pattern anySubject;

    /**
     * An education level.
     *
     * @param id    stable id ({@code bachelor})
     * @param name  for people ("a bachelor's degree")
     * @param rank  0 for the highest
     * @param words the words that name it, whole words
     */
    record Level(String id, String name, int rank, Pattern words) {
    }

    private MatchVocabulary(JsonNode root) throws IOException {
        JsonNode kinds = need(root, "kinds");
        areaKinds = map(need(kinds, "areas"));
        competencyKinds = map(need(kinds, "competencies"));
        Map<String, String> terms = new LinkedHashMap<>();
        map(need(kinds, "terms")).forEach((t, k) -> terms.put(t.toLowerCase(Locale.ROOT), k));
        termKinds = Map.copyOf(terms);
        unknownKind = need(kinds, "unknown").asText();
        softWords = words(need(kinds, "softWords"));
        mustWords = words(need(root, "mustWords"));
        equivalentWords = words(need(root, "equivalentWords"));
        credentialWords = words(need(root, "credentialWords"));
        JsonNode years = need(root, "years");
        yearWords = list(need(years, "yearWords"));
        Map<String, Integer> n = new LinkedHashMap<>();
        for (var e : need(years, "numbers").properties()) {
            n.put(e.getKey().toLowerCase(Locale.ROOT), e.getValue().asInt());
        }
        numbers = Map.copyOf(n);
        overallWords = words(need(years, "overallWords"));
        JsonNode education = need(root, "education");
        List<Level> ls = new ArrayList<>();
        for (JsonNode l : need(education, "levels")) {
            ls.add(new Level(need(l, "id").asText(), need(l, "name").asText(), ls.size(), words(need(l, "words"))));
        }
        levels = List.copyOf(ls);
        orExperience = words(need(education, "orExperience"));
        anySubject = words(need(education, "anySubject"));
    }

    static MatchVocabulary builtIn() {
        return INSTANCE;
    }

    private static MatchVocabulary load() {
        try (InputStream in = MatchVocabulary.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(FILE + " is missing from the classpath");
            }
            return new MatchVocabulary(YamlTree.read(in));
        } catch (IOException e) {
            throw new IllegalStateException(FILE + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static JsonNode need(JsonNode node, String field) throws IOException {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            throw new IOException("'" + field + "' is missing");
        }
        return v;
    }

    private static Map<String, String> map(JsonNode node) {
        Map<String, String> out = new LinkedHashMap<>();
        node.properties().forEach(e -> out.put(e.getKey(), e.getValue().asText()));
        return Map.copyOf(out);
    }

    private static List<String> list(JsonNode node) throws IOException {
        if (!node.isArray()) {
            throw new IOException("expected a list of words, not " + node);
        }
        List<String> out = new ArrayList<>();
        node.forEach(w -> out.add(w.asText()));
        return List.copyOf(out);
    }

    private static Pattern words(JsonNode node) throws IOException {
        return WordPattern.whole(list(node), true, true);
    }
}

package io.pmotoolkit.resume.report;

import com.fasterxml.jackson.databind.JsonNode;
import io.pmotoolkit.core.model.YamlTree;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The names the gap report gives the CV checks, read from {@code check-names.yaml} beside this class
 * (data, so that brand names such as LinkedIn are spelt right in one reviewed place). Immutable and
 * thread-safe.
 */
public final class CheckNames {

    private static final String FILE = "/io/pmotoolkit/resume/report/check-names.yaml";
    private static final Map<String, String> NAMES = load();

    private CheckNames() {
    }

    /** The check's name for people: from the data file, else its id with a capital and spaces. */
    public static String of(String id) {
        String name = NAMES.get(id);
        return name != null ? name : GapRanking.capitalise(id.replace('-', ' '));
    }

    private static Map<String, String> load() {
        try (InputStream in = CheckNames.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(FILE + " is missing from the classpath");
            }
            JsonNode names = YamlTree.read(in);
            Map<String, String> out = new LinkedHashMap<>();
            for (var e : names.properties()) {
                if (!e.getValue().isTextual()) {
                    throw new IOException("'" + e.getKey() + "' should be a name, not " + e.getValue());
                }
                out.put(e.getKey(), e.getValue().asText());
            }
            return Map.copyOf(out);
        } catch (IOException e) {
            throw new IllegalStateException(FILE + " cannot be read: " + e.getMessage(), e);
        }
    }
}

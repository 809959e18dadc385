package io.pmotoolkit.core.model;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;

/**
 * A small YAML data file (mappings, lists and text) read as a tree with Jackson's streaming parser alone. It
 * gives what {@code ObjectMapper.readTree} gives for such files, without starting an {@code ObjectMapper}: that
 * costs tens of milliseconds of a one-CV run, and the word-list files read at start-up need none of it.
 * Scalars are text nodes, as YAML writes them (a number stays its text, {@code asText()} reads it).
 *
 * <p>Thread-safe: stateless.
 */
public final class YamlTree {

    private static final YAMLFactory YAML = new YAMLFactory();

    private YamlTree() {
    }

    /** The file's tree; an empty file is an empty mapping. */
    public static JsonNode read(InputStream in) throws IOException {
        try (JsonParser p = YAML.createParser(in)) {
            JsonToken t = p.nextToken();
            return t == null ? JsonNodeFactory.instance.objectNode() : node(p, t);
        }
    }

    private static JsonNode node(JsonParser p, JsonToken t) throws IOException {
        JsonNodeFactory f = JsonNodeFactory.instance;
        switch (t) {
            case START_OBJECT -> {
                ObjectNode o = f.objectNode();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    o.set(name, node(p, p.nextToken()));
                }
                return o;
            }
            case START_ARRAY -> {
                ArrayNode a = f.arrayNode();
                for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
                    if (e == null) {
                        throw new IOException("line " + p.currentLocation().getLineNr() + ": the list does not end");
                    }
                    a.add(node(p, e));
                }
                return a;
            }
            case VALUE_NULL -> {
                return f.nullNode();
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return f.booleanNode(t == JsonToken.VALUE_TRUE);
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT, VALUE_STRING -> {
                return f.textNode(p.getText());
            }
            default -> throw new IOException("line " + p.currentLocation().getLineNr() + ": unexpected " + t);
        }
    }
}

package io.pmotoolkit.cli.render;

import io.pmotoolkit.app.render.JsonOutput;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonOutputEscapesTest {

    private static final String HOSTILE = "a\u001B[31mb\u007Fc\u009B31md\u0085e\u2028f\u2029g é ü ✓ 😀";

    private static void assertNoRawControls(String json) {
        json.codePoints().forEach(c -> assertFalse(c != '\n' && (c < 0x20 || (c >= 0x7F && c <= 0x9F)
                || c == 0x2028 || c == 0x2029), () -> "raw U+" + Integer.toHexString(c) + " in " + json));
    }

    @Test
    void controlCharactersOfEveryKindAreEscapedAndReadBackTheSame() throws Exception {
        String json = JsonOutput.write(Map.of("line", HOSTILE));
        assertNoRawControls(json);
        assertTrue(json.contains("\\u009B31m") && json.contains("\\u2028") && json.contains("\\u007F"), json);
        assertTrue(json.contains("é ü ✓ 😀"), "other characters are written as they are: " + json);
        assertEquals(HOSTILE, new ObjectMapper().readTree(json).get("line").asText());
    }

    @Test
    void theStreamedBatchArrayEscapesAlike() throws Exception {
        StringWriter out = new StringWriter();
        try (SequenceWriter array = JsonOutput.arrayWriter(out)) {
            array.write(Map.of("line", HOSTILE));
        }
        assertNoRawControls(out.toString());
        assertEquals(JsonOutput.write(List.of(Map.of("line", HOSTILE))), out.toString());
    }
}

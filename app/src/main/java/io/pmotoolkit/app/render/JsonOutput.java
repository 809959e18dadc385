package io.pmotoolkit.app.render;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.Writer;
import java.io.UncheckedIOException;

/** JSON output: the result records as documented in docs/json-format.md, pretty-printed, LF line ends. */
public final class JsonOutput {

    private static final ObjectMapper MAPPER = mapper();
    private static final DefaultPrettyPrinter PRINTER = new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    private JsonOutput() {
    }

    private static ObjectMapper mapper() {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        mapper.getFactory().setCharacterEscapes(new ControlEscapes());
        return mapper;
    }

    /**
     * Jackson escapes C0 controls; this escapes the rest a terminal or a JavaScript parser may act on: DEL, the
     * C1 controls (U+0080-U+009F, where CSI U+009B starts an escape sequence) and the line and paragraph
     * separators U+2028/U+2029. The same for standard output and files, so {@code cat result.json} is as safe
     * as the terminal output.
     */
    static final class ControlEscapes extends com.fasterxml.jackson.core.io.CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private final int[] ascii;

        ControlEscapes() {
            ascii = standardAsciiEscapesForJSON();
            ascii[0x7F] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public com.fasterxml.jackson.core.SerializableString getEscapeSequence(int ch) {
            if ((ch >= 0x80 && ch <= 0x9F) || ch == 0x2028 || ch == 0x2029) {
                return new com.fasterxml.jackson.core.io.SerializedString(String.format("\\u%04X", ch));
            }
            return null;
        }
    }

    /**
     * A JSON array written element by element to {@code out}, formatted exactly as {@link #write} formats a
     * list; closing it ends the array but leaves {@code out} open. For batches: nothing is held per CV.
     */
    public static SequenceWriter arrayWriter(Writer out) {
        try {
            return MAPPER.writer(PRINTER).without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValuesAsArray(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String write(Object value) {
        try {
            return MAPPER.writer(PRINTER).writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}

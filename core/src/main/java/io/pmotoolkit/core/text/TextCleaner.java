package io.pmotoolkit.core.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cleans text taken from CV files so that the analyzers see one spelling of each character.
 *
 * <p>{@link #clean(String)} repairs UTF-8 text that was decoded as Latin-1 or Windows-1252 on its way
 * (mojibake such as {@code "â€¢"} for {@code "•"} or {@code "Ã©"} for {@code "é"}), applies Unicode NFC,
 * expands typographic ligatures, folds curly quotes, odd dashes and odd spaces to their ASCII forms,
 * drops soft hyphens, zero-width characters and control characters (keeping line feeds and tabs), maps
 * Wingdings/Symbol private-use glyphs (U+F000 to U+F0FF, which CV templates use as bullets) to
 * {@code "•"}, collapses runs of spaces and strips each line.
 *
 * <p>Correct accented text is left alone: a repair is made only where a whole run of characters forms a
 * valid multi-byte UTF-8 sequence once re-encoded, which {@code "café"} or {@code "João"} never do.
 *
 * {@snippet :
 * TextCleaner.clean("\u00e2\u20ac\u00a2 Led the PMO \uFB01nance review");   // "• Led the PMO finance review"
 * TextCleaner.stripBullet("• Led the PMO");                             // "Led the PMO"
 * }
 *
 * <p>Thread-safe: stateless, all methods are static.
 */
public final class TextCleaner {

    /** Windows-1252 characters in 0x80..0x9F mapped back to their byte. */
    private static final Map<Character, Integer> CP1252_BYTES = cp1252Bytes();

    // A bullet marker at the start of a line: a symbol (spaces after it optional), an ASCII mark or the
    // letter o followed by a space, or a list number "1." / "1)" followed by a space.
    private static final Pattern BULLET = Pattern.compile(
            "^\\s*(?:[•◦▪▫■□●○◉◘►▶▸▹➢➣➤➔➜→⇒✓✔✗✘❖♦◆◇✶✦★☆❑❒⁃‣∙·\\uF000-\\uF0FF]+\\s*"
                    + "|(?:--?|[*+–—−o])(?:\\s+|$)|\\d{1,2}[.)]\\s+)");
    private static final Pattern SPACES = Pattern.compile(" {2,}");
    private static final Pattern SPACE_AROUND_NEWLINE = Pattern.compile(" *\n *");
    private static final Pattern DOUBLE_SPACE = Pattern.compile(" {2,}");
    private static final Pattern SINGLE_CAPITALS = Pattern.compile("\\p{Lu}+");

    private TextCleaner() {
    }

    /**
     * Cleans one piece of text (a line or a paragraph); see the class documentation.
     *
     * @param text the text as extracted; {@code null} gives {@code ""}
     * @return the cleaned text, stripped, never {@code null}
     */
    public static String clean(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String t = repairMojibake(text);
        t = Normalizer.normalize(t, Normalizer.Form.NFC);
        StringBuilder sb = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); ) {
            int cp = t.codePointAt(i);
            i += Character.charCount(cp);
            appendCleaned(sb, cp, i < t.length() ? t.charAt(i) : -1);
        }
        String s = sb.indexOf("  ") < 0 ? sb.toString() : SPACES.matcher(sb).replaceAll(" ");
        if (s.indexOf('\n') >= 0) {
            s = SPACE_AROUND_NEWLINE.matcher(s).replaceAll("\n");
        }
        return s.strip();
    }

    private static void appendCleaned(StringBuilder sb, int cp, int next) {
        switch (cp) {
            case '\r' -> {
                if (next != '\n') {
                    sb.append('\n');
                }
            }
            case '\n', '\t' -> sb.append((char) cp);
            case 0xFB00 -> sb.append("ff");
            case 0xFB01 -> sb.append("fi");
            case 0xFB02 -> sb.append("fl");
            case 0xFB03 -> sb.append("ffi");
            case 0xFB04 -> sb.append("ffl");
            case 0xFB05, 0xFB06 -> sb.append("st");
            case 0x00AD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0xFFFD -> {
                // soft hyphen, zero-width characters, BOM and the replacement character carry no text
            }
            case 0x2010, 0x2011 -> sb.append('-');
            case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032 -> sb.append('\'');
            case 0x201C, 0x201D, 0x201E, 0x201F, 0x2033 -> sb.append('"');
            default -> {
                if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F)) {
                    return; // control characters
                }
                if (Character.isSpaceChar(cp)) {
                    sb.append(' '); // NBSP, thin, figure, ideographic... spaces
                } else if (cp >= 0xF000 && cp <= 0xF0FF) {
                    sb.append('•'); // Wingdings/Symbol glyphs used as bullets
                } else {
                    sb.appendCodePoint(cp);
                }
            }
        }
    }

    /**
     * Repairs UTF-8 text that was decoded as Latin-1 or Windows-1252 (once or twice), leaving everything
     * else as it is.
     */
    static String repairMojibake(String text) {
        String s = text;
        for (int pass = 0; pass < 2; pass++) {
            String r = repairOnce(s);
            if (r.equals(s)) {
                break;
            }
            s = r;
        }
        return s;
    }

    private static String repairOnce(String s) {
        StringBuilder out = null;
        int copied = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int need = c >= 0xC2 && c <= 0xDF ? 1 : c >= 0xE0 && c <= 0xEF ? 2 : c >= 0xF0 && c <= 0xF4 ? 3 : 0;
            if (need == 0 || i + need >= s.length()) {
                continue;
            }
            String replacement = null;
            int consumed = need + 1;
            if (c == 0xC2 && s.charAt(i + 1) == ' ') {
                replacement = " "; // "Â " is a no-break space whose second byte became a plain space
                consumed = 2;
            } else {
                byte[] bytes = new byte[need + 1];
                bytes[0] = (byte) c;
                boolean ok = true;
                for (int k = 1; k <= need && ok; k++) {
                    int b = toByte(s.charAt(i + k));
                    ok = b >= 0x80 && b <= 0xBF;
                    bytes[k] = (byte) b;
                }
                if (ok) {
                    replacement = decodeStrict(bytes);
                }
            }
            if (replacement != null) {
                if (out == null) {
                    out = new StringBuilder(s.length());
                }
                out.append(s, copied, i).append(replacement);
                i += consumed - 1;
                copied = i + 1;
            }
        }
        if (out == null) {
            return s;
        }
        return out.append(s, copied, s.length()).toString();
    }

    private static int toByte(char c) {
        if (c <= 0xFF) {
            return c;
        }
        Integer b = CP1252_BYTES.get(c);
        return b == null ? -1 : b;
    }

    private static String decodeStrict(byte[] bytes) {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer cb = d.decode(ByteBuffer.wrap(bytes));
            return cb.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static Map<Character, Integer> cp1252Bytes() {
        Charset cp1252 = Charset.forName("windows-1252");
        Map<Character, Integer> m = new HashMap<>();
        for (int b = 0x80; b <= 0x9F; b++) {
            String ch = new String(new byte[] {(byte) b}, cp1252);
            if (ch.length() == 1 && ch.charAt(0) != 0xFFFD && ch.charAt(0) > 0xFF) {
                m.put(ch.charAt(0), b);
            }
        }
        return Map.copyOf(m);
    }

    /**
     * Whether a line starts with a bullet marker: a bullet symbol ({@code • ◦ ▪ ■ ● ► ➢ ✓ ❖ ♦ ·} and the
     * like, or a Wingdings glyph), a dash, asterisk, plus or the letter {@code o} followed by a space, or
     * a list number such as {@code "1."} followed by a space.
     */
    public static boolean isBullet(String line) {
        if (line == null) {
            return false;
        }
        int end = bulletEnd(line);
        return end > 0 && !line.substring(end).isBlank();
    }

    /** The line without its bullet marker, stripped; the stripped line when it has none. */
    public static String stripBullet(String line) {
        if (line == null) {
            return "";
        }
        int end = bulletEnd(line);
        return (end > 0 ? line.substring(end) : line).strip();
    }

    private static int bulletEnd(String line) {
        int i = 0;
        while (i < line.length() && isRegexSpace(line.charAt(i))) {
            i++;
        }
        if (i == line.length() || isPlainLetter(line.charAt(i))) {
            return 0;  // most lines open with a letter, which no bullet marker is (but the "o" of "o item")
        }
        Matcher m = BULLET.matcher(line);
        return m.lookingAt() ? m.end() : 0;  // the pattern is anchored at the start
    }

    /** The characters of {@code \\s}. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /** An ASCII letter other than "o": none opens a bullet marker. */
    private static boolean isPlainLetter(char c) {
        return (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') && c != 'o';
    }

    /**
     * Closes up letter-spaced capitals, as designers set headings: {@code "C O N TAC T"} becomes
     * {@code "CONTACT"}. Runs of two or more spaces are taken as word breaks, so
     * {@code "W O R K  H I S T O R Y"} becomes {@code "WORK HISTORY"}. Lines that are not made of
     * upper-case letter groups, at least three quarters single letters, are returned unchanged.
     */
    public static String unspaceLetters(String line) {
        if (line == null) {
            return "";
        }
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isUpperCase(c) && !Character.isSurrogate(c)) {
                return line;  // the common case, settled without splitting: only capitals and spaces qualify
            }
        }
        String t = line.strip();
        String[] tokens = t.split("\\s+");
        if (tokens.length < 3) {
            return line;
        }
        int single = 0;
        for (String tok : tokens) {
            if (!SINGLE_CAPITALS.matcher(tok).matches()) {
                return line;
            }
            if (tok.length() == 1) {
                single++;
            }
        }
        if (single * 4 < tokens.length * 3) {
            return line;
        }
        StringBuilder sb = new StringBuilder();
        for (String word : DOUBLE_SPACE.split(t)) {
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            sb.append(word.replace(" ", ""));
        }
        return sb.toString();
    }

    /** Lower-cases in {@link Locale#ROOT}, so that results never depend on the user's locale. */
    public static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}

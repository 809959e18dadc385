package io.pmotoolkit.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TextCleanerTest {

    static Stream<Arguments> cleanCases() {
        return Stream.of(
                Arguments.of("plain text stays", "Managed a PMO of 5", "Managed a PMO of 5"),
                Arguments.of("ligatures", "\uFB01nance \uFB02ow e\uFB00ort o\uFB03ce ba\uFB04e",
                        "finance flow effort office baffle"),
                Arguments.of("soft hyphen", "manage\u00ADment", "management"),
                Arguments.of("unicode hyphens", "cross\u2010functional non\u2011breaking", "cross-functional non-breaking"),
                Arguments.of("odd spaces", "PMO\u00A0lead\u2009and\u202Fmore\u3000x", "PMO lead and more x"),
                Arguments.of("zero width and BOM", "\uFEFFPro\u200Bject\u200D", "Project"),
                Arguments.of("control characters", "a\u0001b\u0007c\u0085d\td", "abcd\td"),
                Arguments.of("curly quotes", "\u2018RAID\u2019 and \u201CPRINCE2\u201D", "'RAID' and \"PRINCE2\""),
                Arguments.of("space runs collapse and strip", "  Led    the   team  ", "Led the team"),
                Arguments.of("spaces around line feeds", "one  \n  two", "one\ntwo"),
                Arguments.of("CRLF", "one\r\ntwo\rthree", "one\ntwo\nthree"),
                Arguments.of("NFC", "cafe\u0301", "caf\u00e9"),
                Arguments.of("wingdings bullet", "\uF0B7 Planning", "• Planning"),
                // mojibake: UTF-8 read as Windows-1252
                Arguments.of("cp1252 bullet", "\u00e2\u20ac\u00a2 Planning", "• Planning"),
                Arguments.of("cp1252 en dash", "2019 \u00e2\u20ac\u201c 2021", "2019 – 2021"),
                Arguments.of("cp1252 apostrophe", "Master\u00e2\u20ac\u2122s", "Master's"),
                Arguments.of("latin-1 e acute", "Caf\u00c3\u00a9", "Café"),
                Arguments.of("latin-1 i diaeresis", "Na\u00c3\u00afve Bayes", "Naïve Bayes"),
                Arguments.of("no-break space mojibake", "Skills:\u00c2\u00a0Java", "Skills: Java"),
                Arguments.of("no-break space mojibake as space", "Skills\u00c2 Java", "Skills Java"),
                // the Kaggle resume data set: UTF-8 read as Latin-1, so C1 controls appear
                Arguments.of("kaggle bullet", "\u00e2\u0080\u00a2 Python", "• Python"),
                Arguments.of("kaggle arrow bullet", "\u00e2\u009e\u00a2 Jira", "➢ Jira"),
                Arguments.of("kaggle check bullet", "\u00e2\u009c\u0093 Agile", "✓ Agile"),
                Arguments.of("kaggle wingdings bullet", "\u00ef\u0083\u0098 MS Project", "• MS Project"),
                Arguments.of("kaggle minus", "\u00e2\u0088\u0092 Risk", "− Risk"),
                Arguments.of("double encoded", "\u00c3\u0083\u00c2\u00a9t\u00c3\u0083\u00c2\u00a9", "été"),
                // correct text is not damaged
                Arguments.of("correct accents", "café, Åddrésş, João, Zürich, naïve", "café, Åddrésş, João, Zürich, naïve"),
                Arguments.of("correct symbols", "£2m budget — 95% • ½ © ®", "£2m budget — 95% • ½ © ®"),
                Arguments.of("null", null, ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cleanCases")
    void cleansText(String name, String input, String expected) {
        assertEquals(expected, TextCleaner.clean(input));
    }

    static Stream<Arguments> bulletCases() {
        return Stream.of(
                Arguments.of("• Planning", true, "Planning"),
                Arguments.of("•Planning", true, "Planning"),
                Arguments.of("◦ Planning", true, "Planning"),
                Arguments.of("▪ Planning", true, "Planning"),
                Arguments.of("■ Planning", true, "Planning"),
                Arguments.of("● Planning", true, "Planning"),
                Arguments.of("► Planning", true, "Planning"),
                Arguments.of("➢ Planning", true, "Planning"),
                Arguments.of("✓ Planning", true, "Planning"),
                Arguments.of("\uF0B7 Planning", true, "Planning"),
                Arguments.of("- Planning", true, "Planning"),
                Arguments.of("* Planning", true, "Planning"),
                Arguments.of("· Planning", true, "Planning"),
                Arguments.of("o Planning", true, "Planning"),
                Arguments.of("– Planning", true, "Planning"),
                Arguments.of("1. Planning", true, "Planning"),
                Arguments.of("12) Planning", true, "Planning"),
                Arguments.of("Planning", false, "Planning"),
                Arguments.of("-2019", false, "-2019"),
                Arguments.of("online", false, "online"),
                Arguments.of("12.2019 to date", false, "12.2019 to date"),
                Arguments.of("2019. Joined", false, "2019. Joined"),
                Arguments.of("•", false, ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bulletCases")
    void recognisesBullets(String line, boolean bullet, String stripped) {
        assertEquals(bullet, TextCleaner.isBullet(line), line);
        assertEquals(stripped, TextCleaner.stripBullet(line));
    }

    static Stream<Arguments> letterSpacingCases() {
        return Stream.of(
                Arguments.of("C O N TAC T", "CONTACT"),
                Arguments.of("E X P E R I E N C E", "EXPERIENCE"),
                Arguments.of("W O R K  H I S T O R Y", "WORK HISTORY"),
                Arguments.of("I T PMO", "I T PMO"),
                Arguments.of("EXPERIENCE", "EXPERIENCE"),
                Arguments.of("Project Manager", "Project Manager"),
                Arguments.of("A B Testing", "A B Testing"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("letterSpacingCases")
    void closesUpLetterSpacedCapitals(String line, String expected) {
        assertEquals(expected, TextCleaner.unspaceLetters(line));
    }

    @Test
    void bulletTestDoesNotDependOnLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            assertEquals("title", TextCleaner.lower("TITLE"));
            assertTrue(TextCleaner.isBullet("o Istanbul office"));
            assertFalse(TextCleaner.isBullet("Istanbul"));
        } finally {
            Locale.setDefault(saved);
        }
    }
}

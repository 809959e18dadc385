package io.pmotoolkit.resume.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pmotoolkit.resume.read.CvLine;
import io.pmotoolkit.resume.read.LineOrigin;
import io.pmotoolkit.resume.sections.NumberedLine;
import io.pmotoolkit.resume.sections.Section;
import io.pmotoolkit.resume.sections.SectionKind;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Lines no CV holds but a damaged file or a caller of the public reader can give: the reader's time stays
 * linear in the line's length, and such a line is never read as a role header.
 */
class HostileInputTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T12:00:00Z"), ZoneOffset.UTC);
    /** Long enough that a reader quadratic in the line's parts takes many seconds. */
    private static final int LENGTH = 40_000;
    private static final String[] WORDS = {"Alpha", "Beta", "Gamma", "Delta", "Springfield", "Newton"};

    static Stream<Arguments> shapes() {
        return Stream.of(
                Arguments.of("capitalised words and commas, no spaces", ","),
                Arguments.of("towns and a region code, no spaces", ",CA,"),
                Arguments.of("bars, no spaces", "|"),
                Arguments.of("dashes, no spaces", "–"),
                Arguments.of("capitalised words and commas", ", "),
                Arguments.of("runs of commas and semicolons, no spaces", ",;,;,;,;,;,;,;,;"));
    }

    private static String line(String separator) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; sb.length() < LENGTH; i++) {
            sb.append(WORDS[i % WORDS.length]).append(separator);
        }
        return sb.toString();
    }

    private static NumberedLine numbered(int n, String text) {
        return new NumberedLine(n, new CvLine(text, 1, false, false, LineOrigin.values()[0]));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void aLongLineBesideDatesIsReadInLinearTimeAndIsNoRoleHeader(String shape, String separator) {
        String hostile = line(separator);
        List<NumberedLine> lines = List.of(numbered(1, hostile), numbered(2, "Jan 2019 - Present"), numbered(3, hostile));
        for (SectionKind kind : List.of(SectionKind.HEADER, SectionKind.EXPERIENCE, SectionKind.EDUCATION)) {
            List<Section> sections = List.of(new Section(kind, kind.name(), lines));
            StructureReader.Read r = assertTimeoutPreemptively(Duration.ofSeconds(3),
                    () -> new StructureReader().read(sections, CLOCK, l -> false), shape + " in " + kind);
            r.structure().experience().forEach(e -> assertTrue(e.title() == null || e.title().length() < 300,
                    () -> kind + ": a part of the long line read as a title: " + e.title().substring(0, 80)));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void aTrailingPlaceIsFoundAfterThousandsOfCommas(String shape, String separator) {
        String part = line(separator) + ", London";
        String place = assertTimeoutPreemptively(Duration.ofSeconds(3),
                () -> Places.trailingPlace(CvVocabulary.builtIn(), part), shape);
        assertEquals("London", place);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void aPartIsTrimmedInLinearTime(String shape, String separator) {
        String part = "; " + line(separator) + "x ,;";
        String trimmed = assertTimeoutPreemptively(Duration.ofSeconds(3), () -> Segments.trim(part), shape);
        assertEquals(part.substring(2, part.length() - 3), trimmed);
    }

    @org.junit.jupiter.api.Test
    void aHeaderOfCommaRunsIsReadInLinearTime() {
        String run = "A" + ",;".repeat(LENGTH / 2) + "x";
        List<Section> sections = List.of(new Section(SectionKind.HEADER, "", List.of(numbered(1, "Jane Doe"),
                numbered(2, run), numbered(3, run))));
        StructureReader.Read r = assertTimeoutPreemptively(Duration.ofSeconds(3),
                () -> new StructureReader().read(sections, CLOCK, l -> false));
        assertEquals("Jane Doe", r.name());
    }
}

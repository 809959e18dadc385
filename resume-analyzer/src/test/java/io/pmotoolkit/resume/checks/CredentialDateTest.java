package io.pmotoolkit.resume.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pmotoolkit.core.model.CertificationWords;
import io.pmotoolkit.core.model.SkillsModelLoader;
import io.pmotoolkit.resume.checks.CredentialDate.Kind;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CredentialDateTest {

    private static final CertificationWords WORDS = SkillsModelLoader.builtIn().certificationWords();
    private static final List<String> PRINCE2 = List.of("PRINCE2 Practitioner", "PRINCE2 Registered Practitioner");
    private static final int NOW = 2026;

    static Stream<Arguments> sameLine() {
        return Stream.of(
                Arguments.of(", 2019", Kind.OBTAINED, 2019),
                Arguments.of(" (2018)", Kind.OBTAINED, 2018),
                Arguments.of(" – 2021", Kind.OBTAINED, 2021),
                Arguments.of(" | PeopleCert | Mar 2020", Kind.OBTAINED, 2020),
                Arguments.of(", renewed 2025", Kind.RENEWED, 2025),
                Arguments.of(" (2015, recertified in March 2024)", Kind.RENEWED, 2024),
                Arguments.of(" (2018), valid until Jan 2027", Kind.VALID_UNTIL, 2027),
                Arguments.of(" – expires: 12/2025", Kind.VALID_UNTIL, 2025),
                Arguments.of(" · Issued Jan 2021 · Expiration date Jan 2024", Kind.VALID_UNTIL, 2024),
                Arguments.of(" (2014; 2019)", Kind.OBTAINED, 2019),
                // A range is a course's or a job's span, not the year the credential was obtained.
                Arguments.of(" | Acme Training | 2016 – 2019", null, 0),
                Arguments.of(" – Mar 2018 - Present", null, 0),
                Arguments.of(" (2027)", null, 0),
                Arguments.of(", renewed 2028", null, 0),
                Arguments.of("", null, 0));
    }

    @ParameterizedTest
    @MethodSource("sameLine")
    void readsTheYearBesideACredential(String text, Kind kind, int year) {
        Optional<CredentialDate> expected = kind == null ? Optional.empty() : Optional.of(new CredentialDate(kind, year));
        assertEquals(expected, CredentialDate.in(text, WORDS, PRINCE2, NOW, false), text);
    }

    @Test
    void anEditionYearInsideTheNameIsNotTheYearObtained() {
        List<String> itil = List.of("ITIL Foundation", "ITIL 4 Foundation", "ITIL v3 Foundation");
        assertEquals(Optional.empty(), CredentialDate.in("ITIL 2011 Foundation", WORDS, itil, NOW, false));
        assertEquals(Optional.of(new CredentialDate(Kind.OBTAINED, 2019)),
                CredentialDate.in("PRINCE2 2017 Practitioner (2019)", WORDS, PRINCE2, NOW, false));
        assertEquals(Optional.of(new CredentialDate(Kind.OBTAINED, 2019)), CredentialDate.in(
                "PMP 2019 Project Management Institute", WORDS, List.of("PMP", "Project Management Professional"),
                NOW, false), "an issuer after the year is not an edition");
    }

    @Test
    void theNextLineCountsOnlyWhereAWordSaysWhatItsYearIs() {
        assertEquals(Optional.of(new CredentialDate(Kind.OBTAINED, 2019)),
                CredentialDate.in("Issued Mar 2019", WORDS, PRINCE2, NOW, true));
        assertEquals(Optional.of(new CredentialDate(Kind.VALID_UNTIL, 2027)),
                CredentialDate.in("Issued Mar 2021 · Expires Mar 2027", WORDS, PRINCE2, NOW, true));
        assertEquals(Optional.empty(), CredentialDate.in("AWS Certified Developer (2019)", WORDS, PRINCE2, NOW, true));
    }
}

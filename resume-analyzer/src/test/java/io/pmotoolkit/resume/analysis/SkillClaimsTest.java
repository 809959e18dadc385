package io.pmotoolkit.resume.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pmotoolkit.core.result.Evidence;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** A line that claims a skill lists it; a line that says what was done with it is work (made-up lines). */
class SkillClaimsTest {

    static Stream<Arguments> items() {
        return Stream.of(
                Arguments.of("Excellent communication skills, team spirit and a can-do attitude", true),
                Arguments.of("Strong time management and organisational skills", true),
                Arguments.of("Ability to work under pressure and multi-task", true),
                Arguments.of("Working knowledge of Windows and MS Office", true),
                Arguments.of("Very good knowledge of stakeholder mapping", true),
                Arguments.of("• Proficient in Excel pivot tables and lookups", true),
                Arguments.of("Advanced in SQL and Python", true),
                Arguments.of("Gained working knowledge of risk registers on two projects", false),
                Arguments.of("Demonstrated ability to cut reporting time", false),
                Arguments.of("Excellent communication skills to coordinate with suppliers and sponsors", false),
                Arguments.of("Strong record of cross-team delivery across four sites", false),
                Arguments.of("Managed the risk register for six projects", false),
                Arguments.of("Good", false));
    }

    @ParameterizedTest
    @MethodSource("items")
    void anItemThatOpensWithAClaimOfSkillIsAClaim(String item, boolean claim) {
        assertEquals(claim, SkillClaims.builtIn().claims(item), item);
    }

    @Test
    void claimsDoNotDependOnTheLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            assertEquals(true, SkillClaims.builtIn().claims("ABILITY TO MULTI-TASK"));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void aClaimInTheExperienceSectionOnlyListsTheSkill() throws Exception {
        assertEquals(Evidence.LISTED, ListingGradeTest.grade(ListingGradeTest.cvWithBullets(
                "Excellent communication skills, team spirit and a can-do attitude"), "Communication skills"));
    }

    @Test
    void aSkillPutToUseInTheExperienceSectionIsWork() throws Exception {
        assertEquals(Evidence.EXPERIENCE, ListingGradeTest.grade(ListingGradeTest.cvWithBullets(
                "Excellent communication skills to coordinate with suppliers, sponsors and the delivery teams"), "Communication skills"));
    }
}

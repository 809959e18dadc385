package io.pmotoolkit.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pmotoolkit.core.match.KeywordMatcher;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BuiltInModelTest {

    private static final SkillsModel MODEL = SkillsModelLoader.builtIn();

    @Test
    void hasTheFourTargetRolesInOrderOfLevel() {
        assertEquals(List.of("pmo-administrator", "pmo-analyst", "pmo-manager", "head-of-pmo"),
                MODEL.roles().stream().map(Role::id).toList());
        assertEquals(List.of(1, 2, 3, 4), MODEL.roles().stream().map(Role::level).toList());
    }

    @Test
    void hasMoreThan150TermsAcrossEveryArea() {
        assertTrue(MODEL.keywords().size() >= 150, "keywords: " + MODEL.keywords().size());
        Set<Area> areas = MODEL.competencies().stream().map(Competency::area).collect(Collectors.toSet());
        assertEquals(EnumSet.allOf(Area.class), areas);
    }

    @Test
    void everyRoleHasEssentialAndDesirableTerms() {
        for (Role role : MODEL.roles()) {
            var imps = MODEL.keywordsFor(role).stream().map(k -> k.importanceFor(role.id()).orElseThrow()).toList();
            assertTrue(imps.stream().filter(i -> i == Importance.ESSENTIAL).count() >= 15, role.id());
            assertTrue(imps.stream().filter(i -> i == Importance.DESIRABLE).count() >= 15, role.id());
        }
    }

    @Test
    void hasTheFourRoutesIn() {
        assertEquals(List.of("project-manager", "business-analyst", "business-unit-leader", "graduate-career-changer"),
                MODEL.backgrounds().stream().map(Background::id).toList());
    }

    /** Every certification the career guides name is found when a CV writes it. */
    @ParameterizedTest
    @ValueSource(strings = {"PMP", "PgMP", "CSM", "PMO-CP", "PRINCE2 Foundation", "PRINCE2 Practitioner", "P3O",
        "MoP", "CAPM", "Essentials for PMO Administrators", "MSP", "APM PFQ", "APM PMQ",
        "Project Management Professional", "Certified ScrumMaster", "Program Management Professional"})
    void findsEveryCertificationTheGuidesName(String cert) {
        var found = KeywordMatcher.of(MODEL).find("Certified: " + cert + " (2023)");
        assertTrue(found.stream().anyMatch(m -> MODEL.expectCompetency(m.keyword().competency()).area() == Area.CERTIFICATIONS),
                () -> cert + " -> " + found);
    }
}

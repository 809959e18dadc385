package io.pmotoolkit.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CredentialGroupsTest {

    private static final String HEAD = """
            version: "t"
            competencies:
              - {id: certs, name: Certifications, area: certifications}
              - {id: risk, name: Risk, area: methods-governance}
            roles:
              - {id: pmo-analyst, title: PMO Analyst, level: 2, competencies: {certs: 3, risk: 3}}
              - {id: pmo-manager, title: PMO Manager, level: 3, competencies: {certs: 4, risk: 3}}
            keywords:
              - {term: PMP, competency: certs, importance: {pmo-manager: desirable}}
              - {term: PRINCE2 Practitioner, competency: certs, importance: {pmo-manager: desirable}}
              - {term: PRINCE2 Foundation, competency: certs, importance: {pmo-analyst: desirable}}
              - {term: RAID log, competency: risk, importance: {pmo-analyst: essential}}
            backgrounds:
              - {id: business-analyst, name: Business analyst, targetRoles: [pmo-analyst]}
            """;

    private static SkillsModel parse(String groups) {
        return SkillsModelLoader.parse("x.yaml", HEAD + groups, null);
    }

    @Test
    void aGroupIsReadWithItsMembersImportanceAndRecommendations() {
        SkillsModel model = parse("""
                credentialGroups:
                  - id: project-practitioner
                    name: a practitioner-level project credential
                    members: [prince2 practitioner, PMP]
                    importance: {pmo-manager: essential}
                    recommend:
                      - {levels: [3], next: [PMP], reason: most named}
                      - {levels: [3], routes: [business-analyst], next: [PRINCE2 Practitioner], reason: method first}
                """);
        CredentialGroup g = model.findCredentialGroup("project-practitioner").orElseThrow();
        assertEquals(List.of("PRINCE2 Practitioner", "PMP"), g.members(), "members take the keyword's own spelling");
        assertEquals("certs", g.competency());
        assertEquals(Importance.ESSENTIAL, g.importanceFor("pmo-manager").orElseThrow());
        Role manager = model.expectRole("pmo-manager");
        assertEquals(List.of(g), model.credentialGroupsFor(manager));
        assertEquals(g, model.groupOf(manager, "PMP").orElseThrow());
        assertTrue(model.groupOf(model.expectRole("pmo-analyst"), "PMP").isEmpty(), "the analyst does not expect the group");
        assertEquals(List.of("PMP"), g.recommendFor(3, null).orElseThrow().next());
        assertEquals(List.of("PRINCE2 Practitioner"), g.recommendFor(3, "business-analyst").orElseThrow().next(),
                "the route's own entry wins");
        assertEquals(List.of("PMP"), g.recommendFor(3, "project-manager").orElseThrow().next());
        assertTrue(g.recommendFor(2, null).isEmpty());
    }

    static Stream<Arguments> brokenGroups() {
        String group = """
                credentialGroups:
                  - id: g
                    name: a credential
                """;
        return Stream.of(
                Arguments.of(group + "    members: [PMP, PgMP]\n    importance: {pmo-manager: essential}\n",
                        "credential group 'g': unknown member 'PgMP': a member must be the term of a keyword of the model"),
                Arguments.of(group + "    members: []\n    importance: {pmo-manager: essential}\n",
                        "credential group 'g': 'members' is empty"),
                Arguments.of(group + "    members: [PMP, RAID log]\n    importance: {pmo-manager: essential}\n",
                        "'RAID log' is a keyword of 'risk' but 'PMP' of 'certs': the members of a group share one competency"),
                Arguments.of(group + "    members: [PMP, pmp]\n    importance: {pmo-manager: essential}\n",
                        "'PMP' is listed twice"),
                Arguments.of(group + "    members: [PMP]\n", "credential group 'g': 'importance' is missing"),
                Arguments.of(group + "    members: [PMP]\n    importance: {pmo-boss: essential}\n",
                        "unknown role 'pmo-boss'"),
                Arguments.of("credentialGroups:\n  - {id: g, members: [PMP], importance: {pmo-manager: essential}}\n",
                        "credential group 'g': 'name' is missing"),
                Arguments.of(group + """
                            members: [PMP]
                            importance: {pmo-manager: essential}
                            recommend:
                              - {levels: [3], next: [PRINCE2 Foundation], reason: x}
                        """, "recommend[0]: 'PRINCE2 Foundation' is not a member of the group"),
                Arguments.of(group + """
                            members: [PMP]
                            importance: {pmo-manager: essential}
                            recommend:
                              - {levels: [7], next: [PMP], reason: x}
                        """, "recommend[0]: no role has level 7"),
                Arguments.of(group + """
                            members: [PMP]
                            importance: {pmo-manager: essential}
                            recommend:
                              - {levels: [3], routes: [astronaut], next: [PMP], reason: x}
                        """, "recommend[0]: unknown route 'astronaut': use one of business-analyst"),
                Arguments.of(group + """
                            members: [PMP]
                            importance: {pmo-manager: essential}
                            recommend:
                              - {levels: [3], next: [PMP]}
                        """, "recommend[0]: 'reason' is missing"),
                Arguments.of(group + """
                            members: [PMP]
                            importance: {pmo-manager: essential}
                            recommend:
                              - {levels: [3], next: [PMP], reason: x}
                              - {levels: [2, 3], next: [PMP], reason: y}
                        """, "recommend[1]: level 3 for every route already has an entry"),
                Arguments.of("""
                        credentialGroups:
                          - {id: a, name: one, members: [PMP, PRINCE2 Practitioner], importance: {pmo-manager: essential}}
                          - {id: b, name: two, members: [PRINCE2 Foundation, PMP], importance: {pmo-analyst: desirable, pmo-manager: desirable}}
                        """, "credential group 'b': 'PMP' is also in group 'a', and role 'pmo-manager' expects both"));
    }

    @ParameterizedTest
    @MethodSource("brokenGroups")
    void aBrokenGroupIsRefusedNamingTheEntry(String groups, String expected) {
        var e = assertThrows(SkillsModelException.class, () -> parse(groups));
        assertTrue(e.getMessage().startsWith("x.yaml line "), () -> "no line: " + e.getMessage());
        assertTrue(e.getMessage().contains(expected), () -> "got: " + e.getMessage());
    }

    @Test
    void aCredentialMayBeInTwoGroupsThatNoRoleExpectsTogether() {
        SkillsModel model = parse("""
                credentialGroups:
                  - {id: grounding, name: a project qualification, members: [PRINCE2 Foundation, PMP], importance: {pmo-analyst: desirable}}
                  - {id: practitioner, name: a project credential, members: [PMP], importance: {pmo-manager: essential}}
                """);
        assertEquals("grounding", model.groupOf(model.expectRole("pmo-analyst"), "PMP").orElseThrow().id());
        assertEquals("practitioner", model.groupOf(model.expectRole("pmo-manager"), "PMP").orElseThrow().id());
    }

    @Test
    void aCustomFileReplacesAGroupOfTheSameIdAndKeepsTheOthers() {
        SkillsModel builtIn = SkillsModelLoader.builtIn();
        SkillsModel custom = SkillsModelLoader.parse("mine.yaml", """
                version: "1"
                credentialGroups:
                  - id: pmo-credential
                    name: a PMO credential
                    members: [P3O]
                    importance: {pmo-manager: essential}
                """, builtIn);
        assertEquals(List.of("P3O"), custom.findCredentialGroup("pmo-credential").orElseThrow().members());
        assertEquals(builtIn.credentialGroups().size(), custom.credentialGroups().size());
        assertEquals(builtIn.findCredentialGroup("project-practitioner"), custom.findCredentialGroup("project-practitioner"));
    }

    @Test
    void theBuiltInGroupsSuggestOnlyTheirMembersAndCoverEveryLevelTheyAreExpectedAt() {
        SkillsModel model = SkillsModelLoader.builtIn();
        assertTrue(model.credentialGroups().size() >= 4, "built-in groups: " + model.credentialGroups());
        for (Role role : model.roles()) {
            for (CredentialGroup g : model.credentialGroupsFor(role)) {
                assertTrue(g.recommendFor(role.level(), null).isPresent(),
                        g.id() + " is expected by " + role.id() + " but suggests nothing at its level");
            }
        }
        // The issue this fixes: PMP and PRINCE2 Practitioner are one kind for a PMO manager, not two must-haves.
        Role manager = model.expectRole("pmo-manager");
        assertEquals(model.groupOf(manager, "PMP"), model.groupOf(manager, "PRINCE2 Practitioner"));
        assertTrue(model.keywordsFor(manager).stream()
                        .filter(k -> model.groupOf(manager, k.term()).isPresent())
                        .noneMatch(k -> k.importanceFor(manager.id()).orElseThrow() == Importance.ESSENTIAL),
                "a member says essential on its own, where its group decides");
    }
}

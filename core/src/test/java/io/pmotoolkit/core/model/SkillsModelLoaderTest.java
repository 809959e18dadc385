package io.pmotoolkit.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pmotoolkit.core.TestModels;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SkillsModelLoaderTest {

    private static final String HEAD = """
            version: "t"
            competencies:
              - {id: risk, name: Risk, area: methods-governance}
            roles:
              - id: pmo-analyst
                title: PMO Analyst
                level: 2
                competencies: {risk: 3}
            """;

    @Test
    void readsRolesKeywordsAndBackgrounds() {
        SkillsModel model = TestModels.small();
        assertEquals("test-1", model.version());
        Role manager = model.expectRole("pmo-manager");
        assertEquals(5, manager.weightOf("governance"));
        assertEquals(0, manager.weightOf("tools"));
        Keyword raid = model.findKeyword("RAID log").orElseThrow();
        assertEquals(Importance.ESSENTIAL, raid.importanceFor("pmo-analyst").orElseThrow());
        assertEquals("project-manager", model.backgrounds().get(0).id());
        assertTrue(model.keywordsFor(manager).stream().noneMatch(k -> k.term().equals("Java")));
    }

    @Test
    void unknownRoleNamesTheKnownOnes() {
        var e = assertThrows(SkillsModelException.class, () -> TestModels.small().expectRole("pmo-wizard"));
        assertEquals("Unknown role 'pmo-wizard': choose one of pmo-analyst, pmo-manager", e.getMessage());
    }

    static Stream<Arguments> brokenFiles() {
        return Stream.of(
                Arguments.of(HEAD + """
                        keywords:
                          - term: RAID log
                            competency: risks
                            importance: {pmo-analyst: essential}
                        """, "x.yaml line 11: keyword 'RAID log': unknown competency 'risks': use one of risk"),
                Arguments.of(HEAD + """
                        keywords:
                          - term: RAID log
                            competency: risk
                            aliases: [RAID]
                            importance: {pmo-analyst: essential}
                          - term: Risk log
                            competency: risk
                            aliases: [raid logs]
                            importance: {pmo-analyst: desirable}
                        """, "x.yaml line 14: keyword 'Risk log': duplicate alias 'raid logs': it already belongs to keyword 'RAID log'"),
                Arguments.of(HEAD + """
                        keywords:
                          - term: RAID log
                            competency: risk
                            importance: {pmo-analyst: vital}
                        """, "x.yaml line 12: keyword 'RAID log': importance for 'pmo-analyst' must be essential or desirable, not 'vital'"),
                Arguments.of(HEAD + """
                        keywords:
                          - term: RAID log
                            competency: risk
                            importance: {pmo-boss: essential}
                        """, "x.yaml line 12: keyword 'RAID log': unknown role 'pmo-boss': use one of pmo-analyst"),
                Arguments.of(HEAD + """
                        keywords:
                          - term: RAID log
                            competence: risk
                        """, "x.yaml line 12: unknown field 'competence' in keywords[0]; known fields: "),
                Arguments.of(HEAD.replace("methods-governance", "method"),
                        "x.yaml line 3: competencies[0]: unknown area 'method': use one of business, leadership, organisational, methods-governance, tools, certifications, education"),
                Arguments.of(HEAD.replace("level: 2", "level: high"), "x.yaml line 7: 'roles[0].level' has the wrong shape: expected a whole number"),
                Arguments.of("version: \"t\"\nroles: {id: a}\n", "x.yaml line 2: 'roles' has the wrong shape: expected a list"),
                Arguments.of("version: \"t\"\nroles:\n  - id: a\n   b: c\n", "x.yaml line 4: not valid YAML: "),
                Arguments.of(HEAD.replace("version: \"t\"\n", ""), "x.yaml line 1: top level: 'version' is missing: give the file a version such as \"1.0\""),
                Arguments.of(HEAD + "  - {id: pmo-lead, title: PMO Lead, level: 2, competencies: {risk: 3}}\n",
                        "x.yaml line 9: role 'pmo-lead': level 2 is also the level of role 'pmo-analyst': each level of the ladder has one role"),
                Arguments.of(HEAD + "  - {id: head-of-pmo, title: Head of PMO, level: 4, competencies: {risk: 3}}\n",
                        "x.yaml line 9: role 'head-of-pmo': level 4 leaves level 3 without a role: the levels run 1, 2, 3... with no gap"));
    }

    @Test
    void aFifthLevelExtendsTheLadder() {
        SkillsModel five = SkillsModelLoader.parse("five.yaml", """
                version: "5"
                roles:
                  - id: portfolio-director
                    title: Portfolio Director
                    level: 5
                    titles: [portfolio director]
                    competencies: {business-strategy: 5}
                """, SkillsModelLoader.builtIn());
        assertEquals(4, SkillsModelLoader.builtIn().topLevel());
        assertEquals(5, five.topLevel());
        assertEquals("portfolio-director", five.findRoleAt(5).orElseThrow().id());
    }

    @Test
    void aSecondRoleOnABuiltInLevelIsRefusedNamingItsLine() {
        var e = assertThrows(SkillsModelException.class, () -> SkillsModelLoader.parse("mine.yaml", """
                version: "5"
                roles:
                  - id: pmo-lead
                    title: PMO Lead
                    level: 3
                    competencies: {business-strategy: 5}
                """, SkillsModelLoader.builtIn()));
        assertEquals("mine.yaml line 3: role 'pmo-lead': level 3 is also the level of role 'pmo-manager': "
                + "each level of the ladder has one role", e.getMessage());
    }

    static Stream<Arguments> brokenMatchingData() {
        return Stream.of(
                Arguments.of(HEAD + """
                        wordFamilies:
                          - [negotiate]
                        keywords:
                          - {term: Negotiation, competency: risk, importance: {pmo-analyst: essential}}
                        """, "a word family needs at least two words"),
                Arguments.of(HEAD + """
                        wordFamilies:
                          - [negotiate, negotiation]
                          - [negotiating, deal]
                        keywords:
                          - {term: Negotiation, competency: risk, importance: {pmo-analyst: essential}}
                        """, "'negotiating' (or another form of it) is already in another word family"),
                Arguments.of(HEAD + """
                        keywords:
                          - {term: Planview, competency: risk, implies: [PPM tools], importance: {pmo-analyst: essential}}
                        """, "implies unknown term 'PPM tools'"),
                Arguments.of(HEAD + """
                        keywords:
                          - {term: Resource utilisation, competency: risk, notNear: [data centre], importance: {pmo-analyst: essential}}
                        """, "notNear takes single words, not 'data centre'"),
                Arguments.of(HEAD + """
                        keywords:
                          - {term: PPM software, competency: risk, importance: {pmo-analyst: essential}}
                          - {term: Planview, competency: risk, aliases: [Clarizen], implies: ["PPM software: AdaptiveWork"], importance: {pmo-analyst: essential}}
                        """, "implies 'PPM software' for 'AdaptiveWork', which is not one of its forms"));
    }

    @ParameterizedTest
    @MethodSource("brokenMatchingData")
    void brokenMatchingDataIsRefusedWithAReason(String yaml, String expected) {
        var e = assertThrows(SkillsModelException.class, () -> SkillsModelLoader.parse("x.yaml", yaml, null));
        assertTrue(e.getMessage().contains(expected), () -> "got: " + e.getMessage());
    }

    @Test
    void matchingDataIsReadAndExtendsTheBuiltInModel() {
        SkillsModel custom = SkillsModelLoader.parse("mine.yaml", """
                version: "1"
                wordFamilies:
                  - [scope, scoping]
                aspirationCues: [planning to]
                keywords:
                  - term: Scope management
                    competency: planning-resourcing
                    aliases: [scoping workshops, define ... scope]
                    notWithin: [scope of work]
                    importance: {pmo-analyst: essential}
                """, SkillsModelLoader.builtIn());
        Keyword k = custom.findKeyword("Scope management").orElseThrow();
        assertEquals(java.util.List.of("scope of work"), k.notWithin());
        assertTrue(custom.wordFamilies().contains(java.util.List.of("scope", "scoping")));
        assertTrue(custom.wordFamilies().size() > 1, "the built-in families are kept");
        assertTrue(custom.aspirationCues().contains("planning to") && custom.aspirationCues().contains("want to"));
    }

    @ParameterizedTest
    @MethodSource("brokenFiles")
    void brokenFilesGetOneLineNamingTheLineAndField(String yaml, String expected) {
        var e = assertThrows(SkillsModelException.class, () -> SkillsModelLoader.parse("x.yaml", yaml, null));
        assertTrue(e.getMessage().startsWith(expected), () -> "got: " + e.getMessage());
        assertEquals(-1, e.getMessage().indexOf('\n'), () -> "one line: " + e.getMessage());
    }

    @Test
    void aFileExtendsTheModelByDefault(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("mine.yaml");
        Files.writeString(file, """
                version: "coach-2"
                keywords:
                  - term: Smartsheet
                    competency: tools
                    importance: {pmo-analyst: essential}
                  - term: PMP
                    competency: certs
                    importance: {pmo-analyst: essential}
                """);
        SkillsModel model = SkillsModelLoader.withFile(TestModels.small(), file);
        assertEquals("test-1+mine.yaml@coach-2", model.version());
        assertEquals(Importance.ESSENTIAL, model.findKeyword("Smartsheet").orElseThrow().importanceFor("pmo-analyst").orElseThrow());
        assertEquals(Importance.ESSENTIAL, model.findKeyword("PMP").orElseThrow().importanceFor("pmo-analyst").orElseThrow());
        assertTrue(model.findKeyword("RAID log").isPresent(), "built-in keywords stay");
        assertEquals(TestModels.small().keywords().size() + 1, model.keywords().size());
    }

    @Test
    void replaceTrueStandsAlone(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("own.yaml");
        Files.writeString(file, "replace: true\n" + HEAD + """
                keywords:
                  - term: RAID log
                    competency: risk
                    importance: {pmo-analyst: essential}
                """);
        SkillsModel model = SkillsModelLoader.withFile(TestModels.small(), file);
        assertEquals("t", model.version());
        assertEquals(1, model.keywords().size());
        assertEquals(1, model.roles().size());
    }

    @Test
    void missingFileSaysWhichFlag(@TempDir Path dir) {
        var e = assertThrows(SkillsModelException.class,
                () -> SkillsModelLoader.withFile(TestModels.small(), dir.resolve("nope.yaml")));
        assertTrue(e.getMessage().endsWith("does not exist: check the path given to --skills-file"), e.getMessage());
    }
}

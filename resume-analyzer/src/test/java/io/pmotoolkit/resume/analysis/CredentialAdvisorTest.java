package io.pmotoolkit.resume.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pmotoolkit.core.model.CredentialGroup;
import io.pmotoolkit.core.model.SkillsModel;
import io.pmotoolkit.core.model.SkillsModelLoader;
import io.pmotoolkit.core.result.CvAnalysis.NextCredential;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CredentialAdvisorTest {

    private static final SkillsModel MODEL = SkillsModelLoader.builtIn();

    private static Optional<NextCredential> suggest(int target, Integer current, String route, String... held) {
        return CredentialAdvisor.suggest(MODEL, target, current, route, Set.of(held), Set.of());
    }

    static Stream<Arguments> suggestions() {
        return Stream.of(
                // The issue: a PRINCE2 Practitioner aiming at PMO manager is pointed at a PMO credential, not PMP.
                Arguments.of(3, null, "project-manager", List.of("PRINCE2 Practitioner"), "P3O"),
                Arguments.of(3, null, null, List.of("PRINCE2 Practitioner"), "P3O"),
                Arguments.of(3, null, null, List.of("PMP", "P3O"), "MSP"),
                // Without a project-level credential, the essential kind comes first, whatever the route.
                Arguments.of(3, null, null, List.of(), "PMP"),
                Arguments.of(3, null, "project-manager", List.of(), "PMP"),
                Arguments.of(3, null, "business-analyst", List.of(), "PRINCE2 Practitioner"),
                Arguments.of(1, null, null, List.of(), "Essentials for PMO Administrators"),
                Arguments.of(1, null, "graduate-career-changer", List.of(), "Essentials for PMO Administrators"),
                Arguments.of(1, null, "business-analyst", List.of(), "PRINCE2 Foundation"),
                Arguments.of(2, null, null, List.of(), "PRINCE2 Foundation"),
                Arguments.of(2, null, null, List.of("PMP"), "P3O"),
                Arguments.of(2, null, null, List.of("APM PFQ", "P3O"), "AgilePM"),
                Arguments.of(4, null, null, List.of(), "MoP"),
                Arguments.of(4, null, "business-unit-leader", List.of(), "MSP"),
                Arguments.of(4, null, null, List.of("PgMP", "PMP"), "P3O"));
    }

    @ParameterizedTest
    @MethodSource("suggestions")
    void theSuggestionFollowsTheLevelTheRouteAndWhatIsHeld(int target, Integer current, String route, List<String> held,
                                                          String expected) {
        NextCredential next = suggest(target, current, route, held.toArray(String[]::new)).orElseThrow();
        assertEquals(expected, next.term(), () -> "got " + next);
        assertFalse(next.inProgress());
    }

    @Test
    void oneOfEveryKindHeldSuggestsNothingUnlessAlreadyAtTheLevel() {
        String[] analystKinds = {"PRINCE2 Foundation", "P3O", "AgilePM", "M_o_R"};
        assertTrue(suggest(2, null, null, analystKinds).isEmpty());
        assertTrue(suggest(2, 1, null, analystKinds).isEmpty(), "an administrator aiming at analyst has what it asks");
        NextCredential forHead = suggest(2, 4, null, analystKinds).orElseThrow();
        assertEquals("head-of-pmo", forHead.forRole().id(), "a head of PMO applying for analyst roles is advised at head level");
        assertFalse(java.util.List.of(analystKinds).contains(forHead.term()), forHead.term());
        String atLevel = forHead.sentence("pmo-analyst", "head-of-pmo");
        assertTrue(atLevel.contains("for Head of PMO / Portfolio Director, the level you work at")
                && !atLevel.contains("step up"), atLevel);
        NextCredential stepUp = suggest(2, 2, null, analystKinds).orElseThrow();
        assertEquals("PMP", stepUp.term());
        assertEquals("pmo-manager", stepUp.forRole().id());
        assertTrue(stepUp.sentence("pmo-analyst").contains("for the step up to PMO Manager"), stepUp.sentence("pmo-analyst"));
        assertTrue(suggest(4, 4, null, "MoP", "PMP", "P3O", "CSM", "PMI-RMP").isEmpty(), "no level above head of PMO");
    }

    @Test
    void aCredentialInProgressIsToBeFinishedBeforeAnotherIsSuggested() {
        NextCredential next = CredentialAdvisor.suggest(MODEL, 3, null, null, Set.of("P3O"), Set.of("PMP")).orElseThrow();
        assertEquals("PMP", next.term());
        assertTrue(next.inProgress());
        assertEquals("Finish PMP: the CV says it is in progress, and it gives a practitioner-level project credential.",
                next.sentence("pmo-manager"));
    }

    @Test
    void theSuggestionIsNeverHeldNorOfAKindAlreadyHeld() {
        List<String> credentials = MODEL.credentialGroups().stream().flatMap(g -> g.members().stream()).distinct().toList();
        List<Set<String>> helds = new ArrayList<>();
        helds.add(Set.of());
        for (String a : credentials) {
            helds.add(Set.of(a));
            for (String b : credentials) {
                if (!a.equals(b)) {
                    helds.add(Set.of(a, b));
                }
            }
        }
        int checked = 0;
        for (int target = 1; target <= 4; target++) {
            for (Integer current : Arrays.asList(null, 1, 2, 3, 4)) {
                for (String route : Arrays.asList(null, "project-manager", "business-analyst", "business-unit-leader",
                        "graduate-career-changer")) {
                    for (Set<String> held : helds) {
                        Optional<NextCredential> next = CredentialAdvisor.suggest(MODEL, target, current, route, held,
                                Set.of());
                        if (next.isEmpty()) {
                            continue;
                        }
                        checked++;
                        String term = next.get().term();
                        assertFalse(held.contains(term), () -> held + " told to take " + term);
                        CredentialGroup group = MODEL.findCredentialGroup(next.get().group()).orElseThrow();
                        assertTrue(group.members().stream().noneMatch(held::contains),
                                () -> held + " told to take " + term + " for a kind it holds");
                        assertFalse(next.get().alternatives().stream().anyMatch(held::contains));
                    }
                }
            }
        }
        assertTrue(checked > 1000, "only " + checked + " suggestions checked");
        for (int target = 1; target <= 4; target++) {
            for (String below : List.of("PRINCE2 Foundation", "APM PFQ", "CAPM", "Essentials for PMO Administrators")) {
                int level = target;
                suggest(target, null, null, "PMP").ifPresent(n -> assertFalse(n.term().equals(below)
                        || n.alternatives().contains(below), () -> "a PMP holder aiming at level " + level + ": " + n));
            }
        }
    }
}

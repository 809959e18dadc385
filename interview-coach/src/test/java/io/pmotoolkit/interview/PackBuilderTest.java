package io.pmotoolkit.interview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pmotoolkit.core.model.Role;
import io.pmotoolkit.core.result.CvAnalysis;
import io.pmotoolkit.core.result.CvAnalysis.LineResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PackBuilderTest {

    static Stream<Arguments> rolesCountsAndSeeds() {
        List<Arguments> out = new ArrayList<>();
        for (String role : List.of("pmo-administrator", "pmo-analyst", "pmo-manager", "head-of-pmo")) {
            for (int count : new int[] {3, 5, 8, 12, 20, 30}) {
                for (long seed : new long[] {1, 7, 42}) {
                    out.add(Arguments.of(role, count, seed));
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} count {1} seed {2}")
    @MethodSource("rolesCountsAndSeeds")
    void packsWithoutCvAreFullBalancedAndWithoutDuplicates(String roleId, int count, long seed) {
        Role role = Fixtures.role(roleId);
        QuestionPack pack = Fixtures.BUILDER.build(role, null, count, seed);
        assertEquals(count, pack.questions().size());
        assertBalanced(pack, count);
        for (PackQuestion q : pack.questions()) {
            assertEquals(Reason.CORE, q.reason());
            assertNull(q.cvEvidence());
            assertTrue(Fixtures.BANK.find(q.id()).orElseThrow().suits(roleId), q.id());
            assertTrue(q.followUps().size() >= 2 && q.followUps().size() <= 3, q.id());
        }
    }

    @ParameterizedTest(name = "count {0}")
    @MethodSource("counts")
    void packsWithCvAreBalancedToo(int count) {
        QuestionPack pack = Fixtures.BUILDER.build(Fixtures.role("pmo-manager"), Fixtures.projectManagerCv(), count, 3);
        assertEquals(count, pack.questions().size());
        assertBalanced(pack, count);
    }

    static Stream<Integer> counts() {
        return Stream.of(3, 4, 6, 12, 20, 30);
    }

    private static void assertBalanced(QuestionPack pack, int count) {
        Map<String, Integer> per = new HashMap<>();
        Set<String> ids = new HashSet<>();
        for (PackQuestion q : pack.questions()) {
            per.merge(q.competency(), 1, Integer::sum);
            assertTrue(ids.add(q.id()), "duplicate " + q.id());
        }
        int cap = Math.max(1, count / 3);
        per.forEach((c, n) -> assertTrue(n <= cap && n * 3 <= Math.max(count, 3), c + " has " + n + " of " + count));
        List<PackQuestion> qs = pack.questions();
        for (int i = 0; i < qs.size(); i++) {
            for (int j = i + 1; j < qs.size(); j++) {
                PackQuestion a = qs.get(i);
                PackQuestion b = qs.get(j);
                if (a.competency().equals(b.competency()) && a.type().equals(b.type())) {
                    assertTrue(NearDuplicates.similarity(a.text(), b.text()) < NearDuplicates.THRESHOLD,
                            a.id() + " ~ " + b.id());
                }
            }
        }
    }

    @Test
    void theSameSeedGivesTheSamePack() {
        for (String role : List.of("pmo-analyst", "head-of-pmo")) {
            assertEquals(Fixtures.BUILDER.build(Fixtures.role(role), null, 12, 99),
                    Fixtures.BUILDER.build(Fixtures.role(role), null, 12, 99));
        }
        CvAnalysis cv = Fixtures.projectManagerCv();
        assertEquals(Fixtures.BUILDER.build(Fixtures.role("pmo-manager"), cv, 12, 5),
                new PackBuilder(Fixtures.MODEL, Fixtures.BANK).build(Fixtures.role("pmo-manager"), cv, 12, 5));
    }

    @Test
    void differentSeedsGiveDifferentPacks() {
        Set<List<String>> seen = new HashSet<>();
        for (long seed = 1; seed <= 5; seed++) {
            seen.add(ids(Fixtures.BUILDER.build(Fixtures.role("pmo-manager"), null, 12, seed)));
        }
        assertEquals(5, seen.size(), "five seeds should give five different packs: " + seen);
    }

    @Test
    void buildingInParallelGivesTheSamePacks() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<QuestionPack>> futures = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                futures.add(pool.submit(() -> Fixtures.BUILDER.build(Fixtures.role("pmo-manager"),
                        Fixtures.projectManagerCv(), 12, 7)));
            }
            QuestionPack first = futures.get(0).get();
            for (Future<QuestionPack> f : futures) {
                assertEquals(first, f.get());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void withACvGapsComeFirstThenCvLinesThenCore() {
        QuestionPack pack = Fixtures.BUILDER.build(Fixtures.role("pmo-manager"), Fixtures.projectManagerCv(), 12, 7);
        List<Reason> reasons = pack.questions().stream().map(PackQuestion::reason).toList();
        List<Reason> sorted = new ArrayList<>(reasons);
        sorted.sort(null);
        assertEquals(sorted, reasons, "gap, then CV evidence, then core");
        assertEquals(4, pack.count(Reason.GAP));
        assertEquals(4, pack.count(Reason.CV_EVIDENCE));
        assertEquals(4, pack.count(Reason.CORE));
    }

    @Test
    void gapQuestionsProbeTheMissingEssentialsAndAdviseFromTheCandidatesOwnLines() {
        QuestionPack pack = Fixtures.BUILDER.build(Fixtures.role("pmo-manager"), Fixtures.projectManagerCv(), 12, 7);
        PackQuestion governance = pack.questions().stream()
                .filter(q -> q.reason() == Reason.GAP && q.competency().equals("governance-assurance"))
                .findFirst().orElseThrow(() -> new AssertionError(ids(pack)));
        assertEquals(List.of("Gate reviews", "Project assurance"), governance.missingTerms());
        Question source = Fixtures.BANK.find(governance.id()).orElseThrow();
        assertTrue(source.keywords().contains("Gate reviews") || source.keywords().contains("Project assurance"),
                governance.id() + " should probe a missing term");
        assertTrue(governance.advice().contains("your line 9"), governance.advice());
        // Credentials are the weakest gap to interview on: PMP is missing but comes after the others.
        assertTrue(pack.questions().stream().noneMatch(q -> q.reason() == Reason.GAP
                && q.competency().equals("certifications")), ids(pack).toString());
    }

    @Test
    void cvQuestionsQuoteTheCandidatesOwnLines() {
        CvAnalysis cv = Fixtures.projectManagerCv();
        QuestionPack pack = Fixtures.BUILDER.build(Fixtures.role("pmo-manager"), cv, 12, 7);
        List<String> lines = cv.lines().stream().map(LineResult::text).toList();
        List<PackQuestion> fromCv = pack.questions().stream().filter(q -> q.reason() == Reason.CV_EVIDENCE).toList();
        assertEquals(4, fromCv.size());
        for (PackQuestion q : fromCv) {
            assertTrue(lines.contains(q.cvEvidence()), q.cvEvidence());
            assertTrue(q.text().startsWith("Your CV says you "), q.text());
            assertEquals("cv-line-" + q.cvLine(), q.id());
        }
        PackQuestion reporting = fromCv.stream().filter(q -> q.cvLine() == 8).findFirst().orElseThrow();
        assertTrue(reporting.text().startsWith("Your CV says you cut the monthly status reporting cycle from 10 days "
                + "to 4 days. "), reporting.text());
        assertTrue(reporting.star().action().contains("moving highlight reports to a single SharePoint template"),
                reporting.star().action());
        assertTrue(reporting.star().situation().contains("why 10 days was a problem"), reporting.star().situation());
        PackQuestion gates = fromCv.stream().filter(q -> q.cvLine() == 9).findFirst().orElseThrow();
        assertTrue(gates.star().result().contains("it is now used on all 27 capital projects"), gates.star().result());
        assertTrue(gates.star().task().contains("the PMO and finance team"), gates.star().task());
    }

    @Test
    void countsOutOfRangeAndAnalysesForAnotherRoleAreRejected() {
        Role manager = Fixtures.role("pmo-manager");
        assertThrows(IllegalArgumentException.class, () -> Fixtures.BUILDER.build(manager, null, 2, 1));
        assertThrows(IllegalArgumentException.class, () -> Fixtures.BUILDER.build(manager, null, 31, 1));
        assertThrows(IllegalArgumentException.class,
                () -> Fixtures.BUILDER.build(Fixtures.role("pmo-analyst"), Fixtures.projectManagerCv(), 12, 1));
    }

    @Test
    void cvLinesSplitIntoActionAndResult() {
        assertEquals(new CvLineQuestions.Parts("Led a programme, finishing 6 weeks early",
                        "Led a programme", "finishing 6 weeks early", null),
                CvLineQuestions.split("Led a programme, finishing 6 weeks early."));
        assertEquals("reduced invoice queries by 35%",
                CvLineQuestions.split("Built an Excel tracker for purchase orders that reduced invoice queries by 35%.").result());
        assertEquals("on time and within a £1.6m budget",
                CvLineQuestions.split("Delivered the move of 380 staff into a new office on time and within a £1.6m budget.").result());
        assertNull(CvLineQuestions.split("Chaired fortnightly project boards.").result());
    }

    private static List<String> ids(QuestionPack pack) {
        return pack.questions().stream().map(PackQuestion::id).toList();
    }

    /** The fixture CV with the candidate placed on a rung of the PMO ladder. */
    private static CvAnalysis atRung(int rung) {
        CvAnalysis cv = Fixtures.projectManagerCv();
        var c = cv.candidate();
        String roleId = rung == 0 ? null : Fixtures.MODEL.roles().stream().filter(r -> r.level() == rung)
                .findFirst().orElseThrow().id();
        var level = new io.pmotoolkit.core.result.CareerLevel(rung, roleId, rung == 0 ? "Not yet in PMO work" : roleId,
                rung == 0 ? null : 6.0, List.of(), rung, null);
        var candidate = c.withLevel(level);
        return cv.toBuilder().candidate(candidate).build();
    }

    @Test
    void peopleInPmoWorkAreAskedAboutTheirPmoNotWhyTheyWantToMoveIn() {
        Role role = Fixtures.role("pmo-manager");
        for (long seed = 1; seed <= 40; seed++) {
            QuestionPack inPmo = Fixtures.BUILDER.build(role, atRung(3), 30, seed);
            assertTrue(inPmo.questions().stream().noneMatch(q -> Fixtures.BANK.find(q.id())
                    .map(b -> b.audience() == Audience.OUTSIDE_PMO).orElse(false)), "seed " + seed);
            assertTrue(inPmo.questions().stream().anyMatch(q -> Fixtures.BANK.find(q.id())
                    .map(b -> b.audience() == Audience.IN_PMO).orElse(false)), "seed " + seed);
            assertEquals(3, inPmo.level().rung());
            QuestionPack outside = Fixtures.BUILDER.build(role, atRung(0), 30, seed);
            assertTrue(outside.questions().stream().noneMatch(q -> Fixtures.BANK.find(q.id())
                    .map(b -> b.audience() == Audience.IN_PMO).orElse(false)), "seed " + seed);
        }
        assertTrue(Fixtures.BANK.find("career-move-into-pmo").orElseThrow().audience() == Audience.OUTSIDE_PMO);
    }
}

package io.pmotoolkit.resume.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pmotoolkit.core.model.SkillsModel;
import io.pmotoolkit.core.model.SkillsModelLoader;
import io.pmotoolkit.core.result.CvAnalysis;
import io.pmotoolkit.core.result.LineKind;
import io.pmotoolkit.resume.analysis.ResumeAnalyzer;
import io.pmotoolkit.resume.read.CvReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RewriteGroupsTest {

    private static final SkillsModel MODEL = SkillsModelLoader.builtIn();
    private static final ResumeAnalyzer ANALYZER = new ResumeAnalyzer(MODEL, "test",
            Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC));

    private static CvAnalysis cv;

    @BeforeAll
    static void analyse() throws Exception {
        String text = """
                Sam Carter
                sam.carter@example.org | 07700 900456

                Experience
                Project Support Officer, Northgate Council, March 2022 – Present
                • Responsible for booking meeting rooms for the team.
                • Responsible for the RAID log, the risk register and change control for six projects.
                • Improved the onboarding pack for new starters so they settled in faster.
                • Cut report preparation time by 40% by automating the weekly pack in Excel.

                Team Administrator, Northgate Council, June 2019 – February 2022
                • Responsible for booking meeting rooms for the team.
                • Answered phone calls and emails from residents.

                Education
                BA History, University of York, 2019
                """;
        cv = ANALYZER.analyze(new CvReader().read("sam.txt", text.getBytes(StandardCharsets.UTF_8)),
                MODEL.expectRole("pmo-administrator"));
    }

    @Test
    void aLineWrittenTwiceIsOneEntryWithBothLineNumbers() {
        List<RewriteGroups.Entry> rooms = RewriteGroups.entries(cv.lines()).stream()
                .filter(e -> e.line().text().contains("meeting rooms")).toList();
        assertEquals(1, rooms.size(), () -> cv.lines().toString());
        assertEquals(2, rooms.get(0).lines().size(), rooms::toString);
    }

    @Test
    void everyLineWithASuggestionIsInExactlyOneGroupOfItsKind() {
        List<RewriteGroups.Group> groups = RewriteGroups.groups(cv.lines());
        assertFalse(groups.isEmpty());
        Set<Integer> grouped = groups.stream().flatMap(g -> g.lineNumbers().stream()).collect(Collectors.toSet());
        Set<Integer> suggested = cv.lines().stream().filter(l -> l.suggestion() != null).map(l -> l.line())
                .collect(Collectors.toSet());
        assertEquals(suggested, grouped);
        for (RewriteGroups.Group g : groups) {
            for (RewriteGroups.Entry e : g.entries()) {
                boolean guidance = e.line().advice() == CvAnalysis.LineResult.Advice.GUIDANCE;
                assertEquals(guidance, g.kind() == RewriteGroups.Kind.GUIDANCE, e::toString);
                boolean duty = !guidance && e.line().kind() != LineKind.ACHIEVEMENT;
                assertEquals(duty, g.kind() == RewriteGroups.Kind.DUTY, e::toString);
            }
        }
        List<RewriteGroups.Kind> order = groups.stream().map(RewriteGroups.Group::kind).toList();
        assertEquals(order.stream().sorted().toList(), order, "groups in the order of Kind");
    }

    @Test
    void theStrongestRewriteIsTheLineThatUsesTheRolesTerms() {
        List<RewriteGroups.Entry> first = RewriteGroups.strongest(cv, 1);
        assertEquals(1, first.size());
        assertTrue(first.get(0).line().text().contains("RAID log"), first::toString);
        assertTrue(RewriteGroups.strongest(cv, 0).isEmpty());
    }

    @Test
    void theFewShownTeachEveryKindOfAdvice() {
        Set<RewriteGroups.Kind> kinds = RewriteGroups.groups(cv.lines()).stream().map(RewriteGroups.Group::kind)
                .filter(k -> k != RewriteGroups.Kind.GUIDANCE).collect(Collectors.toSet());
        assertTrue(kinds.size() >= 2, () -> "the sample has duties and results: " + kinds);
        Set<RewriteGroups.Kind> shown = RewriteGroups.strongest(cv, kinds.size()).stream()
                .map(RewriteGroups.Entry::kind).collect(Collectors.toSet());
        assertEquals(kinds, shown);
    }

    @Test
    void aLineWithGuidanceIsGroupedApartAndNeverShownAsARewrite() {
        CvAnalysis.LineResult guidance = new CvAnalysis.LineResult("Key responsibilities and achievements in the role",
                "experience", 3, LineKind.RESPONSIBILITY, false, List.of(), null,
                "This reads as a heading, not a duty.", null, CvAnalysis.LineResult.Advice.GUIDANCE);
        List<CvAnalysis.LineResult> lines = new java.util.ArrayList<>(cv.lines());
        lines.add(guidance);
        List<RewriteGroups.Group> groups = RewriteGroups.groups(lines);
        RewriteGroups.Group last = groups.get(groups.size() - 1);
        assertEquals(RewriteGroups.Kind.GUIDANCE, last.kind());
        assertEquals(List.of(3), last.lineNumbers());
        CvAnalysis withGuidance = cv.toBuilder().lines(lines).build();
        assertTrue(RewriteGroups.strongest(withGuidance, lines.size()).stream()
                .noneMatch(e -> e.kind() == RewriteGroups.Kind.GUIDANCE));
    }

    @Test
    void theSameLineWithOtherPunctuationIsOneEntry() {
        List<CvAnalysis.LineResult> lines = List.of(
                new CvAnalysis.LineResult("Scheduled workforce needs with superintendents", "experience", 48,
                        LineKind.RESPONSIBILITY, false, List.of(), null, "Add the result.", null, null),
                new CvAnalysis.LineResult("Scheduled workforce needs  with superintendents.", "experience", 92,
                        LineKind.RESPONSIBILITY, false, List.of(), null, "Add the result.", null, null));
        List<RewriteGroups.Entry> entries = RewriteGroups.entries(lines);
        assertEquals(1, entries.size(), entries::toString);
        assertEquals(List.of(48, 92), entries.get(0).lines());
    }
}

package io.pmotoolkit.core.result;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * What changed between two versions of a CV measured against the same role (and advert): the JSON contract of
 * {@code pmo compare --format json}, documented in {@code docs/json-format.md}.
 *
 * @param schemaVersion      {@value #SCHEMA_VERSION}
 * @param oldFile            the earlier version's file name
 * @param newFile            the later version's file name
 * @param role               the role both were measured against
 * @param score              the overall score before and after
 * @param scoreParts         each part of the score before and after, in the score's order
 * @param matchRate          the advert match rate before and after, or null (omitted) without an advert
 * @param gained             terms the new version shows and the old did not
 * @param lost               terms the old version showed and the new does not
 * @param upgraded           terms shown in both, with stronger evidence now (listed → experience → achievement)
 * @param downgraded         terms shown in both, with weaker evidence now
 * @param becameAchievements lines that were duties and now state a result, paired by their words
 * @param lostResults        lines that stated a result and now read as duties
 * @param linesAdded         lines of the new version with no counterpart in the old
 * @param linesRemoved       lines of the old version with no counterpart in the new
 * @param checksFixed        checks the old version failed and the new passes
 * @param checksBroken       checks the old version passed and the new fails (or new checks it fails)
 * @param stillMissing       essential terms neither version shows, most important first
 */
@JsonPropertyOrder({"schemaVersion", "oldFile", "newFile", "role", "score", "scoreParts", "matchRate", "gained",
        "lost", "upgraded", "downgraded", "becameAchievements", "lostResults", "linesAdded", "linesRemoved",
        "checksFixed", "checksBroken", "stillMissing"})
public record CvComparison(int schemaVersion, String oldFile, String newFile, CvAnalysis.RoleRef role, Change score,
                           List<PartChange> scoreParts, @JsonInclude(JsonInclude.Include.NON_NULL) Change matchRate,
                           List<TermChange> gained, List<TermChange> lost, List<TermChange> upgraded,
                           List<TermChange> downgraded, List<LineChange> becameAchievements,
                           List<LineChange> lostResults, int linesAdded, int linesRemoved,
                           List<CheckChange> checksFixed, List<CheckChange> checksBroken, List<String> stillMissing) {

    public static final int SCHEMA_VERSION = 1;

    public CvComparison {
        scoreParts = List.copyOf(scoreParts);
        gained = List.copyOf(gained);
        lost = List.copyOf(lost);
        upgraded = List.copyOf(upgraded);
        downgraded = List.copyOf(downgraded);
        becameAchievements = List.copyOf(becameAchievements);
        lostResults = List.copyOf(lostResults);
        checksFixed = List.copyOf(checksFixed);
        checksBroken = List.copyOf(checksBroken);
        stillMissing = List.copyOf(stillMissing);
    }

    /** Whether nothing that the comparison reports changed. */
    public boolean unchanged() {
        return score.delta() == 0 && (matchRate == null || matchRate.delta() == 0) && gained.isEmpty()
                && lost.isEmpty() && upgraded.isEmpty() && downgraded.isEmpty() && becameAchievements.isEmpty()
                && lostResults.isEmpty() && linesAdded == 0 && linesRemoved == 0 && checksFixed.isEmpty()
                && checksBroken.isEmpty();
    }

    /**
     * A number before and after.
     *
     * @param before the old version's value
     * @param after  the new version's value
     * @param delta  {@code after - before}
     */
    public record Change(int before, int after, int delta) {

        public static Change of(int before, int after) {
            return new Change(before, after, after - before);
        }
    }

    /**
     * One part of the score before and after.
     *
     * @param id     the part's stable id (essentialTerms, competencyCoverage, achievements, checks)
     * @param label  its name for people
     * @param before points in the old version
     * @param after  points in the new version
     * @param max    points available
     */
    public record PartChange(String id, String label, int before, int after, int max) {
    }

    /**
     * A term whose presence or evidence changed.
     *
     * @param term       canonical term
     * @param competency competency id
     * @param importance essential or desirable for the role
     * @param before     its evidence in the old version, or null (omitted) when the old did not show it
     * @param after      its evidence in the new version, or null (omitted) when the new does not show it
     * @param text       the words that show it in the version that has it (the new one when both do)
     * @param line       the line those words are on, in that version
     */
    @JsonPropertyOrder({"term", "competency", "importance", "before", "after", "text", "line"})
    public record TermChange(String term, String competency, String importance,
                             @JsonInclude(JsonInclude.Include.NON_NULL) Evidence before,
                             @JsonInclude(JsonInclude.Include.NON_NULL) Evidence after, String text, int line) {
    }

    /**
     * A line of the old version and its counterpart in the new.
     *
     * @param oldLine    line number in the old version
     * @param oldText    the old line
     * @param newLine    line number in the new version
     * @param newText    the new line
     * @param quantified whether the new line carries a real metric
     */
    public record LineChange(int oldLine, String oldText, int newLine, String newText, boolean quantified) {
    }

    /**
     * A check whose outcome changed.
     *
     * @param id      the check's stable id
     * @param message the check's message in the new version (what it says now)
     */
    public record CheckChange(String id, String message) {
    }
}

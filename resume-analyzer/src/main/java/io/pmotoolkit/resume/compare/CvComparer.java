package io.pmotoolkit.resume.compare;

import io.pmotoolkit.core.budget.WorkBudget;
import io.pmotoolkit.core.result.CheckResult;
import io.pmotoolkit.core.result.CvAnalysis;
import io.pmotoolkit.core.result.CvAnalysis.FoundTerm;
import io.pmotoolkit.core.result.CvAnalysis.LineResult;
import io.pmotoolkit.core.result.CvAnalysis.MissingTerm;
import io.pmotoolkit.core.result.CvAnalysis.ScorePart;
import io.pmotoolkit.core.result.CvComparison;
import io.pmotoolkit.core.result.CvComparison.Change;
import io.pmotoolkit.core.result.CvComparison.CheckChange;
import io.pmotoolkit.core.result.CvComparison.LineChange;
import io.pmotoolkit.core.result.CvComparison.PartChange;
import io.pmotoolkit.core.result.CvComparison.TermChange;
import io.pmotoolkit.core.result.Evidence;
import io.pmotoolkit.core.result.LineKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.ToIntFunction;

/**
 * Compares two analyses of versions of one CV, made against the same role (and advert): the score and its parts,
 * the terms gained, lost and re-graded, the lines that became achievements (or lost their result), and the checks
 * fixed or broken.
 *
 * <p>Lines are paired by their words, not their numbers: a rewrite changes a line's words and moves every line
 * after it. Two lines are counterparts when they share at least {@value #SAME_LINE_PERCENT} % of their content
 * words (Dice coefficient over words of three letters or more); the best-matching pairs are taken first, each line
 * at most once.
 *
 * <p>Stateless and thread-safe.
 */
public final class CvComparer {

    /** The share of content words two lines must share to be one line in two versions. */
    static final int SAME_LINE_PERCENT = 50;
    /** The most counterparts kept for one old line before the pairs are chosen. */
    private static final int MAX_CANDIDATES = 8;

    private CvComparer() {
    }

    /**
     * What changed from {@code before} to {@code after}.
     *
     * @param matchRate the advert match rate of each version ({@code null} without an advert)
     * @throws IllegalArgumentException when the two were measured against different roles
     */
    public static CvComparison compare(CvAnalysis before, CvAnalysis after, ToIntFunction<CvAnalysis> matchRate) {
        if (!before.role().id().equals(after.role().id())) {
            throw new IllegalArgumentException("the two versions were measured against different roles: "
                    + before.role().id() + " and " + after.role().id());
        }
        Map<String, FoundTerm> old = byTerm(before.keywords().found());
        Map<String, FoundTerm> now = byTerm(after.keywords().found());
        List<TermChange> gained = new ArrayList<>();
        List<TermChange> upgraded = new ArrayList<>();
        List<TermChange> downgraded = new ArrayList<>();
        Set<Integer> achievementsNow = achievementLines(after);
        for (FoundTerm t : now.values()) {
            FoundTerm was = old.get(t.term());
            if (was == null) {
                gained.add(change(t, null, t, achievementsNow));
            } else if (t.evidence().betterThan(was.evidence())) {
                upgraded.add(change(t, was, t, achievementsNow));
            } else if (was.evidence().betterThan(t.evidence())) {
                downgraded.add(change(t, was, t, achievementsNow));
            }
        }
        Set<Integer> achievementsBefore = achievementLines(before);
        List<TermChange> lost = old.values().stream().filter(t -> !now.containsKey(t.term()))
                .map(t -> change(t, t, null, achievementsBefore)).toList();
        Comparator<TermChange> order = Comparator.comparing((TermChange c) -> !"essential".equals(c.importance()))
                .thenComparing(TermChange::term, String.CASE_INSENSITIVE_ORDER);

        List<LinePair> pairs = pairLines(before.lines(), after.lines());
        List<LineChange> becameAchievements = new ArrayList<>();
        List<LineChange> lostResults = new ArrayList<>();
        for (LinePair p : pairs) {
            if (p.before().kind() == LineKind.RESPONSIBILITY && p.after().kind() == LineKind.ACHIEVEMENT) {
                becameAchievements.add(lineChange(p));
            } else if (p.before().kind() == LineKind.ACHIEVEMENT && p.after().kind() == LineKind.RESPONSIBILITY) {
                lostResults.add(lineChange(p));
            }
        }

        Map<String, CheckResult> oldChecks = new LinkedHashMap<>();
        before.checks().forEach(c -> oldChecks.putIfAbsent(c.id(), c));
        List<CheckChange> fixed = new ArrayList<>();
        List<CheckChange> broken = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (CheckResult c : after.checks()) {
            if (!seen.add(c.id())) {
                continue;
            }
            CheckResult was = oldChecks.get(c.id());
            if (c.passed() && was != null && !was.passed()) {
                fixed.add(new CheckChange(c.id(), c.message()));
            } else if (!c.passed() && (was == null || was.passed())) {
                broken.add(new CheckChange(c.id(), c.message()));
            }
        }

        Set<String> missingBefore = new HashSet<>();
        before.keywords().missing().forEach(m -> missingBefore.add(m.term()));
        List<String> stillMissing = after.keywords().missing().stream()
                .filter(m -> "essential".equals(m.importance()) && missingBefore.contains(m.term()))
                .map(MissingTerm::label).toList();

        return new CvComparison(CvComparison.SCHEMA_VERSION, before.file(), after.file(), after.role(),
                Change.of(before.score().overall(), after.score().overall()), parts(before, after),
                matchRate == null ? null : Change.of(matchRate.applyAsInt(before), matchRate.applyAsInt(after)),
                sorted(gained, order), sorted(lost, order), sorted(upgraded, order), sorted(downgraded, order),
                becameAchievements, lostResults, after.lines().size() - pairs.size(),
                before.lines().size() - pairs.size(), fixed, broken, stillMissing);
    }

    private static List<TermChange> sorted(List<TermChange> changes, Comparator<TermChange> order) {
        return changes.stream().sorted(order).toList();
    }

    private static Map<String, FoundTerm> byTerm(List<FoundTerm> found) {
        Map<String, FoundTerm> out = new LinkedHashMap<>();
        found.forEach(f -> out.putIfAbsent(f.term(), f));
        return out;
    }

    private static Set<Integer> achievementLines(CvAnalysis a) {
        Set<Integer> out = new HashSet<>();
        a.lines().stream().filter(l -> l.kind() == LineKind.ACHIEVEMENT).forEach(l -> out.add(l.line()));
        return out;
    }

    /**
     * The change of one term, quoting the words that earn its evidence in the version that has it: for a term in an
     * achievement, its match on an achievement line rather than its first mention.
     */
    private static TermChange change(FoundTerm t, FoundTerm was, FoundTerm now, Set<Integer> achievementLines) {
        FoundTerm shown = now != null ? now : was;
        CvAnalysis.Match m = shown.matches().stream()
                .filter(x -> shown.evidence() != Evidence.ACHIEVEMENT || achievementLines.contains(x.line()))
                .findFirst().orElse(shown.matches().isEmpty() ? null : shown.matches().get(0));
        return new TermChange(t.term(), t.competency(), t.importance(), was == null ? null : was.evidence(),
                now == null ? null : now.evidence(), m == null ? null : m.text(), m == null ? 0 : m.line());
    }

    private static List<PartChange> parts(CvAnalysis before, CvAnalysis after) {
        Map<String, ScorePart> old = new LinkedHashMap<>();
        before.score().parts().forEach(p -> old.put(p.id(), p));
        List<PartChange> out = new ArrayList<>();
        for (ScorePart p : after.score().parts()) {
            ScorePart was = old.get(p.id());
            out.add(new PartChange(p.id(), p.label(), was == null ? 0 : was.points(), p.points(), p.max()));
        }
        return out;
    }

    private static LineChange lineChange(LinePair p) {
        return new LineChange(p.before().line(), p.before().text(), p.after().line(), p.after().text(),
                p.after().quantified());
    }

    record LinePair(LineResult before, LineResult after) {
    }

    /** The counterparts of the old lines among the new, best-matching first, each line at most once. */
    static List<LinePair> pairLines(List<LineResult> before, List<LineResult> after) {
        List<Set<String>> oldWords = before.stream().map(l -> words(l.text())).toList();
        List<Set<String>> newWords = after.stream().map(l -> words(l.text())).toList();
        record Candidate(int i, int j, int percent) {
        }
        // Best first; among equals, the pair nearest in place (a repeated line pairs with its own copy), then by
        // position, so the result never depends on the sort's stability.
        Comparator<Candidate> best = Comparator.comparingInt(Candidate::percent).reversed()
                .thenComparingInt(c -> Math.abs(c.i() - c.j())).thenComparingInt(Candidate::i)
                .thenComparingInt(Candidate::j);
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < before.size(); i++) {
            WorkBudget.check();
            List<Candidate> mine = new ArrayList<>();
            for (int j = 0; j < after.size(); j++) {
                int percent = Objects.equals(before.get(i).text(), after.get(j).text()) ? 100
                        : dicePercent(oldWords.get(i), newWords.get(j));
                if (percent >= SAME_LINE_PERCENT) {
                    mine.add(new Candidate(i, j, percent));
                }
            }
            // A line repeated many times would make candidates grow with the square of the lines: keep each
            // old line's best few.
            mine.sort(best);
            candidates.addAll(mine.subList(0, Math.min(MAX_CANDIDATES, mine.size())));
        }
        candidates.sort(best);
        boolean[] oldUsed = new boolean[before.size()];
        boolean[] newUsed = new boolean[after.size()];
        List<Candidate> taken = new ArrayList<>();
        for (Candidate c : candidates) {
            if (!oldUsed[c.i()] && !newUsed[c.j()]) {
                oldUsed[c.i()] = true;
                newUsed[c.j()] = true;
                taken.add(c);
            }
        }
        taken.sort(Comparator.comparingInt(Candidate::j));
        return taken.stream().map(c -> new LinePair(before.get(c.i()), after.get(c.j()))).toList();
    }

    /** Lower-cased words of three or more letters or digits. */
    static Set<String> words(String text) {
        Set<String> out = new HashSet<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() >= 3) {
                out.add(w);
            }
        }
        return out;
    }

    static int dicePercent(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int common = 0;
        for (String w : a) {
            if (b.contains(w)) {
                common++;
            }
        }
        return (int) Math.round(200.0 * common / (a.size() + b.size()));
    }
}

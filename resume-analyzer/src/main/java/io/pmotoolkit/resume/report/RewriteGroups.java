package io.pmotoolkit.resume.report;

import io.pmotoolkit.core.result.CvAnalysis;
import io.pmotoolkit.core.result.CvAnalysis.FoundTerm;
import io.pmotoolkit.core.result.CvAnalysis.LineResult;
import io.pmotoolkit.core.result.CvAnalysis.Match;
import io.pmotoolkit.core.result.LineKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The experience lines that have a suggested rewrite, grouped by the kind of advice they get, with the
 * few whose rewrite would gain the most put first. The gap report shows those few in full and counts the
 * rest; the Markdown lists every one.
 *
 * {@snippet :
 * for (RewriteGroups.Group g : RewriteGroups.groups(analysis.lines())) {
 *     System.out.println(g.kind().title() + ": " + g.entries().size());
 * }
 * List<RewriteGroups.Entry> first = RewriteGroups.strongest(analysis, 5);
 * }
 *
 * <p>A line written twice with the same words, whatever its punctuation (a work history repeated further down,
 * the same bullet under two roles) is one entry with both line numbers. Pure functions; stateless and thread-safe.
 */
public final class RewriteGroups {

    /** The kind of advice a line gets, in the order the report shows the groups. */
    public enum Kind {
        /** A duty: the line says what the job was, not what changed. */
        DUTY("Duties to turn into results",
                "Lead with what changed, by how much and for whom; keep the duty as the means."),
        /** A result with nothing to show its size. */
        NO_NUMBER("Results without a number",
                "Add the size of the result: a percentage, an amount, time saved or a count."),
        /** A result with a number that opens weakly ("Helped", "Involved in"). */
        WEAK_OPENING("Results that open weakly",
                "Open with your own action verb and say which part was yours."),
        /**
         * A line no safe sentence could be built from (a heading, a title, a skills list, bullets run together,
         * part of a sentence): its suggestion says what to do instead, and it is never shown as a rewrite.
         */
        GUIDANCE("Lines to look at again",
                "Not one duty or result the tool could rewrite safely; the note beside each says what to do.");

        private final String title;
        private final String advice;

        Kind(String title, String advice) {
            this.title = title;
            this.advice = advice;
        }

        /** The group's name for people. */
        public String title() {
            return title;
        }

        /** The group's advice in one sentence. */
        public String advice() {
            return advice;
        }

        static Kind of(LineResult l) {
            if (l.advice() == LineResult.Advice.GUIDANCE) {
                return GUIDANCE;
            }
            if (l.kind() != LineKind.ACHIEVEMENT) {
                return DUTY;
            }
            return l.quantified() ? WEAK_OPENING : NO_NUMBER;
        }
    }

    /**
     * One line with a rewrite.
     *
     * @param line  the line as first written
     * @param lines its line number and those of later lines with the same words, in order
     */
    public record Entry(LineResult line, List<Integer> lines) {
        public Entry {
            lines = List.copyOf(lines);
        }

        public Kind kind() {
            return Kind.of(line);
        }
    }

    /**
     * The lines of one kind of advice, in CV order.
     *
     * @param kind    the advice
     * @param entries its lines
     */
    public record Group(Kind kind, List<Entry> entries) {
        public Group {
            entries = List.copyOf(entries);
        }

        /** Every line number of the group, repeats included, in order, each once. */
        public List<Integer> lineNumbers() {
            return entries.stream().flatMap(e -> e.lines().stream()).distinct().sorted().toList();
        }
    }

    private RewriteGroups() {
    }

    /** Every line with a suggestion, one entry per distinct text, in CV order. */
    public static List<Entry> entries(List<LineResult> lines) {
        Map<String, List<Integer>> numbers = new LinkedHashMap<>();
        Map<String, LineResult> first = new HashMap<>();
        for (LineResult l : lines) {
            if (l.suggestion() == null || l.suggestion().isBlank()) {
                continue;
            }
            // the same words whatever the punctuation and spacing ("...requirements" and "...requirements.")
            String key = l.text().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
            first.putIfAbsent(key, l);
            List<Integer> n = numbers.computeIfAbsent(key, k -> new ArrayList<>());
            if (!n.contains(l.line())) {
                n.add(l.line());
            }
        }
        List<Entry> out = new ArrayList<>();
        numbers.forEach((key, n) -> out.add(new Entry(first.get(key), n)));
        return out;
    }

    /** The entries grouped by kind of advice, groups in {@link Kind} order, empty groups left out. */
    public static List<Group> groups(List<LineResult> lines) {
        Map<Kind, List<Entry>> by = new EnumMap<>(Kind.class);
        for (Entry e : entries(lines)) {
            by.computeIfAbsent(e.kind(), k -> new ArrayList<>()).add(e);
        }
        List<Group> out = new ArrayList<>();
        by.forEach((k, v) -> out.add(new Group(k, v)));
        return out;
    }

    /**
     * The {@code n} entries whose rewrite would gain the most: a line that uses the role's terms gains
     * evidence for each when it states a result (an essential term counts twice), and a duty that becomes a
     * result also raises the share of lines that state one. The best line of each kind of advice comes in
     * first, so the few shown in full teach every kind; the rest go by gain. Ties go to the line nearer the
     * top of the CV (usually the latest role). Lines with guidance instead of a rewrite are never among them.
     * In order of gain.
     */
    public static List<Entry> strongest(CvAnalysis a, int n) {
        Map<Integer, Integer> termValue = new HashMap<>();
        for (FoundTerm f : a.keywords().found()) {
            int value = GapRanking.essential(f.importance()) ? 2 : 1;
            f.matches().stream().map(Match::line).distinct()
                    .forEach(line -> termValue.merge(line, value, Integer::sum));
        }
        Comparator<Entry> byGain = Comparator.comparingInt(
                (Entry e) -> -(termValue.getOrDefault(e.line().line(), 0) + (e.kind() == Kind.DUTY ? 1 : 0)))
                .thenComparingInt(e -> e.line().line());
        // only a rewrite is shown in full: guidance is counted with its group
        List<Entry> all = new ArrayList<>(entries(a.lines()).stream().filter(e -> e.kind() != Kind.GUIDANCE).toList());
        all.sort(byGain);
        List<Entry> chosen = new ArrayList<>();
        for (Kind k : Kind.values()) {
            all.stream().filter(e -> e.kind() == k).findFirst().filter(e -> chosen.size() < n).ifPresent(chosen::add);
        }
        for (Entry e : all) {
            if (chosen.size() >= n) {
                break;
            }
            if (!chosen.contains(e)) {
                chosen.add(e);
            }
        }
        chosen.sort(byGain);
        return List.copyOf(chosen);
    }
}

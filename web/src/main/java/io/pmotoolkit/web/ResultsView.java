package io.pmotoolkit.web;

import io.pmotoolkit.app.CvRun;
import io.pmotoolkit.core.result.CvAnalysis;
import io.pmotoolkit.core.result.CvAnalysis.CompetencyCoverage;
import io.pmotoolkit.core.result.CvAnalysis.FoundTerm;
import io.pmotoolkit.core.result.CvAnalysis.LineResult;
import io.pmotoolkit.core.result.CvAnalysis.Match;
import io.pmotoolkit.core.result.CvAnalysis.MissingTerm;
import io.pmotoolkit.core.result.Evidence;
import io.pmotoolkit.core.result.LineKind;
import io.pmotoolkit.resume.read.CvLine;
import io.pmotoolkit.web.view.Views;
import io.pmotoolkit.web.view.Views.Carry;
import io.pmotoolkit.web.view.Views.Rewrite;
import io.pmotoolkit.web.view.Views.Segment;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The results page's view of an analysis: the CV's lines as read, cut where the analysis found its terms (each
 * with the grade of that match) and flagged where it offers a rewrite, and the missing terms grouped by
 * competency. Only places what the analysis found; it finds nothing itself.
 */
final class ResultsView {

    private ResultsView() {
    }

    static Views.Results of(String csrf, CvRun.Analysed read, Carry carry) {
        CvAnalysis a = read.analysis();
        List<CvLine> docLines = read.document().lines();
        List<List<Mark>> marks = new ArrayList<>();
        List<List<Rewrite>> rewrites = new ArrayList<>();
        for (int i = 0; i < docLines.size(); i++) {
            marks.add(new ArrayList<>());
            rewrites.add(new ArrayList<>());
        }
        for (FoundTerm f : a.keywords().found()) {
            for (Match m : f.matches()) {
                if (m.line() >= 1 && m.line() <= docLines.size()) {
                    Evidence grade = m.evidence() != null ? m.evidence() : f.evidence();
                    marks.get(m.line() - 1).add(new Mark(m.text(), f.term(), grade));
                }
            }
        }
        for (LineResult l : a.lines()) {
            if (l.kind() == LineKind.RESPONSIBILITY && l.suggestion() != null && l.line() >= 1
                    && l.line() <= docLines.size()) {
                LineResult.SuggestionParts p = l.suggestionParts();
                rewrites.get(l.line() - 1).add(new Rewrite(p.instruction(), p.rewrite(), p.after()));
            }
        }
        List<Views.CvLine> lines = new ArrayList<>();
        StringBuilder ats = new StringBuilder();
        for (int i = 0; i < docLines.size(); i++) {
            CvLine line = docLines.get(i);
            lines.add(new Views.CvLine(i + 1, segments(line.text(), marks.get(i)), List.copyOf(rewrites.get(i)),
                    line.heading()));
            ats.append(line.text()).append('\n');
        }
        return new Views.Results(csrf, a, lines, missing(a), ats.toString(), carry);
    }

    /** A found term's words on a line. */
    record Mark(String text, String term, Evidence grade) {
    }

    /** A span of a line. */
    private record Span(int start, int end, Mark mark) {
    }

    /** The line cut into plain text and marks: each match placed at its words' first free occurrence. */
    static List<Segment> segments(String text, List<Mark> marks) {
        String lower = text.toLowerCase(Locale.ROOT);
        List<Span> spans = new ArrayList<>();
        List<Mark> longestFirst = new ArrayList<>(marks);
        longestFirst.sort(Comparator.comparingInt((Mark m) -> -m.text().length()));
        for (Mark m : longestFirst) {
            String want = m.text().toLowerCase(Locale.ROOT);
            if (want.isEmpty()) {
                continue;
            }
            int from = 0;
            while (true) {
                int at = lower.indexOf(want, from);
                if (at < 0) {
                    break;
                }
                int end = at + want.length();
                if (spans.stream().noneMatch(s -> s.start() < end && at < s.end())) {
                    spans.add(new Span(at, end, m));
                    break;
                }
                from = at + 1;
            }
        }
        spans.sort(Comparator.comparingInt(Span::start));
        List<Segment> out = new ArrayList<>();
        int pos = 0;
        for (Span s : spans) {
            if (s.start() > pos) {
                out.add(new Segment(text.substring(pos, s.start()), null, null));
            }
            out.add(new Segment(text.substring(s.start(), s.end()), s.mark().grade().name().toLowerCase(Locale.ROOT),
                    s.mark().term()));
            pos = s.end();
        }
        if (pos < text.length() || out.isEmpty()) {
            out.add(new Segment(text.substring(pos), null, null));
        }
        return out;
    }

    /** The missing terms by competency, in the order of the role's competencies. */
    private static List<Views.MissingGroup> missing(CvAnalysis a) {
        Map<String, String> names = new LinkedHashMap<>();
        for (CompetencyCoverage c : a.competencies()) {
            names.put(c.id(), c.name());
        }
        Map<String, List<MissingTerm>> byCompetency = new LinkedHashMap<>();
        for (String id : names.keySet()) {
            byCompetency.put(id, new ArrayList<>());
        }
        for (MissingTerm m : a.keywords().missing()) {
            byCompetency.computeIfAbsent(m.competency(), k -> new ArrayList<>()).add(m);
        }
        List<Views.MissingGroup> groups = new ArrayList<>();
        byCompetency.forEach((id, terms) -> {
            if (!terms.isEmpty()) {
                groups.add(new Views.MissingGroup(names.getOrDefault(id, id), List.copyOf(terms)));
            }
        });
        return groups;
    }
}

package io.pmotoolkit.report;

import io.pmotoolkit.core.result.CvAnalysis;
import io.pmotoolkit.resume.report.Quote;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks on a gap report's text as PDFBox reads it back: that quotes of the CV stay short. Shared by
 * {@link GapReportTest} and {@link ReportCorpusTest}.
 */
final class ReportReading {

    /** A quote in the report: between curly double quotes (the report keeps them for the CV's own words). */
    private static final Pattern CURLY = Pattern.compile("\u201C([^\u201C\u201D]*)\u201D");
    /** A line break at a hyphen reads back as "multi- trade": one extra character a line. */
    private static final int BREAK_SLACK = 2;

    private ReportReading() {
    }

    /** Every span between curly quotes, white space made single, longer than the limit. */
    static List<String> longCurlyQuotes(String pdfText) {
        List<String> out = new ArrayList<>();
        Matcher m = CURLY.matcher(pdfText.replaceAll("\\s+", " "));
        while (m.find()) {
            if (m.group(1).length() > Quote.MAX + BREAK_SLACK) {
                out.add(m.group(1));
            }
        }
        return out;
    }

    /**
     * Passages of the CV's own words longer than the limit that the report prints outside its rewrites:
     * any {@code Quote.MAX + 1} letters in a row (white space ignored on both sides, so line breaks do not
     * hide a match) of a CV text that also stand in the report once the rewrites shown are taken out.
     *
     * @param cvTexts the CV's lines, joined bullets and any other text the report may quote
     */
    static List<String> longPassages(String pdfText, CvAnalysis a, List<String> cvTexts) {
        String report = squeeze(pdfText);
        for (var l : a.lines()) {
            if (l.suggestion() != null) {
                report = report.replace(squeeze(l.suggestion()), "\u0000");
            }
        }
        int w = Quote.MAX + 1;
        Set<String> windows = new HashSet<>();
        for (int i = 0; i + w <= report.length(); i++) {
            windows.add(report.substring(i, i + w));
        }
        List<String> out = new ArrayList<>();
        for (String text : cvTexts) {
            String t = squeeze(text);
            for (int i = 0; i + w <= t.length(); i++) {
                if (windows.contains(t.substring(i, i + w))) {
                    out.add(text);
                    break;
                }
            }
        }
        return out;
    }

    private static String squeeze(String s) {
        return s.replaceAll("\\s+", "");
    }
}

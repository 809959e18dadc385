package io.pmotoolkit.resume.checks;

import io.pmotoolkit.resume.read.CvDocument;
import io.pmotoolkit.resume.read.CvLine;
import io.pmotoolkit.resume.read.DocumentFormat;
import io.pmotoolkit.resume.read.LineOrigin;
import io.pmotoolkit.resume.sections.NumberedLine;
import io.pmotoolkit.resume.sections.Section;
import io.pmotoolkit.resume.sections.SectionKind;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Builds CV documents and sections by hand for the check tests. */
final class CvFixtures {

    /** Mid-November 2026, so "Present" is 2026-11. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-15T12:00:00Z"), ZoneOffset.UTC);

    private final List<CvLine> lines = new ArrayList<>();
    private final List<Section> sections = new ArrayList<>();
    private SectionKind kind = SectionKind.HEADER;
    private String heading = "";
    private List<NumberedLine> current = new ArrayList<>();
    private int pages = 1;

    static CvFixtures cv() {
        return new CvFixtures();
    }

    /** Starts a new section; the heading itself takes a line. */
    CvFixtures section(SectionKind newKind, String newHeading) {
        close();
        lines.add(new CvLine(newHeading, 1, false, true, LineOrigin.BODY));
        kind = newKind;
        heading = newHeading;
        return this;
    }

    CvFixtures line(String text) {
        return line(text, LineOrigin.BODY);
    }

    CvFixtures line(String text, LineOrigin origin) {
        lines.add(new CvLine(text, 1, false, false, origin));
        current.add(new NumberedLine(lines.size(), lines.getLast()));
        return this;
    }

    /** Adds a line of n filler words. */
    CvFixtures words(int n) {
        return line("word ".repeat(n).strip());
    }

    CvFixtures pages(int n) {
        pages = n;
        return this;
    }

    private void close() {
        if (!current.isEmpty() || kind != SectionKind.HEADER) {
            sections.add(new Section(kind, heading, current));
        }
        current = new ArrayList<>();
    }

    /** A built CV: the document and its sections. */
    record Cv(CvDocument doc, List<Section> sections) {
    }

    /** Builds the CV; call once. */
    Cv build() {
        close();
        return new Cv(new CvDocument("cv.txt", DocumentFormat.TXT, lines, pages, List.of()), List.copyOf(sections));
    }
}

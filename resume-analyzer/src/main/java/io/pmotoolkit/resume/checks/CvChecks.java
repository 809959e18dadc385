package io.pmotoolkit.resume.checks;

import io.pmotoolkit.core.result.CheckResult;
import io.pmotoolkit.resume.read.ContactPatterns;
import io.pmotoolkit.resume.read.CvDocument;
import io.pmotoolkit.resume.read.CvLine;
import io.pmotoolkit.resume.read.LineOrigin;
import io.pmotoolkit.resume.sections.NumberedLine;
import io.pmotoolkit.resume.sections.Section;
import io.pmotoolkit.resume.sections.SectionKind;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The basic checks a recruiter or an applicant tracking system makes of any CV: contact details,
 * standard headings, length, date style, years of experience and gaps.
 *
 * <p>Results come in a stable order with stable ids: {@code email}, {@code phone}, {@code linkedin},
 * {@code headings}, {@code length}, {@code date-format}, {@code experience-years}, {@code employment-gaps}.
 * Each message is one plain sentence that says what to do when the check fails.
 *
 * {@snippet :
 * List<CheckResult> results = new CvChecks(Clock.systemDefaultZone()).run(document, sections);
 * }
 *
 * <p>Thread-safe: immutable; the clock is only read.
 */
public final class CvChecks {

    /** Fewest and most words for a CV that passes the length check. */
    public static final int MIN_WORDS = 300;
    public static final int MAX_WORDS = 1_200;
    /** Most pages for a CV that passes the length check. */
    public static final int MAX_PAGES = 3;
    /** Contact details within this many lines of the top count as "at the top". */
    private static final int TOP_LINES = 8;
    private static final List<SectionKind> REQUIRED = List.of(SectionKind.EXPERIENCE, SectionKind.EDUCATION,
            SectionKind.SKILLS);
    private static final Set<LineOrigin> OFTEN_SKIPPED = EnumSet.of(LineOrigin.HEADER, LineOrigin.FOOTER,
            LineOrigin.TEXT_BOX);

    private final Clock clock;

    /**
     * @param clock where "now" comes from, for ongoing roles
     */
    public CvChecks(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Runs every check.
     *
     * @param doc      the CV as read
     * @param sections its sections
     * @return one result per check, in the order given in the class doc
     */
    public List<CheckResult> run(CvDocument doc, List<Section> sections) {
        return run(doc, sections, ExperienceTimeline.of(Objects.requireNonNull(sections, "sections"), clock));
    }

    /** As {@link #run(CvDocument, List)}, with the timeline already worked out from the same sections. */
    public List<CheckResult> run(CvDocument doc, List<Section> sections, Timeline timeline) {
        Objects.requireNonNull(doc, "doc");
        Objects.requireNonNull(sections, "sections");
        Objects.requireNonNull(timeline, "timeline");
        List<CheckResult> results = new ArrayList<>();
        results.add(contact(doc, sections, "email", "Email address", ContactPatterns::email,
                "No email address found: add one at the top of the CV."));
        results.add(contact(doc, sections, "phone", "Phone number", ContactPatterns::phone,
                "No phone number found: add one next to your email at the top of the CV."));
        results.add(contact(doc, sections, "linkedin", "LinkedIn address",
                ContactPatterns::linkedin,
                "No LinkedIn profile address found: add linkedin.com/in/your-name next to your email."));
        results.add(headings(sections));
        results.add(length(doc));
        results.add(TimelineChecks.dateFormat(timeline));
        results.add(TimelineChecks.experienceYears(timeline));
        results.add(TimelineChecks.gaps(timeline));
        return List.copyOf(results);
    }

    private static CheckResult contact(CvDocument doc, List<Section> sections, String id, String what,
                                       Function<String, Optional<String>> finder, String missing) {
        List<CvLine> lines = doc.lines();
        for (int i = 0; i < lines.size(); i++) {
            CvLine line = lines.get(i);
            if (finder.apply(line.text()).isPresent()) {
                int number = i + 1;
                String where = where(number, sections);
                if (OFTEN_SKIPPED.contains(line.origin())) {
                    return new CheckResult(id, true, what + " found only in a page " + origin(line.origin())
                            + " (line " + number + "), which some applicant tracking systems skip:"
                            + " repeat it in the body at the top.");
                }
                if (number > TOP_LINES && line.origin() == LineOrigin.SIDEBAR) {
                    // a two-column CV: the side column is read after the main one, so its line number is late
                    return new CheckResult(id, true, what + " found in the side column (line " + number + "), which"
                            + " is read after the main column: some applicant tracking systems do the same, so also"
                            + " put it under your name.");
                }
                if (number > TOP_LINES && !where.equals("the header")) {
                    return new CheckResult(id, true, what + " found on line " + number + " in " + where
                            + ": move it to the top so it is seen first.");
                }
                return new CheckResult(id, true, what + " found at the top of the CV (line " + number + ").");
            }
        }
        return new CheckResult(id, false, missing);
    }

    private static String origin(LineOrigin origin) {
        return origin == LineOrigin.TEXT_BOX ? "text box" : origin.name().toLowerCase(Locale.ROOT);
    }

    private static String where(int lineNumber, List<Section> sections) {
        for (Section s : sections) {
            for (NumberedLine l : s.lines()) {
                if (l.number() == lineNumber) {
                    return s.kind() == SectionKind.HEADER ? "the header" : "the " + s.heading().strip() + " section";
                }
            }
        }
        return "the CV";
    }

    private static CheckResult headings(List<Section> sections) {
        Set<SectionKind> present = sections.stream().map(Section::kind)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(SectionKind.class)));
        List<String> missing = REQUIRED.stream().filter(k -> !present.contains(k)).map(CvChecks::title).toList();
        if (missing.isEmpty()) {
            return new CheckResult("headings", true, "Standard Experience, Education and Skills headings found.");
        }
        return new CheckResult("headings", false, "Add the standard " + (missing.size() == 1 ? "heading " : "headings ")
                + Messages.and(missing) + ", which recruiters and applicant tracking systems look for by name.");
    }

    private static String title(SectionKind kind) {
        String id = kind.id();
        return Character.toUpperCase(id.charAt(0)) + id.substring(1);
    }

    private static CheckResult length(CvDocument doc) {
        int words = doc.wordCount();
        int pages = doc.pages();
        String onPages = " on " + pages + (pages == 1 ? " page" : " pages");
        if (words < MIN_WORDS) {
            return new CheckResult("length", false, "The CV has only " + Messages.number(words) + " words: add about "
                    + Messages.number(MIN_WORDS - words) + ", such as a result under each recent role"
                    + " (aim for 300–1,200 words).");
        }
        if (words > MAX_WORDS) {
            return new CheckResult("length", false, "The CV has " + Messages.number(words) + " words" + onPages
                    + ": cut about " + Messages.number(words - MAX_WORDS) + ", starting with older roles and duty"
                    + " lists (aim for at most 1,200 words and 3 pages).");
        }
        if (pages > MAX_PAGES) {
            return new CheckResult("length", false, "The CV runs to " + pages + " pages: bring it down to 3 by"
                    + " shortening older roles and tightening the layout.");
        }
        return new CheckResult("length", true, "The CV has " + Messages.number(words) + " words" + onPages
                + ", within 300–1,200 words and 3 pages.");
    }
}

package io.pmotoolkit.resume.structure;

import io.pmotoolkit.resume.checks.DateRange;
import io.pmotoolkit.resume.checks.DateRangeParser;
import io.pmotoolkit.resume.checks.DateStyle;
import io.pmotoolkit.resume.sections.NumberedLine;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the dated entries of one section (roles of an experience section, projects, volunteering) from
 * their header lines: the short lines around a date range, before the entry's bullets.
 *
 * <p>The layouts read: "Title — Employer" over the dates; "Employer | Title | Place | dates" on one line;
 * dates first with the title and employer below; LinkedIn's employer banner (employer, its total
 * duration, then each title with its dates and place); "Title at Employer". A part that holds a job-title
 * word is the title, a part with an employer word ("Ltd", "University", "Council") the employer, a place
 * the location; with no such words the first part is the title and the next the employer.
 *
 * <p>Thread-safe: stateless apart from the vocabulary, which is immutable.
 */
final class RoleReader {

    /** Lines of a header block before the dates, at most. */
    private static final int LINES_BEFORE = 3;
    /** Lines after the dates that can still belong to the header, at most. */
    private static final int LINES_AFTER = 2;
    /**
     * Lines longer than this are never a header or dates line (the longest in the corpus is about 180): a
     * line of thousands of commas or bars with no space would otherwise count as a few words and be split
     * into thousands of parts.
     */
    private static final int MAX_HEADER_CHARS = 300;
    private static final Pattern AT = Pattern.compile("\\s+(?:at|@)\\s+");
    private static final Pattern LEFTOVER = Pattern.compile("(?i)^(?:from|since|dates?|period|duration|till|to)$");
    /** A full stop between fields: "Data Services Intern, Brightex. Dayton, Ohio" (not "Sr. Engineer", "Inc. London"). */
    private static final Pattern FULL_STOP = Pattern.compile("(?<=\\p{Ll}{4})\\.\\s+(?=\\p{Lu})");
    /** The alt text of a logo image, pasted with a LinkedIn page: "The Walt Disney Company logo". */
    private static final Pattern LOGO = Pattern.compile("(?i)\\s+logo\\b");
    /** One or two capitalised words: a town's name. */
    private static final Pattern TOWN = Pattern.compile("\\p{Lu}[\\p{L}.'’-]+(?:\\s+\\p{Lu}[\\p{L}.'’-]+)?");
    private static final DateRangeParser PARSER = new DateRangeParser();

    private final CvVocabulary vocabulary;
    private final SentenceRoles sentences;

    RoleReader(CvVocabulary vocabulary) {
        this.vocabulary = vocabulary;
        this.sentences = new SentenceRoles(vocabulary);
    }

    /**
     * A dated entry as read.
     *
     * @param title        the title, or null
     * @param organisation the employer or organisation, or null
     * @param location     the place, or null
     * @param range        the dates, or null when the entry has none
     * @param single       whether the dates are one date ("Summer 2022"), not a range
     * @param line         the line number of the dates; for a role without dates beside its title, of its first
     *                     header line
     * @param headerLines  the line numbers of the entry's header block (not statements about the work)
     * @param warnings     what the reader was unsure of
     * @param labelled     whether the entry was read from labelled fields ("company - …", "Role: …"), whose
     *                     title may be a project's role: a "Title - Employer" line elsewhere in the CV is surer
     */
    record Entry(String title, String organisation, String location, DateRange range, boolean single, int line,
                 List<Integer> headerLines, List<String> warnings, boolean labelled, boolean present) {

        Entry(String title, String organisation, String location, DateRange range, boolean single, int line,
              List<Integer> headerLines, List<String> warnings) {
            this(title, organisation, location, range, single, line, headerLines, warnings, false, false);
        }

        /** The same entry with the title a "Title - Employer" line gives, its line a header line too. */
        Entry withTitle(String newTitle, int titleLine) {
            return with(newTitle, organisation, range, present, titleLine);
        }

        /**
         * The same entry with these fields (a sentence's: "Worked with Acme as Sales Manager (2017 to 2018)"), the
         * line they came from a header line too when not negative.
         */
        Entry with(String newTitle, String newOrganisation, DateRange newRange, boolean held, int fieldLine) {
            List<Integer> lines = new ArrayList<>(headerLines);
            if (fieldLine >= 0) {
                lines.add(fieldLine);
            }
            return new Entry(newTitle, newOrganisation, location, newRange, single, line, List.copyOf(lines),
                    newTitle == null ? warnings : warnings.stream().filter(w -> !w.startsWith("No job title")).toList(),
                    labelled, held);
        }
    }

    /**
     * A role written without dates beside its title: the header lines before the first bullet, when one of
     * them holds a job-title word, and either the section has no dates at all (a CV that dates nothing, a
     * template) or the role's dates stand in its first bullets (a right-hand date column read into them).
     */
    private Entry undated(List<NumberedLine> lines, List<Integer> pending, List<List<DateRange>> ranges, Kind[] kinds,
                          int body, boolean anyDates) {
        if (pending.isEmpty()) {
            return null;
        }
        // only a statement's dates: a dates line just below is the next role's header
        DateRange range = null;
        for (int k = body; k < Math.min(lines.size(), body + 2) && kinds[k] == Kind.BODY && range == null; k++) {
            range = ranges.get(k).isEmpty() ? null : ranges.get(k).get(0);
        }
        if (anyDates && range == null) {
            return null;
        }
        List<Integer> header = new ArrayList<>(pending.subList(Math.max(0, pending.size() - 2), pending.size()));
        header.removeIf(k -> lines.get(k).text().strip().endsWith(":"));
        if (header.isEmpty()) {
            return null;
        }
        Fields f = fields(lines, header, ranges);
        if (f.title == null || f.titleGuessed || !vocabulary.endsWithTitleWord(f.title)) {
            return null;
        }
        int at = lines.get(header.get(0)).number();
        return new Entry(f.title, f.organisation, f.location, range, false, at,
                header.stream().map(k -> lines.get(k).number()).toList(), List.copyOf(f.warnings));
    }

    private static final Pattern SINGLE_DATE = Pattern.compile(
            "(?i)(?:^|\\s*[|,–—·•]\\s*|\\s+-\\s+|\\s{3,})(?<date>(?:(?<season>spring|summer|autumn|fall|winter)\\s+"
                    + "|(?<month>" + DateRangeParser.MONTH + ")\\.?\\s+)?(?<year>(?:19|20)\\d{2}))\\s*$");

    /**
     * One date at the end of a header line ("Software Engineer Intern | Summer 2022"), as a range of itself. A
     * month is a month's name or its abbreviation: "Novartis 2019" is the year 2019, not November.
     */
    private static DateRange singleDate(String text, YearMonth now) {
        java.util.regex.Matcher m = SINGLE_DATE.matcher(text);
        if (!m.find() || m.start() == 0) {
            return null;
        }
        int year = Integer.parseInt(m.group("year"));
        YearMonth at;
        DateStyle style;
        if (m.group("month") != null) {
            at = YearMonth.of(year, DateRangeParser.monthNumber(m.group("month")));
            style = DateStyle.MONTH_NAME_YEAR;
        } else {
            at = YearMonth.of(year, 1);
            style = DateStyle.YEAR_ONLY;
        }
        if (at.isAfter(now)) {
            return null;
        }
        YearMonth last = style == DateStyle.YEAR_ONLY ? YearMonth.of(year, 12) : at;
        return new DateRange(m.group("date"), at, style, at, style, false, last.isAfter(now) ? now : last);
    }

    private enum Kind { DATES, DURATION, HEADER, BODY }

    /** The dated entries of a section's lines, in order. */
    List<Entry> read(List<NumberedLine> lines, YearMonth now) {
        List<Entry> labelled = labelled(lines, now);
        if (!labelled.isEmpty()) {
            return labelled;
        }
        int n = lines.size();
        Kind[] kinds = new Kind[n];
        List<List<DateRange>> ranges = new ArrayList<>();
        boolean[] single = new boolean[n];
        boolean anyDates = false;
        for (int i = 0; i < n; i++) {
            List<DateRange> r = PARSER.parse(lines.get(i).text(), now);
            if (r.isEmpty() && !lines.get(i).line().bullet() && lines.get(i).text().length() <= MAX_HEADER_CHARS) {
                DateRange one = singleDate(lines.get(i).text(), now);
                if (one != null) {
                    r = List.of(one);
                    single[i] = true;
                }
            }
            ranges.add(r);
            kinds[i] = kind(lines.get(i), r);
            anyDates |= kinds[i] == Kind.DATES;
        }
        // "• Audited the access of" over "locking and unlocking trades": a line that opens with a lower-case word
        // right under a statement is the statement's wrapped tail, not the next role's employer or title
        for (int i = 1; i < n; i++) {
            if (kinds[i] == Kind.HEADER && kinds[i - 1] == Kind.BODY && !lines.get(i).line().heading()
                    && wrappedTail(lines.get(i).text())
                    && lines.get(i).line().page() == lines.get(i - 1).line().page()) {
                kinds[i] = Kind.BODY;
            }
        }
        // "• Google | Mountain View, CA" over "Software Engineer | Oct 2016 – Present": an employer line set as a
        // list item (some templates mark each role so) is a header when its role's dates follow
        for (int i = 0; i + 1 < n; i++) {
            String text = lines.get(i).text().strip();
            if (kinds[i] == Kind.BODY && lines.get(i).line().bullet() && kinds[i + 1] == Kind.DATES
                    && text.length() <= MAX_HEADER_CHARS && words(text) <= 8 && !text.endsWith(".") && !text.contains(": ")
                    && (text.contains(" | ") || Places.trailingPlace(vocabulary, text) != null)
                    && !io.pmotoolkit.core.text.ActionVerbs.isActionVerb(text.split("\\s+")[0])) {
                kinds[i] = Kind.HEADER;
            }
        }
        List<Entry> out = new ArrayList<>();
        List<Integer> pending = new ArrayList<>();
        String banner = null;
        for (int i = 0; i < n; i++) {
            switch (kinds[i]) {
                case HEADER, DURATION -> pending.add(i);
                case BODY -> {
                    Entry undated = undated(lines, pending, ranges, kinds, i, anyDates);
                    if (undated != null) {
                        out.add(undated);
                    }
                    pending.clear();
                }
                case DATES -> {
                    List<Integer> header = new ArrayList<>(pending.subList(Math.max(0, pending.size() - LINES_BEFORE),
                            pending.size()));
                    // a banner is an employer line followed by its total duration (LinkedIn groups roles so)
                    String groupEmployer = null;
                    for (int k = 0; k + 1 < header.size(); k++) {
                        if (kinds[header.get(k + 1)] == Kind.DURATION) {
                            groupEmployer = cleaned(lines.get(header.get(k)).text(), List.of());
                        }
                    }
                    header.add(i);
                    Fields f = fields(lines, header, ranges);
                    boolean ownEmployer = f.organisation != null;
                    if (groupEmployer != null) {
                        banner = groupEmployer;
                    }
                    // lines right after the dates: the title or employer missing above, or the role's place
                    int j = i + 1;
                    int placeLine = -1;
                    Fields below = employerBelow(lines, kinds, j, f);
                    if (below != null) {
                        f = below;
                        header.add(j);
                        j++;
                    }
                    while (j < n && j - i <= LINES_AFTER && kinds[j] == Kind.HEADER
                            && !(j + 1 < n && kinds[j + 1] == Kind.DATES)) {
                        String text = cleaned(lines.get(j).text(), List.of());
                        boolean place = Places.isPlace(vocabulary, text);
                        if (!place && opensBlock(kinds, j) && (kinds[j + 1] == Kind.DURATION || vocabulary.hasEmployerWord(text))) {
                            break;
                        }
                        boolean needed = f.title == null || f.titleGuessed && vocabulary.hasTitleWord(text)
                                || ((f.organisation == null || f.unsplitTitle != null) && banner == null);
                        // under a banner, the line after the dates is the role's place (LinkedIn: "UCSF Mission Bay Campus")
                        boolean bannerPlace = f.location == null && f.title != null && banner != null
                                && !vocabulary.hasTitleWord(text);
                        if (!place && !needed && !bannerPlace) {
                            break;
                        }
                        if (!place && !needed) {
                            placeLine = j;
                        }
                        header.add(j);
                        f = fields(lines, header, ranges);
                        j++;
                    }
                    if (placeLine >= 0 && f.organisationLine == placeLine) {
                        f = f.withPlace(cleaned(lines.get(placeLine).text(), List.of()));
                    }
                    List<String> warnings = new ArrayList<>(f.warnings);
                    String organisation = f.organisation;
                    String title = f.title;
                    if (f.unsplitTitle != null && banner != null && groupEmployer == null) {
                        title = f.unsplitTitle;
                        organisation = null;
                    }
                    if (organisation == null && banner != null) {
                        organisation = banner;
                    } else if (ownEmployer && groupEmployer == null && f.organisationLine < f.titleLine) {
                        banner = organisation;
                    } else if (organisation != null) {
                        banner = groupEmployer;
                    }
                    String location = f.location;
                    out.add(new Entry(title, organisation, location, ranges.get(i).get(0), single[i],
                            lines.get(i).number(), header.stream().map(k -> lines.get(k).number()).toList(),
                            List.copyOf(warnings)));
                    pending.clear();
                    i = j - 1;
                }
            }
        }
        return out;
    }

    /**
     * "Director – IT Operations | November 2010 – May 2012" over "Millennium Entertainment – Los Angeles, CA": when
     * the part read as the employer shares the title's line and has no employer word, and the line right after
     * the dates is a name with its place and no title word, that line is the employer and the part finishes the
     * title. Null when the block is not so.
     */
    private Fields employerBelow(List<NumberedLine> lines, Kind[] kinds, int j, Fields f) {
        if (j >= lines.size() || kinds[j] != Kind.HEADER || j + 1 < lines.size() && kinds[j + 1] == Kind.DATES
                || f.title == null || f.titleGuessed || f.organisation == null || f.organisationLine != f.titleLine
                || f.location != null || vocabulary.hasEmployerWord(f.organisation)) {
            return null;
        }
        List<String> parts = Segments.split(cleaned(lines.get(j).text(), List.of()));
        if (parts.size() != 2 || !(Places.isPlace(vocabulary, parts.get(1)) || Places.looksLikePlace(vocabulary, parts.get(1)))) {
            return null;
        }
        String name = parts.get(0);
        String place = parts.get(1);
        if (words(name) > MAX_FIELD_WORDS || vocabulary.hasTitleWord(name) || Places.isPlace(vocabulary, name)) {
            return null;
        }
        // the title as written through the part: "Director – IT Operations", "Software Engineer II, Payments Platform"
        String raw = lines.get(f.titleLine).text();
        int from = raw.indexOf(f.title);
        int to = from < 0 ? -1 : raw.indexOf(f.organisation, from + f.title.length());
        String title = to < 0 ? f.title + " – " + f.organisation : raw.substring(from, to + f.organisation.length());
        return new Fields(title, f.titleLine, false, name, j, place, f.warnings, null);
    }

    /** Words of a labelled field's value, at most: a longer one is a sentence, not a name or a title. */
    private static final int MAX_VALUE_WORDS = 8;
    /** Lines after an employer's label that may still be the role's own header (dates, title, "At Employer"). */
    private static final int DESCRIPTION_HEADER_LINES = 3;
    /** Words beside a description's dates that can only be a place ("Pune", "Mumbai, India"). */
    private static final int PLACE_WORDS = 3;
    /** Words of a title alone on a line of a form's description, at most. */
    private static final int SHORT_TITLE_WORDS = 5;
    private static final Pattern BULLET_LEAD = Pattern.compile("^[\\s•·*▪➢►✓-]+");
    /** Words of a value short enough that its full stop ends the field, not a sentence. */
    private static final int SHORT_VALUE_WORDS = 4;

    /**
     * The roles of a section written as labelled fields, as form exports and some CVs are: "company - Acme Ltd"
     * opens a role, "Role: ABAP Developer" (the vocabulary's titleLabels) gives its title and "Duration: May 2014
     * - Dec 2015" its dates, each the first under it; the same employer again just below, or an empty one ("company
     * - Na"), goes on with the role above. Empty when no line has an employer's label.
     */
    private List<Entry> labelled(List<NumberedLine> lines, YearMonth now) {
        List<Entry> out = new ArrayList<>();
        String employer = null;
        String title = null;
        DateRange range = null;
        int at = -1;
        List<Integer> header = new ArrayList<>();
        int sinceLabel = 0;
        for (NumberedLine nl : lines) {
            String text = nl.text().strip();
            sinceLabel++;
            if (text.length() > MAX_HEADER_CHARS) {
                continue;
            }
            int label = vocabulary.employerLabelLength(text);
            if (label >= 0) {
                String value = Segments.trim(text.substring(label));
                boolean empty = vocabulary.isEmptyValue(value) || words(value) > MAX_VALUE_WORDS;
                if (employer != null && (empty || sameName(employer, value))) {
                    header.add(nl.number());
                    sinceLabel = 0;
                    continue;
                }
                if (empty) {
                    continue;
                }
                if (employer != null) {
                    out.add(labelledEntry(title, employer, range, at, header));
                }
                employer = value;
                title = null;
                range = null;
                at = nl.number();
                header = new ArrayList<>(List.of(nl.number()));
                sinceLabel = 0;
                continue;
            }
            if (employer == null) {
                continue;
            }
            String field = text.substring(vocabulary.valueLabelLength(text));
            field = field.substring(field.length() - BULLET_LEAD.matcher(field).replaceFirst("").length());
            if (sinceLabel <= DESCRIPTION_HEADER_LINES) {
                // the description's first lines may be the role's own header: "Mumbai   May 2018 to Present",
                // "Network Security Engineer", "• At Acme Infrastructure Bangalore   Sep 2015 - Oct 2016"
                String bare = BULLET_LEAD.matcher(field).replaceFirst("").strip();
                DateRange r = range == null ? SentenceRoles.dates(bare, now) : null;
                SentenceRoles.Found atLine = r == null ? null : sentences.read(bare, now);
                if (atLine != null && atLine.title() == null && atLine.employer() != null && bare.regionMatches(true, 0, "at ", 0, 3)) {
                    employer = atLine.employer();
                    range = r;
                    header.add(nl.number());
                    continue;
                }
                if (r != null && words(bare) - words(r.text()) <= PLACE_WORDS) {
                    range = r;
                    header.add(nl.number());
                    continue;
                }
                if (title == null && r == null && words(bare) <= SHORT_TITLE_WORDS && !bare.contains(",") && !bare.endsWith(".")
                        && !bare.endsWith(":") && vocabulary.endsWithTitleWord(bare) && !vocabulary.hasEmployerWord(bare)) {
                    title = Segments.trim(bare);
                    header.add(nl.number());
                    continue;
                }
            }
            int titleLabel = vocabulary.titleLabelLength(field);
            if (titleLabel > 0) {
                // "Designation - Software Developer.", not "Role: Requirement gathering, gap analysis, support"
                String value = Segments.split(field.substring(titleLabel)).stream().findFirst().orElse("");
                value = value.endsWith(".") && words(value) <= SHORT_VALUE_WORDS ? value.substring(0, value.length() - 1) : value;
                if (!value.isEmpty() && words(value) <= MAX_VALUE_WORDS && !value.endsWith(".") && !value.contains(",")
                        && vocabulary.hasTitleWord(value)) {
                    title = title == null ? value : title;
                    header.add(nl.number());
                }
                continue;
            }
            int datesLabel = vocabulary.datesLabelLength(field);
            if (datesLabel >= 0) {
                // "Duration: Feb 2017 to Till Date", "Duration: 1.5 Months.": a field of the role, not a statement
                String value = field.substring(datesLabel);
                List<DateRange> r = PARSER.parse(value, now);
                if (range == null && !r.isEmpty()) {
                    range = r.get(0);
                }
                if (!r.isEmpty() || words(value) <= SHORT_VALUE_WORDS) {
                    header.add(nl.number());
                }
            }
        }
        if (employer != null) {
            out.add(labelledEntry(title, employer, range, at, header));
        }
        return out;
    }

    private static Entry labelledEntry(String title, String employer, DateRange range, int at, List<Integer> header) {
        List<String> warnings = title == null ? List.of("No job title found for this employer.") : List.of();
        return new Entry(title, employer, null, range, false, at, List.copyOf(header), warnings, true, false);
    }

    /** Whether two names are the same but for case, spacing and the punctuation at their ends ("Pvt. Ltd."). */
    static boolean sameName(String a, String b) {
        return normalName(a).equals(normalName(b));
    }

    /** A name lower-cased, with every run of other characters one space: the key {@link #sameName} compares. */
    static String normalName(String s) {
        return s.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private Kind kind(NumberedLine nl, List<DateRange> ranges) {
        String text = nl.text().strip();
        if (text.length() > MAX_HEADER_CHARS) {
            return Kind.BODY;
        }
        if (Segments.DURATION.matcher(text).matches()) {
            return Kind.DURATION;
        }
        if (!ranges.isEmpty()) {
            String rest = cleaned(text, ranges);
            int words = words(rest);
            boolean sentence = words > 14 && !fieldsOnly(rest) || (rest.endsWith(".") && words > 6);
            if (!sentence && (!nl.line().bullet() || words <= 8)) {
                return Kind.DATES;
            }
            return Kind.BODY;
        }
        if (nl.line().bullet() || vocabulary.isDeclaration(text)) {
            return Kind.BODY;
        }
        String[] tokens = text.split("\\s+");
        int words = tokens.length;
        boolean sentenceEnd = text.endsWith(".") && words > 4;
        // "Estimated and acquired (500) homes damaged by storm": a statement without its bullet, not a header
        if (words >= 4 && (io.pmotoolkit.core.text.ActionVerbs.isOnlyPast(tokens[0]) || statementShape(tokens))) {
            return Kind.BODY;
        }
        return !sentenceEnd && (words <= 12 || nl.line().heading() && words <= 16) ? Kind.HEADER : Kind.BODY;
    }

    /** A first word in lower case only ("locking", "high-contrast"; not "eBay"), as a sentence's wrapped tail opens. */
    private static final Pattern TAIL_LEAD = Pattern.compile("\\p{Ll}[\\p{Ll}'’-]*[,.;:]?");

    private static boolean wrappedTail(String text) {
        String[] tokens = text.strip().split("\\s+", 2);
        return TAIL_LEAD.matcher(tokens[0]).matches();
    }

    private static final Pattern PAST_LEAD = Pattern.compile("\\p{Lu}\\p{Ll}{2,}ed");
    private static final Pattern LOWER_WORD = Pattern.compile("\\p{Ll}.*");

    /**
     * Whether a line reads as a statement by its shape: a first word in "-ed" that no verb list knows
     * ("Estimated", "Brokered") and most of the words after it in lower case, as a sentence is written; a
     * title that starts so ("Registered Nurse, ICU", "Certified Public Accountant") is capitalised.
     */
    private static boolean statementShape(String[] tokens) {
        if (!PAST_LEAD.matcher(tokens[0]).matches()) {
            return false;
        }
        int lower = 0;
        for (int k = 1; k < tokens.length; k++) {
            lower += LOWER_WORD.matcher(tokens[k]).matches() ? 1 : 0;
        }
        return lower * 2 > tokens.length;
    }

    /** Parts of a header line, at most: a longer run of separated parts is a list, not one role's fields. */
    private static final int MAX_FIELDS = 5;
    /** Words of one field, at most: "Hybrid Cloud and Enterprise IT Automation" is a field, a duty is longer. */
    private static final int MAX_FIELD_WORDS = 8;
    /** Words of a header line made only of fields, at most. */
    private static final int MAX_FIELDS_WORDS = 22;

    /**
     * Whether a dated line is only short fields between separators, whatever its length: "Director of IT – Hybrid
     * Cloud and Enterprise IT Automation | March 2019 – November 2021 The Walt Disney Company – Los Angeles, CA"
     * (a DOCX whose employer wraps after a right tab) is a role's header, not a statement.
     */
    private static boolean fieldsOnly(String rest) {
        List<String> parts = Segments.split(rest);
        return parts.size() >= 3 && parts.size() <= MAX_FIELDS && words(rest) <= MAX_FIELDS_WORDS
                && parts.stream().allMatch(p -> words(p) <= MAX_FIELD_WORDS && !p.endsWith("."));
    }

    /** Words with a letter or digit: the bars and commas between parts do not count. */
    private static int words(String text) {
        int n = 0;
        for (String w : text.split("\\s+")) {
            n += w.codePoints().anyMatch(Character::isLetterOrDigit) ? 1 : 0;
        }
        return n;
    }

    /** The line without its date ranges and durations, as parts joined by bars. */
    private String cleaned(String text, List<DateRange> ranges) {
        String t = text;
        for (DateRange r : ranges) {
            t = t.replace(r.text(), " | ");
        }
        t = Segments.cut(t, Segments.DURATION);
        t = LOGO.matcher(t).replaceAll("");
        t = FULL_STOP.matcher(t).replaceAll(" | ");
        t = vocabulary.separatePlaceholders(t);
        StringBuilder sb = new StringBuilder();
        for (String part : Segments.split(t)) {
            if (!LEFTOVER.matcher(part).matches()) {
                sb.append(sb.isEmpty() ? "" : " | ").append(part);
            }
        }
        return sb.toString();
    }

    /**
     * The fields found in a header block.
     *
     * @param unsplitTitle the title as written when its tail after a comma was taken for the employer
     *                     ("Senior Engineer, Payments Core"), else null: with an employer banner above, the
     *                     tail is the team and the whole is the title
     */
    private record Fields(String title, int titleLine, boolean titleGuessed, String organisation, int organisationLine,
                          String location, List<String> warnings, String unsplitTitle) {

        /** The same fields with the employer read as the role's place instead. */
        Fields withPlace(String place) {
            return new Fields(title, titleLine, titleGuessed, null, -1, place, warnings, unsplitTitle);
        }
    }

    /**
     * Whether line j may open the next entry's block: an employer over its total duration (LinkedIn), or over a
     * title line and its dates ("Cytoscape Consortium" / "Vice President" / dates). The caller asks for an
     * employer word in the second case: "UCSF Mission Bay Campus" over a title is the place of the role above.
     */
    private static boolean opensBlock(Kind[] kinds, int j) {
        return j + 1 < kinds.length && kinds[j + 1] == Kind.DURATION
                || j + 2 < kinds.length && kinds[j + 1] == Kind.HEADER && kinds[j + 2] == Kind.DATES;
    }

    private record Part(int line, String text, boolean place, boolean titleWord, boolean employerWord) {
    }

    private Fields fields(List<NumberedLine> lines, List<Integer> header, List<List<DateRange>> ranges) {
        List<Part> parts = new ArrayList<>();
        for (int idx : header) {
            String text = cleaned(lines.get(idx).text(), ranges.get(idx));
            for (String p : Segments.split(text)) {
                addParts(parts, idx, p);
            }
        }
        // the last part of a line shaped like "Town, Country" (or two such joined by "&") is a place even when
        // the town is not known
        for (int k = 0; k < parts.size(); k++) {
            Part p = parts.get(k);
            boolean last = k + 1 == parts.size() || parts.get(k + 1).line != p.line;
            if (!p.place && last && k > 0 && parts.get(k - 1).line == p.line && Places.looksLikePlaces(vocabulary, p.text)) {
                parts.set(k, new Part(p.line, p.text, true, false, false));
            }
        }
        String location = null;
        for (Part p : parts) {
            if (p.place) {
                location = p.text;
                break;
            }
        }
        Part title = null;
        for (Part p : parts) {
            if (!p.place && p.titleWord && !p.employerWord) {
                title = p;
                break;
            }
        }
        for (int k = 0; title == null && k < parts.size(); k++) {
            if (!parts.get(k).place && parts.get(k).titleWord) {
                title = parts.get(k);
            }
        }
        List<String> warnings = new ArrayList<>();
        List<Part> rest = new ArrayList<>();
        for (Part p : parts) {
            if (p != title && !p.place) {
                rest.add(p);
            }
        }
        boolean guessed = false;
        if (title == null && !rest.isEmpty()) {
            Part first = rest.stream().filter(p -> !p.employerWord).findFirst().orElse(null);
            if (first != null && rest.size() > 1) {
                title = first;
                guessed = true;
                rest.remove(first);
                warnings.add("No job-title word in \"" + first.text + "\": read as the title.");
            }
        }
        String unsplit = null;
        if (rest.isEmpty() && title != null && !guessed) {
            // "Project Manager, DeltaTech Solutions" with no employer elsewhere: what follows the title's comma
            List<String> pieces = commaPieces(title.text);
            int k = pieces.size();
            while (k > 1 && !vocabulary.hasTitleWord(pieces.get(k - 1)) && !Places.isPlace(vocabulary, pieces.get(k - 1))) {
                k--;
            }
            if (k < pieces.size() && k >= 1 && vocabulary.hasTitleWord(String.join(", ", pieces.subList(0, k)))) {
                unsplit = title.text;
                Part t = part(title.line, String.join(", ", pieces.subList(0, k)));
                rest.add(part(title.line, String.join(", ", pieces.subList(k, pieces.size()))));
                parts.set(parts.indexOf(title), t);
                title = t;
            }
        }
        Part employer = rest.stream().filter(p -> p.employerWord).findFirst()
                .orElse(rest.isEmpty() ? null : rest.get(0));
        // "Systems Analyst II/ Product Manager - Vantive (PeopleSoft tool) 05/2001 to 06/2004 Company Name": the parts
        // between the title and the employer on one line finish the title
        if (title != null && employer != null && title.line == employer.line && !guessed) {
            int from = parts.indexOf(title);
            int to = parts.indexOf(employer);
            if (from < to && to - from > 1 && rest.stream().noneMatch(p -> p != employer && p.employerWord)) {
                StringBuilder t = new StringBuilder(title.text);
                for (int k = from + 1; k < to; k++) {
                    Part p = parts.get(k);
                    if (p.place) {
                        break;
                    }
                    t.append(" - ").append(p.text);
                    rest.remove(p);
                }
                title = new Part(title.line, t.toString(), false, true, title.employerWord);
            }
        }
        String organisation = null;
        if (employer != null) {
            // the other parts of the employer's line belong to it ("Engineering Program – State University")
            StringBuilder sb = new StringBuilder();
            for (int k = 0; k < rest.size(); k++) {
                Part p = rest.get(k);
                if (p.line != employer.line) {
                    continue;
                }
                boolean lastOfLine = k + 1 == rest.size() || rest.get(k + 1).line != p.line;
                // "Northwind Systems – Platform Reliability": a team after the employer is not part of its name
                if (p != employer && parts.indexOf(p) > parts.indexOf(employer) && vocabulary.hasTeamWord(p.text)
                        && !p.employerWord && !p.titleWord) {
                    continue;
                }
                // "Vantage Energy Ltd | Reading": a lone town after the employer is the role's place
                if (p != employer && lastOfLine && location == null && TOWN.matcher(p.text).matches()
                        && !p.employerWord && parts.indexOf(p) > parts.indexOf(employer)) {
                    location = p.text;
                    continue;
                }
                sb.append(sb.isEmpty() ? "" : " – ").append(p.text);
            }
            organisation = sb.toString();
        }
        if (title == null) {
            warnings.add("No job title found beside these dates.");
        }
        // "CONSUMER PRODUCTS, Brampton, Ontario" with no other employer: the first of three pieces is the employer
        if (organisation == null && location != null && location.chars().filter(ch -> ch == ',').count() >= 2) {
            int comma = location.indexOf(',');
            organisation = location.substring(0, comma).strip();
            location = location.substring(comma + 1).strip();
        }
        return new Fields(title == null ? null : title.text, title == null ? -1 : title.line, guessed, organisation,
                employer == null ? -1 : employer.line, location, warnings, unsplit);
    }

    /** One part of a line, split further at "at" ("Head of Engineering at Tech in Asia") and a trailing place. */
    private void addParts(List<Part> parts, int line, String text) {
        String[] at = AT.split(text, 2);
        if (at.length == 2 && vocabulary.hasTitleWord(at[0])) {
            parts.add(part(line, at[0]));
            addParts(parts, line, at[1]);
            return;
        }
        // "Northern Mutual Insurance, Manchester": a name of two or more words, then a known town, is the employer
        // and its place ("Salford, Manchester" and "Mountain View, CA" stay places)
        int comma = text.indexOf(',');
        if (comma > 0 && comma == text.lastIndexOf(',') && vocabulary.isTown(text.substring(comma + 1))) {
            String head = text.substring(0, comma).strip();
            if (head.split("\\s+").length >= 2 && !Places.isPlace(vocabulary, head) && !vocabulary.hasTitleWord(head)) {
                parts.add(part(line, head));
                parts.add(new Part(line, text.substring(comma + 1).strip(), true, false, false));
                return;
            }
        }
        String place = Places.isPlace(vocabulary, text) ? null : Places.trailingPlace(vocabulary, text);
        if (place != null) {
            String head = Segments.trim(text.substring(0, text.length() - place.length()));
            if (!head.isEmpty()) {
                parts.add(part(line, head));
            }
            parts.add(part(line, place));
            return;
        }
        // "Gilmore Financial, New Orleans, LA, Certified Public Accountant": employer and place, then the title
        List<String> pieces = commaPieces(text);
        if (pieces.size() > 1 && !vocabulary.hasTitleWord(pieces.get(0)) && !Places.isPlace(vocabulary, pieces.get(0))
                && vocabulary.hasTitleWord(pieces.get(pieces.size() - 1))) {
            for (String piece : pieces) {
                parts.add(part(line, piece));
            }
            return;
        }
        // "Calder Valley Metropolitan Council, Halifax", "Pennine Facilities Services, Bradford": an employer, then its town
        if (pieces.size() == 2 && (vocabulary.hasEmployerWord(pieces.get(0)) || pieces.get(0).split("\\s+").length >= 2
                && pieces.get(1).indexOf(' ') < 0) && !vocabulary.hasTitleWord(pieces.get(0))
                && !vocabulary.hasInstitutionWord(pieces.get(0))
                && TOWN.matcher(pieces.get(1)).matches() && !vocabulary.hasEmployerWord(pieces.get(1))
                && !vocabulary.hasTitleWord(pieces.get(1))) {
            parts.add(part(line, pieces.get(0)));
            parts.add(new Part(line, pieces.get(1), true, false, false));
            return;
        }
        // "PMO Analyst, Vantage Energy Services Ltd": a title and an employer either side of a comma
        if (pieces.size() == 2 && vocabulary.hasTitleWord(pieces.get(0)) && !vocabulary.hasEmployerWord(pieces.get(0))
                && vocabulary.hasEmployerWord(pieces.get(1)) && !vocabulary.hasTitleWord(pieces.get(1))) {
            parts.add(part(line, pieces.get(0)));
            parts.add(part(line, pieces.get(1)));
            return;
        }
        parts.add(part(line, text));
    }

    /** The text split at its commas, a place written with commas ("New Orleans, LA") kept as one piece. */
    private List<String> commaPieces(String text) {
        String[] raw = text.split("\\s*,\\s*");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < raw.length; i++) {
            if (i + 1 < raw.length && Places.isPlace(vocabulary, raw[i] + ", " + raw[i + 1])) {
                out.add(raw[i] + ", " + raw[i + 1]);
                i++;
            } else if (!raw[i].isBlank()) {
                out.add(raw[i].strip());
            }
        }
        return out;
    }

    private Part part(int line, String text) {
        return new Part(line, text, Places.isPlace(vocabulary, text), vocabulary.hasTitleWord(text),
                vocabulary.hasEmployerWord(text));
    }
}

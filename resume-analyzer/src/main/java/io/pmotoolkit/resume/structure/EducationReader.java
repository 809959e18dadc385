package io.pmotoolkit.resume.structure;

import io.pmotoolkit.core.result.CvStructure.CertificationEntry;
import io.pmotoolkit.resume.checks.DateRangeParser;
import io.pmotoolkit.core.result.CvStructure.EducationEntry;
import io.pmotoolkit.resume.sections.NumberedLine;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads qualifications (qualification, institution, year) from an education section and certifications
 * (name, year) from a certifications section, or from an education section's lines that name a
 * certification rather than a degree ("Education and Certification").
 *
 * <p>An education entry is the qualification and institution on one line or on neighbouring lines, in
 * either order, with the year on either or on a line of its own; a second qualification or institution
 * starts the next entry. Bullets under an entry (coursework, grades) are not read.
 *
 * <p>Thread-safe: stateless apart from the vocabulary, which is immutable.
 */
final class EducationReader {

    private static final Pattern YEAR = Pattern.compile("(?<![\\p{L}\\p{N}])(?:19|20)\\d{2}(?![\\p{L}\\p{N}])");
    /** A month with an apostrophe year ("June '15", "May ‘05"), the year when no four-digit one is written. */
    private static final Pattern APOSTROPHE_YEAR = Pattern.compile("(?i)\\b(?:" + DateRangeParser.MONTH + ")\\.?,?\\s*(['‘’]\\d{2})(?!\\d)");
    /** A name of one to four capitalised words ("Caltech", "Georgia Tech", "UC Berkeley"). */
    private static final Pattern SHORT_NAME = Pattern.compile("\\p{Lu}[\\p{L}.&'’-]*(?:\\s+(?:of\\s+)?\\p{Lu}[\\p{L}.&'’-]*){0,3}");
    /** Dates and their words, cut from a qualification or institution ("Sept 2013 – June 2017", "Expected May 2025"). */
    private static final Pattern DATES = Pattern.compile("(?i)(?:\\b(?:expected|graduated|graduation|class of|completed|awarded)\\b:?\\s*)?"
            + "(?:\\b(?:" + DateRangeParser.MONTH + "|spring|summer|autumn|fall|winter)\\.?,?\\s*)?(?:0?[1-9]|1[0-2])?[/.]?"
            + "(?<![\\p{L}\\p{N}])(?:19|20)\\d{2}(?![\\p{L}\\p{N}])"
            + "(?:\\s*(?:[-–—]|to)\\s*(?:(?:\\b(?:" + DateRangeParser.MONTH + ")\\.?,?\\s*)?"
            + "(?:0?[1-9]|1[0-2])?[/.]?(?:19|20)\\d{2}|present|current|now))?");
    private static final Pattern GRADE = Pattern.compile("(?i)^(?:gpa|cgpa|grade|grades|result|score|percentage|marks|"
            + "relevant coursework|coursework|courses|modules|thesis|dissertation|honou?rs)\\b.*|^\\d+(?:\\.\\d+)?\\s*%.*");
    private static final int MAX_WORDS = 16;
    /** Words of a field either side of a place between fields, at most. */
    private static final int MAX_PLACE_FIELD_WORDS = 8;
    /** A line of an education section that is a certification: "Certification: …", "PMP Certification: …", "Certified …". */
    private static final Pattern CERTIFICATION_LINE = Pattern.compile(
            "(?i)(?:\\p{Lu}[\\p{L}\\d]*\\s+)?(?:certification|certificate|certified)\\s*[:：-]");

    private final CvVocabulary vocabulary;

    EducationReader(CvVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** What an education section's lines hold. */
    record Read(List<EducationEntry> education, List<CertificationEntry> certifications) {
    }

    /**
     * The qualifications of an education section, and the certifications named in it.
     *
     * @param credential whether a line names a certification (from the skills model's credentials)
     */
    Read education(List<NumberedLine> lines, Predicate<String> credential) {
        List<EducationEntry> out = new ArrayList<>();
        List<CertificationEntry> certs = new ArrayList<>();
        Builder b = null;
        // "6/2012" over "Master of Science : Management …": a lone date before any entry, or after one dated already,
        // is the year of the entry that follows
        Integer pendingYear = null;
        List<NumberedLine> joined = joinWrappedNames(lines);
        for (int i = 0; i < joined.size(); i++) {
            NumberedLine nl = joined.get(i);
            String text = nl.text().strip();
            if (text.isEmpty() || GRADE.matcher(text).matches() || vocabulary.isNote(text)) {
                continue;  // "Note: now known as Business Information Technology)": a comment on the entry above
            }
            Matcher certificationLine = CERTIFICATION_LINE.matcher(text);
            if (certificationLine.lookingAt()) {
                // "Certification : Project Management Certification 2004 Guilford Technical College": up to its year
                Matcher y = YEAR.matcher(text);
                String name = y.find() ? text.substring(0, y.start()) : text;
                certs.add(new CertificationEntry(Segments.trim(name.strip()), year(text), nl.number()));
                continue;
            }
            // a bullet under an entry is coursework or a grade, unless it opens the section
            boolean qualification = (!nl.line().bullet() || b == null) && vocabulary.hasQualificationWord(text);
            boolean institution = vocabulary.hasInstitutionWord(text);
            if (!qualification && !institution && credential.test(text) && words(text) <= MAX_WORDS) {
                certs.add(new CertificationEntry(certificationName(text), year(text), nl.number()));
                continue;
            }
            if (nl.line().bullet() && !qualification) {
                continue;
            }
            if (words(text) > MAX_WORDS + 8) {
                continue;
            }
            String q = null;
            String inst = null;
            // "B.A Economics Chennai, Tamil Nadu Sdnbvc": a place between two fields separates them, and what
            // follows it is the institution even without an institution word
            String fields = withoutDates(text).isEmpty() ? "" : vocabulary.separatePlaceholders(Segments.cut(text, DATES));
            String afterPlace = null;
            String beforePlace = null;
            int[] place = Places.innerPlace(vocabulary, fields);
            if (place != null) {
                beforePlace = Segments.trim(fields.substring(0, place[0]));
                afterPlace = Segments.trim(fields.substring(place[1]));
                fields = fields.substring(0, place[0]) + " | " + fields.substring(place[1]);
            }
            for (String part : Segments.split(fields)) {
                if (Places.isPlace(vocabulary, part)) {
                    continue;
                }
                boolean hasInst = vocabulary.hasInstitutionWord(part);
                int qAt = vocabulary.qualificationStart(part);
                int[] span = qAt >= 0 && q == null && hasInst && inst == null ? institutionSpan(part) : null;
                if (span != null) {
                    // "PhD Princeton University, Computer Science": the institution inside the qualification's part
                    inst = part.substring(span[0], span[1]);
                    String left = part.substring(0, span[0]) + " , " + part.substring(span[1]);
                    q = withoutTrailingPlace(tidy(left));
                    if (q.isEmpty() || !vocabulary.hasQualificationWord(q)) {
                        q = null;
                        inst = withoutTrailingPlace(part);
                    }
                    continue;
                }
                if (qAt >= 0 && q == null && !(hasInst && qAt > 0 && !startsQualification(part))) {
                    q = tidy(part);
                    // "B.S. in Computer Science, Ridgemont State University": the institution after a comma
                    int comma = part.lastIndexOf(", ");
                    if (hasInst && comma > 0 && vocabulary.hasInstitutionWord(part.substring(comma + 2))
                            && !vocabulary.hasInstitutionWord(part.substring(0, comma)) && inst == null) {
                        q = part.substring(0, comma);
                        inst = withoutTrailingPlace(part.substring(comma + 2));
                    }
                } else if (hasInst && inst == null) {
                    inst = withoutTrailingPlace(part);
                }
            }
            // "Ridgemont State University, B.S. in Computer Science": a comma between the two
            if (q == null && inst != null && inst.contains(", ")) {
                String[] halves = inst.split(", ", 2);
                if (vocabulary.hasQualificationWord(halves[1]) && !vocabulary.hasInstitutionWord(halves[1])) {
                    inst = halves[0];
                    q = halves[1];
                }
            }
            if (afterPlace != null && !afterPlace.isEmpty() && Segments.split(afterPlace).size() == 1
                    && !vocabulary.hasQualificationWord(afterPlace) && words(afterPlace) <= MAX_PLACE_FIELD_WORDS) {
                String before = Segments.split(beforePlace).isEmpty() ? "" : Segments.split(beforePlace).getLast();
                if (inst == null && q != null && before.equals(q)) {
                    inst = afterPlace;
                } else if (q == null && afterPlace.equals(inst) && !before.isEmpty() && !vocabulary.hasInstitutionWord(before)
                        && words(before) <= MAX_PLACE_FIELD_WORDS) {
                    // "B. A. LL. B. Law Solapur, Maharashtra Solapur University": the field before the place is the qualification
                    q = before;
                }
            }
            Integer year = year(text);
            if (q == null && inst == null && year != null && !nl.line().bullet() && isDatedName(text)
                    && (i + 1 < joined.size() && opensQualification(joined.get(i + 1))
                        || b != null && b.qualification != null && b.institution == null && b.line == previous(joined, i))) {
                // "Caltech | Sep 2022 – Present" over "Ph.D., Applied Mathematics": the name beside a qualification
                // and a year is its institution even without an institution word
                inst = withoutDates(text);
            }
            if (q == null && inst == null) {
                if (b != null && b.qualification != null && b.institution == null && year == null && b.line == previous(joined, i)
                        && vocabulary.qualificationStart(b.qualification) == 0 && words(b.qualification) == 1
                        && SHORT_NAME.matcher(text).matches() && !nl.line().bullet()) {
                    // "B.S." over "Computer Science": the subject of a qualification written alone on its line
                    b.qualification = b.qualification + " " + text;
                    continue;
                }
                if (year != null && withoutDates(text).isEmpty() && (b == null || b.year != null)) {
                    pendingYear = year;
                } else if (b != null && b.year == null && year != null && words(withoutDates(text)) <= 3) {
                    // "January 2015 DEEKSHA CENTER" under a dated entry is another school's line, not this entry's year
                    b.year = year;
                } else if (b != null && b.qualification == null && b.institution != null && !nl.line().bullet()
                        && words(text) <= MAX_WORDS && !vocabulary.hasTitleWord(text) && !vocabulary.employmentVerbs(text).find()) {
                    // not a job title or a sentence about work below the last school ("Electrical Engineer", the
                    // form's title line after its education block)
                    // "Coursera" then "Computer Programming, Data Analysis · (2012)": what was studied there
                    b.qualification = withoutDates(text);
                    b.year = b.year == null ? year : b.year;
                }
                continue;
            }
            if (b == null || (q != null && b.qualification != null) || (inst != null && b.institution != null)) {
                if (b != null) {
                    out.add(b.build());
                }
                b = new Builder(nl.number());
                b.year = pendingYear;
                pendingYear = null;
            }
            if (q != null) {
                // "HSC at SAV Higher Secondary School": the word that links the two fields belongs to neither
                b.qualification = LINK_AT_END.matcher(vocabulary.withoutGrade(q)).replaceFirst("");
            }
            if (inst != null) {
                inst = LINK_AT_START.matcher(inst).replaceFirst("");
            }
            if (inst != null) {
                b.institution = inst;
            }
            if (year != null) {
                b.year = year;
            }
        }
        if (b != null) {
            out.add(b.build());
        }
        return new Read(List.copyOf(out), List.copyOf(certs));
    }

    /** Whether the line is only a short name and its dates, with no qualification word: "MIT | May 2022". */
    private boolean isDatedName(String text) {
        String name = withoutDates(text);
        return !name.isEmpty() && !name.equals(Segments.trim(text)) && SHORT_NAME.matcher(name).matches()
                && !vocabulary.hasQualificationWord(name) && !Places.isPlace(vocabulary, name);
    }

    /** Whether the line states a qualification and no institution: "M.S., Computer Science". */
    private boolean opensQualification(NumberedLine next) {
        String t = next.text().strip();
        return !next.line().bullet() && vocabulary.qualificationStart(t) == 0 && !vocabulary.hasInstitutionWord(t);
    }

    /** The number of the line before line i, or -1. */
    private static int previous(List<NumberedLine> lines, int i) {
        return i > 0 ? lines.get(i - 1).number() : -1;
    }

    /** A line that goes on with the name of an institution ended on the line above: "de Franche-Comté, Besançon". */
    private static final Pattern NAME_GOES_ON = Pattern.compile("^(?:of|de|di|da|del|della|der|des|du|do|dos|and|&|for)\\s+\\p{Lu}");

    /**
     * The lines with a wrapped institution's name joined back: a line ending in an institution word ("… |
     * Université") and a next line that goes on with "of …", "de …" are one line, as printed before the wrap.
     */
    private List<NumberedLine> joinWrappedNames(List<NumberedLine> lines) {
        List<NumberedLine> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            NumberedLine nl = lines.get(i);
            if (i + 1 < lines.size() && !lines.get(i + 1).line().bullet() && endsWithInstitutionWord(nl.text())
                    && NAME_GOES_ON.matcher(lines.get(i + 1).text().strip()).find()) {
                out.add(new NumberedLine(nl.number(), nl.line().withText(nl.text().strip() + " " + lines.get(i + 1).text().strip())));
                i++;
            } else {
                out.add(nl);
            }
        }
        return out;
    }

    private boolean endsWithInstitutionWord(String text) {
        String t = text.strip();
        Matcher m = vocabulary.institutionWords(t);
        int end = -1;
        while (m.find()) {
            end = m.end();
        }
        return end == t.length();
    }

    /**
     * The certifications of a certifications section: each short line is one, or several when a line runs
     * them together each with its year ("CompTIA Network+ Certified, 2006 A+ Certified, 2006 …").
     */
    List<CertificationEntry> certifications(List<NumberedLine> lines) {
        List<CertificationEntry> out = new ArrayList<>();
        for (NumberedLine nl : lines) {
            String line = nl.text().strip();
            // "working on NYCDOB superintendent licence": nothing held yet
            if (vocabulary.startsWithCertificationStatus(line)) {
                continue;
            }
            for (String item : items(line)) {
                for (String text : byYear(item)) {
                    if (text.isEmpty() || words(text) > MAX_WORDS) {
                        continue;
                    }
                    String name = certificationName(text);
                    name = Segments.trim(INTRODUCES.matcher(name).replaceFirst(""));
                    if (WRAPPED_WORD.matcher(name).matches() && !out.isEmpty()) {
                        // "… Refresher/ Chapter 33" over "Certificate • 8 Hour …": the word wrapped from the item above
                        CertificationEntry last = out.removeLast();
                        out.add(new CertificationEntry(last.name() + " " + name, last.year(), last.line()));
                    } else if (!name.isEmpty()) {
                        out.add(new CertificationEntry(name, year(text), nl.number()));
                    }
                }
            }
        }
        return out;
    }

    /** A certification's last word alone, wrapped onto the next line: never a certification by itself. */
    private static final Pattern WRAPPED_WORD = Pattern.compile("(?i)certificate|certification|licen[cs]e|training|course");

    /** Bars, bullets and semicolons between the certifications of one line: "Citrix CCA | Cisco CCNA | SCSA". */
    private static final Pattern ITEM_SEPARATOR = Pattern.compile("\\s*[|•▪◦●;]\\s*");
    /** A certification's line that introduces the items under it: "… Supervisor which includes:". */
    private static final Pattern INTRODUCES = Pattern.compile("(?i)\\s+(?:which\\s+)?(?:includes?|including|covering|consisting\\s+of)\\s*:?\\s*$");

    /**
     * The certifications a line lists between bars or bullets, when it lists three or more with no part that
     * is only a date ("PRINCE2 Practitioner | AXELOS | 2019" is one certification, its issuer and year), or
     * when it is too long to be one; else the line.
     */
    private static List<String> items(String line) {
        List<String> parts = new ArrayList<>();
        for (String p : ITEM_SEPARATOR.split(line)) {
            if (!p.isBlank()) {
                parts.add(p.strip());
            }
        }
        boolean dateOnly = parts.stream().anyMatch(p -> withoutDates(p).isEmpty());
        return parts.size() >= 3 && !dateOnly || parts.size() >= 2 && words(line) > MAX_WORDS ? parts : List.of(line);
    }

    /**
     * A line cut after each ", YEAR" when it holds two or more; a line of year-first entries run together
     * ("2022 AWS Certified … (AWS) 2021 AWS Certified …") cut before each year; else the line.
     */
    private static List<String> byYear(String text) {
        if (YEAR_FIRST.matcher(text).lookingAt()) {
            List<String> parts = List.of(YEAR_LED.split(text));
            if (parts.size() > 1) {
                return parts;
            }
        }
        Matcher m = YEAR_AFTER_COMMA.matcher(text);
        List<String> out = new ArrayList<>();
        int from = 0;
        while (m.find()) {
            out.add(text.substring(from, m.end()).strip());
            from = m.end();
        }
        if (out.size() < 2) {
            return List.of(text);
        }
        if (from < text.length() && !text.substring(from).isBlank()) {
            out.add(text.substring(from).strip());
        }
        return out;
    }

    private static final Pattern YEAR_FIRST = Pattern.compile("(?:19|20)\\d{2}\\s+\\p{Lu}");
    private static final Pattern YEAR_LED = Pattern.compile("(?<=\\S)\\s+(?=(?:19|20)\\d{2}\\s+\\p{Lu})");
    private static final Pattern YEAR_AFTER_COMMA = Pattern.compile(",\\s*(?:19|20)\\d{2}(?![\\p{N}\\s]*[-–—])");
    /** An issuer after the last comma: "AWS Certified Security – Specialty, Amazon Web Services (AWS)". */
    private static final Pattern ISSUER = Pattern.compile(",\\s*(?:the\\s+)?\\p{Lu}[^,]{0,60}$", Pattern.CASE_INSENSITIVE);

    /** The certification as written, without its dates and its issuer. */
    static String certificationName(String text) {
        String t = DATES.matcher(text).replaceAll(" ").replaceAll("\\(\\s*\\)", " ").replaceAll("\\s{2,}", " ");
        t = Segments.trim(t.strip());
        Matcher issuer = ISSUER.matcher(t);
        if (issuer.find() && issuer.start() > 0) {
            String head = t.substring(0, issuer.start()).strip();
            String tail = t.substring(issuer.start() + 1).strip();
            if (head.split("\\s+").length >= 2 && tail.split("\\s+").length <= 5 && tail.chars().noneMatch(Character::isDigit)) {
                t = head;
            }
        }
        return Segments.trim(t);
    }

    private static final Pattern LINK_AT_END = Pattern.compile("(?i)\\s+(?:at|from)$");
    private static final Pattern LINK_AT_START = Pattern.compile("(?i)^(?:at|from)\\s+(?=\\p{Lu})");
    private static final Pattern CAPITALISED = Pattern.compile("\\p{Lu}[\\p{L}.&'’-]*|&");
    /** What follows an institution word and belongs to the name: "of Phoenix", "of Technology and Science", "(STEM)". */
    private static final Pattern AFTER = Pattern.compile("(?i)^(?:\\s+(?:of|and|&|de|di|da|at|for)(?-i:\\s+\\p{Lu}[\\p{L}.'’-]*+(?![:：])){1,6}"
            + "|\\s*\\([^)]{1,30}\\))+");
    /** Characters after an institution word that can still belong to its name, at most. */
    private static final int AFTER_WINDOW = 120;
    private static final Pattern OF = Pattern.compile("(?i)^\\s+of\\s");
    /** A GPA, grade or note after the qualification: "; GPA: 4.00", "- 3.8 GPA". */
    private static final Pattern GRADE_TAIL = Pattern.compile("(?i)(?:\\s*(?:[;,(|:]|\\s-)\\s*)+(?:c?gpa|grade|\\d(?:\\.\\d+)?\\s*(?:/\\s*\\d+(?:\\.\\d+)?\\s*)?(?:gpa|cgpa))\\b.*$");

    /**
     * Where the institution stands inside a part: its institution word with the capitalised words before it
     * ("Princeton University", "Hoboken State University") and "of …" after it ("University of Phoenix",
     * "Birla Institute of Technology and Science"), or null.
     */
    private int[] institutionSpan(String part) {
        java.util.regex.Matcher m = vocabulary.institutionWords(part);
        if (!m.find()) {
            return null;
        }
        int start = m.start();
        int words = 0;
        // "University of Phoenix": nothing before it is the name but "The"
        // ("Manipal Institute of Technology", "SNS College of Engineering": an institute's or a college's name does)
        int maxWords = OF.matcher(part.substring(m.end())).find() && !vocabulary.takesNameBefore(m.group()) ? 1 : 3;
        while (start > 0 && words < maxWords) {
            int end = start;
            while (end > 0 && Character.isWhitespace(part.charAt(end - 1))) {
                end--;
            }
            int begin = end;
            while (begin > 0 && !Character.isWhitespace(part.charAt(begin - 1))) {
                begin--;
            }
            String word = part.substring(begin, end);
            if (word.isEmpty() || !CAPITALISED.matcher(word).matches() || vocabulary.hasQualificationWord(word)
                    || vocabulary.isSubjectWord(word)
                    || maxWords == 1 && !word.equalsIgnoreCase("the")) {
                break;
            }
            start = begin;
            words++;
            if (vocabulary.isInstitutionPrefix(word)) {
                break;  // "Dr. BMN College of Home Science": the name begins with its honorific
            }
        }
        int end = m.end();
        // an institution's name is short: a bounded window keeps the repeated group from recursing deep
        java.util.regex.Matcher after = AFTER.matcher(part.substring(end, Math.min(part.length(), end + AFTER_WINDOW)));
        if (after.find()) {
            end += after.end();
        }
        return new int[] {start, end};
    }

    /** Separators and spaces tidied after a cut: "PhD  , Computer Science" → "PhD, Computer Science". */
    private static String tidy(String text) {
        String t = GRADE_TAIL.matcher(text).replaceAll("");
        t = t.replaceAll("\\s*,(\\s*,)+", ",").replaceAll("\\s+,", ",").replaceAll("\\s{2,}", " ");
        return Segments.trim(t.strip());
    }

    /** "Bachelor of…", "B.S. in…", "MBA, …": the part starts with its qualification word. */
    private boolean startsQualification(String part) {
        return vocabulary.qualificationStart(part) == 0;
    }

    private String withoutTrailingPlace(String part) {
        String place = Places.trailingPlace(vocabulary, part);
        return place == null ? part : Segments.trim(part.substring(0, part.length() - place.length()));
    }

    /** The text without its dates and the punctuation they leave. */
    static String withoutDates(String text) {
        StringBuilder sb = new StringBuilder();
        for (String p : Segments.split(Segments.cut(text, DATES))) {
            sb.append(sb.isEmpty() ? "" : " · ").append(p);
        }
        return Segments.trim(sb.toString().replaceAll("\\(\\s*\\)", "").strip());
    }

    /** The last year of the text (the end of a range), or null. */
    static Integer year(String text) {
        Matcher m = YEAR.matcher(text);
        Integer last = null;
        while (m.find()) {
            last = Integer.parseInt(m.group());
        }
        if (last == null) {
            // "September '12 – June '15", read as DateRangeParser reads such a year
            Matcher a = APOSTROPHE_YEAR.matcher(text);
            while (a.find()) {
                last = DateRangeParser.year(a.group(1));
            }
        }
        return last;
    }

    private static int words(String text) {
        return text.isBlank() ? 0 : text.strip().split("\\s+").length;
    }

    private static final class Builder {
        /** The line the entry starts on: its qualification's or its institution's, whichever comes first. */
        final int line;
        String qualification;
        String institution;
        Integer year;

        Builder(int line) {
            this.line = line;
        }

        EducationEntry build() {
            List<String> warnings = qualification == null
                    ? List.of("No qualification found beside this institution.")
                    : List.of();
            return new EducationEntry(qualification, institution, year, line, warnings);
        }
    }
}

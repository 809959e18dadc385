package io.pmotoolkit.resume.structure;

import io.pmotoolkit.core.result.CvStructure;
import io.pmotoolkit.core.result.CvStructure.CertificationEntry;
import io.pmotoolkit.core.result.CvStructure.DatedEntry;
import io.pmotoolkit.core.result.CvStructure.EducationEntry;
import io.pmotoolkit.core.result.CvStructure.Employment;
import io.pmotoolkit.resume.checks.DateRange;
import io.pmotoolkit.resume.checks.DateStyle;
import io.pmotoolkit.resume.checks.DatedRole;
import io.pmotoolkit.resume.sections.NumberedLine;
import io.pmotoolkit.resume.sections.Section;
import io.pmotoolkit.resume.sections.SectionKind;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Reads what an applicant tracking system would read from a CV's sections: the person's name and contact
 * details, employment roles, education, certifications, and the dated entries that are not employment
 * (projects, volunteering, memberships, talks), kept apart so that they do not count as years of work.
 *
 * {@snippet :
 * StructureReader.Read read = new StructureReader().read(sections, clock, line -> false);
 * read.structure().experience().get(0).title();   // "PMO Analyst"
 * read.employment();                              // the roles' date ranges, for the timeline
 * }
 *
 * <p>A history written twice (under "Experience" and again under "Work History") is read once: a role
 * with the same title and dates as an earlier one is dropped, and {@link Read#warnings()} says so.
 *
 * <p>Thread-safe: stateless apart from the vocabulary, which is immutable.
 */
public final class StructureReader {

    private final CvVocabulary vocabulary;
    private final RoleReader roles;
    private final EducationReader education;
    private final ContactReader contact;
    private final SentenceRoles sentences;

    public StructureReader() {
        this(CvVocabulary.builtIn());
    }

    /** A reader of the vocabulary's words ({@link CvVocabulary#of} lays a skills file's lists over the built-in ones). */
    public StructureReader(CvVocabulary vocabulary) {
        this.vocabulary = vocabulary;
        this.roles = new RoleReader(vocabulary);
        this.education = new EducationReader(vocabulary);
        this.contact = new ContactReader(vocabulary);
        this.sentences = new SentenceRoles(vocabulary);
    }

    /**
     * What was read.
     *
     * @param name          the person's name, or null
     * @param structure     contact, roles, education, certifications, other entries
     * @param employment    the employment roles' dates, a repeated history once
     * @param notStatements line numbers that are role headers (titles, employers, dates) or declarations:
     *                      not statements about the work, never classified or rewritten
     * @param warnings      what the reader noticed about the whole CV, one sentence each
     */
    public record Read(String name, CvStructure structure, List<DatedRole> employment, Set<Integer> notStatements,
                       List<String> warnings) {
    }

    /**
     * Reads a CV's structure.
     *
     * @param sections   the CV's sections
     * @param clock      where "now" comes from, for ongoing roles
     * @param credential whether a line of an education section names a certification
     */
    public Read read(List<Section> sections, Clock clock, Predicate<String> credential) {
        return read(sections, List.of(), clock, credential);
    }

    /**
     * Reads a CV's structure, with the addresses of its hyperlinks (see {@code CvDocument.links()}).
     *
     * @param links      where the CV's hyperlinks point, for contact details shown only as linked words
     */
    public Read read(List<Section> sections, List<String> links, Clock clock, Predicate<String> credential) {
        YearMonth now = YearMonth.now(Objects.requireNonNull(clock, "clock"));
        ContactReader.Read who = contact.read(sections, links);
        boolean headed = sections.stream().anyMatch(s -> s.kind() == SectionKind.EXPERIENCE);
        List<Employment> jobs = new ArrayList<>();
        List<DatedRole> dates = new ArrayList<>();
        List<DatedEntry> other = new ArrayList<>();
        List<EducationEntry> schooling = new ArrayList<>();
        List<CertificationEntry> certs = new ArrayList<>();
        Set<Integer> notStatements = new HashSet<>();
        List<String> warnings = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        List<Integer> repeated = new ArrayList<>();
        Map<String, List<Headline>> headlines = null;
        // sentences about a job outside the roles' sections ("Experience in India: 1) Working Experience at Acme
        // since June 2014 to May 2015 As a Civil Engineer" in a pasted CV's first paragraph) count when dated
        List<NumberedLine> around = new ArrayList<>();
        for (Section s : sections) {
            if (s.kind() == SectionKind.HEADER ? headed : !AROUND_EXCLUDED.contains(s.kind())) {
                around.addAll(s.lines());
            }
        }
        boolean aroundRead = false;
        for (Section s : sections) {
            for (NumberedLine nl : s.lines()) {
                if (vocabulary.isDeclaration(nl.text()) || s.kind() == SectionKind.ACHIEVEMENTS && isAward(nl.text())) {
                    notStatements.add(nl.number());
                }
            }
            SectionKind read = s.kind() != SectionKind.EXPERIENCE && s.kind() != SectionKind.HEADER && s.kind() != SectionKind.EDUCATION
                    && s.kind() != SectionKind.CERTIFICATIONS && formRoles(s) ? SectionKind.EXPERIENCE : s.kind();
            switch (read) {
                case EXPERIENCE, HEADER -> {
                    if (s.kind() == SectionKind.HEADER && headed) {
                        continue;
                    }
                    List<NumberedLine> elsewhere = aroundRead ? List.of() : around;
                    aroundRead = true;
                    for (RoleReader.Entry entry : withSentences(roles.read(s.lines(), now), s.lines(), elsewhere, now)) {
                        RoleReader.Entry e = entry;
                        if (entry.organisation() != null && (entry.labelled() || entry.title() == null)) {
                            headlines = headlines == null ? headlines(sections) : headlines;
                            e = withHeadlineTitle(entry, headlines, s);
                        }
                        notStatements.addAll(e.headerLines());
                        Optional<String> notJob = vocabulary.notEmploymentKind(e.title());
                        if (notJob.isPresent()) {
                            other.add(dated(notJob.get(), e));
                            continue;
                        }
                        if (e.range() != null) {
                            String key = key(e.title()) + "|" + e.range().start() + "|" + e.range().lastPossible();
                            if (seen.putIfAbsent(key, e.line()) != null) {
                                repeated.add(e.line());
                                continue;
                            }
                            dates.add(new DatedRole(e.line(), e.title() == null ? e.range().text() : e.title(), e.range()));
                        }
                        jobs.add(new Employment(e.title(), e.organisation(), e.location(), start(e), end(e),
                                e.range() != null ? e.range().ongoing() : e.present(), e.line(), e.warnings()));
                    }
                }
                case PROJECTS, VOLUNTEERING, OTHER -> {
                    String kind = switch (s.kind()) {
                        case PROJECTS -> "project";
                        case VOLUNTEERING -> "volunteering";
                        default -> otherKind(s.heading());
                    };
                    for (RoleReader.Entry e : roles.read(s.lines(), now)) {
                        notStatements.addAll(e.headerLines());
                        other.add(dated(vocabulary.notEmploymentKind(e.title()).orElse(kind), e));
                    }
                }
                case EDUCATION -> {
                    EducationReader.Read r = education.education(s.lines(), credential);
                    schooling.addAll(r.education());
                    certs.addAll(r.certifications());
                }
                case CERTIFICATIONS -> certs.addAll(education.certifications(s.lines()));
                default -> {
                }
            }
        }
        if (!repeated.isEmpty()) {
            warnings.add(repeated.size() == 1
                    ? "The role at line " + repeated.get(0) + " repeats an earlier one (same title and dates): it is counted once."
                    : "The work history is written twice (" + repeated.size() + " roles repeat earlier ones with the same"
                    + " titles and dates, from line " + repeated.get(0) + "): each role is counted once.");
        }
        CvStructure structure = new CvStructure(who.contact(), List.copyOf(jobs), List.copyOf(schooling),
                List.copyOf(certs), List.copyOf(other));
        return new Read(who.name(), structure, List.copyOf(dates), Set.copyOf(notStatements), List.copyOf(warnings));
    }

    /**
     * The section's roles with what its sentences say of a job ({@link SentenceRoles}): "Worked with Acme Ltd As
     * Sales Manager. (16th Jan 2017 to 30th Aug 2018)". A sentence naming a role's employer fills the fields the role
     * lacks; one naming no employer fills the role it stands in; one naming another employer is a role of its own
     * when it gives dates, or a title and a name that is plainly an employer's (an employer word, or written in
     * capitals). A line that is only such a sentence is a header line, not a statement about the work.
     */
    private List<RoleReader.Entry> withSentences(List<RoleReader.Entry> read, List<NumberedLine> own, List<NumberedLine> elsewhere,
                                                 YearMonth now) {
        List<RoleReader.Entry> entries = new ArrayList<>(read);
        Set<Integer> header = new HashSet<>();
        entries.forEach(e -> header.addAll(e.headerLines()));
        List<NumberedLine> lines = new ArrayList<>(own);
        lines.addAll(elsewhere);
        boolean dated = entries.stream().anyMatch(e -> e.range() != null);
        // sentences that name an employer first, then those that only give a title to the role they stand in; each
        // line is read once, for both passes
        SentenceRoles.Found[] found = new SentenceRoles.Found[lines.size()];
        boolean[] readYet = new boolean[lines.size()];
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < lines.size(); i++) {
                NumberedLine nl = lines.get(i);
                boolean outside = i >= own.size();
                if (header.contains(nl.number()) || nl.text().length() > MAX_SENTENCE_CHARS) {
                    continue;
                }
                if (!readYet[i]) {
                    found[i] = sentences.read(nl.text(), now);
                    readYet[i] = true;
                }
                SentenceRoles.Found f = found[i];
                if (f == null || outside && (f.range() == null || f.employer() == null) || (pass == 0) == (f.employer() == null)) {
                    continue;
                }
                String title = f.title();
                int titleLine = -1;
                if (title == null && f.employer() != null && i + 1 < lines.size()) {
                    // "At Acme Infrastructure Bangalore  Sep 2015 - Oct 2016" over "Software developer", "… As" over "A Civil
                    // Engineer (1.4 Years)", "… From 1-Jan 2016 To 24th Dec 2016." over "• Designation - Software Developer."
                    title = sentences.titleLine(lines.get(i + 1).text(), NEXT_TITLE_WORDS);
                    titleLine = title == null ? -1 : lines.get(i + 1).number();
                }
                boolean onlySentence = f.only();
                int target = f.employer() == null ? standingIn(entries, nl.number()) : sameEmployer(entries, f.employer());
                boolean ownLine = !outside && onlySentence;
                if (target >= 0) {
                    RoleReader.Entry e = entries.get(target);
                    String t = e.title() == null ? title : e.title();
                    DateRange r = e.range() == null ? f.range() : e.range();
                    if (Objects.equals(t, e.title()) && r == e.range() && (e.present() || !f.present())) {
                        continue;
                    }
                    entries.set(target, e.with(t, e.organisation(), r, e.present() || f.present(), ownLine ? nl.number() : -1));
                    if (titleLine >= 0) {
                        entries.set(target, entries.get(target).with(t, e.organisation(), r, e.present() || f.present(), titleLine));
                    }
                    continue;
                }
                // an undated sentence makes a role of its own only among undated roles (a form's): beside dated ones it is
                // more likely a team or a client than a job the headers left out
                if (f.employer() != null && (f.range() != null || !dated && title != null
                        && (vocabulary.hasEmployerWord(f.employer()) || capitals(f.employer())
                        || f.present() && f.employer().split("\\s+").length >= 2))) {
                    List<Integer> fieldLines = new ArrayList<>(List.of(nl.number()));
                    if (titleLine >= 0) {
                        fieldLines.add(titleLine);
                    }
                    List<String> unsure = title == null ? List.of("No job title found for this employer.") : List.of();
                    entries.add(new RoleReader.Entry(title, f.employer(), null, f.range(), false, nl.number(),
                            ownLine ? List.copyOf(fieldLines) : List.of(), unsure, false, f.present()));
                }
            }
        }
        return entries;
    }

    /** Whether a section holds a form's employer label ("company - Acme Ltd"): its roles go on past a heading in their text. */
    private boolean formRoles(Section s) {
        for (NumberedLine nl : s.lines()) {
            if (vocabulary.employerLabelLength(nl.text().strip()) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Sections whose dated sentences are never read as jobs: the roles' own, and those of other entries. */
    private static final Set<SectionKind> AROUND_EXCLUDED = java.util.EnumSet.of(SectionKind.EXPERIENCE, SectionKind.EDUCATION,
            SectionKind.CERTIFICATIONS, SectionKind.PROJECTS, SectionKind.VOLUNTEERING);

    /** Characters of a line read for a role's sentence, at most. */
    private static final int MAX_SENTENCE_CHARS = 400;
    /** Words of a title alone on the line under an "At Employer  dates" line, at most. */
    private static final int NEXT_TITLE_WORDS = 5;

    /** The role with this employer's name (or one that starts with it: "Acme" and "Acme Ltd"), or -1. */
    private static int sameEmployer(List<RoleReader.Entry> entries, String employer) {
        String name = RoleReader.normalName(employer);
        for (int i = 0; i < entries.size(); i++) {
            String other = entries.get(i).organisation() == null ? "" : RoleReader.normalName(entries.get(i).organisation());
            if (!other.isEmpty() && !name.isEmpty() && (other.equals(name) || other.startsWith(name + " ") || name.startsWith(other + " ")
                    || firstTwo(other).equals(firstTwo(name)) && firstTwo(name).contains(" "))) {
                return i;
            }
        }
        return -1;
    }

    /** The first two words of a normal name ("crimson logic" of "crimson logic s call center"). */
    private static String firstTwo(String normal) {
        String[] w = normal.split(" ");
        return w.length < 2 ? normal : w[0] + " " + w[1];
    }

    /** The role whose header stands last before the line, with no title yet; -1 when there is none. */
    private static int standingIn(List<RoleReader.Entry> entries, int line) {
        int best = -1;
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).line() <= line && (best < 0 || entries.get(i).line() > entries.get(best).line())) {
                best = i;
            }
        }
        return best >= 0 && entries.get(best).title() == null ? best : -1;
    }

    /** Whether every word with letters is written in capitals ("SURYA FITNESS"), two words at least. */
    private static boolean capitals(String name) {
        String[] words = name.strip().split("\\s+");
        return words.length >= 2 && name.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    /** Words of a "Title - Employer" line elsewhere in the CV, at most. */
    private static final int MAX_HEADLINE_WORDS = 14;

    /** A short "Title - Employer" line outside the roles: its title, where it stands, and its section. */
    private record Headline(String title, int line, Section section) {
    }

    /**
     * Every short line of two parts whose first part has a job-title word and no employer word ("SAP HANA Developer
     * - Schlumberger"), read once for the whole CV however many roles ask, by the employer's name as
     * {@link RoleReader#normalName} writes it.
     */
    private Map<String, List<Headline>> headlines(List<Section> sections) {
        Map<String, List<Headline>> by = new HashMap<>();
        for (Section s : sections) {
            for (NumberedLine nl : s.lines()) {
                String text = nl.text().strip();
                if (nl.line().bullet() || text.split("\\s+").length > MAX_HEADLINE_WORDS) {
                    continue;
                }
                List<String> parts = Segments.split(text);
                if (parts.size() == 2 && vocabulary.hasTitleWord(parts.get(0)) && !vocabulary.hasEmployerWord(parts.get(0))) {
                    by.computeIfAbsent(RoleReader.normalName(parts.get(1)), k -> new ArrayList<>())
                            .add(new Headline(parts.get(0), nl.number(), s));
                }
            }
        }
        return by;
    }

    /**
     * A role read from labelled fields, or without a title, with the title a short line outside its section gives
     * for its employer: "SAP HANA Developer - Schlumberger" under the name of a form export, over "company -
     * Schlumberger" and a project's "Role: Developer". The title part needs a job-title word.
     */
    private static RoleReader.Entry withHeadlineTitle(RoleReader.Entry e, Map<String, List<Headline>> headlines, Section own) {
        for (Headline h : headlines.getOrDefault(RoleReader.normalName(e.organisation()), List.of())) {
            if (h.section() != own) {
                return e.withTitle(h.title(), h.line());
            }
        }
        return e;
    }

    /**
     * An award listed with its year ("2020 Finalist, DEFCON CTF World Final | Las Vegas", "Dean's List (2023)",
     * "Patent · System for ranking catalogues. [2019]"): an entry, not a statement about the work, so it gets no
     * rewrite. A line that opens with an action verb ("Won 1st place in the 2022 Hackathon") is a statement.
     */
    private static boolean isAward(String text) {
        String t = text.strip();
        String[] words = t.split("\\s+");
        if (words.length > AWARD_WORDS || !AWARD_YEAR.matcher(t).find()) {
            return false;
        }
        // "Exit · Founded and sold a logistics startup": a verb after a label makes it a statement too
        for (String piece : t.split("[·:|]", 3)) {
            String first = piece.strip().split("\\s+")[0].replaceAll("[^\\p{L}]", "");
            if (!first.isEmpty() && io.pmotoolkit.core.text.ActionVerbs.isActionVerb(first)) {
                return false;
            }
        }
        return true;
    }

    private static final int AWARD_WORDS = 16;
    /** A year that opens the line, or closes it (bracketed or after a separator). */
    private static final java.util.regex.Pattern AWARD_YEAR = java.util.regex.Pattern.compile(
            "^(?:19|20)\\d{2}\\b|(?:[(\\[]\\s*(?:19|20)\\d{2}\\s*[)\\]]|[,|·–-]\\s*(?:19|20)\\d{2})\\W*$");

    private static DatedEntry dated(String kind, RoleReader.Entry e) {
        return new DatedEntry(kind, e.title(), e.organisation(), start(e), end(e), e.range() != null && e.range().ongoing(),
                e.line());
    }

    private static String otherKind(String heading) {
        String h = heading.toLowerCase(Locale.ROOT);
        if (h.contains("member") || h.contains("affiliation")) {
            return "membership";
        }
        if (h.contains("volunt")) {
            return "volunteering";
        }
        if (h.contains("presentation") || h.contains("talk") || h.contains("conference")) {
            return "talk";
        }
        return "other";
    }

    private static String key(String title) {
        return title == null ? "" : title.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** "2019-03", or "2019" when only the year is written; null without dates. */
    static String start(RoleReader.Entry e) {
        DateRange r = e.range();
        if (r == null) {
            return null;
        }
        return r.startStyle() == DateStyle.YEAR_ONLY ? String.valueOf(r.start().getYear()) : r.start().toString();
    }

    /** As {@link #start}, or null for an ongoing role or one written with a single date. */
    static String end(RoleReader.Entry e) {
        DateRange r = e.range();
        if (r == null || r.ongoing() || e.single()) {
            return null;
        }
        return r.endStyle() == DateStyle.YEAR_ONLY ? String.valueOf(r.lastPossible().getYear()) : r.end().toString();
    }
}

package io.pmotoolkit.resume.structure;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.pmotoolkit.core.model.SkillsModel;
import io.pmotoolkit.core.model.SkillsModelException;
import io.pmotoolkit.core.model.VocabularyOverlay;
import io.pmotoolkit.core.text.WordPattern;
import io.pmotoolkit.resume.sections.SectionKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words that tell a CV's parts apart, from {@code cv-vocabulary.yaml} beside this class: job title
 * words, employer words, qualification and institution words, places, titles of entries that are not
 * employment, declarations, and the section headings.
 *
 * <p>Each list matches whole words, case-insensitively, except {@code regions}, whose codes ("CA", "IN",
 * "OR") are matched as written.
 *
 * <p>A skills file's {@code cvVocabulary} lists are laid over these ({@link #of(SkillsModel)}): added to the
 * built-in list of the same name, or replacing it when the file says {@code replace: true}.
 *
 * <p>Thread-safe: immutable after loading.
 */
public final class CvVocabulary {

    static final String BUILT_IN = "/io/pmotoolkit/resume/structure/cv-vocabulary.yaml";
    private static final CvVocabulary INSTANCE = load();

    private final Pattern titleWords;
    private final Pattern employerWords;
    private final Pattern qualificationWords;
    private final Pattern institutionWords;
    private final Pattern regions;
    private final Pattern towns;
    private final Pattern qualificationGrade;
    private final Pattern teamWords;
    private final Pattern subjectWords;
    private final Pattern statusLead;
    private final Pattern declarations;
    private final Pattern notNameWords;
    private final Pattern placeholderEmployers;
    private final Pattern placeholderPlaces;
    private final Map<String, Pattern> notEmployment;
    private final Pattern titleLabel;
    private final Pattern bareTitleLabel;
    private final Pattern otherPersonWords;
    private final Pattern headlineAspirations;
    private final Pattern employerLabel;
    private final Pattern datesLabel;
    private final Pattern valueLabel;
    private final Pattern emptyValue;
    private final Pattern employmentVerbs;
    private final Pattern employmentPresent;
    private final java.util.Set<String> employerPrepositions;
    private final java.util.Set<String> titlePrepositions;
    private final Pattern institutionsNamedBefore;
    private final java.util.Set<String> institutionPrefixes;
    private final Pattern phoneLabel;
    private final Pattern noteLabel;
    private final Map<SectionKind, List<String>> headings;

    private CvVocabulary(FileShape f) {
        headings = new java.util.EnumMap<>(SectionKind.class);
        f.headings.forEach((kind, names) -> headings.put(SectionKind.valueOf(kind.toUpperCase(java.util.Locale.ROOT)),
                List.copyOf(names)));
        titleWords = words(f.titleWords, true);
        employerWords = words(f.employerWords, true);
        qualificationWords = words(f.qualificationWords, true);
        institutionWords = words(f.institutionWords, true);
        regions = words(f.regions, false);
        towns = words(f.towns, false);
        // a grade after the qualification's name, set off by a comma, a dash, a bracket or a space, to the end
        qualificationGrade = f.qualificationGrades.isEmpty() ? Pattern.compile("(?!)") : Pattern.compile(
                "(?:\\s*[,;(–—-]\\s*|\\s+)(?<![\\p{L}\\p{N}])(?:" + alternatives(f.qualificationGrades)
                        + ")(?![\\p{L}\\p{N}])\\)?[\\s,;.)]*$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        teamWords = words(f.teamWords, true);
        subjectWords = words(f.subjectWords, true);
        String status = f.certificationStatus.isEmpty() ? "(?!)" : alternatives(f.certificationStatus);
        statusLead = Pattern.compile("^(?:currently\\s+)?(?:" + status + ")(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        declarations = words(f.declarations, true);
        notNameWords = words(f.notNameWords, true);
        placeholderEmployers = words(f.placeholderEmployers, false);
        placeholderPlaces = WordPattern.whole(f.placeholderPlaces, false, true);
        notEmployment = new LinkedHashMap<>();
        f.notEmploymentTitles.forEach((kind, titles) -> notEmployment.put(kind, exactly(titles)));
        titleLabel = Pattern.compile("(?:" + alternatives(f.titleLabels) + ")\\s*[:\\-\u2013]\\s*",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        bareTitleLabel = Pattern.compile("(?iu:" + alternatives(f.titleLabels) + ")\\s+(?=\\p{Lu})");
        otherPersonWords = words(f.otherPersonWords, true);
        headlineAspirations = words(f.headlineAspirations, true);
        employerLabel = label(f.employerLabels);
        datesLabel = label(f.datesLabels);
        valueLabel = label(f.descriptionLabels);
        emptyValue = f.emptyValues.isEmpty() ? Pattern.compile("(?!)") : Pattern.compile(
                "(?:" + alternatives(f.emptyValues) + ")[.\\s]*", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        employmentVerbs = words(f.employmentVerbs, true);
        employmentPresent = words(f.employmentPresent, true);
        employerPrepositions = lowered(f.employerPrepositions);
        titlePrepositions = lowered(f.titlePrepositions);
        institutionsNamedBefore = exactWords(f.institutionsNamedBefore);
        institutionPrefixes = lowered(f.institutionPrefixes);
        phoneLabel = f.phoneLabels.isEmpty() ? Pattern.compile("(?!)") : Pattern.compile("(?<![\\p{L}\\p{N}])(?:"
                + alternatives(f.phoneLabels) + ")\\.?\\s*[:：-]?\\s*$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        noteLabel = f.noteLabels.isEmpty() ? Pattern.compile("(?!)") : Pattern.compile("\\(?(?:" + alternatives(f.noteLabels)
                + ")\\s*[:：]", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** Whether a line opens with a note's label ({@code noteLabels}: "Note: now known as …"): a comment, not an entry. */
    boolean isNote(String line) {
        return noteLabel.matcher(line.strip()).lookingAt();
    }

    /** Whether the text ends with a label saying a phone number follows ({@code phoneLabels}: "tel:", "Mobile -"). */
    public boolean endsWithPhoneLabel(String text) {
        return phoneLabel.matcher(text).find();
    }

    private static Pattern exactWords(List<String> list) {
        return list.isEmpty() ? Pattern.compile("(?!)") : Pattern.compile("(?:" + alternatives(list) + ")",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /**
     * Whether an institution word followed by "of" still takes the name written before it ({@code
     * institutionsNamedBefore}: "Manipal Institute of Technology", "SNS College of Engineering"; not "University of
     * Phoenix").
     */
    boolean takesNameBefore(String institutionWord) {
        return institutionsNamedBefore.matcher(institutionWord.strip()).matches();
    }

    /** Whether the word opens an institution's name, so nothing before it belongs to it ("Dr.", "Shri"). */
    boolean isInstitutionPrefix(String word) {
        return institutionPrefixes.contains(word.strip().toLowerCase(java.util.Locale.ROOT));
    }

    private static java.util.Set<String> lowered(List<String> list) {
        return list.stream().map(w -> w.strip().toLowerCase(java.util.Locale.ROOT))
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** A matcher of the words that open a sentence about a job ({@code employmentVerbs}: "worked", "working"...). */
    Matcher employmentVerbs(String text) {
        return employmentVerbs.matcher(text);
    }

    /** Whether the text says the job is held now ({@code employmentPresent}: "currently", "working", "am"). */
    boolean saysPresent(String text) {
        return employmentPresent.matcher(text).find();
    }

    /** Whether the word stands before an employer's name in a sentence ("at", "with", "in", "for"). */
    boolean isEmployerPreposition(String word) {
        return employerPrepositions.contains(word.toLowerCase(java.util.Locale.ROOT));
    }

    /** Whether the word stands before a job title in a sentence ("as"). */
    boolean isTitlePreposition(String word) {
        return titlePrepositions.contains(word.toLowerCase(java.util.Locale.ROOT));
    }

    /** A label that opens a line, then a colon or a dash and a space: "Company - ", "Duration: " (not "Company-wide"). */
    private static Pattern label(List<String> labels) {
        return labels.isEmpty() ? Pattern.compile("(?!)") : Pattern.compile("(?:" + alternatives(labels)
                + ")(?:\\s*:|\\s*[-\u2013](?:\\s|$))\\s*", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /**
     * The length of the employer's label that opens a line of a form export or a labelled CV ("company - ",
     * "Employer: "), or -1 when none does.
     */
    int employerLabelLength(String text) {
        Matcher m = employerLabel.matcher(text);
        // "Company Name - City , State": an anonymised dataset's placeholder employer, not a label
        return m.lookingAt() && !placeholderEmployers.matcher(text).lookingAt() ? m.end() : -1;
    }

    /** The length of the label of a role's dates that opens the text ("Duration: ", "Period - "), or -1. */
    int datesLabelLength(String text) {
        Matcher m = datesLabel.matcher(text);
        return m.lookingAt() ? m.end() : -1;
    }

    /** The length of a field label with no meaning of its own ("description - ") that opens the text, or 0. */
    int valueLabelLength(String text) {
        Matcher m = valueLabel.matcher(text);
        return m.lookingAt() ? m.end() : 0;
    }

    /** Whether a field's value says there is none ("Na", "N/A", "Nil"). */
    boolean isEmptyValue(String value) {
        return value.isBlank() || emptyValue.matcher(value.strip()).matches();
    }

    /**
     * The length of the label naming the person's own title that opens the text ("Designation: ", "Current
     * role - "), or 0 when none does.
     */
    public int titleLabelLength(String text) {
        Matcher m = titleLabel.matcher(text);
        return m.lookingAt() ? m.end() : 0;
    }

    /**
     * The length of a title label with no colon or dash that opens a line of only a title, the label of a table
     * cell whose spacing was lost ("Position Civil Engineer"), or 0; the caller checks that a title follows.
     */
    public int bareTitleLabelLength(String text) {
        Matcher m = bareTitleLabel.matcher(text);
        return m.lookingAt() ? m.end() : 0;
    }

    /** Whether the words before a title make it someone else's ("reported to the", "assisted the"). */
    public boolean hasOtherPersonWord(String before) {
        return otherPersonWords.matcher(before).find();
    }

    /** Whether the words before a title in a headline say it is wanted, not held ("seeking", "applying for"). */
    public boolean hasHeadlineAspiration(String before) {
        return headlineAspirations.matcher(before).find();
    }

    /** The built-in vocabulary. */
    public static CvVocabulary builtIn() {
        return INSTANCE;
    }

    /**
     * The built-in vocabulary with a skills model's {@code cvVocabulary} lists laid over it: the built-in one
     * itself when the model has none.
     *
     * @throws SkillsModelException naming a list the vocabulary does not have, or a heading kind that is not one
     */
    public static CvVocabulary of(SkillsModel model) {
        VocabularyOverlay overlay = model.cvVocabulary();
        if (overlay.isEmpty()) {
            return INSTANCE;
        }
        FileShape f = shape();
        for (var e : overlay.lists().entrySet()) {
            f.set(e.getKey(), overlay.replaces() ? List.copyOf(e.getValue()) : added(f.get(e.getKey()), e.getValue()));
        }
        return new CvVocabulary(f);
    }

    private static List<String> added(List<String> base, List<String> more) {
        List<String> out = new ArrayList<>(base);
        for (String w : more) {
            if (out.stream().noneMatch(b -> b.equalsIgnoreCase(w))) {
                out.add(w);
            }
        }
        return out;
    }

    /**
     * The list names a skills file's {@code cvVocabulary} may use, for {@code SkillsModelLoader} to check at load
     * (registered in {@code META-INF/services}).
     */
    public static final class Lists implements io.pmotoolkit.core.model.VocabularyLists {

        @Override
        public void check(String name) {
            try {
                new FileShape().set(name, List.of());
            } catch (SkillsModelException e) {
                throw new IllegalArgumentException(e.getMessage().replaceFirst("^cvVocabulary: ", ""), e);
            }
        }
    }

    /** The heading names of each section kind, as the file lists them. */
    public Map<SectionKind, List<String>> headings() {
        return java.util.Collections.unmodifiableMap(headings);
    }

    /** Whether the text holds a job-title word ({@code titleWords}: "manager", "analyst", "head"...). */
    public boolean hasTitleWord(String text) {
        return titleWords.matcher(text).find();
    }

    /**
     * Whether the text ends with a job-title word, its head noun ("Project Manager", "Data Analyst (contract)"),
     * or has one before "of"/"for" ("Director of Operations").
     */
    boolean endsWithTitleWord(String text) {
        String t = TRAILING.matcher(text).replaceAll("");
        Matcher m = titleWords.matcher(t);
        Matcher of = OF.matcher(t);
        while (m.find()) {
            if (m.end() == t.length() || of.region(m.end(), t.length()).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /** "Director of Operations", "Head of PMO", "Manager for EMEA": the head noun before its complement. */
    private static final Pattern OF = Pattern.compile("(?i)\\s+(?:of|for|to)\\s");

    private static final Pattern TRAILING = Pattern.compile("(?:\\s*\\([^)]*\\)|[\\s.,;:]+)+$");

    /**
     * The text with each employer and place placeholder set apart by bars: anonymised datasets run them into
     * the title ("Project Manager Company Name City , State", "City , State AGILE PROJECT MANAGER").
     */
    String separatePlaceholders(String text) {
        return placeholderPlaces.matcher(placeholderEmployers.matcher(text).replaceAll(" | $0 | ")).replaceAll(" | $0 | ");
    }

    boolean hasEmployerWord(String text) {
        return employerWords.matcher(text).find() || placeholderEmployers.matcher(text).find();
    }

    boolean hasQualificationWord(String text) {
        return qualificationWords.matcher(text).find();
    }

    /** Where the first qualification word starts, or -1. */
    int qualificationStart(String text) {
        Matcher m = qualificationWords.matcher(text);
        return m.find() ? m.start() : -1;
    }

    /** A matcher of the institution words over the text. */
    Matcher institutionWords(String text) {
        return institutionWords.matcher(text);
    }

    boolean hasInstitutionWord(String text) {
        return institutionWords.matcher(text).find();
    }

    /** Whether the text names a region, a country or a known town ("CA", "United Kingdom", "Remote", "London"). */
    boolean isRegion(String text) {
        String t = text.strip();
        return regions.matcher(t).matches() || towns.matcher(t).matches();
    }

    /** Whether the text is a known town ("Manchester"), not a region or country. */
    boolean isTown(String text) {
        return towns.matcher(text.strip()).matches();
    }

    /** The qualification without a grade or class written after it ("BSc Economics, 2:1" → "BSc Economics"). */
    String withoutGrade(String qualification) {
        Matcher m = qualificationGrade.matcher(qualification);
        return m.find() && m.start() > 0 ? qualification.substring(0, m.start()).strip() : qualification;
    }

    /** Whether a line starts by saying a certification is not held yet ("working on …", "pursuing …"). */
    boolean startsWithCertificationStatus(String line) {
        return statusLead.matcher(line.strip()).lookingAt();
    }

    /** Whether the word ends a field of study ("Computer Science", "Civil Engineering"), never an institution's name. */
    boolean isSubjectWord(String word) {
        return subjectWords.matcher(word.strip()).matches();
    }

    /** Whether the text holds a word that names a team or department ("Platform Reliability"). */
    boolean hasTeamWord(String text) {
        return teamWords.matcher(text).find();
    }

    /** Whether the text holds a word that is never part of a name ("Resume", "Template", "Page"). */
    boolean hasNotNameWord(String text) {
        return notNameWords.matcher(text).find();
    }

    /** Whether a line declares or signs off ("I hereby declare…", "References available on request"). */
    public boolean isDeclaration(String line) {
        return declarations.matcher(line).find();
    }

    /** The kind of a dated entry whose whole title says it is not employment ("Member" → membership). */
    Optional<String> notEmploymentKind(String title) {
        if (title == null) {
            return Optional.empty();
        }
        for (Map.Entry<String, Pattern> e : notEmployment.entrySet()) {
            if (e.getValue().matcher(title.strip()).matches()) {
                return Optional.of(e.getKey());
            }
        }
        return Optional.empty();
    }

    private static Pattern words(List<String> list, boolean ignoreCase) {
        return WordPattern.whole(list, ignoreCase, false);
    }

    /** The whole title, or the title then a comma, a bracket or "of"/"at"/"for" ("Member, Delta Sigma Pi"). */
    private static Pattern exactly(List<String> list) {
        return Pattern.compile("(?:" + alternatives(list) + ")(?:\\s*[,(].*|\\s+(?:of|at|for)\\b.*)?",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** Longest first, so that "vice president" wins over "president". */
    private static String alternatives(List<String> list) {
        return WordPattern.alternatives(list, false);
    }

    private static CvVocabulary load() {
        return new CvVocabulary(shape());
    }

    private static FileShape shape() {
        try (InputStream in = CvVocabulary.class.getResourceAsStream(BUILT_IN)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + BUILT_IN);
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + BUILT_IN, e);
        }
    }

    /**
     * Reads the file with Jackson's YAML parser alone. Its data binding gave the same {@link FileShape}
     * ({@code CvVocabularyTest} compares the two), but starting Jackson's {@code ObjectMapper} cold cost about
     * 30 ms of a one-CV run, and this file is only lists of words.
     */
    static FileShape read(InputStream in) throws IOException {
        FileShape f = new FileShape();
        try (JsonParser p = new YAMLFactory().createParser(in)) {
            expect(p, p.nextToken(), JsonToken.START_OBJECT, "the top level");
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                switch (field) {
                    case "titleWords" -> f.titleWords = words(p, field);
                    case "employerWords" -> f.employerWords = words(p, field);
                    case "qualificationWords" -> f.qualificationWords = words(p, field);
                    case "institutionWords" -> f.institutionWords = words(p, field);
                    case "regions" -> f.regions = words(p, field);
                    case "towns" -> f.towns = words(p, field);
                    case "qualificationGrades" -> f.qualificationGrades = words(p, field);
                    case "teamWords" -> f.teamWords = words(p, field);
                    case "subjectWords" -> f.subjectWords = words(p, field);
                    case "certificationStatus" -> f.certificationStatus = words(p, field);
                    case "declarations" -> f.declarations = words(p, field);
                    case "notNameWords" -> f.notNameWords = words(p, field);
                    case "placeholderEmployers" -> f.placeholderEmployers = words(p, field);
                    case "placeholderPlaces" -> f.placeholderPlaces = words(p, field);
                    case "titleLabels" -> f.titleLabels = words(p, field);
                    case "otherPersonWords" -> f.otherPersonWords = words(p, field);
                    case "headlineAspirations" -> f.headlineAspirations = words(p, field);
                    case "employerLabels" -> f.employerLabels = words(p, field);
                    case "datesLabels" -> f.datesLabels = words(p, field);
                    case "descriptionLabels" -> f.descriptionLabels = words(p, field);
                    case "emptyValues" -> f.emptyValues = words(p, field);
                    case "employmentVerbs" -> f.employmentVerbs = words(p, field);
                    case "employmentPresent" -> f.employmentPresent = words(p, field);
                    case "employerPrepositions" -> f.employerPrepositions = words(p, field);
                    case "titlePrepositions" -> f.titlePrepositions = words(p, field);
                    case "institutionsNamedBefore" -> f.institutionsNamedBefore = words(p, field);
                    case "institutionPrefixes" -> f.institutionPrefixes = words(p, field);
                    case "phoneLabels" -> f.phoneLabels = words(p, field);
                    case "noteLabels" -> f.noteLabels = words(p, field);
                    case "notEmploymentTitles" -> f.notEmploymentTitles = groups(p, field);
                    case "headings" -> {
                        f.headings = groups(p, field);
                        for (String kind : f.headings.keySet()) {
                            if (!FileShape.isHeadingKind(kind)) {
                                throw new IOException(BUILT_IN + ": 'headings' has an unknown section kind '" + kind
                                        + "': use one of " + FileShape.headingKinds());
                            }
                        }
                    }
                    default -> throw new IOException(BUILT_IN + ": unknown field '" + field + "'");
                }
            }
        }
        return f;
    }

    /** A mapping of names to word lists ("membership: [member, ...]"). */
    private static Map<String, List<String>> groups(JsonParser p, String field) throws IOException {
        expect(p, p.currentToken(), JsonToken.START_OBJECT, field);
        Map<String, List<String>> kinds = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String kind = p.currentName();
            p.nextToken();
            kinds.put(kind, words(p, field + "." + kind));
        }
        return kinds;
    }

    private static List<String> words(JsonParser p, String field) throws IOException {
        expect(p, p.currentToken(), JsonToken.START_ARRAY, field);
        List<String> out = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            if (t == null || !t.isScalarValue() || t == JsonToken.VALUE_NULL) {
                throw new IOException(BUILT_IN + ": '" + field + "' holds something other than words");
            }
            String word = p.getValueAsString();  // as Jackson's String binding reads a scalar
            // a word listed twice is a slip (and an edit to one copy would not take effect)
            if (!seen.add(word.strip().toLowerCase(java.util.Locale.ROOT))) {
                throw new IOException(BUILT_IN + " line " + p.currentLocation().getLineNr() + ": '" + field
                        + "' lists '" + word + "' twice");
            }
            out.add(word);
        }
        return out;
    }

    private static void expect(JsonParser p, JsonToken actual, JsonToken wanted, String what) throws IOException {
        if (actual != wanted) {
            throw new IOException(BUILT_IN + " line " + p.currentLocation().getLineNr() + ": " + what
                    + " should be " + (wanted == JsonToken.START_ARRAY ? "a list" : "a mapping"));
        }
    }

    /** The YAML file's shape. */
    static final class FileShape {
        public List<String> titleWords = List.of();
        public Map<String, List<String>> notEmploymentTitles = Map.of();
        public List<String> employerWords = List.of();
        public List<String> qualificationWords = List.of();
        public List<String> institutionWords = List.of();
        public List<String> regions = List.of();
        public List<String> towns = List.of();
        public List<String> qualificationGrades = List.of();
        public List<String> teamWords = List.of();
        public List<String> subjectWords = List.of();
        public List<String> certificationStatus = List.of();
        public List<String> declarations = List.of();
        public List<String> notNameWords = List.of();
        public List<String> placeholderEmployers = List.of();
        public List<String> placeholderPlaces = List.of();
        public List<String> titleLabels = List.of();
        public List<String> otherPersonWords = List.of();
        public List<String> headlineAspirations = List.of();
        public List<String> employerLabels = List.of();
        public List<String> datesLabels = List.of();
        public List<String> descriptionLabels = List.of();
        public List<String> emptyValues = List.of();
        public List<String> employmentVerbs = List.of();
        public List<String> employmentPresent = List.of();
        public List<String> employerPrepositions = List.of();
        public List<String> titlePrepositions = List.of();
        public List<String> institutionsNamedBefore = List.of();
        public List<String> institutionPrefixes = List.of();
        public List<String> phoneLabels = List.of();
        public List<String> noteLabels = List.of();
        public Map<String, List<String>> headings = Map.of();

        /** The list of this name: a field ({@code titleWords}) or a group's entry ({@code headings.skills}). */
        List<String> get(String name) {
            int dot = name.indexOf('.');
            if (dot > 0) {
                return group(name, name.substring(0, dot)).getOrDefault(name.substring(dot + 1), List.of());
            }
            try {
                java.lang.reflect.Field field = FileShape.class.getField(name);
                if (field.getType() == List.class) {
                    @SuppressWarnings("unchecked")
                    List<String> list = (List<String>) field.get(this);
                    return list;
                }
            } catch (NoSuchFieldException | IllegalAccessException e) {
                // named below
            }
            throw unknown(name);
        }

        void set(String name, List<String> words) {
            get(name);  // checks the name
            int dot = name.indexOf('.');
            if (dot > 0) {
                String kind = name.substring(dot + 1);
                if (name.startsWith("headings.") && !isHeadingKind(kind)) {
                    throw new SkillsModelException("cvVocabulary: unknown section kind '" + kind + "' in '" + name
                            + "': use one of " + headingKinds());
                }
                Map<String, List<String>> group = new LinkedHashMap<>(group(name, name.substring(0, dot)));
                group.put(kind, words);
                if (name.startsWith("headings.")) {
                    headings = group;
                } else {
                    notEmploymentTitles = group;
                }
                return;
            }
            try {
                FileShape.class.getField(name).set(this, words);
            } catch (NoSuchFieldException | IllegalAccessException e) {
                throw unknown(name);
            }
        }

        private Map<String, List<String>> group(String name, String group) {
            return switch (group) {
                case "headings" -> headings;
                case "notEmploymentTitles" -> notEmploymentTitles;
                default -> throw unknown(name);
            };
        }

        private static SkillsModelException unknown(String name) {
            List<String> known = new ArrayList<>();
            for (java.lang.reflect.Field f : FileShape.class.getFields()) {
                known.add(f.getType() == List.class ? f.getName() : f.getName() + ".<kind>");
            }
            return new SkillsModelException("cvVocabulary: unknown list '" + name + "': the lists are "
                    + String.join(", ", known));
        }

        static boolean isHeadingKind(String kind) {
            return headingKinds().contains(kind);
        }

        static List<String> headingKinds() {
            return java.util.Arrays.stream(SectionKind.values()).filter(k -> k != SectionKind.HEADER)
                    .map(k -> k.name().toLowerCase(java.util.Locale.ROOT)).toList();
        }
    }
}

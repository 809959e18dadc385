package io.pmotoolkit.resume.structure;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words that tell a CV's parts apart, from {@code cv-vocabulary.yaml} beside this class: job title
 * words, employer words, qualification and institution words, places, titles of entries that are not
 * employment, and declarations.
 *
 * <p>Each list matches whole words, case-insensitively, except {@code regions}, whose codes ("CA", "IN",
 * "OR") are matched as written.
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
    private final Pattern declarations;
    private final Pattern notNameWords;
    private final Pattern placeholderEmployers;
    private final Map<String, Pattern> notEmployment;
    private final Pattern titleLabel;
    private final Pattern otherPersonWords;
    private final Pattern headlineAspirations;

    private CvVocabulary(FileShape f) {
        titleWords = words(f.titleWords, true);
        employerWords = words(f.employerWords, true);
        qualificationWords = words(f.qualificationWords, true);
        institutionWords = words(f.institutionWords, true);
        regions = words(f.regions, false);
        declarations = words(f.declarations, true);
        notNameWords = words(f.notNameWords, true);
        placeholderEmployers = words(f.placeholderEmployers, false);
        notEmployment = new LinkedHashMap<>();
        f.notEmploymentTitles.forEach((kind, titles) -> notEmployment.put(kind, exactly(titles)));
        titleLabel = Pattern.compile("(?:" + alternatives(f.titleLabels) + ")\\s*[:\\-\u2013]\\s*",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        otherPersonWords = words(f.otherPersonWords, true);
        headlineAspirations = words(f.headlineAspirations, true);
    }

    /**
     * The length of the label naming the person's own title that opens the text ("Designation: ", "Current
     * role - "), or 0 when none does.
     */
    public int titleLabelLength(String text) {
        Matcher m = titleLabel.matcher(text);
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

    boolean hasTitleWord(String text) {
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
     * The text with each employer placeholder set apart by bars: anonymised datasets run it into the title
     * ("Project Manager Company Name City , State").
     */
    String separatePlaceholders(String text) {
        return placeholderEmployers.matcher(text).replaceAll(" | $0 | ");
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

    /** Whether the text names a region or country ("CA", "United Kingdom", "Remote"). */
    boolean isRegion(String text) {
        return regions.matcher(text.strip()).matches();
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
        return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives(list) + ")(?![\\p{L}\\p{N}])",
                ignoreCase ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0);
    }

    /** The whole title, or the title then a comma, a bracket or "of"/"at"/"for" ("Member, Delta Sigma Pi"). */
    private static Pattern exactly(List<String> list) {
        return Pattern.compile("(?:" + alternatives(list) + ")(?:\\s*[,(].*|\\s+(?:of|at|for)\\b.*)?",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** Longest first, so that "vice president" wins over "president". */
    private static String alternatives(List<String> list) {
        List<String> sorted = new ArrayList<>(list);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder sb = new StringBuilder();
        for (String w : sorted) {
            sb.append(sb.isEmpty() ? "" : "|").append(Pattern.quote(w.strip()));
        }
        return sb.toString();
    }

    private static CvVocabulary load() {
        try (InputStream in = CvVocabulary.class.getResourceAsStream(BUILT_IN)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + BUILT_IN);
            }
            return new CvVocabulary(read(in));
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
                    case "declarations" -> f.declarations = words(p, field);
                    case "notNameWords" -> f.notNameWords = words(p, field);
                    case "placeholderEmployers" -> f.placeholderEmployers = words(p, field);
                    case "titleLabels" -> f.titleLabels = words(p, field);
                    case "otherPersonWords" -> f.otherPersonWords = words(p, field);
                    case "headlineAspirations" -> f.headlineAspirations = words(p, field);
                    case "notEmploymentTitles" -> {
                        expect(p, p.currentToken(), JsonToken.START_OBJECT, field);
                        Map<String, List<String>> kinds = new LinkedHashMap<>();
                        while (p.nextToken() == JsonToken.FIELD_NAME) {
                            String kind = p.currentName();
                            p.nextToken();
                            kinds.put(kind, words(p, field + "." + kind));
                        }
                        f.notEmploymentTitles = kinds;
                    }
                    default -> throw new IOException(BUILT_IN + ": unknown field '" + field + "'");
                }
            }
        }
        return f;
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
        public List<String> declarations = List.of();
        public List<String> notNameWords = List.of();
        public List<String> placeholderEmployers = List.of();
        public List<String> titleLabels = List.of();
        public List<String> otherPersonWords = List.of();
        public List<String> headlineAspirations = List.of();
    }
}

package io.pmotoolkit.resume.structure;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
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
    private final Map<String, Pattern> notEmployment;

    private CvVocabulary(FileShape f) {
        titleWords = words(f.titleWords, true);
        employerWords = words(f.employerWords, true);
        qualificationWords = words(f.qualificationWords, true);
        institutionWords = words(f.institutionWords, true);
        regions = words(f.regions, false);
        declarations = words(f.declarations, true);
        notNameWords = words(f.notNameWords, true);
        notEmployment = new LinkedHashMap<>();
        f.notEmploymentTitles.forEach((kind, titles) -> notEmployment.put(kind, exactly(titles)));
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
        while (m.find()) {
            if (m.end() == t.length() || OF.matcher(t.substring(m.end())).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /** "Director of Operations", "Head of PMO", "Manager for EMEA": the head noun before its complement. */
    private static final Pattern OF = Pattern.compile("(?i)\\s+(?:of|for|to)\\s");

    private static final Pattern TRAILING = Pattern.compile("(?:\\s*\\([^)]*\\)|[\\s.,;:]+)+$");

    boolean hasEmployerWord(String text) {
        return employerWords.matcher(text).find();
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
            String q = Pattern.quote(w.strip());
            // a word written with a final full stop ("co.", "b.s.") also matches without it at a line's end
            sb.append(sb.isEmpty() ? "" : "|").append(q);
        }
        return sb.toString();
    }

    private static CvVocabulary load() {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        try (InputStream in = CvVocabulary.class.getResourceAsStream(BUILT_IN)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + BUILT_IN);
            }
            return new CvVocabulary(yaml.readValue(in, FileShape.class));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + BUILT_IN, e);
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
    }
}

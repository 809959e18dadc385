package io.pmotoolkit.resume.sections;

import io.pmotoolkit.core.text.TextCleaner;
import io.pmotoolkit.resume.checks.DateRangeParser;
import io.pmotoolkit.resume.read.CvDocument;
import io.pmotoolkit.resume.read.CvLine;
import io.pmotoolkit.resume.read.LineOrigin;
import io.pmotoolkit.resume.structure.CvVocabulary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Splits a CV into sections at its headings.
 *
 * <p>A heading is a short line (at most five words, no sentence punctuation at the end, an optional
 * trailing colon) whose words are a known section name, such as "Work experience", "PROFESSIONAL SUMMARY"
 * or "Licenses &amp; certifications" (case and spacing do not matter; letter-spaced capitals are closed up
 * by the reader). A known name alone on a short line is enough, since people often type "EXPERIENCE"
 * without styling; the reader's heading hint (bold, larger, all capitals) lets a line such as
 * "Experience &amp; Leadership" count by its first known name, and lets a few other section names
 * ("Contact", "Publications") open {@link SectionKind#OTHER} sections. Job titles are never headings. The
 * names are data: {@code headings} in {@code cv-vocabulary.yaml}, which a skills file's {@code cvVocabulary}
 * can extend or replace.
 *
 * <p>Lines before the first heading form a {@link SectionKind#HEADER} section. A PDF sidebar and the
 * page footers are read as streams of their own: their lines go under their own headings, and a main
 * column section that a sidebar interrupts carries on after it.
 *
 * {@snippet :
 * List<Section> sections = new SectionDetector().detect(new CvReader().read(Path.of("cv.pdf")));
 * }
 *
 * <p>Thread-safe: immutable.
 */
public final class SectionDetector {

    /** Each heading name's key ({@link #key}), with and without its spaces, to the kind it opens. */
    private final Map<String, SectionKind> headings;
    private final CvVocabulary vocabulary;
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?;,]$");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}&]+");
    private static final Pattern DIGIT = Pattern.compile("\\d");

    /** A detector of the built-in headings ({@code headings} in {@code cv-vocabulary.yaml}). */
    public SectionDetector() {
        this(CvVocabulary.builtIn());
    }

    /** A detector of the vocabulary's headings (a skills file's {@code cvVocabulary} may add some). */
    public SectionDetector(CvVocabulary vocabulary) {
        Map<String, SectionKind> m = new LinkedHashMap<>();
        vocabulary.headings().forEach((kind, names) -> {
            for (String n : names) {
                String k = key(n);
                m.put(k, kind);
                m.put(k.replace(" ", ""), kind);
            }
        });
        headings = Map.copyOf(m);
        this.vocabulary = vocabulary;
    }

    /** Finds the sections of a document, in order of their first line. */
    public List<Section> detect(CvDocument doc) {
        Map<String, Builder> current = new LinkedHashMap<>();
        List<Builder> all = new ArrayList<>();
        List<CvLine> lines = doc.lines();
        for (int i = 0; i < lines.size(); i++) {
            CvLine line = lines.get(i);
            String stream = stream(line.origin());
            Optional<SectionKind> kind = kindOf(line);
            if (kind.isPresent()) {
                Builder b = new Builder(kind.get(), line.text());
                Builder open = current.get(stream);
                if (kind.get() == SectionKind.ACHIEVEMENTS && open != null) {
                    // "Key Achievements:" under a role may be a sub-heading of the experience: decided below
                    Builder root = open.subOf != null ? open.subOf : open.kind == SectionKind.EXPERIENCE ? open : null;
                    if (root != null) {
                        b.subOf = root;
                        b.headingLine = new NumberedLine(i + 1, line);
                    }
                }
                all.add(b);
                current.put(stream, b);
                continue;
            }
            // A table laid out as "heading cell | content cell" reads as one line: "Experience | Project
            // Support Officer | ...". The first cell opens the section, the rest is its first line.
            int bar = line.text().indexOf(" | ");
            if (bar > 0) {
                CvLine head = new CvLine(line.text().substring(0, bar), line.page(), false, true, line.origin());
                Optional<SectionKind> cellKind = kindOf(head);
                if (cellKind.isPresent()) {
                    Builder b = new Builder(cellKind.get(), head.text());
                    all.add(b);
                    current.put(stream, b);
                    String rest = line.text().substring(bar + 3).strip();
                    boolean bullet = TextCleaner.isBullet(rest);
                    b.lines.add(new NumberedLine(i + 1, new CvLine(bullet ? TextCleaner.stripBullet(rest) : rest,
                            line.page(), bullet, false, line.origin())));
                    continue;
                }
            }
            Builder b = current.get(stream);
            if (b == null) {
                b = new Builder(SectionKind.HEADER, "");
                all.add(b);
                current.put(stream, b);
            }
            b.lines.add(new NumberedLine(i + 1, line));
        }
        List<Builder> kept = new ArrayList<>();
        for (Builder b : all) {
            if (b.subOf != null && isSubHeading(b)) {
                b.subOf.lines.add(b.headingLine);
                b.subOf.lines.addAll(b.lines);
            } else {
                kept.add(b);
            }
        }
        List<Section> out = new ArrayList<>();
        for (Builder b : kept) {
            out.add(new Section(b.kind, b.heading, b.lines));
        }
        return out;
    }

    /**
     * Whether an achievements heading right after the experience belongs to a role rather than opening a
     * section of its own: written as a label ("Key Achievements:"), or followed by another dated role
     * before the next heading. Otherwise the next role's lines would be filed under "achievements".
     */
    private static boolean isSubHeading(Builder b) {
        if (b.heading.strip().endsWith(":")) {
            return true;
        }
        for (NumberedLine l : b.lines) {
            if (DATED_ROLE.matcher(l.text()).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A role's dates: "Jan 2019 – Mar 2022", "2019 - Present", "03/2019 to 04/2021"; a year, a dash or range word
     * and a year or an ongoing word, of {@link DateRangeParser}'s parts, with up to 12 characters (a month) between.
     */
    private static final Pattern DATED_ROLE = Pattern.compile("(?i)\\b" + DateRangeParser.YEAR + "\\b.{0,12}?(?:"
            + DateRangeParser.DASHES + "|\\b(?:" + DateRangeParser.RANGE_WORDS + ")\\b).{0,12}?\\b(?:"
            + DateRangeParser.YEAR + "|" + DateRangeParser.ONGOING + ")\\b");

    /** The section a line opens, if it is a built-in heading. */
    public static Optional<SectionKind> headingKind(CvLine line) {
        return BuiltIn.DETECTOR.kindOf(line);
    }

    /** The section a line opens, if it is one of this detector's headings. */
    public Optional<SectionKind> kindOf(CvLine line) {
        if (line.bullet()) {
            return Optional.empty();
        }
        String text = withoutTrailing(line.text().strip());
        if (text.isEmpty() || text.length() > 50 || SENTENCE_END.matcher(text).find() || DIGIT.matcher(text).find()) {
            return Optional.empty();
        }
        String key = key(text);
        String[] words = key.split(" ");
        if (words.length > 5) {
            return Optional.empty();
        }
        SectionKind exact = headings.get(key);
        if (exact == null) {
            exact = headings.get(key.replace(" ", ""));
        }
        if (exact != null) {
            return Optional.of(exact);
        }
        boolean hinted = line.heading() || isCapitals(text);
        if (!hinted || vocabulary.hasTitleWord(text)) {
            return Optional.empty();
        }
        // "Experience & Leadership", "SKILLS AND INTERESTS": the first known name that starts the line
        for (int n = Math.min(3, words.length - 1); n >= 1; n--) {
            StringBuilder prefix = new StringBuilder();
            for (int k = 0; k < n; k++) {
                prefix.append(k == 0 ? "" : " ").append(words[k]);
            }
            SectionKind k = headings.get(prefix.toString());
            if (k != null && k != SectionKind.OTHER && (words[n].equals("and") || words[n].equals("&"))) {
                return Optional.of(k);
            }
        }
        // "Computer Engineering Experience", "Leadership and Work Experience", "Selected Technical Projects":
        // a styled heading qualified in front of a known name
        for (int n = Math.min(2, words.length - 1); n >= 1; n--) {
            String suffix = String.join(" ", java.util.Arrays.copyOfRange(words, words.length - n, words.length));
            SectionKind k = suffix.equals("work") || suffix.equals("project") ? null : headings.get(suffix);
            if (k == SectionKind.EXPERIENCE || k == SectionKind.PROJECTS || k == SectionKind.EDUCATION) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /** The text without trailing spaces, colons, dashes and bars (the characters of {@code [\\s:：\\-–—|]}). */
    private static String withoutTrailing(String text) {
        int end = text.length();
        while (end > 0 && (TRAILING_CHARS.indexOf(text.charAt(end - 1)) >= 0)) {
            end--;
        }
        return text.substring(0, end);
    }

    private static final String TRAILING_CHARS = " \t\n\u000B\f\r:\uFF1A-\u2013\u2014|";

    private static boolean isCapitals(String text) {
        boolean letter = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letter |= Character.isLetter(c);
        }
        return letter;
    }

    /** Lower case, "&" and "and" as one, punctuation as spaces: "Licenses & Certifications" → "licenses and certifications". */
    static String key(String text) {
        String k = NON_WORD.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
        return k.replace("&", " and ").replaceAll("\\s+", " ").strip();
    }

    private static String stream(LineOrigin origin) {
        return switch (origin) {
            case SIDEBAR -> "sidebar";
            case FOOTER -> "footer";
            default -> "main";
        };
    }

    /** The built-in detector, made on first use (after this class's patterns). */
    private static final class BuiltIn {
        static final SectionDetector DETECTOR = new SectionDetector(CvVocabulary.builtIn());
    }

    private static final class Builder {
        final SectionKind kind;
        final String heading;
        final List<NumberedLine> lines = new ArrayList<>();
        /** The experience section an achievements heading may belong to, or null. */
        Builder subOf;
        /** That heading, kept as a line of the experience if it does. */
        NumberedLine headingLine;

        Builder(SectionKind kind, String heading) {
            this.kind = kind;
            this.heading = heading;
        }
    }
}

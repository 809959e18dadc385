package io.pmotoolkit.resume.structure;

import io.pmotoolkit.resume.checks.DateRange;
import io.pmotoolkit.resume.checks.DateRangeParser;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A role written as a sentence rather than as a header: "Worked with Acme Ltd as Sales Manager (16th Jan 2017 to
 * 30th Aug 2018)", "Currently working at Acme Works since May 2018 to till date as a Civil Engineer", "I'm a test
 * engineer working at Acme from past 1 year", "At Acme Infrastructure Bangalore   Sep 2015 - Oct 2016". The words
 * are the vocabulary's ({@code employmentVerbs}, {@code employerPrepositions}, {@code titlePrepositions},
 * {@code employmentPresent}).
 *
 * <p>Thread-safe: stateless apart from the vocabulary, which is immutable.
 */
final class SentenceRoles {

    /**
     * What a sentence says of a job.
     *
     * @param title    the title after "as", with a job-title word, or null
     * @param employer the name after "at"/"with"/"in"/"for", capitalised, or null
     * @param range    the dates in the line, or null
     * @param present  whether the sentence says the job is held now and gives no end date
     * @param only     whether the line says nothing else (no duty beside the role), so it is a header, not a statement
     */
    record Found(String title, String employer, DateRange range, boolean present, boolean only) {
    }

    /** Words of a title or an employer's name in a sentence, at most. */
    private static final int MAX_NAME_WORDS = 7;
    private static final Pattern LEAD = Pattern.compile("^[\\s\\p{Ps}\\p{Pd}•·*▪➢►✓\\d.)]*");
    /** "16th Jan 2017", "1-Jan 2016", "18-Aug-2012": a day before the month, which the date parser does not read. */
    private static final Pattern DAY = Pattern.compile("(?i)\\b\\d{1,2}(?:st|nd|rd|th)?[\\s-]+(?=(?:"
            + DateRangeParser.MONTH + ")\\b)");
    private static final Pattern MONTH_DASH_YEAR = Pattern.compile("(?i)\\b((?:" + DateRangeParser.MONTH + "))-(?=(?:19|20)\\d{2})");
    private static final Pattern TO_TILL = Pattern.compile("(?i)\\bto\\s+till\\b(?!\\s+date)");
    /** Where a name or a title ends: a comma, a bracket, a semicolon, a colon or a full stop after a word (not "Sr."). */
    private static final Pattern STOP = Pattern.compile("[,;:()\\[\\]]|(?<=\\p{L}{5}|\\d)\\.(?=\\s|$)|\\t");
    private static final Pattern ARTICLE = Pattern.compile("(?i)^(?:a|an|the)\\s+");
    private static final Pattern I_AM = Pattern.compile("(?i)(?:^|\\b)(?:i'm|i’m|i am)\\s+(?:a|an)\\s+(.+?)\\s*$");
    private static final Pattern AT_LINE = Pattern.compile("(?i)^at\\s+(?=\\p{Lu})");
    private static final DateRangeParser PARSER = new DateRangeParser();

    private final CvVocabulary vocabulary;

    SentenceRoles(CvVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /**
     * What the line says of a job, or null when it is not a sentence about one (no employment verb, or neither
     * an employer nor a title after it).
     *
     * @param text a line of the CV
     * @param now  the month "present" means
     */
    Found read(String text, YearMonth now) {
        String t = LEAD.matcher(text).replaceFirst("").strip();
        if (t.isEmpty() || t.length() > 400) {
            return null;
        }
        // the dates are read only for a line that may be a role sentence: most lines of a CV are not
        Matcher at = AT_LINE.matcher(t);
        DateRange atRange = at.lookingAt() ? dates(t, now) : null;
        if (atRange != null) {
            DateRange range = atRange;
            // "At Acme Infrastructure Bangalore   Sep 2015 - Oct 2016": the employer, its town and the dates
            Matcher d = DATE_START.matcher(t);
            String name = d.find(at.end()) ? withoutTown(Segments.trim(t.substring(at.end(), d.start()))) : "";
            return name.isEmpty() || name.split("\\s+").length > MAX_NAME_WORDS || !Character.isUpperCase(name.codePointAt(0)) ? null
                    : new Found(null, name, range, false, only(t, null, name));
        }
        Matcher verb = vocabulary.employmentVerbs(t);
        while (verb.find()) {
            String before = t.substring(0, verb.start());
            String title = null;
            String employer = null;
            Matcher iAm = I_AM.matcher(before);
            if (iAm.find()) {
                title = title(iAm.group(1));
            }
            String rest = t.substring(verb.end());
            for (int guard = 0; !rest.isBlank() && guard < 8; guard++) {
                String[] first = rest.strip().split("\\s+", 2);
                String word = first[0].replaceAll("[^\\p{L}]", "");
                String after = first.length > 1 ? first[1] : "";
                if (word.equalsIgnoreCase("experience") || word.isEmpty()) {
                    rest = after;
                } else if (vocabulary.isEmployerPreposition(word) && employer == null) {
                    String head = head(after);
                    String name = withoutTown(Segments.trim(head));
                    if (name.isEmpty() || !Character.isUpperCase(name.codePointAt(0)) || ARTICLE.matcher(name).find()) {
                        break;
                    }
                    // "Experience in India: 1) Working at Acme …": a place is not the employer; read on
                    employer = Places.isPlace(vocabulary, name) ? null : name;
                    rest = after.substring(head.length());
                } else if (vocabulary.isTitlePreposition(word) && title == null) {
                    String phrase = ARTICLE.matcher(after).replaceFirst("");
                    String head = head(phrase);
                    title = title(head);
                    rest = phrase.substring(head.length());
                } else {
                    // a place or the dates between the parts ("AT NALLASOPARA (WEST) Mumbai since JUNE 2014 …. As a …");
                    // only a title is looked for past them: "… from the site across the plant for Testing" names no employer
                    int next = nextPreposition(rest.strip());
                    if (next <= 0) {
                        break;
                    }
                    rest = rest.strip().substring(next);
                    if (!vocabulary.isTitlePreposition(rest.split("\\s+", 2)[0].replaceAll("[^\\p{L}]", ""))) {
                        break;
                    }
                }
            }
            if (employer != null || title != null) {
                DateRange range = dates(t, now);
                boolean present = vocabulary.saysPresent(before) || vocabulary.saysPresent(verb.group());
                return new Found(title, employer, range, range == null ? present : range.ongoing(), only(t, title, employer));
            }
        }
        return null;
    }

    /** Where the next employer or title preposition after the first word starts, or -1. */
    private int nextPreposition(String text) {
        Matcher w = WORD.matcher(text);
        boolean firstWord = true;
        while (w.find()) {
            if (!firstWord && (vocabulary.isEmployerPreposition(w.group()) || vocabulary.isTitlePreposition(w.group()))) {
                return w.start();
            }
            firstWord = false;
        }
        return -1;
    }

    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Pattern DATE_START = Pattern.compile("(?i)(?:\\b\\d{1,2}(?:st|nd|rd|th)?[\\s-]+)?\\b(?:"
            + DateRangeParser.MONTH + "|" + DateRangeParser.YEAR + ")\\b");

    /**
     * The text up to its first stop, preposition, clause word or date, at most {@link #MAX_NAME_WORDS} words (as
     * written, for the caller to go on after it); empty when longer.
     */
    private String head(String text) {
        Matcher stop = STOP.matcher(text);
        String upTo = stop.find() ? text.substring(0, stop.start()) : text;
        Matcher w = NON_SPACE.matcher(upTo);
        int n = 0;
        int end = 0;
        while (w.find()) {
            String bare = w.group().replaceAll("[^\\p{L}]", "");
            if (n > 0 && (vocabulary.isEmployerPreposition(bare) || vocabulary.isTitlePreposition(bare)
                    || STOP_WORDS.contains(bare.toLowerCase(Locale.ROOT)) || startsDate(w.group()))) {
                break;
            }
            if (++n > MAX_NAME_WORDS) {
                return "";
            }
            end = w.end();
        }
        return upTo.substring(0, end);
    }

    private static final Pattern NON_SPACE = Pattern.compile("\\S+");
    /** Words that end a name in a sentence besides the prepositions: a date or a clause begins. */
    private static final Set<String> STOP_WORDS = Set.of("since", "from", "till", "until", "to",
            "during", "where", "and", "which", "who", "on");

    private static boolean startsDate(String word) {
        return DATE_WORD.matcher(word).matches();
    }

    private static final Pattern DATE_WORD = Pattern.compile("(?i)\\W*(?:\\d{1,2}(?:st|nd|rd|th)?-?|(?:"
            + DateRangeParser.MONTH + ")\\W*|" + DateRangeParser.YEAR + "\\W*)");

    /**
     * A line that is only a title ("A Civil Engineer (1.4 Years)", "• Designation - Software Developer.") as the title,
     * or null: at most {@code maxWords} words ending with a job-title word, no employer word, no list comma.
     */
    String titleLine(String line, int maxWords) {
        String t = LEAD.matcher(line).replaceFirst("");
        int label = vocabulary.titleLabelLength(t);
        t = t.substring(label > 0 ? label : vocabulary.bareTitleLabelLength(t));
        t = ARTICLE.matcher(TRAILING_BRACKET.matcher(t.strip()).replaceAll("")).replaceFirst("");
        t = FINAL_STOP.matcher(Segments.trim(t)).replaceFirst("");
        return !t.isEmpty() && t.split("\\s+").length <= maxWords && vocabulary.endsWithTitleWord(t)
                && !vocabulary.hasEmployerWord(t) && !t.contains(",") ? t : null;
    }

    /** A full stop after a whole word ends the sentence, not the title ("Software Developer." but "Sr."). */
    private static final Pattern FINAL_STOP = Pattern.compile("(?<=\\p{L}{4})\\.$");
    private static final Pattern TRAILING_BRACKET = Pattern.compile("\\s*\\([^)]*\\)[\\s.]*$");

    /**
     * The phrase as a title, up to its last job-title word ("java developer over Hibernate technology" → "java
     * developer"), or null without one.
     */
    private String title(String phrase) {
        String p = FINAL_STOP.matcher(Segments.trim(phrase)).replaceFirst("");
        String[] words = p.split("\\s+");
        int last = -1;
        for (int i = 0; i < words.length; i++) {
            if (vocabulary.hasTitleWord(words[i])) {
                last = i;
            }
        }
        if (p.isEmpty() || last < 0 || words.length > MAX_NAME_WORDS) {
            return null;
        }
        String t = FINAL_STOP.matcher(Segments.trim(String.join(" ", List.of(words).subList(0, last + 1)))).replaceFirst("");
        return vocabulary.hasEmployerWord(t) ? null : t;
    }

    /** Words of a role's sentence besides its fields, dates and link words, at most, for the line to be only that. */
    private static final int OTHER_WORDS = 3;
    private static final Pattern DATE_TOKEN = Pattern.compile("(?i)(?:" + DateRangeParser.MONTH + "|" + DateRangeParser.YEAR
            + "|\\d{1,2}(?:st|nd|rd|th)?|to|till|until|date|present|current|now|since|from|years?|yrs?|months?|\\d+(?:\\.\\d+)?)");
    private static final Set<String> LINK_WORDS = Set.of("a", "an", "the", "i", "i'm", "im", "am", "was", "have", "been",
            "as", "currently", "presently", "previous", "previously");

    /** Whether the line holds nothing but the role: its employer, title, dates, place and the words that link them. */
    private boolean only(String line, String title, String employer) {
        Set<String> fields = new java.util.HashSet<>();
        for (String f : new String[] {title, employer}) {
            if (f != null) {
                for (String w : f.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}']+")) {
                    fields.add(w);
                }
            }
        }
        int other = 0;
        for (String w : line.split("[^\\p{L}\\p{N}'’.]+")) {
            // the place is looked up as written: the vocabulary's towns and regions are matched in their case
            String written = w.replaceAll("^[.]+|[.]+$", "");
            String bare = written.toLowerCase(Locale.ROOT);
            if (bare.isEmpty() || fields.contains(bare) || DATE_TOKEN.matcher(bare).matches() || LINK_WORDS.contains(bare)
                    || vocabulary.isEmployerPreposition(bare) || vocabulary.isTitlePreposition(bare)
                    || vocabulary.employmentVerbs(bare).matches() || Places.isPlace(vocabulary, written)) {
                continue;
            }
            other++;
        }
        return other <= OTHER_WORDS;
    }

    /** The name without a known town or region after it ("United Telecom Limited Ranchi" → "United Telecom Limited"). */
    private String withoutTown(String name) {
        String[] w = name.split("\\s+");
        if (w.length > 1 && vocabulary.isRegion(w[w.length - 1])) {
            return Segments.trim(String.join(" ", List.of(w).subList(0, w.length - 1)));
        }
        return name;
    }

    /** The first date range in the line, read with the days taken off ("16th Jan 2017 to till 30th Aug 2018"). */
    static DateRange dates(String text, YearMonth now) {
        String t = DAY.matcher(text).replaceAll("");
        t = MONTH_DASH_YEAR.matcher(t).replaceAll("$1 ");
        t = TO_TILL.matcher(t).replaceAll("to");
        List<DateRange> r = PARSER.parse(t, now);
        return r.isEmpty() ? null : r.get(0);
    }
}

package io.pmotoolkit.core.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the numbers in a CV line or a sentence that measure something: percentages, money, counts of things,
 * durations, multipliers, ratios and "from X to Y" changes, returned exactly as written.
 *
 * <p>Numbers that only name or date something are not metrics and are skipped: years and dates
 * ({@code 2019}, {@code Jan 2020}, {@code 03/2021}), phone numbers, numbers glued to letters
 * ({@code PRINCE2}, {@code P3M3}, postcodes) and numbers that follow a name or a level word
 * ({@code Java 17}, {@code Windows 10}, {@code ISO 9001}, {@code Level 4}).
 *
 * {@snippet :
 * new MetricExtractor().extract("Cut reporting from 10 days to 4 days across 12 projects");
 * // ["from 10 days to 4 days", "12 projects"]
 * }
 *
 * <p>How it works: spans that must not count are first blanked out (same length, so offsets hold), then
 * the metric patterns run in priority order; a later pattern never takes characters an earlier one took.
 *
 * <p>Thread-safe: stateless; the compiled patterns are immutable.
 */
public final class MetricExtractor {

    private static final String NUM = "(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?";
    /** A number not glued to letters, digits or date punctuation on its left. */
    private static final String N = "(?<![\\p{L}\\p{N}.,/:\\-–])" + NUM;
    private static final String WORD_NUM = "(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
            + "|fifteen|eighteen|twenty|thirty|forty|fifty|sixty|ninety|a hundred|hundred|a dozen|dozen)";
    private static final Pattern ANY_NUMBER_WORD = Pattern.compile("(?i)\\b(?:" + WORD_NUM.substring(3, WORD_NUM.length() - 1)
            + "|zero)\\b");

    private static boolean mayHoldNumber(String line) {
        return hasDigit(line) || hasNumberWord(line);
    }

    /** Whether a run of ASCII letters is a number word; a quick superset of {@code ANY_NUMBER_WORD.find()}. */
    private static boolean hasNumberWord(String text) {
        int n = text.length();
        for (int p = 0; p < n; ) {
            if (!isAsciiLetter(text.charAt(p))) {
                p++;
                continue;
            }
            int end = p;
            while (end < n && isAsciiLetter(text.charAt(end))) {
                end++;
            }
            if (end - p >= 3 && end - p <= 8 && NUMBER_WORDS.contains(text.substring(p, end).toLowerCase(Locale.ROOT))) {
                return ANY_NUMBER_WORD.matcher(text).find();
            }
            p = end;
        }
        return false;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static final Set<String> NUMBER_WORDS = Set.of("one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve", "fifteen", "eighteen", "twenty", "thirty", "forty", "fifty",
            "sixty", "ninety", "hundred", "dozen", "zero");

    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static final String UNIT = "(?:hours?|hrs?|days?|weeks?|wks?|months?|years?|yrs?|minutes?|mins?"
            + "|seconds?|secs?|quarters?|sprints?)";
    private static final String MAGNITUDE = "(?i:k|m|mn|bn|million|billion|thousand)";
    private static final String CURRENCY = "(?:[£$€]\\s?|\\b(?:GBP|USD|EUR)\\s?)";
    /** A word ending a counted noun phrase: a plural, an acronym plural, or a collective noun. */
    private static final String PLURAL = "(?!(?i:is|was|has|does|this|its|his|us|as|thus|plus|across|less|unless"
            + "|always|perhaps|whereas|besides|towards|afterwards|yes|vs|bonus)\\b)"
            + "(?:[\\p{L}][\\p{L}-]*(?<!s)s|people|staff|personnel|FTE|headcount)(?![-\\p{L}])";
    private static final String FILLER = "(?!(?:of|the|to|and|or|in|for|by|with|from|on|at|a|an|per)\\s)";
    private static final String COUNTED = "(?:" + FILLER + "[\\p{L}][\\p{L}-]*\\s){0,2}?" + FILLER + PLURAL;

    private static final String VALUE = "(?:" + CURRENCY + ")?" + NUM + "(?:\\s?%|" + MAGNITUDE + "\\b|x\\b)?"
            + "(?:\\s(?:working\\s|business\\s)?(?:" + UNIT + "\\b|" + PLURAL + "))?";

    /** Metric patterns, in priority order. */
    private static final List<Pattern> METRICS = List.of(
            // Changes: "from 10 days to 4 days", "from 65% to 92%".
            Pattern.compile("(?i)\\bfrom\\s" + VALUE + "\\sto\\s" + VALUE),
            // Money with a currency: "£2.4m", "$500k", "€1.2 million", "£250,000", "GBP 3m", "3m GBP".
            Pattern.compile(CURRENCY + NUM + "(?:\\s?" + MAGNITUDE + "\\b)?"),
            Pattern.compile(N + "\\s?(?:" + MAGNITUDE + "\\s?)?(?:GBP|USD|EUR)\\b"),
            // Percentages, with an optional range: "30%", "12.5 %", "30 per cent", "10-15%", "5 percentage points".
            Pattern.compile(N + "(?:\\s?[-–]\\s?" + NUM + ")?(?:\\s?%|\\s?(?i:per\\s?cent|percentage points?|pp)\\b)"),
            // Multipliers: "3x", "2×", "3-fold".
            Pattern.compile(N + "(?:[x×]|-fold)(?![\\p{L}\\p{N}])"),
            // Ratios: "2:1" (a single digit after the colon, so "9:30" stays a time).
            Pattern.compile(N + ":\\d(?![\\p{N}:])"),
            // Scores: "4.5/5", "9/10".
            Pattern.compile(N + "/(?:5|10|100)(?![\\p{N}/])"),
            // Durations: "6 weeks", "two months", "12-month", "3-5 days".
            Pattern.compile("(?i)(?:" + N + "(?:\\s?[-–]\\s?" + NUM + ")?\\+?|\\b" + WORD_NUM + ")[\\s-]"
                    + "(?:working\\s|business\\s)?" + UNIT + "\\b"),
            // Group sizes: "a team of 8", "team of eight analysts".
            Pattern.compile("(?i)\\b(?:an?\\s)?(?:team|group|pool|network|community|portfolio|programme|program)"
                    + "\\sof\\s(?:" + NUM + "|" + WORD_NUM + ")\\+?(?-i)(?:\\s" + COUNTED + ")?"),
            // Counts of things: "12 projects", "40+ stakeholders", "3 PMO analysts", "1.2 million users",
            // "zero missed milestones".
            Pattern.compile(N + "(?:\\s?(?:to|-|–)\\s?" + NUM + ")?\\+?\\s(?:" + MAGNITUDE + "\\s)?" + COUNTED),
            Pattern.compile("(?i)\\bzero\\s(?-i)" + COUNTED),
            // Bare magnitudes: "500k", "2bn", "1.2 million".
            Pattern.compile(N + "(?:(?i:k|bn)\\b|\\s(?i:million|billion)\\b)"));

    /**
     * Which of {@link #METRICS} can match without a digit (through a number word: "two months", "a team of
     * eight", "zero defects"); the others start from a digit.
     */
    private static final List<Boolean> WORDS_ONLY = List.of(
            false, false, false, false, false, false, false, true, true, false, true, false);

    /** Which of {@link #METRICS} open with a number ({@code N}): they are tried only where a number starts. */
    private static final List<Boolean> NUMBER_FIRST = List.of(
            false, false, true, true, true, true, true, false, false, true, false, true);

    static {
        if (WORDS_ONLY.size() != METRICS.size() || NUMBER_FIRST.size() != METRICS.size()) {
            throw new AssertionError("WORDS_ONLY and NUMBER_FIRST need one entry per metric pattern");
        }
    }

    /** A numbered-list marker at the start, blanked: "1. ", "2) ". */
    private static final Pattern LIST_MARKER = Pattern.compile("^\\s*\\d{1,2}[.)]\\s");
    /** Spans blanked out before matching, because their numbers name or date something; they open with a word. */
    private static final List<Pattern> NOT_METRICS_AFTER_WORD = List.of(
            // Month name and year: "Jan 2020", "March 2018", "Sept. 2020".
            Pattern.compile("(?i)\\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
                    + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?,?\\s(?:'\\d{2}|\\d{4})\\b"),
            // Level and version words: "Level 4", "version 2", "Phase 3", "Step 1".
            Pattern.compile("(?i)\\b(?:level|version|v|phase|stage|step|tier|band|grade|release|sprint|wave|iso"
                    + "|windows|java|python|office|module|unit|chapter|section|page|room|floor)\\.?\\s\\d[\\d.]*"));
    /** As above, opening with a digit. */
    private static final List<Pattern> NOT_METRICS_AT_DIGIT = List.of(
            // Numeric dates: "03/2021", "3.2021", "12/03/2021", "2019-03", "2019/20".
            Pattern.compile("(?<![\\p{N}.,])\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}(?!\\p{N})"),
            Pattern.compile("(?<![\\p{N}.,])\\d{1,2}/\\d{4}(?!\\p{N})"),
            Pattern.compile("(?<![\\p{N}.,£$€])(?:19|20)\\d{2}[-/–]\\d{2}(?!\\p{N})"),
            // Times of day: "09:30".
            Pattern.compile("(?<!\\p{N})\\d{1,2}:\\d{2}(?!\\p{N})"));

    private static final Pattern PHONE = Pattern.compile(
            "(?:\\+\\d{1,3}[\\s.-]?)?(?:\\(\\d{1,5}\\)[\\s.-]?)?\\d{2,5}(?:[\\s.-]\\d{2,5}){1,4}");
    private static final Pattern YEAR = Pattern.compile("(?<![\\p{L}\\p{N}.,£$€])(?:19[5-9]\\d|20[0-4]\\d)(?![\\p{N}%])");
    private static final Pattern YEAR_AS_COUNT = Pattern.compile("^\\+?\\s" + PLURAL);
    /** A capitalised word followed by a number: a product, standard or place name ("Windows 10", "NHS 111"). */
    private static final Pattern NAME_NUMBER = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(\\p{Lu}[\\p{L}\\p{N}]*)\\s(\\d[\\d.]*)(?![\\d,]*\\s?%)");
    /** Where a sentence starts: a capitalised word after these is not a name. */
    private static final Pattern SENTENCE_START = Pattern.compile("(?:^|[.;:!?•|]\\s*|^\\W*)$");
    private static final Set<String> CURRENCY_CODES = Set.of("GBP", "USD", "EUR");

    /**
     * Returns the metrics in a line, in order of appearance, as written.
     *
     * @param line one CV line or bullet
     * @return the metrics; empty when there are none
     */
    public List<String> extract(String line) {
        Objects.requireNonNull(line, "line");
        if (!mayHoldNumber(line)) {
            // Every metric has a digit or a number word ("zero", "a dozen"); most CV lines have neither,
            // and the fifteen patterns below are a noticeable share of a batch.
            return List.of();
        }
        char[] masked = line.toCharArray();
        maskNonMetrics(line, masked);
        String text = new String(masked);
        // Dates, phone numbers and version numbers are now blanked; a line left with no digit (most dated
        // lines) can only hold a number word, and the digit patterns need not run.
        boolean digits = hasDigit(text);
        if (!digits && !hasNumberWord(text)) {
            return List.of();
        }
        int[] starts = PatternScan.wordStarts(text);
        int[] numberStarts = PatternScan.digitStarts(text);
        boolean[] taken = new boolean[line.length()];
        List<int[]> spans = new ArrayList<>();
        for (int k = 0; k < METRICS.size(); k++) {
            if (!digits && !WORDS_ONLY.get(k)) {
                continue;
            }
            int[] from = NUMBER_FIRST.get(k) ? numberStarts : starts;
            for (MatchResult m : PatternScan.findAll(METRICS.get(k), text, from)) {
                int start = m.start();
                int end = trimEnd(text, start, m.end());
                if (end > start && isFree(taken, start, end)) {
                    for (int i = start; i < end; i++) {
                        taken[i] = true;
                    }
                    spans.add(new int[] {start, end});
                }
            }
        }
        spans.sort(Comparator.comparingInt(s -> s[0]));
        List<String> out = new ArrayList<>(spans.size());
        for (int[] s : spans) {
            out.add(line.substring(s[0], s[1]).strip());
        }
        return List.copyOf(out);
    }

    private static void maskNonMetrics(String line, char[] masked) {
        Matcher marker = LIST_MARKER.matcher(line);
        if (marker.lookingAt()) {
            blank(masked, marker.start(), marker.end());
        }
        int[] words = PatternScan.wordStarts(line);
        int[] digits = PatternScan.digitStarts(line);
        for (Pattern p : NOT_METRICS_AFTER_WORD) {
            for (MatchResult m : PatternScan.findAll(p, line, words)) {
                blank(masked, m.start(), m.end());
            }
        }
        for (Pattern p : NOT_METRICS_AT_DIGIT) {
            for (MatchResult m : PatternScan.findAll(p, line, digits)) {
                blank(masked, m.start(), m.end());
            }
        }
        for (MatchResult phone : PatternScan.findAll(PHONE, line, phoneStarts(line))) {
            if (digits(phone.group()) >= 9) {
                blank(masked, phone.start(), phone.end());
            }
        }
        for (MatchResult year : PatternScan.findAll(YEAR, line, digits)) {
            if (!YEAR_AS_COUNT.matcher(line.substring(year.end())).lookingAt()) {
                blank(masked, year.start(), year.end());
            }
        }
        for (MatchResult name : PatternScan.findAll(NAME_NUMBER, line, capitalStarts(line))) {
            boolean startsSentence = SENTENCE_START.matcher(line.substring(0, name.start())).find();
            String word = name.group(1);
            if (!startsSentence && !ActionVerbs.isActionVerb(word) && !CURRENCY_CODES.contains(word)) {
                blank(masked, name.start(2), name.end(2));
            }
        }
    }

    /** Where a phone number can start: every "+", "(" and ASCII digit (a number can start inside a run of digits). */
    private static int[] phoneStarts(String text) {
        int[] starts = new int[text.length()];
        int n = 0;
        for (int p = 0; p < text.length(); p++) {
            char c = text.charAt(p);
            if (c == '+' || c == '(' || PatternScan.isAsciiDigit(c)) {
                starts[n++] = p;
            }
        }
        return java.util.Arrays.copyOf(starts, n);
    }

    /** Where an upper-case letter (or a surrogate, which may be one) follows anything but a letter or digit. */
    private static int[] capitalStarts(String text) {
        int[] starts = new int[text.length()];
        int n = 0;
        for (int p = 0; p < text.length(); p++) {
            char c = text.charAt(p);
            if ((Character.isUpperCase(c) || Character.isSurrogate(c))
                    && (p == 0 || !Character.isLetterOrDigit(text.charAt(p - 1)))) {
                starts[n++] = p;
            }
        }
        return java.util.Arrays.copyOf(starts, n);
    }

    private static void blank(char[] masked, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!Character.isWhitespace(masked[i])) {
                masked[i] = '#';
            }
        }
    }

    private static int digits(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    private static int trimEnd(String text, int start, int end) {
        int e = end;
        while (e > start && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return e;
    }

    private static boolean isFree(boolean[] taken, int start, int end) {
        for (int i = start; i < end; i++) {
            if (taken[i]) {
                return false;
            }
        }
        return true;
    }
}

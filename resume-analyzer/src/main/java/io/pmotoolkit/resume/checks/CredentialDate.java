package io.pmotoolkit.resume.checks;

import io.pmotoolkit.core.model.CertificationWords;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The year a CV gives for a credential, and what that year is: obtained ("PMP, 2019", "PRINCE2 Practitioner
 * (2018)"), last renewed ("renewed 2025") or the end of its validity ("valid until 2027"). The words that say
 * which come from the skills model ({@link CertificationWords}).
 *
 * <p>Years that belong to something else are not taken: a date range ("2016 – 2019", "Mar 2018 – Present"),
 * which on a CV is a job's or a course's span, and an edition year written inside the credential's name
 * ("PRINCE2 2017 Practitioner", "ITIL 2011 Foundation"). A year after this one ({@code now}) is not a year
 * obtained or renewed.
 *
 * {@snippet :
 * Optional<CredentialDate> d = CredentialDate.in(", renewed Mar 2025", words, forms, 2026, false);
 * // RENEWED 2025
 * }
 *
 * @param kind what the year is
 * @param year the year
 */
public record CredentialDate(Kind kind, int year) {

    /** What a year beside a credential says. */
    public enum Kind {
        /** The year obtained (or passed). */
        OBTAINED,
        /** The year of the last renewal. */
        RENEWED,
        /** The last year it is valid (it expires then). */
        VALID_UNTIL
    }

    private static final String MONTH = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?";
    private static final Pattern YEAR = Pattern.compile("(?<![\\p{L}\\p{N}])(19|20)\\d{2}(?![\\p{L}\\p{N}])");
    private static final Pattern RANGE = Pattern.compile("(?i)(?<![\\p{L}\\p{N}])(?:" + MONTH + "\\s+|\\d{1,2}[/.]\\s*)?"
            + "(?:19|20)\\d{2}\\s*(?:–|-|—|to|until|till)\\s*(?:" + MONTH + "\\s+|\\d{1,2}[/.]\\s*)?"
            + "(?:(?:19|20)\\d{2}|present|current|now|date|today|ongoing)(?![\\p{L}\\p{N}])");
    /** Between a cue word and its year: punctuation, "in"/"on", a day and a month ("expires: 12 Jan 2027"). */
    private static final String CUE_TO_YEAR = "[\\s:,.–-]*(?:(?:in|on)\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?\\s+)?(?:"
            + MONTH + "\\s+)?(?:\\d{1,2}[/.-])?(?:\\d{1,2}[/.-])?";
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    /** Each cue's pattern, compiled once: the cues are the skills model's words, a few dozen. */
    private static final Map<String, Pattern> CUE_PATTERNS = new ConcurrentHashMap<>();
    /** Above this many cues (another model's words), a pattern is compiled per use rather than kept. */
    private static final int MAX_CACHED_CUES = 1024;
    private static final Pattern ADJACENT_BEFORE = Pattern.compile("[\\p{L}\\p{N}]\\s+$");
    private static final Pattern ADJACENT_AFTER = Pattern.compile("\\s+\\p{L}");

    /**
     * The date given in {@code text}, the part of a line that belongs to one credential.
     *
     * @param text     the text beside the credential (after it, or before it when nothing follows)
     * @param words    the cue words
     * @param forms    the credential's forms (term and aliases), to tell an edition year inside its name
     * @param now      this year
     * @param cueOnly  true to take only a year after a cue word (the credential's next line, not its own)
     * @return the date, or empty when the text gives none
     */
    public static Optional<CredentialDate> in(String text, CertificationWords words, List<String> forms, int now,
                                              boolean cueOnly) {
        String masked = maskRanges(text);
        Optional<Integer> until = afterCue(masked, words.validUntil(), null);
        if (until.isPresent()) {
            return Optional.of(new CredentialDate(Kind.VALID_UNTIL, until.get()));
        }
        Optional<Integer> renewed = afterCue(masked, words.renewed(), now);
        if (renewed.isPresent()) {
            return Optional.of(new CredentialDate(Kind.RENEWED, renewed.get()));
        }
        Optional<Integer> obtained = cueOnly ? afterCue(masked, words.obtained(), now) : latestYear(masked, forms, now);
        return obtained.map(y -> new CredentialDate(Kind.OBTAINED, y));
    }

    /** Whether {@code text} holds a date range ("2016 – 2019", "Jan 2020 - Present"). */
    public static boolean hasRange(String text) {
        return RANGE.matcher(text).find();
    }

    /** The text with its date ranges blanked out, offsets kept. */
    private static String maskRanges(String text) {
        Matcher m = RANGE.matcher(text);
        StringBuilder b = new StringBuilder(text);
        while (m.find()) {
            for (int i = m.start(); i < m.end(); i++) {
                b.setCharAt(i, ' ');
            }
        }
        return b.toString();
    }

    private static Optional<Integer> afterCue(String text, List<String> cues, Integer notAfter) {
        Integer found = null;
        for (String cue : cues) {
            Matcher m = cuePattern(cue).matcher(text);
            while (m.find()) {
                int year = Integer.parseInt(m.group(1));
                if ((notAfter == null || year <= notAfter) && (found == null || year > found)) {
                    found = year;
                }
            }
        }
        return Optional.ofNullable(found);
    }

    private static Pattern cuePattern(String cue) {
        Pattern p = CUE_PATTERNS.get(cue);
        if (p == null) {
            p = Pattern.compile("(?i)(?<![\\p{L}\\p{N}])" + Pattern.quote(cue) + "(?![\\p{L}\\p{N}])"
                    + CUE_TO_YEAR + "((?:19|20)\\d{2})(?![\\p{L}\\p{N}])");
            if (CUE_PATTERNS.size() < MAX_CACHED_CUES) {
                CUE_PATTERNS.putIfAbsent(cue, p);
            }
        }
        return p;
    }

    /** The latest year standing on its own: not in a range, not an edition inside the name, not in the future. */
    private static Optional<Integer> latestYear(String text, List<String> forms, int now) {
        Integer found = null;
        Matcher m = YEAR.matcher(text);
        while (m.find()) {
            int year = Integer.parseInt(m.group());
            if (year <= now && !isEdition(text, m.start(), m.end(), forms) && (found == null || year > found)) {
                found = year;
            }
        }
        return Optional.ofNullable(found);
    }

    /**
     * Whether the year between {@code start} and {@code end} stands inside a form of the credential: the words
     * just before and after it are next to each other in one form ("PRINCE2 [2017] Practitioner").
     */
    static boolean isEdition(String text, int start, int end, List<String> forms) {
        String head = text.substring(0, start);
        String tail = text.substring(end);
        if (!ADJACENT_BEFORE.matcher(head).find() || !ADJACENT_AFTER.matcher(tail).lookingAt()) {
            return false;
        }
        String before = lastWord(head);
        String after = firstWord(tail);
        for (String form : forms) {
            List<String> w = words(form);
            for (int i = 0; i + 1 < w.size(); i++) {
                if (w.get(i).equals(before) && w.get(i + 1).equals(after)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String lastWord(String text) {
        List<String> w = words(text);
        return w.isEmpty() ? null : w.getLast();
    }

    private static String firstWord(String text) {
        List<String> w = words(text);
        return w.isEmpty() ? null : w.getFirst();
    }

    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            out.add(m.group().toLowerCase(Locale.ROOT));
        }
        return out;
    }
}

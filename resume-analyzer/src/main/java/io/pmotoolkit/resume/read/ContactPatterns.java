package io.pmotoolkit.resume.read;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Email, phone and LinkedIn patterns, defined once for every reader of contact details: the DOCX reader's
 * page-header warning, the structure's contact reader, the contact checks and the document-kind guess.
 *
 * <p>Thread-safe: immutable compiled patterns.
 */
public final class ContactPatterns {

    static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
    static final Pattern LINKEDIN = Pattern.compile("(?i)linkedin\\.com/in/[\\w-]+");
    /**
     * UK ("07700 900123", "+44 (0)20 7946 0958"), US ("(555) 123-4567", "(+1) 312-555-0123", "(718) 555–0100"
     * with an en dash) and other international numbers.
     */
    private static final Pattern PHONE = Pattern.compile(
            "(?<![\\w/.])(?:(?:\\+\\d{1,3}|\\(\\+\\d{1,3}\\))[\\s.-]?)?(?:\\(\\d{1,5}\\)[\\s.-]?)?\\d[\\d\\s.\\-–]{6,18}\\d(?![\\w/])");
    /** Digits of a phone number after a phone label, at least: short national numbers and placeholders ("000-00-0000"). */
    private static final int LABELLED_DIGITS = 7;

    private ContactPatterns() {
    }

    /** The first email address in a line (or any text). */
    public static Optional<String> email(String line) {
        return line.indexOf('@') < 0 ? Optional.empty() : first(EMAIL.matcher(line));
    }

    /** The first LinkedIn profile address in a line. */
    public static Optional<String> linkedin(String line) {
        return !containsIgnoreCase(line, "linkedin") ? Optional.empty() : first(LINKEDIN.matcher(line));
    }

    private static Optional<String> first(Matcher m) {
        return m.find() ? Optional.of(m.group()) : Optional.empty();
    }

    private static boolean containsIgnoreCase(String text, String word) {
        for (int i = 0; i + word.length() <= text.length(); i++) {
            if (text.regionMatches(true, i, word, 0, word.length())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first phone number in a line: 10 to 15 digits, the usual length of a full number, or from 7 digits
     * when a phone label stands just before it ("tel: 000-00-0000").
     */
    public static Optional<String> phone(String line) {
        return phone(line, io.pmotoolkit.resume.structure.CvVocabulary.builtIn()::endsWithPhoneLabel);
    }

    /**
     * As {@link #phone(String)}, with the test of the text before a number for a phone label ("tel:", "Mobile -":
     * the {@code phoneLabels} of cv-vocabulary.yaml, as {@code CvVocabulary#endsWithPhoneLabel} reads them).
     */
    public static Optional<String> phone(String line, java.util.function.Predicate<String> endsWithPhoneLabel) {
        int inLine = 0;
        for (int i = 0; i < line.length(); i++) {
            inLine += line.charAt(i) >= '0' && line.charAt(i) <= '9' ? 1 : 0;
        }
        if (inLine < LABELLED_DIGITS) {
            return Optional.empty();  // most lines: the pattern cannot find seven digits in them
        }
        Matcher m = PHONE.matcher(line);
        while (m.find()) {
            int digits = (int) m.group().chars().filter(Character::isDigit).count();
            int least = endsWithPhoneLabel.test(line.substring(Math.max(0, m.start() - 12), m.start())) ? LABELLED_DIGITS : 10;
            if (digits >= least && digits <= 15 && !looksLikeDates(m.group())) {
                return Optional.of(withoutLeadingNumber(m.group(), digits));
            }
        }
        return Optional.empty();
    }

    /**
     * A number run into the phone number from before it ("Ohio 44444 614-555-5555": a ZIP code) left out: a
     * long match without a country code whose tail after its first space is a whole number on its own.
     */
    private static String withoutLeadingNumber(String phone, int digits) {
        int space = phone.indexOf(' ');
        if (digits <= 11 || phone.startsWith("+") || space < 0) {
            return phone;
        }
        String tail = phone.substring(space + 1).strip();
        long tailDigits = tail.chars().filter(Character::isDigit).count();
        return tailDigits >= 10 && tail.matches("\\(?\\d{3}\\)?[\\s.-]{0,2}\\d{3}[\\s.–-]{0,2}\\d{4}") ? tail : phone;
    }

    /** "2019 - 2022 2023" and the like: only four-digit years. */
    private static boolean looksLikeDates(String s) {
        return s.strip().matches("(?:(?:19|20)\\d{2}[\\s.–-]*)+");
    }
}

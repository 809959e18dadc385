package io.pmotoolkit.resume.read;

import io.pmotoolkit.core.text.TextCleaner;
import java.util.regex.Pattern;

/** Turns raw extracted text into {@link CvLine}s the same way for every format. Stateless. */
final class Lines {

    private static final Pattern SENTENCE_END = Pattern.compile("[.!?;]$");

    /**
     * Longer lines are cut, at a sentence end or a space where there is one: no CV line is this long, and
     * regular expressions and the tagger slow down badly (or overflow the stack) on a line of 40,000
     * characters that a damaged file or a pasted blob can produce.
     */
    static final int MAX_LINE_CHARS = 2000;

    /**
     * Wrapped lines are joined into one logical line until it is this long, then a new one starts: each join
     * looks at the text joined so far (its last word, its word count, whether it holds a year), so without a
     * bound a page of one endless wrapped paragraph took time quadratic in its length (a 4 KB PDF holding 1 MB
     * of text ran 50 s). No paragraph of a CV comes near; the joined text is cut at {@link #MAX_LINE_CHARS} anyway.
     */
    static final int MAX_JOINED_CHARS = 4 * MAX_LINE_CHARS;

    private Lines() {
    }

    /**
     * {@link #line} for text of any length: text over {@link #MAX_LINE_CHARS} becomes several lines, of
     * which only the first keeps the bullet and none is a heading.
     */
    static java.util.List<CvLine> lines(String raw, int page, boolean bullet, boolean heading, LineOrigin origin) {
        java.util.List<CvLine> out = new java.util.ArrayList<>(1);
        java.util.List<String> parts = chunks(breakLongWords(raw));
        for (int i = 0; i < parts.size(); i++) {
            CvLine l = line(parts.get(i), page, bullet && i == 0, heading && parts.size() == 1, origin);
            if (l != null) {
                out.add(l);
            }
        }
        return out;
    }

    /**
     * The text with every run of non-space characters longer than {@link ReadLimits#MAX_WORD_CHARS} broken by a
     * space after each {@code MAX_WORD_CHARS} characters. No word of a CV is that long (the longest are links);
     * the matching of terms, spellings and dates works word by word, and some of its patterns take time
     * quadratic in a word's length (400 words of 2,000 letters took 24 s). Text without such a run is returned
     * as it is.
     */
    static String breakLongWords(String text) {
        int max = ReadLimits.MAX_WORD_CHARS;
        if (text.length() <= max) {
            return text;
        }
        StringBuilder out = null;
        int run = 0;
        int copied = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                run = 0;
                continue;
            }
            if (run >= max && !Character.isLowSurrogate(c)) {
                if (out == null) {
                    out = new StringBuilder(text.length() + text.length() / max + 1);
                }
                out.append(text, copied, i).append(' ');
                copied = i;
                run = 0;
            }
            run++;
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    /** The text cut into pieces of at most {@link #MAX_LINE_CHARS}: after a sentence end, else at a space, else hard. */
    static java.util.List<String> chunks(String text) {
        if (text.length() <= MAX_LINE_CHARS) {
            return java.util.List.of(text);
        }
        java.util.List<String> out = new java.util.ArrayList<>();
        int start = 0;
        while (text.length() - start > MAX_LINE_CHARS) {
            int limit = start + MAX_LINE_CHARS;
            int cut = -1;
            for (int i = limit - 1; i > start + MAX_LINE_CHARS / 2 && cut < 0; i--) {
                char c = text.charAt(i);
                if (Character.isWhitespace(c) && ".!?;".indexOf(text.charAt(i - 1)) >= 0) {
                    cut = i;
                }
            }
            for (int i = limit - 1; i > start && cut < 0; i--) {
                if (Character.isWhitespace(text.charAt(i))) {
                    cut = i;
                }
            }
            if (cut < 0) {
                cut = Character.isHighSurrogate(text.charAt(limit - 1)) ? limit - 1 : limit;
            }
            out.add(text.substring(start, cut));
            start = cut;
        }
        out.add(text.substring(start));
        return out;
    }

    /**
     * Cleans one logical line, removes its bullet marker and adds the all-capitals heading hint.
     *
     * @return the line, or {@code null} when nothing is left after cleaning
     */
    static CvLine line(String raw, int page, boolean bullet, boolean heading, LineOrigin origin) {
        String text = TextCleaner.clean(TextCleaner.unspaceLetters(raw.replace('\n', ' ')));
        boolean isBullet = bullet;
        if (TextCleaner.isBullet(text)) {
            text = TextCleaner.stripBullet(text);
            isBullet = true;
        } else if (!text.isEmpty() && text.chars().allMatch(c -> TextCleaner.isBullet(((char) c) + " x"))) {
            return null; // a lone bullet glyph
        }
        if (text.isEmpty()) {
            return null;
        }
        text = undouble(text);
        return new CvLine(text, page, isBullet, heading || (!isBullet && isCapsHeading(text)), origin);
    }

    /**
     * Text pasted from a LinkedIn profile page repeats each title for screen readers
     * ("Project ManagerProject Manager"): keep one copy.
     */
    static String undouble(String text) {
        int n = text.length();
        if (n >= 10 && n % 2 == 0 && text.substring(0, n / 2).equals(text.substring(n / 2))) {
            return text.substring(0, n / 2);
        }
        String half = n % 2 == 1 && n >= 11 ? text.substring(0, n / 2) : null;
        if (half != null && text.charAt(n / 2) == ' ' && text.substring(n / 2 + 1).equals(half)) {
            return half;
        }
        return text;
    }

    /** A short line in capitals, as headings are often typed: "WORK EXPERIENCE", "SKILLS:". */
    static boolean isCapsHeading(String text) {
        if (text.length() > 40 || SENTENCE_END.matcher(text).find()) {
            return false;
        }
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                if (Character.isLowerCase(c)) {
                    return false;
                }
                letters++;
            } else if (Character.isDigit(c)) {
                return false;
            }
        }
        return letters >= 3 && text.split("\\s+").length <= 5;
    }

    /** Whether a line ends a sentence (or a clause), so the next line does not continue it. */
    static boolean endsSentence(String text) {
        return SENTENCE_END.matcher(text.strip()).find() || text.strip().endsWith(":");
    }

    /** Whether text starts with a lower-case letter (after any opening bracket or quote). */
    static boolean startsLowerCase(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                return Character.isLowerCase(c);
            }
            if (Character.isDigit(c)) {
                return false;
            }
        }
        return false;
    }

    /**
     * Joins a wrapped line to the text before it: {@code "manage-"} + {@code "ment"} gives
     * {@code "management"} (only when the next part starts in lower case), otherwise a space.
     */
    static String joinWrapped(String before, String after) {
        String b = before.stripTrailing();
        String a = after.strip();
        if (b.length() > 1 && b.endsWith("-") && Character.isLetter(b.charAt(b.length() - 2))) {
            if (startsLowerCase(a)) {
                return b.substring(0, b.length() - 1) + a;
            }
            return b + a;
        }
        return b + " " + a;
    }
}

package io.pmotoolkit.resume.lines;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a CV line is about, from its words ({@code topics} in {@code rewrite-vocabulary.yaml}), with the kind of
 * result a reader looks for on that topic, worded for the CV's own currency and spelling.
 *
 * <p>Thread-safe: an immutable record over the loaded vocabulary.
 *
 * @param id             the topic's id ("meetings", "budget", "general")
 * @param keywords       its words, or null for the general topic
 * @param result         the result as a clause to follow "so that", with {@code {money}} for the currency sign
 * @param resultNoMoney  the clause for a CV that shows no currency, or null when {@code result} has no money
 * @param example        a number to add to an achievement, or null where none fits
 * @param exampleNoMoney the example for a CV without a currency, or null
 * @param notAfter       first words of a line (lower case) after which the topic's words do not choose it: a
 *                       process used or followed is no process others adopted
 */
record Topic(String id, Pattern keywords, String result, String resultNoMoney, String example,
             String exampleNoMoney, java.util.Set<String> notAfter) {

    private static final String MONEY = "{money}";

    /**
     * The topic of a line's activity: the one whose word comes first in the line before any trailing clause; on
     * a tie, the one listed first; else the general one (a neutral result slot rather than one from another field).
     */
    static Topic of(String text) {
        // a clause hung on the end after a comma (", which included using...", ", protecting data integrity") says what
        // came of the work or how, not what the work was, so its words do not choose the topic
        Matcher clause = RewriteVocabulary.builtIn().trailingClause().matcher(text);
        String line = text;
        // after an -ing opening, ", booking viewings" is the next item of its list, not a clause hung on it
        boolean ingList = text.strip().split("[\\s,]+", 2)[0].toLowerCase(java.util.Locale.ROOT).endsWith("ing");
        while (clause.find()) {
            if (!(ingList && clause.group().endsWith("ing"))) {
                line = text.substring(0, clause.start());
                break;
            }
        }
        // precision before recall: only the verb and its object choose a topic slot, not a phrase after it
        RewriteVocabulary vocabulary = RewriteVocabulary.builtIn();
        return firstNamed(vocabulary, vocabulary.objectOnly(withoutModifiers(vocabulary.withoutStandards(
                withoutNames(line)))));
    }

    /**
     * The topic whose word comes first in the line, a tie to the one listed first, else the general one: one scan
     * of all the topics' words together (this was one scan a topic, a tenth of a batch's CPU).
     */
    static Topic firstNamed(RewriteVocabulary vocabulary, String line) {
        List<Topic> topics = vocabulary.topics();
        Matcher m = vocabulary.topicWords() == null ? null : vocabulary.topicWords().matcher(line);
        Matcher first = FIRST_WORD.matcher(line);
        String opening = first.find() ? first.group().toLowerCase(java.util.Locale.ROOT) : "";
        while (m != null && m.find()) {
            for (int g = 1; g <= m.groupCount(); g++) {
                if (m.start(g) >= 0) {
                    Topic t = vocabulary.wordedTopics().get(g - 1);
                    if (!t.notAfter().contains(opening)) {
                        return t;
                    }
                    break;  // "Utilized Agile process": the next topic word in the line may choose
                }
            }
        }
        return topics.getLast();
    }

    /** The line's first word. */
    private static final Pattern FIRST_WORD = Pattern.compile("\\p{L}[\\p{L}'-]*");

    /**
     * Three or more capitalised words in a row after the first word: a name ("Invoice Smart Form", "… Financial
     * Services Limited").
     */
    private static final java.util.regex.Pattern NAME = java.util.regex.Pattern.compile(
            "(?<=\\S\\s)\\p{Lu}[\\p{L}&.'’-]*(?:\\s+\\p{Lu}[\\p{L}&.'’-]*){2,}");

    /**
     * The line with the names in it blanked (same length), so that a word of a product's, a client's or an
     * employer's name does not choose the result ("Modified Invoice Smart Form" is no budget work).
     */
    static String withoutNames(String line) {
        return NAME.matcher(line).replaceAll(m -> {
            String last = m.group().substring(m.group().lastIndexOf(' ') + 1);
            // a run whose last word is a task word is the writer's capitals, not a name: "Daily Internal Testing Reports"
            Pattern words = RewriteVocabulary.builtIn().topicWords();
            boolean task = words != null && words.matcher(last).find();
            return Matcher.quoteReplacement(task ? m.group() : " ".repeat(m.group().length()));
        });
    }

    /** A word joined by a hyphen to a lower-case word after it: "event-driven", "event-sourced", "test-driven". */
    private static final Pattern HYPHENED = Pattern.compile("\\b(\\p{L}+)-\\p{Ll}[\\p{L}-]*");

    /**
     * The line with the first part of each hyphened modifier blanked (same length), unless the whole compound is a
     * topic word ("month-end", "go-live", "sign-off"): "an event-driven pipeline" is no event and "an event-sourced
     * ledger" no bookkeeping; the modifier says how the thing was built, not what the work was about.
     */
    static String withoutModifiers(String line) {
        Pattern words = RewriteVocabulary.builtIn().topicWords();
        if (words == null) {
            return line;
        }
        return HYPHENED.matcher(line).replaceAll(m -> {
            Matcher whole = words.matcher(m.group());
            boolean compound = whole.find() && whole.start() == 0 && whole.end() > m.end(1) - m.start();
            return Matcher.quoteReplacement(compound ? m.group()
                    : " ".repeat(m.group(1).length()) + m.group().substring(m.group(1).length()));
        });
    }

    /** The missing result, as a clause for "so that", in the CV's currency and spelling. */
    String resultHint(CvLocale locale) {
        return locale.words(money(result, resultNoMoney, locale));
    }

    /** A short example of a number to add, in the CV's currency and spelling, or null where none fits. */
    String example(CvLocale locale) {
        return example == null ? null : locale.words(money(example, exampleNoMoney, locale));
    }

    private static String money(String withMoney, String without, CvLocale locale) {
        if (!withMoney.contains(MONEY)) {
            return withMoney;
        }
        if (locale.currency() == null && without != null) {
            return without;
        }
        return withMoney.replace(MONEY, locale.currency() == null ? "" : locale.currency());
    }
}

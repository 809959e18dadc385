package io.pmotoolkit.core.text;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Guesses the language of a text from its function words ("the", "and" / "le", "et" / "der", "und"...),
 * for the seven languages a CV sent to a UK or European PMO is most likely to be in: English, French,
 * Spanish, German, Italian, Portuguese and Dutch.
 *
 * <p>Deterministic and offline: no model, no randomness. It is meant for one question, "is this CV not in
 * English?", so that the analysis can warn that its English skills model will do poorly; it is not a
 * general-purpose detector. A word shared by several languages ("de", "en") counts for each of them with a
 * smaller weight. Short texts and texts with few function words (a list of skills) give no guess.
 *
 * {@snippet :
 * LanguageGuess.guess(text)
 *         .filter(g -> g.language() != LanguageGuess.Language.ENGLISH)
 *         .ifPresent(g -> warn("This CV looks like it is in " + g.language().displayName()));
 * }
 *
 * <p>Thread-safe: stateless.
 */
public final class LanguageGuess {

    /** The languages told apart. */
    public enum Language {
        ENGLISH("en", "English",
                "the and of to with for on at by from were are this that which have has our their into within"
                        + " including across been will would than these those"),
        FRENCH("fr", "French",
                "le la les des du et est une un pour avec dans sur par au aux ce cette qui que ses leur mes nos"
                        + " été très chez ainsi en de depuis auprès"),
        SPANISH("es", "Spanish",
                "el los las del y con para por una un en que se su sus como al es más desde durante de la"),
        GERMAN("de", "German",
                "der die das und mit für von zu im den dem des ein eine einer ist auf bei als wurde sowie nach"
                        + " aus durch über"),
        ITALIAN("it", "Italian",
                "il lo gli della delle dei del di che con una nel nella sono alla anche più tra al le un"),
        PORTUGUESE("pt", "Portuguese",
                "os da dos das em um uma para com não que na ao pela pelo são foi mais entre de"),
        DUTCH("nl", "Dutch",
                "de het een en van met voor op te zijn niet dat die bij naar ook om als aan werd wij uit tot");

        private final String code;
        private final String displayName;
        private final Set<String> words;

        Language(String code, String displayName, String words) {
            this.code = code;
            this.displayName = displayName;
            this.words = Set.of(words.split(" "));
        }

        /** The ISO 639-1 code: {@code "fr"}. */
        public String code() {
            return code;
        }

        /** The English name: {@code "French"}. */
        public String displayName() {
            return displayName;
        }
    }

    /**
     * A guess.
     *
     * @param language the most likely language
     * @param score    its weighted count of function words
     * @param margin   its score divided by the runner-up's (at least 1; large when no other language scored)
     */
    public record Guess(Language language, double score, double margin) {
    }

    /** Fewer weighted function words than this and the text is too short to guess. */
    static final double MIN_SCORE = 6;
    /** The winner must beat the runner-up by this factor. */
    static final double MIN_MARGIN = 1.5;

    private static final Map<String, List<Language>> LANGUAGES_BY_WORD = index();
    /** The longest listed word, in chars, with room for a lower-casing that changes length. */
    private static final int LONGEST_WORD = LANGUAGES_BY_WORD.keySet().stream().mapToInt(String::length).max().orElse(0) + 2;

    private LanguageGuess() {
    }

    /**
     * The language of the text, or empty when the text is too short or too mixed to say.
     *
     * @param text any text; {@code null} or blank gives empty
     */
    public static Optional<Guess> guess(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Map<Language, Double> scores = new EnumMap<>(Language.class);
        // The words of the text are its runs of letters (what \\p{L}+ finds); only short ones can be
        // function words, so longer runs are skipped without building a string.
        int n = text.length();
        for (int i = 0; i < n; ) {
            int cp = text.codePointAt(i);
            if (!Character.isLetter(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int end = i;
            while (end < n && Character.isLetter(text.codePointAt(end))) {
                end += Character.charCount(text.codePointAt(end));
            }
            if (end - i <= LONGEST_WORD) {
                List<Language> langs = LANGUAGES_BY_WORD.get(text.substring(i, end).toLowerCase(Locale.ROOT));
                if (langs != null) {
                    for (Language l : langs) {
                        scores.merge(l, 1.0 / langs.size(), Double::sum);
                    }
                }
            }
            i = end;
        }
        Language best = null;
        double first = 0;
        double second = 0;
        for (Map.Entry<Language, Double> e : scores.entrySet()) {
            double s = e.getValue();
            if (s > first) {
                second = first;
                first = s;
                best = e.getKey();
            } else if (s > second) {
                second = s;
            }
        }
        if (best == null || first < MIN_SCORE) {
            return Optional.empty();
        }
        double margin = second == 0 ? first : first / second;
        return margin < MIN_MARGIN ? Optional.empty() : Optional.of(new Guess(best, first, margin));
    }

    private static Map<String, List<Language>> index() {
        Map<String, List<Language>> byWord = new HashMap<>();
        for (Language l : Language.values()) {
            for (String w : l.words) {
                byWord.computeIfAbsent(w, k -> new java.util.ArrayList<>()).add(l);
            }
        }
        byWord.replaceAll((w, ls) -> List.copyOf(ls));
        return Map.copyOf(byWord);
    }
}

package io.pmotoolkit.core.text;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Guesses the language of a text from its function words ("the", "and" / "le", "et" / "der", "und"...),
 * for the seven languages a CV sent to a UK or European PMO is most likely to be in: English, French,
 * Spanish, German, Italian, Portuguese and Dutch; the words are in {@code function-words.yaml} beside this class.
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

    /** The languages told apart; their function words are in {@code function-words.yaml} beside this class. */
    public enum Language {
        ENGLISH("en", "English"),
        FRENCH("fr", "French"),
        SPANISH("es", "Spanish"),
        GERMAN("de", "German"),
        ITALIAN("it", "Italian"),
        PORTUGUESE("pt", "Portuguese"),
        DUTCH("nl", "Dutch");

        private final String code;
        private final String displayName;

        Language(String code, String displayName) {
            this.code = code;
            this.displayName = displayName;
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
    /** Fewer weighted function words of another language than this and a text is never called not English. */
    static final double REFUSE_MIN_SCORE = 12;
    /** Another language must score this many times English's function words for a text to be called not English. */
    static final double REFUSE_RATIO = 4;
    /**
     * The share of a text's words that another language's function words must make for it to be called not English:
     * a third or more of running text in any of these languages is function words, while random letters or a list
     * of codes hit a short one ("y", "de") now and then.
     */
    static final double REFUSE_SHARE = 0.08;
    static final String BUILT_IN = "/io/pmotoolkit/core/text/function-words.yaml";

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
        Map<Language, Double> scores = scores(text);
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

    /**
     * The language of a text that is clearly not English, the verdict a reader refuses a document on: another
     * language's function words are at least {@value #REFUSE_MIN_SCORE}, {@value #REFUSE_RATIO} times English's and
     * {@value #REFUSE_SHARE} of the text's words.
     * Stricter than {@link #guess}, so that an English CV with a foreign address, employer or course title, or a
     * CV written in English and another language, is English.
     *
     * @param text any text; {@code null} or blank gives empty
     */
    public static Optional<Language> clearlyNotEnglish(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Scored scored = scored(text);
        Map<Language, Double> scores = scored.scores();
        double english = scores.getOrDefault(Language.ENGLISH, 0.0);
        Language best = null;
        double top = 0;
        for (Map.Entry<Language, Double> e : scores.entrySet()) {
            if (e.getKey() != Language.ENGLISH && e.getValue() > top) {
                best = e.getKey();
                top = e.getValue();
            }
        }
        return best != null && top >= REFUSE_MIN_SCORE && top >= english * REFUSE_RATIO && top >= scored.words() * REFUSE_SHARE
                ? Optional.of(best) : Optional.empty();
    }

    /** Each language's weighted count of function words in the text. */
    static Map<Language, Double> scores(String text) {
        return scored(text).scores();
    }

    /** Each language's weighted count of function words, and the text's number of words. */
    private record Scored(Map<Language, Double> scores, int words) {
    }

    private static Scored scored(String text) {
        Map<Language, Double> scores = new EnumMap<>(Language.class);
        int words = 0;
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
            words++;
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
        return new Scored(scores, words);
    }

    private static Map<String, List<Language>> index() {
        Map<String, List<Language>> byWord = new HashMap<>();
        Map<String, List<String>> lists = load();
        for (Language l : Language.values()) {
            List<String> words = lists.get(l.code());
            if (words == null || words.isEmpty()) {
                throw new IllegalStateException(BUILT_IN + ": no function words for " + l.code() + " (" + l.displayName() + ")");
            }
            for (String w : words) {
                byWord.computeIfAbsent(w.toLowerCase(Locale.ROOT), k -> new java.util.ArrayList<>()).add(l);
            }
        }
        byWord.replaceAll((w, ls) -> List.copyOf(ls));
        return Map.copyOf(byWord);
    }

    private static Map<String, List<String>> load() {
        try (java.io.InputStream in = LanguageGuess.class.getResourceAsStream(BUILT_IN)) {
            if (in == null) {
                throw new IllegalStateException(BUILT_IN + " is missing from the jar");
            }
            Map<String, List<String>> lists = new HashMap<>();
            io.pmotoolkit.core.model.YamlTree.read(in).path("languages").properties().forEach(e -> {
                List<String> words = new java.util.ArrayList<>();
                e.getValue().forEach(n -> words.add(n.asText()));
                lists.put(e.getKey(), words);
            });
            return lists;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("could not read " + BUILT_IN, e);
        }
    }
}

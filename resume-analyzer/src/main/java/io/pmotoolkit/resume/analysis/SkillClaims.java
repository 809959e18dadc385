package io.pmotoolkit.resume.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import io.pmotoolkit.core.model.YamlTree;
import io.pmotoolkit.core.text.ActionVerbs;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a list item claims a skill or a quality rather than saying what was done, from {@code
 * grade-vocabulary.yaml} beside this class: "Excellent communication skills, team participation", "Ability to
 * work under pressure and multi-task", "Working knowledge of Windows and MS Office". A term named in such an item
 * is only listed; an action verb in the past in it ("Gained working knowledge of") makes it a statement of work
 * again, and a skill put to a use ("Excellent communication skills to coordinate with customers") is not a claim.
 *
 * <p>Thread-safe: immutable after loading.
 */
final class SkillClaims {

    static final String BUILT_IN = "/io/pmotoolkit/resume/analysis/grade-vocabulary.yaml";
    private static final SkillClaims INSTANCE = load();
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    /** Bullets, list numbers and other marks before an item's first word. */
    private static final Pattern LEAD = Pattern.compile("^[^\\p{L}]+");
    /** Where an item's first clause ends. */
    private static final Pattern CLAUSE_END = Pattern.compile("[,;.]\\s|[,;]|\\.$");

    private final Pattern phrase;
    private final Pattern quality;
    private final Pattern skillNoun;

    private SkillClaims(List<String> phrases, List<String> qualityWords, List<String> skillNouns) {
        phrase = Pattern.compile("^((?:[\\p{L}-]+\\s+){0,2}?)" + any(phrases) + "(?![\\p{L}\\p{N}])", FLAGS);
        quality = Pattern.compile("^" + any(qualityWords) + "(?![\\p{L}\\p{N}])", FLAGS);
        skillNoun = Pattern.compile("(?<![\\p{L}\\p{N}])" + any(skillNouns) + "(?![\\p{L}\\p{N}])(?!\\s+to\\s)", FLAGS);
    }

    static SkillClaims builtIn() {
        return INSTANCE;
    }

    /** Whether {@code item} opens with a claim of skill and holds no action verb in the past. */
    boolean claims(String item) {
        String text = LEAD.matcher(item.strip()).replaceFirst("");
        if (!opensWithClaim(text)) {
            return false;
        }
        for (String w : text.split("[^\\p{L}'-]+")) {
            String word = w.toLowerCase(Locale.ROOT);
            if (!word.isEmpty() && ActionVerbs.isActionVerb(word) && ActionVerbs.isPastForm(word)
                    && (ActionVerbs.isOnlyPast(word) || word.endsWith("ed"))) {
                return false;
            }
        }
        return true;
    }

    private boolean opensWithClaim(String text) {
        java.util.regex.Matcher p = phrase.matcher(text);
        if (p.find()) {
            // "Gained working knowledge of", "Demonstrated ability to": a verb in the past before the claim.
            for (String w : p.group(1).strip().split("\\s+")) {
                String word = w.toLowerCase(Locale.ROOT);
                if (word.endsWith("ed") || ActionVerbs.isOnlyPast(word)) {
                    return false;
                }
            }
            return true;
        }
        if (!quality.matcher(text).find()) {
            return false;
        }
        java.util.regex.Matcher end = CLAUSE_END.matcher(text);
        String clause = end.find() ? text.substring(0, end.start()) : text;
        return skillNoun.matcher(clause + " ").find();
    }

    private static String any(List<String> entries) {
        List<String> quoted = entries.stream().map(e -> Pattern.quote(e.strip()).replace(" ", "\\E\\s+\\Q")).toList();
        return "(?:" + String.join("|", quoted) + ")";
    }

    /** The built-in lists, read from the file once. */
    private static SkillClaims load() {
        try (InputStream in = SkillClaims.class.getResourceAsStream(BUILT_IN)) {
            if (in == null) {
                throw new IllegalStateException(BUILT_IN + " is missing from the jar");
            }
            JsonNode grade = YamlTree.read(in).path("grade");
            return new SkillClaims(list(grade, "skillClaimPhrases"), list(grade, "qualityWords"), list(grade, "skillNouns"));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + BUILT_IN, e);
        }
    }

    private static List<String> list(JsonNode grade, String name) {
        List<String> entries = new ArrayList<>();
        grade.path(name).forEach((JsonNode n) -> entries.add(n.asText()));
        if (entries.isEmpty() || entries.stream().anyMatch(String::isBlank)) {
            throw new IllegalStateException(BUILT_IN + ": grade." + name + " is missing, empty or has a blank entry");
        }
        return List.copyOf(entries);
    }
}

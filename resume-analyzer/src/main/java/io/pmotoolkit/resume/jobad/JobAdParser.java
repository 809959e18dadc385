package io.pmotoolkit.resume.jobad;

import io.pmotoolkit.core.match.KeywordMatch;
import io.pmotoolkit.core.match.KeywordMatcher;
import io.pmotoolkit.core.model.Importance;
import io.pmotoolkit.core.model.Keyword;
import io.pmotoolkit.core.model.Role;
import io.pmotoolkit.core.model.SkillsModel;
import io.pmotoolkit.core.text.AnalyzedText;
import io.pmotoolkit.core.text.Nlp;
import io.pmotoolkit.core.text.Token;
import io.pmotoolkit.core.text.WordPattern;
import io.pmotoolkit.resume.jobad.JobAd.AdTerm;
import io.pmotoolkit.resume.read.CvDocument;
import io.pmotoolkit.resume.read.CvLine;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what a job advert asks for: the title and the role level it implies, required and preferred
 * terms, years of experience, responsibilities, and terms the skills model does not know yet (noun
 * phrases with a proper noun, such as a tool name, found with the OpenNLP part-of-speech tagger).
 *
 * <p>Whether a term is required comes from where it stands: under a heading such as Requirements,
 * Essential, About you or Responsibilities it is required; under Desirable, Nice to have or Preferred
 * it is preferred; and a line's own words ("essential", "must", "a plus", "ideally") win over the
 * heading.
 *
 * <p>Thread-safe.
 */
public final class JobAdParser {

    enum Level { NONE, REQUIRED, DUTY, PREFERRED }

    private static final Pattern PREFERRED_WORDS = Pattern.compile(
            "(?i)\\b(desirable|nice[\\s-]to[\\s-]have|(is\\s)?a\\s(big\\s)?plus|ideally|preferred|preferable|bonus|"
                    + "advantage(ous)?|would be great|not essential)\\b");
    private static final Pattern REQUIRED_WORDS = Pattern.compile("(?i)\\b(essential|must|required|requirements?|mandatory)\\b");
    private static final Pattern REQUIRED_HEADING = Pattern.compile("(?i)\\b(essential|requirements?|required|must[\\s-]haves?|"
            + "what we('re| are) looking for|about you|who you are|skills( and| &) experience|qualifications|"
            + "you will (have|bring)|you'll (have|bring)|person specification|experience|skills)\\b");
    private static final Pattern DUTY_HEADING = Pattern.compile("(?i)\\b(responsibilit(y|ies)|what you('ll| will) do|"
            + "the role|duties|key tasks|day[\\s-]to[\\s-]day|about the (role|job)|your role|accountabilities)\\b");
    private static final Pattern OTHER_HEADING = Pattern.compile("(?i)\\b(about us|who we are|benefits|what we offer|"
            + "salary|how to apply|perks|our values|equal opportunit|diversity)\\b");
    private static final Pattern YEARS = Pattern.compile(
            "(?i)\\b(?:at\\s+least|minimum\\s+(?:of\\s+)?|over\\s+)?(\\d{1,2})\\s*\\+?\\s*(?:-\\s*\\d{1,2}\\s*)?(?:years|yrs)\\b");
    private static final Map<String, Integer> NUMBER_WORDS = Map.of("two", 2, "three", 3, "four", 4, "five", 5,
            "six", 6, "seven", 7, "eight", 8, "ten", 10);
    private static final Pattern YEARS_IN_WORDS = Pattern.compile(
            "(?i)\\b(two|three|four|five|six|seven|eight|ten)\\s*\\+?\\s*years\\b");
    /** Proper-noun phrases that are noise in adverts: places, months, generic words tagged PROPN. */
    private static final Set<String> NOISE = Set.of("uk", "london", "manchester", "leeds", "birmingham", "edinburgh",
            "glasgow", "bristol", "remote", "hybrid", "monday", "tuesday", "wednesday", "thursday", "friday",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "pmo", "we", "you", "our", "i", "ceo", "cfo", "hr", "it", "ok", "eu", "us",
            "english", "group", "team", "role", "company", "ltd", "plc");

    private final SkillsModel model;
    private final KeywordMatcher matcher;
    /** The words that make a top line the advert's title: the model's PMO phrases and every rung's ladder words. */
    private final Pattern roleWord;

    public JobAdParser(SkillsModel model, KeywordMatcher matcher) {
        this.model = model;
        this.matcher = matcher;
        List<String> words = new ArrayList<>(model.pmoWork());
        model.roles().forEach(r -> words.addAll(r.ladderWords()));
        this.roleWord = words.isEmpty() ? Pattern.compile("(?!)") : WordPattern.whole(words, true, false);
    }

    /** Parses an advert read with {@code CvReader}. */
    public JobAd parse(CvDocument doc) {
        List<CvLine> lines = doc.lines();
        String title = title(lines, roleWord);
        Integer years = null;
        Map<String, Mention> known = new LinkedHashMap<>();
        Map<String, Mention> unknown = new LinkedHashMap<>();
        List<String> responsibilities = new ArrayList<>();
        List<JobAd.AdLine> adLines = new ArrayList<>();
        Level section = Level.NONE;
        for (int i = 0; i < lines.size(); i++) {
            CvLine line = lines.get(i);
            String text = line.text().strip();
            if (text.isEmpty()) {
                continue;
            }
            Level heading = headingLevel(line);
            if (heading != null) {
                section = heading;
                // "About you - essential" names its terms too; most headings name none.
            }
            Level level = lineLevel(text, section);
            adLines.add(new JobAd.AdLine(i + 1, text, part(text, title, heading, level)));
            if (section == Level.DUTY && heading == null && (line.bullet() || text.split("\\s+").length > 5)) {
                responsibilities.add(text);
            }
            Integer y = years(text);
            if (y != null && (years == null || y > years) && level != Level.PREFERRED) {
                years = y;
            }
            AnalyzedText analysed = Nlp.get().analyze(text);
            List<KeywordMatch> matches = matcher.find(analysed);
            for (KeywordMatch m : matches) {
                known.computeIfAbsent(m.keyword().term(), t -> new Mention(m.keyword(), m.keyword().term()))
                        .add(level);
            }
            if (i >= 3 && level != Level.NONE) {
                for (String phrase : properNounPhrases(analysed, matches)) {
                    unknown.computeIfAbsent(phrase.toLowerCase(Locale.ROOT), p -> new Mention(null, phrase)).add(level);
                }
            }
        }
        List<AdTerm> terms = new ArrayList<>();
        for (Mention m : known.values()) {
            terms.add(new AdTerm(m.keyword, m.required, m.count, true));
        }
        int added = 0;
        for (Mention m : unknown.values()) {
            if (added++ >= 12 || known.keySet().stream().anyMatch(k -> k.equalsIgnoreCase(m.text))) {
                continue;
            }
            Keyword synthetic = new Keyword(m.text, JobAd.ADVERT_COMPETENCY, List.of(), null, Map.of());
            terms.add(new AdTerm(synthetic, m.required, m.count, false));
        }
        RoleChoice choice = nearestRole(title, years);
        return new JobAd(doc.fileName(), title, choice.role(), choice.reason(), years, terms, responsibilities, adLines);
    }

    private static JobAd.Part part(String text, String title, Level heading, Level level) {
        if (text.equals(title)) {
            return JobAd.Part.TITLE;
        }
        if (heading != null) {
            return JobAd.Part.HEADING;
        }
        return switch (level) {
            case REQUIRED -> JobAd.Part.REQUIRED;
            case DUTY -> JobAd.Part.DUTY;
            case PREFERRED -> JobAd.Part.PREFERRED;
            case NONE -> JobAd.Part.OTHER;
        };
    }

    /** The first of the top lines that names a job: short, with a role word (a PMO phrase or a ladder word). */
    static String title(List<CvLine> lines, Pattern roleWord) {
        for (int i = 0; i < Math.min(6, lines.size()); i++) {
            String t = lines.get(i).text().strip().replaceFirst("^#+\\s*", "");
            int words = t.split("\\s+").length;
            if (words <= 10 && roleWord.matcher(t).find() && !t.contains("@")) {
                return t;
            }
        }
        return null;
    }

    private static Level headingLevel(CvLine line) {
        String t = line.text().strip();
        boolean looksLikeHeading = !line.bullet() && (line.heading() || t.endsWith(":")
                || (t.split("\\s+").length <= 6 && !t.endsWith(".")));
        if (!looksLikeHeading) {
            return null;
        }
        if (PREFERRED_WORDS.matcher(t).find()) {
            return Level.PREFERRED;
        }
        if (DUTY_HEADING.matcher(t).find()) {
            return Level.DUTY;
        }
        if (REQUIRED_HEADING.matcher(t).find()) {
            return Level.REQUIRED;
        }
        if (OTHER_HEADING.matcher(t).find()) {
            return Level.NONE;
        }
        return line.heading() || t.endsWith(":") ? Level.NONE : null;
    }

    private static Level lineLevel(String text, Level section) {
        if (PREFERRED_WORDS.matcher(text).find()) {
            return Level.PREFERRED;
        }
        if (REQUIRED_WORDS.matcher(text).find() && section != Level.NONE) {
            return Level.REQUIRED;
        }
        return section;
    }

    static Integer years(String text) {
        if (!text.toLowerCase(Locale.ROOT).contains("experience") && !text.toLowerCase(Locale.ROOT).contains("track record")) {
            return null;
        }
        Matcher m = YEARS.matcher(text);
        if (m.find()) {
            int n = Integer.parseInt(m.group(1));
            return n >= 1 && n <= 30 ? n : null;
        }
        Matcher w = YEARS_IN_WORDS.matcher(text);
        return w.find() ? NUMBER_WORDS.get(w.group(1).toLowerCase(Locale.ROOT)) : null;
    }

    /** Runs of nouns and adjectives with a proper noun, outside any skills-model match: "ServiceNow SPM". */
    private static List<String> properNounPhrases(AnalyzedText text, List<KeywordMatch> matches) {
        List<String> out = new ArrayList<>();
        List<Token> tokens = text.tokens();
        int i = 0;
        while (i < tokens.size()) {
            if (!isPhraseTag(tokens.get(i))) {
                i++;
                continue;
            }
            int j = i;
            boolean proper = false;
            // Inside a name, a capitalised word belongs to it whatever its tag ("Adaptive Planning").
            while (j < tokens.size() && j - i < 4 && (isPhraseTag(tokens.get(j))
                    || j > i && Character.isUpperCase(tokens.get(j).text().charAt(0))
                    && Character.isLetter(tokens.get(j).text().charAt(0)))) {
                proper |= "PROPN".equals(tokens.get(j).pos()) && Character.isUpperCase(tokens.get(j).text().charAt(0));
                j++;
            }
            // Drop leading adjectives and determiners: "advanced Smartsheet" is "Smartsheet".
            int from = i;
            while (from < j && !"PROPN".equals(tokens.get(from).pos()) && !"NOUN".equals(tokens.get(from).pos())) {
                from++;
            }
            if (proper && from < j) {
                int start = tokens.get(from).start();
                int end = tokens.get(j - 1).end();
                String phrase = text.text().substring(start, end).replaceAll("[.,;:]+$", "");
                boolean covered = matches.stream().anyMatch(m -> m.start() < end && m.end() > start);
                if (!covered && isUseful(phrase)) {
                    out.add(phrase);
                }
            }
            i = j;
        }
        return out;
    }

    private static boolean isPhraseTag(Token t) {
        return ("PROPN".equals(t.pos()) || "NOUN".equals(t.pos())) && Character.isLetter(t.text().charAt(0));
    }

    private static boolean isUseful(String phrase) {
        String lower = phrase.toLowerCase(Locale.ROOT);
        if (phrase.length() < 2 || NOISE.contains(lower)) {
            return false;
        }
        for (String w : lower.split("\\s+")) {
            if (NOISE.contains(w)) {
                return false;
            }
        }
        // A lone capitalised common word at a line start is not a name: require a capital inside or a
        // known-looking product word (two capitals, or a capital after the first letter).
        return phrase.chars().filter(Character::isUpperCase).count() >= 2 || phrase.split("\\s+").length == 1
                && phrase.length() >= 4 && !Character.isLowerCase(phrase.charAt(0))
                && phrase.substring(1).chars().anyMatch(Character::isUpperCase);
    }

    private record RoleChoice(Role role, String reason) {
    }

    /** The role whose job titles the advert's title contains; failing that, the level its words imply. */
    RoleChoice nearestRole(String title, Integer years) {
        String lower = title == null ? "" : title.toLowerCase(Locale.ROOT);
        Role best = null;
        String bestTitle = null;
        for (Role r : model.roles()) {
            for (String t : r.titles()) {
                String tl = t.toLowerCase(Locale.ROOT);
                if (lower.contains(tl) && (bestTitle == null || tl.length() > bestTitle.length())) {
                    best = r;
                    bestTitle = t;
                }
            }
        }
        if (best != null) {
            return new RoleChoice(best, "the advert's title \"" + title + "\" names the " + best.title() + " role");
        }
        // The title's seniority words: the highest rung whose ladder word the title holds ("Senior PMO Lead")
        Role byWord = null;
        for (Role r : model.roles()) {
            for (String w : r.ladderWords()) {
                if ((byWord == null || r.level() > byWord.level()) && hasWord(lower, w.toLowerCase(Locale.ROOT))) {
                    byWord = r;
                }
            }
        }
        if (byWord != null) {
            return new RoleChoice(byWord, "the advert's title \"" + title + "\" reads as " + byWord.title() + " level");
        }
        List<Role> ladder = model.roles().stream().sorted(java.util.Comparator.comparingInt(Role::level)).toList();
        if (years != null) {
            Role byYears = null;
            for (Role r : ladder) {
                if (r.advertYears() != null && years >= r.advertYears()) {
                    byYears = r;
                }
            }
            if (byYears != null) {
                return new RoleChoice(byYears, "no PMO title found; " + years + " years of experience asked reads as "
                        + byYears.title() + " level");
            }
        }
        Role r = ladder.get(Math.min(1, ladder.size() - 1));
        return new RoleChoice(r, "no PMO title or years found in the advert; " + r.title() + " is the default: pass --role to choose");
    }

    /** Whether the text holds the phrase as whole words. */
    private static boolean hasWord(String text, String phrase) {
        for (int at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
            int end = at + phrase.length();
            if ((at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
                    && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

    /** Counts and the strongest level of one term's mentions. */
    private static final class Mention {
        final Keyword keyword;
        final String text;
        boolean required;
        int count;

        Mention(Keyword keyword, String text) {
            this.keyword = keyword;
            this.text = text;
        }

        void add(Level level) {
            count++;
            required |= level == Level.REQUIRED || level == Level.DUTY;
        }
    }

    /** The importance a term of the advert gets in the analysis. */
    static Importance importance(AdTerm term) {
        return term.required() ? Importance.ESSENTIAL : Importance.DESIRABLE;
    }
}

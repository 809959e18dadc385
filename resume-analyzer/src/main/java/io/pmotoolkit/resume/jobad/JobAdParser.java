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
 * <p>Every line gets the part of the advert it belongs to ({@link JobAd.Part}) from the heading it stands under
 * and its own words, with the vocabulary of {@code advert-vocabulary.yaml} ({@link JobAdVocabulary}):
 * <ul>
 *   <li>under Requirements, Essential, About you or Person specification a line is required; under
 *       Responsibilities or Duties it is a duty; under Desirable or Nice to have it is preferred; a line's own
 *       words ("essential", "must", "a plus", "ideally") win over the heading;</li>
 *   <li>under a summary heading (About the role, Job summary) a bullet is a duty and prose only describes the
 *       job;</li>
 *   <li>about the employer, benefits, salary, equal opportunities and how to apply, the facts at the top
 *       ("Company: Google", "Acme Ltd · Leeds · £30,000") and any equal-opportunity sentence are the
 *       employer's part: they never give a term or a requirement;</li>
 *   <li>headings and section labels are never terms.</li>
 * </ul>
 * Terms come from the parts that ask and from the title; a line that only describes the job (an introduction)
 * adds mentions to terms asked elsewhere, and gives terms of its own only in an advert with no asking part at
 * all. A term found inside a longer one on the same words ("PRINCE2" in "PRINCE2 Foundation") is not counted
 * again, and a term counts once a line.
 *
 * <p>The title is the advert's own title field ("POST TITLE: Delivery Manager", "Job title: ..."), else the
 * title of its Markdown front matter or HTML page when it names a job, else the first top line that names one.
 *
 * <p>Thread-safe.
 */
public final class JobAdParser {

    /** The section a line stands in, from the heading above it. */
    enum Section { NONE, REQUIRED, DUTY, PREFERRED, SUMMARY, EMPLOYER }

    private static final Pattern YEARS = Pattern.compile(
            "(?i)\\b(?:at\\s+least|minimum\\s+(?:of\\s+)?|over\\s+)?(\\d{1,2})\\s*\\+?\\s*(?:-\\s*\\d{1,2}\\s*)?(?:years?|yrs)\\b");
    private static final Map<String, Integer> NUMBER_WORDS = Map.of("one", 1, "two", 2, "three", 3, "four", 4, "five", 5,
            "six", 6, "seven", 7, "eight", 8, "ten", 10);
    private static final Pattern YEARS_IN_WORDS = Pattern.compile(
            "(?i)\\b(one|two|three|four|five|six|seven|eight|ten)\\s*\\+?\\s*years?\\b");
    /** A trailing parenthesis with a number is not part of a title: "Product Manager (10+ Years of Experience)". */
    private static final Pattern TITLE_NOTE = Pattern.compile("\\s*\\([^)]*\\d[^)]*\\)\\s*$");
    /** A match over a list ("Waterfall and Agile methodologies"): the terms inside it are named in their own right. */
    private static final Pattern COORDINATED = Pattern.compile("(?i)[,&/]|\\b(?:and|or)\\b");
    /** The top lines searched for the advert's own title field. */
    static final int TITLE_FIELD_LINES = 15;
    /** The most words of a title, of a heading, and of a fact line at the top of an advert. */
    private static final int TITLE_WORDS = 12;
    private static final int HEADING_WORDS = 6;
    private static final int STYLED_HEADING_WORDS = 10;
    private static final int HEADER_WORDS = 16;
    /** Words that may stand in a heading beside its heading words: "Your key responsibilities", "Skills – essential". */
    private static final Pattern HEADING_FILLER = Pattern.compile(
            "(?i)\\b(?:the|a|an|your|our|my|key|main|core|and|or|of|for|in|&|what|we|you|this|roles?|jobs?|positions?|"
            + "minimum|additional|other|general|specific|technical|professional|personal|important)\\b");

    private final SkillsModel model;
    private final KeywordMatcher matcher;
    private final JobAdVocabulary vocabulary = JobAdVocabulary.builtIn();
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
        Title title = title(doc);
        List<JobAd.Part> parts = parts(lines, title.line());
        boolean anyAsk = parts.stream().anyMatch(JobAd.Part::asks);
        Integer years = null;
        Map<String, Mention> known = new LinkedHashMap<>();
        Map<String, Mention> unknown = new LinkedHashMap<>();
        // Mentions in lines that only describe the job, of terms not (yet) asked: they count if the term is asked.
        Map<String, Integer> described = new java.util.HashMap<>();
        List<String> responsibilities = new ArrayList<>();
        List<JobAd.AdLine> adLines = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            CvLine line = lines.get(i);
            String text = line.text().strip();
            JobAd.Part part = parts.get(i);
            if (part == null) {
                continue;
            }
            adLines.add(new JobAd.AdLine(i + 1, text, part));
            if (part == JobAd.Part.HEADING || part == JobAd.Part.EMPLOYER) {
                continue;  // headings, section labels and the employer's part are never terms or asks
            }
            if (part == JobAd.Part.DUTY && (line.bullet() || text.split("\\s+").length > 5)) {
                responsibilities.add(text);
            }
            Integer y = years(text);
            if (y != null && (years == null || y > years) && part != JobAd.Part.PREFERRED) {
                years = y;
            }
            AnalyzedText analysed = Nlp.get().analyze(text);
            List<KeywordMatch> matches = outermost(matcher.find(analysed));
            // A line that only describes the job names terms, but asks for none, unless nothing in the advert asks.
            boolean adds = part.asks() || part == JobAd.Part.TITLE || !anyAsk;
            Set<String> seen = new java.util.HashSet<>();
            for (KeywordMatch m : matches) {
                String term = m.keyword().term();
                if (!seen.add(term)) {
                    continue;
                }
                Mention mention = adds ? known.computeIfAbsent(term, t -> new Mention(m.keyword(), term)) : known.get(term);
                if (mention != null) {
                    mention.add(part);
                } else {
                    described.merge(term, 1, Integer::sum);
                }
            }
            if (part.asks() || !anyAsk && part == JobAd.Part.OTHER) {
                for (String phrase : properNounPhrases(analysed, matches, vocabulary.noise)) {
                    if (roleWord.matcher(phrase.replaceAll("(?<=\\p{L}{3})s\\b", "")).find()) {
                        continue;  // people, not skills: "Delivery Leads", "the PMO Manager"
                    }
                    unknown.computeIfAbsent(phrase.toLowerCase(Locale.ROOT), p -> new Mention(null, phrase)).add(part);
                }
            }
        }
        List<AdTerm> terms = new ArrayList<>();
        for (Mention m : known.values()) {
            terms.add(new AdTerm(m.keyword, m.required, m.count + described.getOrDefault(m.text, 0), true));
        }
        int added = 0;
        for (Mention m : unknown.values()) {
            if (known.keySet().stream().anyMatch(k -> k.equalsIgnoreCase(m.text))) {
                continue;
            }
            if (added++ >= 12) {
                break;
            }
            Keyword synthetic = new Keyword(m.text, JobAd.ADVERT_COMPETENCY, List.of(), null, Map.of());
            terms.add(new AdTerm(synthetic, m.required, m.count, false));
        }
        RoleChoice choice = nearestRole(title.text(), years);
        return new JobAd(doc.fileName(), title.text(), choice.role(), choice.reason(), years, terms, responsibilities, adLines);
    }

    /**
     * The matches that are not inside a longer match of another keyword on the same words: "PRINCE2 Foundation"
     * is one term, not also PRINCE2; "Project Management" inside "APM Project Management Qualification" is not
     * asked for. A term implied by a match (Planview: PPM software) covers the same words and stays.
     */
    static List<KeywordMatch> outermost(List<KeywordMatch> matches) {
        List<KeywordMatch> out = new ArrayList<>();
        for (KeywordMatch m : matches) {
            boolean inside = false;
            for (KeywordMatch other : matches) {
                if (other != m && other.keyword() != m.keyword() && other.start() <= m.start() && other.end() >= m.end()
                        && other.end() - other.start() > m.end() - m.start() && !COORDINATED.matcher(other.text()).find()) {
                    inside = true;
                    break;
                }
            }
            if (!inside) {
                out.add(m);
            }
        }
        return out;
    }

    /** The advert's title and the index of the line it was read from (-1 when from metadata or none). */
    record Title(String text, int line) {
    }

    /** The advert's own title field, else its metadata's title when it names a job, else the top line that does. */
    Title title(CvDocument doc) {
        List<CvLine> lines = doc.lines();
        for (int i = 0; i < Math.min(TITLE_FIELD_LINES, lines.size()); i++) {
            Matcher m = vocabulary.titleLabel.matcher(plain(lines.get(i).text()));
            if (m.matches()) {
                String t = cleanTitle(m.group(1));
                if (!t.isEmpty() && words(t) <= TITLE_WORDS && !t.endsWith(".")) {
                    return new Title(t, i);
                }
            }
        }
        if (doc.title() != null) {
            String t = cleanTitle(doc.title());
            if (!t.isEmpty() && words(t) <= TITLE_WORDS && roleWord.matcher(t).find()) {
                for (int i = 0; i < Math.min(6, lines.size()); i++) {
                    if (cleanTitle(plain(lines.get(i).text())).equalsIgnoreCase(t)) {
                        return new Title(t, i);
                    }
                }
                return new Title(t, -1);
            }
        }
        for (int i = 0; i < Math.min(6, lines.size()); i++) {
            String t = plain(lines.get(i).text());
            if (vocabulary.employerLabel.matcher(t).find()) {
                continue;
            }
            if (words(t) <= 10 && roleWord.matcher(t).find() && !t.contains("@")) {
                return new Title(cleanTitle(t), i);
            }
        }
        return new Title(null, -1);
    }

    /** The top lines that name a job, as {@link #title(CvDocument)} finds them there (kept for the tests). */
    static String title(List<CvLine> lines, Pattern roleWord) {
        for (int i = 0; i < Math.min(6, lines.size()); i++) {
            String t = plain(lines.get(i).text());
            if (words(t) <= 10 && roleWord.matcher(t).find() && !t.contains("@")) {
                return t;
            }
        }
        return null;
    }

    private String cleanTitle(String raw) {
        String t = raw.strip();
        if (t.length() >= 2 && (t.startsWith("'") && t.endsWith("'") || t.startsWith("\"") && t.endsWith("\""))) {
            t = t.substring(1, t.length() - 1).strip();
        }
        t = TITLE_NOTE.matcher(t).replaceFirst("");
        String without = vocabulary.titleSuffix.matcher(t).replaceFirst("").strip();
        if (!without.isEmpty()) {
            t = without;
        }
        return t.replaceAll("[\\s:;,.\\-\u2013\u2014]+$", "").strip();
    }

    private static String plain(String text) {
        return text.strip().replaceFirst("^#+\\s*", "");
    }

    private static int words(String t) {
        return t.isBlank() ? 0 : t.strip().split("\\s+").length;
    }

    /** The part of each line (null for a blank one), from the headings above it and its own words. */
    List<JobAd.Part> parts(List<CvLine> lines, int titleLine) {
        List<JobAd.Part> parts = new ArrayList<>();
        Section section = Section.NONE;
        boolean headingSeen = false;
        for (int i = 0; i < lines.size(); i++) {
            CvLine line = lines.get(i);
            String text = line.text().strip();
            if (text.isEmpty()) {
                parts.add(null);
                continue;
            }
            if (i == titleLine) {
                parts.add(JobAd.Part.TITLE);
                continue;
            }
            String t = plain(text);
            Heading heading = heading(line);
            if (heading != null && heading.section() == null && !headingSeen && isFactLine(t)) {
                parts.add(JobAd.Part.EMPLOYER);  // a styled line of facts above the first heading: "Acme, Leeds, UK"
                continue;
            }
            if (heading != null) {
                parts.add(JobAd.Part.HEADING);
                if (heading.section() != null) {
                    section = heading.section();
                } else if (line.heading() || section == Section.SUMMARY) {
                    section = Section.NONE;  // a heading of its own kind ("Engagement Approach"); a label ending with
                }                            // ':' inside a list of asks keeps the list's part ("Reconciliation:")
                headingSeen = true;
                continue;
            }
            if (vocabulary.employerLabel.matcher(t).find() || vocabulary.employerLine.matcher(t).find()) {
                parts.add(JobAd.Part.EMPLOYER);
                continue;
            }
            Section own = inlineLabel(t);
            parts.add(part(own != null ? own : section, t, line.bullet(), headingSeen, own != null));
        }
        return parts;
    }

    private JobAd.Part part(Section section, String text, boolean bullet, boolean headingSeen, boolean labelled) {
        return switch (section) {
            case EMPLOYER -> JobAd.Part.EMPLOYER;
            case NONE -> !headingSeen && !bullet && isFactLine(text) ? JobAd.Part.EMPLOYER : JobAd.Part.OTHER;
            case SUMMARY -> bullet ? JobAd.Part.DUTY : JobAd.Part.OTHER;
            case REQUIRED, DUTY, PREFERRED -> {
                if (vocabulary.preferredWords.matcher(text).find()) {
                    yield JobAd.Part.PREFERRED;
                }
                if (vocabulary.requiredWords.matcher(text).find() || labelled && section == Section.REQUIRED) {
                    yield JobAd.Part.REQUIRED;
                }
                yield section == Section.REQUIRED ? JobAd.Part.REQUIRED
                        : section == Section.DUTY ? JobAd.Part.DUTY : JobAd.Part.PREFERRED;
            }
        };
    }

    /**
     * A line at the top of an advert, before any heading, that states facts rather than a sentence: the employer,
     * the place, the pay, the contract ("Lumen Pay · London (hybrid) · Permanent · £45,000").
     */
    private static boolean isFactLine(String text) {
        String t = text.strip();
        return words(t) <= HEADER_WORDS && !t.endsWith(".") && !t.endsWith("!") && !t.endsWith("?") && !t.endsWith(":");
    }

    /** A heading line and the section it opens (null for a heading of no known kind). */
    record Heading(Section section) {
    }

    private Heading heading(CvLine line) {
        if (line.bullet()) {
            return null;
        }
        String t = plain(line.text());
        boolean colon = t.endsWith(":");
        String bare = colon ? t.substring(0, t.length() - 1).strip() : t;
        int n = words(bare);
        boolean styled = line.heading() || colon;
        if (styled && n > STYLED_HEADING_WORDS || n == 0) {
            return null;
        }
        Section kind = kind(bare);
        if (styled) {
            return new Heading(kind);
        }
        // An unstyled short line is a heading only when it holds nothing but heading words ("Key skills",
        // "What we are looking for"): "Experience of Jira" is a requirement.
        if (kind == null || n > HEADING_WORDS || bare.endsWith(".") || !onlyHeadingWords(bare)
                || !matcher.find(bare).isEmpty()) {
            return null;
        }
        return new Heading(kind);
    }

    private boolean onlyHeadingWords(String text) {
        String rest = vocabulary.anyHeading.matcher(text).replaceAll(" ");
        rest = HEADING_FILLER.matcher(rest).replaceAll(" ");
        rest = rest.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        return rest.isEmpty() || words(rest) <= 1;
    }

    /** The section a heading's words name, or null. */
    Section kind(String text) {
        if (vocabulary.preferredWords.matcher(text).find()) {
            return Section.PREFERRED;
        }
        if (vocabulary.employerHeading.matcher(text).find()) {
            return Section.EMPLOYER;
        }
        if (vocabulary.dutyHeading.matcher(text).find()) {
            return Section.DUTY;
        }
        if (vocabulary.requiredHeading.matcher(text).find()) {
            return Section.REQUIRED;
        }
        if (vocabulary.summaryHeading.matcher(text).find()) {
            return Section.SUMMARY;
        }
        return null;
    }

    /** The section a line's own label names: "Experience: 2 years of PMO work", "Essential: PRINCE2". */
    private Section inlineLabel(String text) {
        int colon = text.indexOf(':');
        if (colon <= 0 || colon == text.length() - 1) {
            return null;
        }
        String label = text.substring(0, colon).strip();
        if (words(label) > 4) {
            return null;
        }
        Section kind = kind(label);
        return kind == Section.SUMMARY ? null : kind;
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
    private static List<String> properNounPhrases(AnalyzedText text, List<KeywordMatch> matches, Set<String> noise) {
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
            // A duty's opening verb is capitalised, so the tagger takes it for a name: "Apply Lean", "Deliver MRDs".
            if (from == 0 && j - from >= 2 && opensWithVerb(text.text())) {
                from++;
            }
            if (proper && from < j) {
                int start = tokens.get(from).start();
                int end = tokens.get(j - 1).end();
                String phrase = text.text().substring(start, end).replaceAll("[.,;:]+$", "");
                boolean covered = matches.stream().anyMatch(m -> m.start() < end && m.end() > start);
                if (!covered && isUseful(phrase, noise)) {
                    out.add(phrase);
                }
            }
            i = j;
        }
        return out;
    }

    /** Whether a line opens with a verb, as the tagger reads it once its capital is taken off ("apply Lean ..."). */
    private static boolean opensWithVerb(String line) {
        if (line.isEmpty() || !Character.isUpperCase(line.charAt(0))) {
            return false;
        }
        List<Token> tokens = Nlp.get().analyze(Character.toLowerCase(line.charAt(0)) + line.substring(1)).tokens();
        return !tokens.isEmpty() && tokens.get(0).isVerb();
    }

    private static boolean isPhraseTag(Token t) {
        return ("PROPN".equals(t.pos()) || "NOUN".equals(t.pos())) && Character.isLetter(t.text().charAt(0));
    }

    private static boolean isUseful(String phrase, Set<String> noise) {
        String lower = phrase.toLowerCase(Locale.ROOT);
        if (phrase.length() < 2 || noise.contains(lower)) {
            return false;
        }
        for (String w : lower.split("\\s+")) {
            if (noise.contains(w)) {
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

        void add(JobAd.Part part) {
            count++;
            required |= part == JobAd.Part.REQUIRED || part == JobAd.Part.DUTY;
        }
    }

    /** The importance a term of the advert gets in the analysis. */
    static Importance importance(AdTerm term) {
        return term.required() ? Importance.ESSENTIAL : Importance.DESIRABLE;
    }
}

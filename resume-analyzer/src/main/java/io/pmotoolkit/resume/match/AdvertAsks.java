package io.pmotoolkit.resume.match;

import io.pmotoolkit.core.match.KeywordMatch;
import io.pmotoolkit.core.match.KeywordMatcher;
import io.pmotoolkit.core.model.Area;
import io.pmotoolkit.core.model.CredentialGroup;
import io.pmotoolkit.core.model.Keyword;
import io.pmotoolkit.core.model.SkillsModel;
import io.pmotoolkit.resume.jobad.JobAd;
import io.pmotoolkit.resume.jobad.JobAd.AdLine;
import io.pmotoolkit.resume.jobad.JobAd.Part;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an advert asks beyond its terms, read only from its lines whose part asks ({@link Part#asks()}): years of
 * experience overall and per skill, an education level and subject, certifications ("PRINCE2 or equivalent",
 * through the skills model's credential groups), and which of its terms are must-haves. The words are data
 * ({@code advert-match.yaml}). Immutable and thread-safe.
 */
final class AdvertAsks {

    /**
     * Years of experience asked.
     *
     * @param years  the least number asked
     * @param skills the skills-model terms they are asked of, any one of which counts; empty for years overall
     * @param line   the line
     * @param must   whether it is a must-have
     */
    record Years(int years, List<String> skills, AdLine line, boolean must) {
    }

    /**
     * An education level asked.
     *
     * @param level        the lowest level the line names
     * @param subject      the subject asked, or null for any
     * @param orExperience whether experience may stand instead
     * @param line         the line
     * @param must         whether it is a must-have
     * @param terms        the advert's education terms named on the line (counted through this ask)
     */
    record Education(MatchVocabulary.Level level, String subject, boolean orExperience, AdLine line, boolean must,
                     List<String> terms) {
    }

    /**
     * A credential asked.
     *
     * @param named    how the advert names it ("PRINCE2", "PRINCE2 Foundation or APM PMQ")
     * @param accepted the certification terms that satisfy it
     * @param terms    the advert's terms it is read from (counted through this ask, not on their own)
     * @param line     the line
     * @param must     whether it is a must-have
     */
    record Credential(String named, List<String> accepted, List<String> terms, AdLine line, boolean must) {
    }

    /**
     * Everything read.
     *
     * @param years       years asked, overall and per skill, in advert order
     * @param education   the education asked, or null
     * @param credentials credentials asked, in advert order
     * @param mustTerms   the advert's terms named on a must line
     * @param parts       for each advert term named on a line that asks, the strongest part it is named in
     *                    (REQUIRED, then DUTY, then PREFERRED)
     * @param within      for each advert term named on asking lines only inside another term's words ("stakeholder
     *                    engagement" in "executive stakeholder engagement"), that other term
     */
    record Read(List<Years> years, Education education, List<Credential> credentials, Set<String> mustTerms,
                java.util.Map<String, Part> parts, java.util.Map<String, String> within) {
    }

    private static final Pattern CLAUSE_END = Pattern.compile("[.;:!?()\\[\\]]|\\s[–—-]\\s");
    private static final Pattern DEGREE_OF = Pattern.compile("(?i)^\\s*of\\b");
    private static final Pattern SUBJECT = Pattern.compile(
            "(?i)^[^,;.]{0,25}?\\b(?:in|of)\\s+(?:a\\s+|an\\s+|the\\s+)?([^,;.()/]+?)(?=\\s+or\\b|\\s+and\\b|\\s+with\\b|[,;.()/]|$)");

    private final SkillsModel model;
    private final MatchVocabulary words;
    private final Pattern years;
    private final KeywordMatcher credentials;
    private final KeywordMatcher all;

    AdvertAsks(SkillsModel model, KeywordMatcher all, MatchVocabulary words) {
        this.all = all;
        this.model = model;
        this.words = words;
        String number = "(\\d{1,2}|" + String.join("|", words.numbers.keySet()) + ")";
        this.years = Pattern.compile("(?i)(?<![\\p{L}\\p{N}.,£$€-])(?:(?:at\\s+least|minimum(?:\\s+of)?|min\\.?|over|more\\s+than)\\s+)?"
                + number + "\\s*(?:\\+|plus)?\\s*(?:(?:-|–|to)\\s*\\d{1,2}\\s*)?\\+?\\s*(?:"
                + io.pmotoolkit.core.text.WordPattern.alternatives(words.yearWords, false) + ")(?![\\p{L}-])['’]?");
        this.credentials = KeywordMatcher.of(model.keywords().stream().filter(this::isCredential).toList());
    }

    /** The certification terms a text names ("PRINCE2 Practitioner (2019)" gives PRINCE2 Practitioner). */
    List<String> credentialsIn(String text) {
        return credentials.find(text).stream().map(m -> m.keyword().term()).distinct().toList();
    }

    private boolean isCredential(Keyword k) {
        return model.findCompetency(k.competency()).filter(c -> c.area() == Area.CERTIFICATIONS).isPresent();
    }

    Read read(JobAd ad) {
        KeywordMatcher terms = KeywordMatcher.of(ad.terms().stream().map(JobAd.AdTerm::keyword).toList());
        List<Years> yearsAsked = new ArrayList<>();
        List<Credential> creds = new ArrayList<>();
        Set<String> must = new LinkedHashSet<>();
        java.util.Map<String, Part> parts = new java.util.HashMap<>();
        java.util.Map<String, String> within = new java.util.HashMap<>();
        Set<String> alone = new java.util.HashSet<>();
        Education education = null;
        boolean headingMust = false;
        for (AdLine line : ad.lines()) {
            if (line.part() == Part.HEADING || line.part() == Part.TITLE) {
                headingMust = words.mustWords.matcher(line.text()).find();
                continue;
            }
            if (!line.part().asks()) {
                continue;
            }
            boolean isMust = line.part() == Part.REQUIRED && (headingMust || words.mustWords.matcher(line.text()).find());
            List<KeywordMatch> named = terms.find(line.text());
            if (isMust) {
                named.forEach(m -> must.add(m.keyword().term()));
            }
            for (KeywordMatch m : named) {
                parts.merge(m.keyword().term(), line.part(), (a, b) -> rank(a) <= rank(b) ? a : b);
                KeywordMatch outer = named.stream().filter(o -> o != m && !o.keyword().term().equals(m.keyword().term())
                        && o.start() <= m.start() && o.end() >= m.end() && o.end() - o.start() > m.end() - m.start())
                        .findFirst().orElse(null);
                if (outer == null) {
                    alone.add(m.keyword().term());
                } else {
                    within.putIfAbsent(m.keyword().term(), outer.keyword().term());
                }
            }
            yearsAsked.addAll(years(line, isMust));
            if (education == null) {
                education = education(line, isMust, named);
            }
            credential(line, named, isMust).ifPresent(creds::add);
        }
        alone.forEach(within::remove);
        return new Read(List.copyOf(yearsAsked), education, List.copyOf(creds), Set.copyOf(must), Map.copyOf(parts),
                Map.copyOf(within));
    }

    private static int rank(Part part) {
        return part == Part.REQUIRED ? 0 : part == Part.DUTY ? 1 : 2;
    }

    /** The years the line asks, each with what they are asked of. */
    private List<Years> years(AdLine line, boolean must) {
        List<Years> out = new ArrayList<>();
        String text = line.text();
        Matcher m = years.matcher(text);
        while (m.find()) {
            String n = m.group(1).toLowerCase(Locale.ROOT);
            int count = Character.isDigit(n.charAt(0)) ? Integer.parseInt(n) : words.numbers.get(n);
            if (count < 1 || count > 40) {
                continue;
            }
            String tail = text.substring(m.end());
            Matcher end = CLAUSE_END.matcher(tail);
            if (end.find()) {
                tail = tail.substring(0, end.start());
            }
            List<String> skills = new ArrayList<>();
            if (!words.overallWords.matcher(tail).find()) {
                for (KeywordMatch k : all.find(tail)) {
                    if (!skills.contains(k.keyword().term()) && !isCredential(k.keyword())) {
                        skills.add(k.keyword().term());
                    }
                }
            }
            out.add(new Years(count, List.copyOf(skills), line, must));
        }
        return out;
    }

    /** The education the line asks, if it names a level (not "a high degree of accuracy"). */
    private Education education(AdLine line, boolean must, List<KeywordMatch> terms) {
        String text = line.text();
        MatchVocabulary.Level asked = null;
        int after = -1;
        List<int[]> higher = new ArrayList<>();
        for (MatchVocabulary.Level level : words.levels) {
            Matcher m = level.words().matcher(text);
            List<int[]> spans = new ArrayList<>();
            boolean named = false;
            while (m.find()) {
                int start = m.start();
                int end = m.end();
                spans.add(new int[] {start, end});
                // "degree" within "master's degree" is the master's; "a high degree of accuracy" is no degree
                if (named || DEGREE_OF.matcher(text.substring(end)).find()
                        || higher.stream().anyMatch(h -> h[0] <= start && h[1] >= end)) {
                    continue;
                }
                named = true;
                // the lowest level named is the least the advert accepts ("a bachelor's or master's degree")
                if (asked == null || level.rank() > asked.rank()) {
                    asked = level;
                    after = end;
                }
            }
            higher.addAll(spans);
        }
        if (asked == null) {
            return null;
        }
        String subject = null;
        Matcher s = SUBJECT.matcher(text.substring(after));
        if (s.find()) {
            String candidate = s.group(1).strip();
            if (!candidate.isEmpty() && !words.anySubject.matcher(candidate).find() && candidate.split("\\s+").length <= 5
                    && !years.matcher(candidate).find()) {
                subject = candidate;
            }
        }
        boolean orExperience = words.orExperience.matcher(text).find();
        List<String> educationTerms = terms.stream().map(k -> k.keyword().term()).filter(t -> model.findKeyword(t)
                .flatMap(k -> model.findCompetency(k.competency())).filter(c -> c.area() == Area.EDUCATION).isPresent())
                .distinct().toList();
        return new Education(asked, subject, orExperience, line, must && !orExperience, educationTerms);
    }

    /**
     * The credential the line asks: the certification terms it names, or the credentials of a method named as a
     * qualification ("PRINCE2 certification"); with "or equivalent", any credential of their kinds.
     */
    private java.util.Optional<Credential> credential(AdLine line, List<KeywordMatch> named, boolean must) {
        String text = line.text();
        List<String> accepted = new ArrayList<>();
        List<String> from = new ArrayList<>();
        for (KeywordMatch m : credentials.find(text)) {
            add(accepted, m.keyword().term());
            add(from, m.keyword().term());
        }
        boolean equivalent = words.equivalentWords.matcher(text).find();
        if (accepted.isEmpty() && (equivalent || words.credentialWords.matcher(text).find())) {
            // a method named as a qualification: its credentials are the certification terms that begin with it
            for (KeywordMatch m : named) {
                String method = m.keyword().term();
                for (Keyword k : model.keywords()) {
                    if (isCredential(k) && !k.term().equals(method)
                            && k.term().toLowerCase(Locale.ROOT).startsWith(method.toLowerCase(Locale.ROOT) + " ")) {
                        add(accepted, k.term());
                        add(from, method);
                    }
                }
            }
        }
        if (accepted.isEmpty()) {
            return java.util.Optional.empty();
        }
        String name = String.join(" or ", from) + (equivalent ? " or equivalent" : "");
        if (equivalent) {
            for (CredentialGroup g : model.credentialGroups()) {
                if (g.members().stream().anyMatch(accepted::contains)) {
                    g.members().forEach(t -> add(accepted, t));
                }
            }
        }
        // the advert's terms the ask is read from: the credentials named, and a method named in one ("PRINCE2" beside
        // "PRINCE2 Foundation")
        List<String> adTerms = named.stream().map(m -> m.keyword().term())
                .filter(t -> from.contains(t) || accepted.stream().anyMatch(a -> a.toLowerCase(Locale.ROOT)
                        .startsWith(t.toLowerCase(Locale.ROOT) + " ")))
                .distinct().toList();
        return java.util.Optional.of(new Credential(name, List.copyOf(accepted), adTerms, line, must));
    }

    private static void add(List<String> list, String term) {
        if (!list.contains(term)) {
            list.add(term);
        }
    }
}

package io.pmotoolkit.resume.match;

import io.pmotoolkit.core.match.KeywordMatcher;
import io.pmotoolkit.core.model.Area;
import io.pmotoolkit.core.model.Competency;
import io.pmotoolkit.core.model.Keyword;
import io.pmotoolkit.core.model.Role;
import io.pmotoolkit.core.model.SkillsModel;
import io.pmotoolkit.core.result.AdvertMatch;
import io.pmotoolkit.core.result.CvAnalysis;
import io.pmotoolkit.core.result.CvAnalysis.FoundTerm;
import io.pmotoolkit.core.result.CvStructure;
import io.pmotoolkit.core.result.Evidence;
import io.pmotoolkit.core.result.JobAdSummary;
import io.pmotoolkit.resume.jobad.JobAd;
import io.pmotoolkit.resume.jobad.JobAd.Part;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * How well a CV fits a job advert: the match rate, the advert's terms with counts, kind and the CV's evidence,
 * the title on the PMO ladder, and the years, education and certifications asked against what the CV shows. The
 * formula is in {@code docs/scoring.md} ("Advert match").
 *
 * {@snippet :
 * AdvertMatcher matcher = new AdvertMatcher(model, Clock.systemDefaultZone());
 * JobAd ad = analyzer.jobAdParser().parse(advertDocument);
 * CvAnalysis analysis = analyzer.analyze(cvDocument, ad.role(), ad);  // the CV analysed against this advert
 * AdvertMatch match = matcher.match(analysis, ad);                   // also in analysis.jobAd().match()
 * }
 *
 * <p>It reads only the finished analysis and the advert, so any two analyses of CVs against one advert (two
 * versions of a CV) compare. Thread-safe: immutable after construction.
 */
public final class AdvertMatcher {

    /** Weight of a required term or ask (and of the title) against a preferred one. */
    static final int REQUIRED_WEIGHT = 3;
    /** Weight of a term the advert names only among the job's duties (required, but what the job does). */
    static final int DUTY_WEIGHT = 2;
    /** Credit of a term by the CV's best evidence of it: an achievement, experience text, a listing. */
    static final double ACHIEVEMENT = 1.0;
    static final double EXPERIENCE = 0.85;
    static final double LISTED = 0.5;
    /** Credit of a credential only being studied for. */
    static final double IN_PROGRESS = 0.5;
    /** The cap of a CV missing one must-have; each further one lowers it by {@link #CAP_STEP}, to {@link #CAP_FLOOR}. */
    static final int CAP = 65;
    static final int CAP_STEP = 5;
    static final int CAP_FLOOR = 45;
    /** The kind whose terms are never must-haves. */
    static final String SOFT_SKILL = "soft skill";
    /** Credit of the title: one rung below the advert's, one above, two or more apart, not on the ladder. */
    static final double STEP_UP = 0.7;
    static final double STEP_DOWN = 0.8;
    static final double FAR = 0.3;
    static final double UNPLACED = 0.25;
    /** Factor on the title's credit when the advert's title is PMO work and the CV's latest is not. */
    static final double OTHER_FIELD = 0.7;
    /** The least weight a rate is computed over (about seven required terms). */
    static final double MIN_WEIGHT = 20;
    /** Share of the years asked that counts as partly met. */
    static final double PARTLY_YEARS = 0.75;

    private final SkillsModel model;
    private final MatchVocabulary words;
    private final AdvertAsks asks;
    private final Ladder ladder;
    private final Clock clock;

    /** A matcher over the skills model, "today" from the clock (for roles that are current). */
    public AdvertMatcher(SkillsModel model, Clock clock) {
        this(model, KeywordMatcher.of(model), clock);
    }

    /** As {@link #AdvertMatcher(SkillsModel, Clock)}, sharing a matcher of the model already compiled. */
    public AdvertMatcher(SkillsModel model, KeywordMatcher matcher, Clock clock) {
        this.model = model;
        this.words = MatchVocabulary.builtIn();
        this.asks = new AdvertAsks(model, matcher, words);
        this.ladder = new Ladder(model);
        this.clock = clock;
    }

    /**
     * The match of a CV analysed against {@code ad}.
     *
     * @param analysis the analysis of the CV against this advert (its {@code jobAd} is the advert's)
     * @throws IllegalArgumentException when the analysis was not made against an advert
     */
    public AdvertMatch match(CvAnalysis analysis, JobAd ad) {
        JobAdSummary summary = analysis.jobAd();
        if (summary == null) {
            throw new IllegalArgumentException("analysis of " + analysis.file() + " was not made against a job advert");
        }
        AdvertAsks.Read read = asks.read(ad);
        List<Item> items = new ArrayList<>();
        List<AdvertMatch.Ask> askRows = new ArrayList<>();
        Set<String> held = heldCredentials(analysis);
        askYears(analysis, read, items, askRows);
        if (read.education() != null) {
            askEducation(analysis, read.education(), items, askRows);
        }
        java.util.Map<String, String> viaCredential = new java.util.HashMap<>();
        for (int i = 0; i < read.credentials().size(); i++) {
            AdvertAsks.Credential c = read.credentials().get(i);
            String id = "certification-" + (i + 1);
            List<String> has = c.accepted().stream().filter(held::contains).toList();
            boolean met = !has.isEmpty();
            AdvertMatch.Ask row = new AdvertMatch.Ask(id, "certification", c.named(),
                    met ? String.join(", ", has) : null, met ? "true" : "false", required(c.line()), c.must(),
                    c.line().number(), met ? 1 : 0);
            askRows.add(row);
            items.add(new Item(row.required(), row.credit(), c.must(), met ? null : c.named() + " asked; "
                    + (c.accepted().size() > 1 ? "none of " + String.join(", ", first(c.accepted(), 4)) + " held"
                    : "not held")));
            c.terms().forEach(t -> viaCredential.putIfAbsent(t, id));
        }
        List<AdvertMatch.Term> terms = terms(analysis, summary, ad, read, viaCredential, items);
        AdvertMatch.TitleFit title = title(analysis, summary, ad);
        if (title.fit() != null && !"unplaced-advert".equals(title.fit())) {
            items.add(new Item(true, title.credit(), false, title.credit() >= 1 ? null
                    : "title: the advert's is " + (title.advertLevel() == null ? "not on the PMO ladder"
                    : "level " + title.advertLevel()) + ", your latest " + (title.cvTitle() == null ? "is not read"
                    : title.cvLevel() == null ? "not on the ladder" : "level " + title.cvLevel())
                    + (title.sentence().contains("not a PMO title") ? ", not a PMO title" : "")));
        }
        double weight = 0;
        double earned = 0;
        for (Item it : items) {
            weight += it.weight();
            earned += it.weight() * it.credit();
        }
        // an advert that names little cannot show a fit: below MIN_WEIGHT the weight it lacks counts as unmet
        int uncapped = (int) Math.round(100 * earned / Math.max(weight, MIN_WEIGHT));
        List<String> mustHaves = new ArrayList<>();
        for (AdvertMatch.Term t : terms) {
            if (t.mustHave() && t.via() == null && t.credit() == 0) {
                mustHaves.add(t.term());
            }
        }
        for (AdvertMatch.Ask a : askRows) {
            if (a.mustHave() && "false".equals(a.met())) {
                mustHaves.add(a.asked());
            }
        }
        Integer cap = mustHaves.isEmpty() ? null : Math.max(CAP_FLOOR, CAP - CAP_STEP * (mustHaves.size() - 1));
        int rate = cap == null ? uncapped : Math.min(uncapped, cap);
        List<String> gaps = new ArrayList<>();
        if (weight < MIN_WEIGHT) {
            gaps.add("the advert names few terms the tool knows: read it yourself before trusting the rate");
        }
        items.stream().filter(it -> it.gap() != null && it.loss() > 0)
                .sorted(Comparator.comparing((Item it) -> !it.must()).thenComparing(it -> -it.loss()))
                .map(Item::gap).distinct().limit(10).forEach(gaps::add);
        return new AdvertMatch(rate, uncapped, cap, band(rate), mustHaves, terms, title, askRows, gaps);
    }

    /** {@code strong} (70 and over), {@code good} (55-69), {@code partial} (35-54) or {@code weak}. */
    public static String band(int rate) {
        return rate >= 70 ? "strong" : rate >= 55 ? "good" : rate >= 35 ? "partial" : "weak";
    }

    /** One thing the rate is made of: its weight, its credit, and the gap it leaves, in words. */
    private record Item(double weight, double credit, boolean must, String gap) {

        Item(boolean required, double credit, boolean must, String gap) {
            this(required ? REQUIRED_WEIGHT : 1, credit, must, gap);
        }

        double loss() {
            return weight() * (1 - credit);
        }
    }

    private static boolean required(JobAd.AdLine line) {
        return line.part() != Part.PREFERRED;
    }

    // --- terms ------------------------------------------------------------------------------------

    private List<AdvertMatch.Term> terms(CvAnalysis analysis, JobAdSummary summary, JobAd ad, AdvertAsks.Read read,
                                         java.util.Map<String, String> viaCredential, List<Item> items) {
        List<JobAdSummary.Term> adTerms = summary.terms().stream().filter(t -> t.origin() != JobAdSummary.Origin.ROLE)
                .toList();
        java.util.Map<String, Double> credits = new java.util.HashMap<>();
        for (JobAdSummary.Term t : adTerms) {
            credits.put(t.term(), credit(found(analysis, t.term()), keyword(ad, t.term())));
        }
        List<AdvertMatch.Term> out = new ArrayList<>();
        for (JobAdSummary.Term t : adTerms) {
            JobAd.AdTerm adTerm = ad.terms().stream().filter(a -> a.keyword().term().equals(t.term())).findFirst()
                    .orElse(null);
            Keyword keyword = adTerm == null ? null : adTerm.keyword();
            FoundTerm found = found(analysis, t.term());
            Optional<Area> area = keyword == null ? Optional.empty() : area(keyword.competency());
            boolean credential = area.filter(a -> a == Area.CERTIFICATIONS || a == Area.EDUCATION).isPresent();
            double credit = credits.get(t.term());
            String via = viaCredential.get(t.term());
            if (via == null && read.education() != null && read.education().terms().contains(t.term())) {
                via = "education";
            }
            String outer = read.within().get(t.term());
            boolean covered = false;
            if (via == null && outer != null && credits.getOrDefault(outer, 0.0) > credit) {
                // named only inside a longer term of the advert: the CV showing that term shows this one
                credit = credits.get(outer);
                via = outer;
                covered = true;
            }
            String kind = kind(keyword, t.term());
            // a soft skill's words prove little either way: it is never a must-have
            boolean must = t.required() && read.mustTerms().contains(t.term()) && !SOFT_SKILL.equals(kind);
            out.add(new AdvertMatch.Term(t.term(), t.required(), must, kind,
                    adTerm == null ? 0 : adTerm.mentions(), found == null ? 0 : found.matches().size(),
                    found == null ? null : found.evidence(), round(credit), via));
            if (via == null || covered) {
                String gap = credit == 0 ? t.term() + ": " + (must ? "a must-have" : t.required() ? "required"
                        : "preferred") + ", not in the CV"
                        : credit < 1 && found != null && found.evidence() == Evidence.LISTED && !credential
                        ? t.term() + ": only listed; show it in a role or an achievement" : null;
                Part part = read.parts().get(t.term());
                double weight = !t.required() ? 1 : part == Part.DUTY ? DUTY_WEIGHT : REQUIRED_WEIGHT;
                items.add(new Item(weight, credit, must && credit == 0, gap));
            }
        }
        return out;
    }

    private static FoundTerm found(CvAnalysis analysis, String term) {
        return analysis.keywords().found().stream().filter(f -> f.term().equals(term)).findFirst().orElse(null);
    }

    private static Keyword keyword(JobAd ad, String term) {
        return ad.terms().stream().filter(a -> a.keyword().term().equals(term)).map(JobAd.AdTerm::keyword).findFirst()
                .orElse(null);
    }

    /** A term's credit by the CV's best evidence of it; a credential held counts in full, one studied for half. */
    private double credit(FoundTerm found, Keyword keyword) {
        if (found == null) {
            return 0;
        }
        Optional<Area> area = keyword == null ? Optional.empty() : area(keyword.competency());
        if (area.filter(a -> a == Area.CERTIFICATIONS || a == Area.EDUCATION).isPresent()) {
            return found.inProgress() ? IN_PROGRESS : 1;
        }
        return switch (found.evidence()) {
            case ACHIEVEMENT -> ACHIEVEMENT;
            case EXPERIENCE -> EXPERIENCE;
            case LISTED -> LISTED;
        };
    }

    /** The term's kind: the data file's entry for the term, else its competency's, else its area's. */
    private String kind(Keyword keyword, String term) {
        String byTerm = words.termKinds.get(term.toLowerCase(Locale.ROOT));
        if (byTerm != null) {
            return byTerm;
        }
        if (keyword != null) {
            String byCompetency = words.competencyKinds.get(keyword.competency());
            if (byCompetency != null) {
                return byCompetency;
            }
            Optional<Area> area = area(keyword.competency());
            if (area.isPresent() && words.areaKinds.containsKey(area.get().id())) {
                return words.areaKinds.get(area.get().id());
            }
        }
        return words.softWords.matcher(term).find() ? "soft skill" : words.unknownKind;
    }

    private Optional<Area> area(String competency) {
        return model.findCompetency(competency).map(Competency::area);
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    private static List<String> first(List<String> list, int n) {
        return list.subList(0, Math.min(n, list.size()));
    }

    // --- credentials ------------------------------------------------------------------------------

    /** The certification terms the CV holds (not only studies for): its found terms and its certification entries. */
    private Set<String> heldCredentials(CvAnalysis analysis) {
        Set<String> studying = new LinkedHashSet<>();
        Set<String> held = new LinkedHashSet<>();
        for (FoundTerm f : analysis.keywords().found()) {
            if (area(f.competency()).filter(a -> a == Area.CERTIFICATIONS).isPresent()) {
                (f.inProgress() ? studying : held).add(f.term());
            }
        }
        for (CvStructure.CertificationEntry c : analysis.structure().certifications()) {
            held.addAll(asks.credentialsIn(c.name()));
        }
        held.removeAll(studying);
        return held;
    }

    // --- years ------------------------------------------------------------------------------------

    private void askYears(CvAnalysis analysis, AdvertAsks.Read read, List<Item> items, List<AdvertMatch.Ask> rows) {
        AdvertAsks.Years overall = null;
        List<String> seenSkills = new ArrayList<>();
        for (AdvertAsks.Years y : read.years()) {
            if (y.skills().isEmpty()) {
                if (overall == null || y.years() > overall.years()) {
                    overall = y;
                }
                continue;
            }
            if (seenSkills.contains(y.skills().get(0))) {
                continue;
            }
            seenSkills.add(y.skills().get(0));
            double have = skillYears(analysis, y.skills());
            String asked = y.years() + "+ " + (y.years() == 1 ? "year" : "years") + " of "
                    + String.join(" or ", y.skills());
            String found = have == 0 ? "no dated role names it"
                    : String.format(Locale.ROOT, "about %s in dated roles that name it", yearsText(have));
            addYears(rows, items, "years-" + slug(y.skills().get(0)), "skill-years", asked, found, have, y);
        }
        if (overall != null) {
            Double have = analysis.candidate().yearsExperience();
            String asked = overall.years() + "+ " + (overall.years() == 1 ? "year" : "years");
            String found = have == null ? "no dated roles" : "about " + yearsText(have) + " in dated roles";
            addYears(rows, items, "years", "years", asked, found, have == null ? 0 : have, overall);
        }
    }

    private static void addYears(List<AdvertMatch.Ask> rows, List<Item> items, String id, String kind, String asked,
                                 String found, double have, AdvertAsks.Years y) {
        String met = have >= y.years() ? "true" : have >= PARTLY_YEARS * y.years() ? "partly" : "false";
        double credit = "true".equals(met) ? 1 : "partly".equals(met) ? 0.5 : 0;
        AdvertMatch.Ask row = new AdvertMatch.Ask(id, kind, asked, found, met, required(y.line()), y.must(),
                y.line().number(), credit);
        rows.add(0, row);
        items.add(new Item(row.required(), credit, y.must() && credit == 0, credit >= 1 ? null
                : asked + " asked; " + found));
    }

    private static String yearsText(double years) {
        long n = Math.round(years);
        return n == 0 ? "less than a year" : n == 1 ? "1 year" : n + " years";
    }

    private static String slug(String term) {
        return term.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    /**
     * The years of the CV's dated roles that name one of the terms in their lines: months counted once where roles
     * overlap. A role's lines run from its own line to the next role's.
     */
    private double skillYears(CvAnalysis analysis, List<String> terms) {
        List<CvStructure.Employment> roles = analysis.structure().experience().stream()
                .sorted(Comparator.comparingInt(CvStructure.Employment::line)).toList();
        Set<Integer> lines = new java.util.HashSet<>();
        for (FoundTerm f : analysis.keywords().found()) {
            if (terms.contains(f.term())) {
                f.matches().stream().filter(m -> "experience".equals(m.section())).forEach(m -> lines.add(m.line()));
            }
        }
        BitSet months = new BitSet();
        YearMonth now = YearMonth.now(clock);
        for (int i = 0; i < roles.size(); i++) {
            CvStructure.Employment r = roles.get(i);
            int from = r.line();
            int to = i + 1 < roles.size() ? roles.get(i + 1).line() : Integer.MAX_VALUE;
            if (lines.stream().noneMatch(l -> l >= from && l < to)) {
                continue;
            }
            YearMonth start = yearMonth(r.start());
            YearMonth end = r.current() ? now : yearMonth(r.end());
            if (start == null || end == null || end.isBefore(start) || end.isAfter(now)) {
                continue;
            }
            int base = 1900 * 12;
            int a = Math.max(0, start.getYear() * 12 + start.getMonthValue() - 1 - base);
            int b = Math.max(0, end.getYear() * 12 + end.getMonthValue() - 1 - base);
            months.set(a, b);
        }
        return months.cardinality() / 12.0;
    }

    private static YearMonth yearMonth(String date) {
        if (date == null) {
            return null;
        }
        try {
            return date.length() >= 7 ? YearMonth.parse(date.substring(0, 7)) : YearMonth.of(Integer.parseInt(date), 1);
        } catch (RuntimeException e) {
            return null;
        }
    }

    // --- education --------------------------------------------------------------------------------

    private void askEducation(CvAnalysis analysis, AdvertAsks.Education e, List<Item> items,
                              List<AdvertMatch.Ask> rows) {
        String asked = e.level().name() + (e.subject() == null ? "" : " in " + e.subject())
                + (e.orExperience() ? " (or equivalent experience)" : "");
        CvStructure.EducationEntry best = null;
        MatchVocabulary.Level bestLevel = null;
        for (CvStructure.EducationEntry entry : analysis.structure().education()) {
            MatchVocabulary.Level level = levelOf(entry.qualification());
            if (level != null && (bestLevel == null || level.rank() < bestLevel.rank())) {
                best = entry;
                bestLevel = level;
            }
        }
        // a qualification the keyword match found where the education reader read none ("MBA" in a profile line)
        for (FoundTerm f : analysis.keywords().found()) {
            if (f.inProgress() || area(f.competency()).filter(a -> a == Area.EDUCATION).isEmpty()) {
                continue;
            }
            for (CvAnalysis.Match m : f.matches()) {
                MatchVocabulary.Level level = levelOf(m.text());
                if (level != null && (bestLevel == null || level.rank() < bestLevel.rank())) {
                    best = new CvStructure.EducationEntry(m.text(), null, null, m.line(), List.of());
                    bestLevel = level;
                }
            }
        }
        String met;
        String found;
        if (bestLevel == null || bestLevel.rank() > e.level().rank()) {
            met = e.orExperience() && analysis.candidate().yearsExperience() != null ? "partly" : "false";
            found = best == null ? "no qualification of that level read" : best.qualification();
        } else if (e.subject() != null && !subjectShown(e.subject(), analysis.structure().education())) {
            met = "partly";
            found = best.qualification() + " (another subject)";
        } else {
            met = "true";
            found = best.qualification();
        }
        double credit = "true".equals(met) ? 1 : "partly".equals(met) ? 0.5 : 0;
        AdvertMatch.Ask row = new AdvertMatch.Ask("education", "education", asked, found, met, required(e.line()),
                e.must(), e.line().number(), credit);
        rows.add(row);
        items.add(new Item(row.required(), credit, e.must() && credit == 0, credit >= 1 ? null
                : asked + " asked; " + found));
    }

    private MatchVocabulary.Level levelOf(String qualification) {
        if (qualification == null) {
            return null;
        }
        for (MatchVocabulary.Level level : words.levels) {
            if (level.words().matcher(qualification).find()) {
                return level;
            }
        }
        return null;
    }

    /** Whether a word of the subject (of four letters or more) is in a qualification's name. */
    private static boolean subjectShown(String subject, List<CvStructure.EducationEntry> entries) {
        for (String w : subject.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() < 4) {
                continue;
            }
            String stem = w.length() > 6 ? w.substring(0, w.length() - 2) : w;
            for (CvStructure.EducationEntry e : entries) {
                if (e.qualification() != null && e.qualification().toLowerCase(Locale.ROOT).contains(stem)) {
                    return true;
                }
            }
        }
        return false;
    }

    // --- title ------------------------------------------------------------------------------------

    private AdvertMatch.TitleFit title(CvAnalysis analysis, JobAdSummary summary, JobAd ad) {
        List<CvStructure.Employment> roles = analysis.structure().experience().stream()
                .filter(r -> r.title() != null)
                .sorted(Comparator.comparing((CvStructure.Employment r) -> r.start() == null ? "" : r.start()).reversed())
                .toList();
        List<String> recent = roles.stream().map(CvStructure.Employment::title).distinct().limit(3).toList();
        Optional<Role> advertRung = ladder.rung(ad.title());
        String cvTitle = recent.isEmpty() ? null : recent.get(0);
        Optional<Role> cvRung = Optional.empty();
        for (String t : recent) {
            cvRung = ladder.rung(t);
            if (cvRung.isPresent()) {
                cvTitle = t;
                break;
            }
        }
        // named: one of the CV's own job titles holds the advert's (a line elsewhere may be a wish or someone else's)
        boolean named = ad.title() != null && roles.stream().anyMatch(r -> ladder.names(r.title(), ad.title()));
        Integer advertLevel = advertRung.map(Role::level).orElse(null);
        Integer cvLevel = cvRung.map(Role::level).orElse(null);
        String fit;
        double credit;
        if (ad.title() == null || advertLevel == null) {
            fit = named ? "same" : "unplaced-advert";
            credit = named ? 1 : 0;
        } else if (named || advertLevel.equals(cvLevel)) {
            fit = "same";
            credit = 1;
        } else if (cvLevel == null) {
            fit = "unplaced";
            credit = UNPLACED;
        } else {
            int diff = advertLevel - cvLevel;
            fit = diff == 1 ? "step-up" : diff == -1 ? "step-down" : "far";
            credit = diff == 1 ? STEP_UP : diff == -1 ? STEP_DOWN : FAR;
        }
        boolean otherField = !named && cvTitle != null && ladder.isPmoWork(ad.title()) && !ladder.isPmoWork(cvTitle);
        if (otherField && credit > 0) {
            credit *= OTHER_FIELD;
        }
        String sentence = "advert: " + (ad.title() == null ? "no title found" : ad.title() + level(advertLevel))
                + "; your latest title: " + (cvTitle == null ? "none found" : cvTitle + level(cvLevel)
                + (otherField ? ", not a PMO title" : ""))
                + (named ? "; your CV holds the advert's title" : "");
        return new AdvertMatch.TitleFit(ad.title(), advertLevel, cvTitle, cvLevel, recent, named, fit, round(credit),
                sentence);
    }

    private String level(Integer level) {
        return level == null ? " (not on the PMO ladder)" : " (level " + level + " of " + ladder.top() + ")";
    }
}

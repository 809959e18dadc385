package io.pmotoolkit.resume.report;

import io.pmotoolkit.core.result.CvAnalysis;
import io.pmotoolkit.core.result.CvAnalysis.CompetencyCoverage;
import io.pmotoolkit.core.result.CvAnalysis.FoundTerm;
import io.pmotoolkit.core.result.CvAnalysis.LineResult;
import io.pmotoolkit.core.result.CvAnalysis.MissingTerm;
import io.pmotoolkit.core.result.CvAnalysis.ScorePart;
import io.pmotoolkit.core.result.Evidence;
import io.pmotoolkit.core.result.LineKind;
import io.pmotoolkit.core.model.Importance;
import io.pmotoolkit.core.model.SkillsModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the report puts first: the competency gaps that cost the most, the strongest points and the
 * biggest gaps in plain words. Pure functions of a {@link CvAnalysis}; stateless and thread-safe.
 */
public final class GapRanking {

    private GapRanking() {
    }

    /** Whether a term is a credential (certifications and education are meant to be listed). */
    public static boolean isCredential(String competency) {
        return competency.equals("certifications") || competency.equals("education-development");
    }

    public static boolean essential(String importance) {
        return "essential".equals(importance);
    }

    /** A competency gap: the competency, its missing essential and desirable terms, and its priority. */
    public record CompetencyGap(CompetencyCoverage coverage, List<String> missingEssential, List<String> missingDesirable,
                         double priority) {
    }

    /**
     * The competencies worth working on, most important first: what the score loses on each (weight ×
     * the part of "covered" not reached, as in the scoring), with one point added per missing essential
     * term so that must-haves come before nice-to-haves.
     */
    public static List<CompetencyGap> competencyGaps(CvAnalysis a) {
        List<CompetencyGap> gaps = new ArrayList<>();
        for (CompetencyCoverage c : a.competencies()) {
            List<String> ess = new ArrayList<>();
            List<String> des = new ArrayList<>();
            for (MissingTerm m : a.keywords().missing()) {
                if (m.competency().equals(c.id())) {
                    // A kind of credential is named with the credentials any one of which would do.
                    (essential(m.importance()) ? ess : des).add(m.label());
                }
            }
            double shortfall = 1 - Math.min(1, 2 * c.coverage());
            double priority = c.weight() * shortfall + ess.size();
            if (priority > 0 && (!ess.isEmpty() || shortfall > 0)) {
                gaps.add(new CompetencyGap(c, ess, des, priority));
            }
        }
        gaps.sort(Comparator.comparingDouble(CompetencyGap::priority).reversed()
                .thenComparing(g -> g.coverage().id()));
        return gaps;
    }

    /** The most desirable terms the report names as missing, over all competencies. */
    public static final int DESIRABLE_LIMIT = 12;
    /** The most desirable terms named for one competency. */
    public static final int DESIRABLE_PER_COMPETENCY = 3;

    /**
     * Whom the list of missing desirable terms is chosen for, besides the target role.
     *
     * @param currentWeights the competency weights (1-5) of the PMO level or route the candidate works at
     *                       now, from the skills model; empty when the CV shows none. A competency the
     *                       target weighs more than the current level does is one to grow into, so its
     *                       terms come first.
     */
    public record Focus(Map<String, Integer> currentWeights) {
        public static final Focus NONE = new Focus(Map.of());

        public Focus {
            currentWeights = Map.copyOf(currentWeights);
        }
    }

    /**
     * The missing desirable terms worth naming, by competency, at most {@link #DESIRABLE_LIMIT} in all and
     * {@link #DESIRABLE_PER_COMPETENCY} per competency. Only terms the target role expects (the analysis
     * holds no others) of the competencies that still fall short, the costliest first: the role's weight
     * times the shortfall, as in {@link #competencyGaps}, plus how much more the target weighs the
     * competency than the candidate's current level. Credentials and education are left out: the report
     * names the qualification that fits the level instead of every certificate and degree. Within a
     * competency, terms that another PMO role counts as essential come first (they are central to PMO
     * work), then the model's order.
     *
     * @return competency id to terms, most important competency first
     */
    public static Map<String, List<String>> desirableToShow(CvAnalysis a, SkillsModel model, Focus focus) {
        record Ranked(CompetencyCoverage c, double priority) {
        }
        List<Ranked> ranked = new ArrayList<>();
        for (CompetencyCoverage c : a.competencies()) {
            double shortfall = 1 - Math.min(1, 2 * c.coverage());
            if (isCredential(c.id()) || shortfall <= 0) {
                continue;
            }
            int growth = focus.currentWeights().isEmpty() ? 0
                    : Math.max(0, c.weight() - focus.currentWeights().getOrDefault(c.id(), 0));
            ranked.add(new Ranked(c, c.weight() * shortfall + growth));
        }
        ranked.sort(Comparator.comparingDouble(Ranked::priority).reversed().thenComparing(r -> r.c().id()));
        Map<String, List<String>> out = new LinkedHashMap<>();
        int total = 0;
        for (Ranked r : ranked) {
            List<String> terms = a.keywords().missing().stream()
                    .filter(m -> m.competency().equals(r.c().id()) && !essential(m.importance()))
                    .map(MissingTerm::term)
                    .sorted(Comparator.comparingInt((String t) -> -essentialElsewhere(model, t, a.role().id())))
                    .toList();
            int take = Math.min(Math.min(DESIRABLE_PER_COMPETENCY, terms.size()), DESIRABLE_LIMIT - total);
            if (take > 0) {
                out.put(r.c().id(), terms.subList(0, take));
                total += take;
            }
        }
        return out;
    }

    /** In how many other roles of the model a term is essential. */
    private static int essentialElsewhere(SkillsModel model, String term, String roleId) {
        return model.findKeyword(term).map(k -> (int) k.importance().entrySet().stream()
                .filter(e -> !e.getKey().equals(roleId) && e.getValue() == Importance.ESSENTIAL).count()).orElse(0);
    }

    /** Essential terms that are only listed (skills box, header) and should appear in an achievement. */
    public static List<FoundTerm> listedOnlyEssentials(CvAnalysis a) {
        return a.keywords().found().stream()
                .filter(f -> f.evidence() == Evidence.LISTED && essential(f.importance()) && !isCredential(f.competency()))
                .toList();
    }

    /** Up to three strengths, each one sentence. */
    public static List<String> strengths(CvAnalysis a) {
        List<String> out = new ArrayList<>();
        ScorePart ach = part(a, "achievements");
        long outcomes = a.lines().stream().filter(l -> l.kind() == LineKind.ACHIEVEMENT).count();
        long numbers = a.lines().stream().filter(LineResult::quantified).count();
        if (ach != null && ach.max() > 0 && ach.points() >= 0.6 * ach.max() && outcomes > 0) {
            out.add(outcomes + " of " + a.lines().size() + " experience lines state a result and " + numbers
                    + " carry a number: recruiters look for exactly this.");
        }
        List<CompetencyCoverage> strong = a.competencies().stream()
                .filter(c -> c.coverage() >= 0.5 && !c.found().isEmpty())
                .sorted(Comparator.comparingDouble((CompetencyCoverage c) -> c.weight() * Math.min(1, c.coverage()))
                        .reversed().thenComparing(CompetencyCoverage::id))
                .toList();
        List<String> credentials = a.keywords().found().stream()
                .filter(f -> isCredential(f.competency()) && !f.inProgress()).map(FoundTerm::term).toList();
        if (!strong.isEmpty()) {
            out.add(competencySentence(strong.get(0)));
        }
        if (!credentials.isEmpty()) {
            out.add("Credentials the role values: " + join(credentials, 4) + ".");
        }
        List<String> inAchievements = a.keywords().found().stream()
                .filter(f -> f.evidence() == Evidence.ACHIEVEMENT && essential(f.importance()))
                .map(FoundTerm::term).toList();
        if (inAchievements.size() >= 2) {
            out.add("Essential terms shown in real results: " + join(inAchievements, 4) + ".");
        }
        for (int i = 1; i < strong.size() && out.size() < 4; i++) {
            out.add(competencySentence(strong.get(i)));
        }
        if (a.checks().stream().allMatch(c -> c.passed()) && !a.checks().isEmpty()) {
            out.add("The CV passes every check recruiters' systems run (contact details, headings, length, dates).");
        }
        if (out.isEmpty()) {
            List<String> any = a.keywords().found().stream().map(FoundTerm::term).toList();
            out.add(any.isEmpty() ? "The CV reads cleanly, which gives a base to build the PMO evidence on."
                    : "A start on the PMO vocabulary: " + join(any, 4) + ".");
        }
        return out.subList(0, Math.min(3, out.size()));
    }

    private static String competencySentence(CompetencyCoverage c) {
        return c.name() + ": " + c.found().size() + " terms shown, among them " + join(c.found(), 3) + ".";
    }

    /**
     * Up to three gaps, each one sentence; a competency's missing desirable terms are named from
     * {@code desirable} (see {@link #desirableToShow}) when it has an entry, so that the summary names the
     * terms the report lists.
     */
    public static List<String> gaps(CvAnalysis a, Map<String, List<String>> desirable) {
        List<String> out = new ArrayList<>();
        List<CompetencyGap> gaps = competencyGaps(a);
        List<FoundTerm> listed = listedOnlyEssentials(a);
        ScorePart ach = part(a, "achievements");
        List<String> candidates = new ArrayList<>();
        for (CompetencyGap g : gaps) {
            candidates.add(gapSentence(g, desirable.getOrDefault(g.coverage().id(), g.missingDesirable())));
        }
        int at = 0;
        if (!gaps.isEmpty()) {
            out.add(candidates.get(at++));
        }
        if (listed.size() >= 2) {
            out.add(listed.size() + " essential terms appear only in a list, not in your work: "
                    + join(listed.stream().map(FoundTerm::term).toList(), 4) + ". Show them in achievement lines.");
        }
        if (ach != null && ach.max() > 0 && ach.points() < 0.5 * ach.max()) {
            long outcomes = a.lines().stream().filter(l -> l.kind() == LineKind.ACHIEVEMENT).count();
            out.add(a.lines().isEmpty() ? "No experience lines were found: describe each role in a few bullet points."
                    : "Only " + outcomes + " of " + a.lines().size()
                    + " experience lines state a result: rewrite duties as outcomes with numbers.");
        }
        while (out.size() < 3 && at < candidates.size()) {
            out.add(candidates.get(at++));
        }
        return out.subList(0, Math.min(3, out.size()));
    }

    static String gapSentence(CompetencyGap g, List<String> missingDesirable) {
        CompetencyCoverage c = g.coverage();
        String head = c.name() + " (weight " + c.weight() + " of 5 for this role, coverage " + percent(c.coverage())
                + ")";
        if (!g.missingEssential().isEmpty()) {
            return head + ": missing essential " + (g.missingEssential().size() == 1 ? "term " : "terms ")
                    + join(g.missingEssential(), 3) + ".";
        }
        return head + ": missing " + join(missingDesirable, 3) + ".";
    }

    static ScorePart part(CvAnalysis a, String id) {
        return a.score().parts().stream().filter(p -> p.id().equals(id)).findFirst().orElse(null);
    }

    public static String percent(double share) {
        return Math.round(share * 100) + "%";
    }

    /** "A, B and C", or "A, B, C and 4 more". */
    public static String join(List<String> items, int max) {
        if (items.isEmpty()) {
            return "";
        }
        List<String> shown = items.subList(0, Math.min(max, items.size()));
        int rest = items.size() - shown.size();
        if (rest > 0) {
            return String.join(", ", shown) + " and " + rest + " more";
        }
        if (shown.size() == 1) {
            return shown.get(0);
        }
        return String.join(", ", shown.subList(0, shown.size() - 1)) + " and " + shown.get(shown.size() - 1);
    }

    public static String capitalise(String s) {
        return s == null || s.isEmpty() ? "" : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}

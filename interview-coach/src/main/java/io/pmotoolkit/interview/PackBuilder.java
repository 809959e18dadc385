package io.pmotoolkit.interview;

import io.pmotoolkit.core.model.Area;
import io.pmotoolkit.core.model.Competency;
import io.pmotoolkit.core.model.Importance;
import io.pmotoolkit.core.model.Role;
import io.pmotoolkit.core.model.SkillsModel;
import io.pmotoolkit.core.result.CvAnalysis;
import io.pmotoolkit.core.result.CvAnalysis.CompetencyCoverage;
import io.pmotoolkit.core.result.CvAnalysis.FoundTerm;
import io.pmotoolkit.core.result.CvAnalysis.LineResult;
import io.pmotoolkit.core.result.CvAnalysis.Match;
import io.pmotoolkit.core.result.CvAnalysis.MissingTerm;
import io.pmotoolkit.core.result.Evidence;
import io.pmotoolkit.core.result.LineKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Builds a practice pack for a role, and for a candidate when a {@link CvAnalysis} is given.
 *
 * <ul>
 *   <li>Without a CV, every question is a core question: competencies are drawn with probability
 *       proportional to their weight for the role, damped each time one is drawn so that the pack spreads.</li>
 *   <li>With a CV, about a third of the pack probes gaps (competencies whose essential terms the CV lacks,
 *       heaviest and least covered first, each with advice on answering honestly), about a third quotes the
 *       candidate's own achievement lines with a pre-filled STAR scaffold, and core questions fill the rest.</li>
 *   <li>No competency takes more than a third of the pack; no question appears twice, and two questions of the
 *       same competency and type must not read alike ({@link NearDuplicates}).</li>
 * </ul>
 *
 * <p>Deterministic: the same role, analysis, count and seed give the same pack (a seeded
 * {@link SplittableRandom}, and only ordered collections). Immutable and thread-safe: each call has its own
 * random generator and state.
 */
public final class PackBuilder {

    /** Questions in a pack when the user does not say. */
    public static final int DEFAULT_COUNT = 12;
    /** The smallest pack: fewer could not be balanced across competencies. */
    public static final int MIN_COUNT = 3;
    /** The largest pack. */
    public static final int MAX_COUNT = 30;

    private final SkillsModel model;
    private final QuestionBank bank;
    private volatile io.pmotoolkit.core.match.KeywordMatcher matcher;

    /** The model's matcher, compiled on first use (only packs built from an advert need it). */
    private io.pmotoolkit.core.match.KeywordMatcher matcher() {
        io.pmotoolkit.core.match.KeywordMatcher m = matcher;
        if (m == null) {
            m = io.pmotoolkit.core.match.KeywordMatcher.of(model);
            matcher = m;
        }
        return m;
    }

    public PackBuilder(SkillsModel model, QuestionBank bank) {
        this.model = model;
        this.bank = bank;
    }

    /**
     * Builds a pack.
     *
     * @param role  the target role
     * @param cv    the candidate's analysis against the same role, or null for a pack for the role alone
     * @param count how many questions, from {@link #MIN_COUNT} to {@link #MAX_COUNT}
     * @param seed  chooses among equally good questions; the same seed gives the same pack
     * @throws IllegalArgumentException when count is out of range or the analysis is for another role
     */
    public QuestionPack build(Role role, CvAnalysis cv, int count, long seed) {
        List<String> duties = cv == null || cv.jobAd() == null ? List.of() : cv.jobAd().responsibilities();
        return build(role, cv, duties, count, seed);
    }

    /**
     * Builds a pack that also puts a job advert's responsibilities to the candidate ("This role owns the
     * monthly portfolio dashboard..."): after the gaps, before the CV lines, about a sixth of the pack.
     *
     * @param advertDuties the advert's responsibility lines, as written; empty for none
     */
    public QuestionPack build(Role role, CvAnalysis cv, List<String> advertDuties, int count, long seed) {
        if (count < MIN_COUNT || count > MAX_COUNT) {
            throw new IllegalArgumentException("count must be from " + MIN_COUNT + " to " + MAX_COUNT + ", not " + count);
        }
        if (cv != null && !cv.role().id().equals(role.id())) {
            throw new IllegalArgumentException("the analysis is for role '" + cv.role().id() + "', not '" + role.id() + "'");
        }
        Boolean inPmo = cv == null || cv.candidate() == null ? null : cv.candidate().levelOrNone().inPmo();
        Selection s = new Selection(role, count, new SplittableRandom(seed), inPmo);
        int advertSlots = advertDuties.isEmpty() ? 0 : Math.max(1, Math.round(count / 6f));
        if (cv != null) {
            int third = Math.max(1, Math.round(count / 3f));
            s.addGaps(cv, third - advertSlots / 2);
            s.addAdvert(advertDuties, advertSlots);
            s.addCvLines(cv, third - (advertSlots + 1) / 2);
        } else {
            s.addAdvert(advertDuties, advertSlots);
        }
        s.addCore(count);
        return new QuestionPack(QuestionPack.SCHEMA_VERSION, new CvAnalysis.RoleRef(role.id(), role.title()),
                cv == null ? null : cv.candidate().name(), cv == null ? null : fileName(cv.file()), seed, s.picked,
                new QuestionPack.Versions(bank.version(), model.version()),
                cv == null || cv.candidate() == null ? null : cv.candidate().level());
    }

    /** The file name without its folders: packs are shared, local paths are not their business. */
    private static String fileName(String file) {
        int cut = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
        return cut < 0 ? file : file.substring(cut + 1);
    }

    /** A skills-model term as it reads inside a sentence: "Capacity planning" becomes "capacity planning". */
    static String inSentence(String term) {
        String first = term.split("[\\s-]", 2)[0];
        boolean plainWord = first.length() > 1 && first.substring(1).equals(first.substring(1).toLowerCase(Locale.ROOT));
        return plainWord ? Character.toLowerCase(term.charAt(0)) + term.substring(1) : term;
    }

    /** The role's name without its alternative title: "PMO Manager" for "PMO Manager / PMO Lead". */
    static String shortName(Role role) {
        int slash = role.title().indexOf(" / ");
        return slash > 0 ? role.title().substring(0, slash) : role.title();
    }

    /** The state of one pack being built. */
    private final class Selection {
        final Role role;
        final int count;
        final int cap;
        final SplittableRandom random;
        final List<PackQuestion> picked = new ArrayList<>();
        final List<Question> pickedFromBank = new ArrayList<>();
        final Set<String> usedIds = new HashSet<>();
        final Map<String, Integer> perCompetency = new HashMap<>();
        final Map<QuestionType, Integer> perType = new EnumMap<>(QuestionType.class);
        final List<Question> eligible;
        final Boolean inPmo;

        /** @param inPmo whether the CV shows PMO work, or null without a CV: chooses the questions' audience */
        Selection(Role role, int count, SplittableRandom random, Boolean inPmo) {
            this.role = role;
            this.count = count;
            this.cap = Math.max(1, count / 3);
            this.random = random;
            this.inPmo = inPmo;
            this.eligible = bank.forRole(role.id()).stream().filter(q -> role.weightOf(q.competency()) > 0)
                    .filter(q -> q.audience().suits(inPmo)).toList();
        }

        boolean full() {
            return picked.size() >= count;
        }

        boolean hasRoom(String competency) {
            return perCompetency.getOrDefault(competency, 0) < cap;
        }

        List<Question> available(String competency) {
            List<Question> out = new ArrayList<>();
            for (Question q : eligible) {
                if (q.competency().equals(competency) && !usedIds.contains(q.id())
                        && pickedFromBank.stream().noneMatch(p -> NearDuplicates.nearDuplicate(p, q))) {
                    out.add(q);
                }
            }
            return out;
        }

        void add(PackQuestion pq, Question source) {
            picked.add(pq);
            usedIds.add(pq.id());
            perCompetency.merge(pq.competency(), 1, Integer::sum);
            if (source != null) {
                pickedFromBank.add(source);
                perType.merge(source.type(), 1, Integer::sum);
            }
        }

        PackQuestion fromBank(Question q, Reason reason, String advice, List<String> missing) {
            return PackQuestion.builder().id(q.id()).competency(q.competency()).text(q.text()).reason(reason)
                    .star(q.star()).followUps(q.followUps()).type(q.type())
                    .competencyName(model.expectCompetency(q.competency()).name()).why(q.why()).pitfalls(q.pitfalls())
                    .advice(advice).missingTerms(missing).build();
        }

        // --- gaps ---------------------------------------------------------------------------------

        void addGaps(CvAnalysis cv, int slots) {
            Map<String, List<String>> missing = new LinkedHashMap<>();
            for (MissingTerm m : cv.keywords().missing()) {
                if (Importance.ESSENTIAL.id().equals(m.importance())) {
                    missing.computeIfAbsent(m.competency(), k -> new ArrayList<>()).add(m.term());
                }
            }
            List<CompetencyCoverage> gaps = new ArrayList<>();
            for (CompetencyCoverage c : cv.competencies()) {
                if (missing.containsKey(c.id()) && role.weightOf(c.id()) > 0) {
                    gaps.add(c);
                }
            }
            gaps.sort(Comparator.comparingDouble((CompetencyCoverage c) -> -gapPriority(c, missing.get(c.id()).size())));
            int added = 0;
            for (CompetencyCoverage gap : gaps) {
                if (added >= slots || full()) {
                    return;
                }
                if (!hasRoom(gap.id())) {
                    continue;
                }
                List<String> terms = missing.get(gap.id());
                Question q = bestForGap(available(gap.id()), terms);
                if (q != null) {
                    add(fromBank(q, Reason.GAP, gapAdvice(cv, gap.id(), terms), terms), q);
                    added++;
                }
            }
        }

        /** Heavy competencies with little coverage and several missing essentials come first; credentials last. */
        double gapPriority(CompetencyCoverage c, int missingEssentials) {
            Area area = model.expectCompetency(c.id()).area();
            double credential = area == Area.CERTIFICATIONS || area == Area.EDUCATION ? 0.3 : 1.0;
            return role.weightOf(c.id()) * (1 - c.coverage()) * Math.sqrt(missingEssentials) * credential;
        }

        Question bestForGap(List<Question> candidates, List<String> missingTerms) {
            Set<String> missing = new HashSet<>();
            missingTerms.forEach(t -> missing.add(t.toLowerCase(Locale.ROOT)));
            int best = -1;
            List<Question> top = new ArrayList<>();
            for (Question q : candidates) {
                // A gap is probed with something the candidate did or would do: not a definition, not ambitions.
                int score = q.type() == QuestionType.KNOWLEDGE || q.type() == QuestionType.MOTIVATION ? 0 : 1;
                for (String k : q.keywords()) {
                    if (missing.contains(k.toLowerCase(Locale.ROOT))) {
                        score += 10;
                    }
                }
                if (score > best) {
                    best = score;
                    top.clear();
                }
                if (score == best) {
                    top.add(q);
                }
            }
            return top.isEmpty() ? null : top.get(random.nextInt(top.size()));
        }

        String gapAdvice(CvAnalysis cv, String competency, List<String> missingTerms) {
            StringBuilder b = new StringBuilder("Your CV does not show ")
                    .append(joinAnd(missingTerms.stream().limit(3).map(PackBuilder::inSentence).toList()))
                    .append(missingTerms.size() > 3 ? " (and " + (missingTerms.size() - 3) + " more)" : "")
                    .append(", essential for a ").append(shortName(role)).append(". If you have done it, use that "
                            + "example and name it plainly. If not, say so in one sentence, then bridge from ");
            String closest = closestEvidence(cv, competency);
            b.append(closest != null ? closest : "the nearest thing you have done").append('.');
            bank.gapAdvice(competency).ifPresent(a -> b.append(' ').append(a));
            return b.toString();
        }

        /** The candidate's best line for a competency: found terms in achievements, then in experience. */
        String closestEvidence(CvAnalysis cv, String competency) {
            Map<Integer, LineResult> lines = new HashMap<>();
            cv.lines().forEach(l -> lines.put(l.line(), l));
            FoundTerm listed = null;
            for (Evidence grade : List.of(Evidence.ACHIEVEMENT, Evidence.EXPERIENCE)) {
                for (FoundTerm f : cv.keywords().found()) {
                    if (!f.competency().equals(competency) || f.evidence() != grade) {
                        continue;
                    }
                    for (Match m : f.matches()) {
                        LineResult l = lines.get(m.line());
                        if (l != null) {
                            return "your line " + l.line() + ", \"" + abbreviate(l.text(), 90) + "\" (it shows "
                                    + f.term() + ")";
                        }
                    }
                }
            }
            for (FoundTerm f : cv.keywords().found()) {
                if (f.competency().equals(competency) && f.evidence() == Evidence.LISTED) {
                    listed = f;
                    break;
                }
            }
            return listed == null ? null : listed.term() + ", which your CV lists without an example: bring one";
        }

        // --- CV lines -----------------------------------------------------------------------------

        void addCvLines(CvAnalysis cv, int slots) {
            record Candidate(LineResult line, String competency, double score) {
            }
            Map<Integer, List<String>> competenciesByLine = new HashMap<>();
            for (FoundTerm f : cv.keywords().found()) {
                for (Match m : f.matches()) {
                    competenciesByLine.computeIfAbsent(m.line(), k -> new ArrayList<>()).add(f.competency());
                }
            }
            List<Candidate> candidates = new ArrayList<>();
            for (LineResult l : cv.lines()) {
                if (l.actionVerb() == null) {
                    continue;
                }
                String competency = competencyOf(l, competenciesByLine.getOrDefault(l.line(), List.of()));
                // Achievements first, then lines with numbers, before-and-after changes above mere scale,
                // and competencies that weigh more for the role.
                boolean change = l.metrics().stream().anyMatch(m -> m.startsWith("from ") || m.contains("%"));
                double score = (l.kind() == LineKind.ACHIEVEMENT ? 4 : 0) + (l.quantified() ? 2 : 0)
                        + (change ? 1 : 0) + 0.3 * Math.min(3, l.metrics().size()) + 0.6 * role.weightOf(competency);
                candidates.add(new Candidate(l, competency, score));
            }
            candidates.sort(Comparator.comparingDouble((Candidate c) -> -c.score()));
            // First pass: one line per competency, so the CV questions spread; second pass: fill up to the cap.
            Set<String> seen = new HashSet<>();
            int added = 0;
            for (boolean spread : new boolean[] {true, false}) {
                for (Candidate c : candidates) {
                    if (added >= slots || full()) {
                        return;
                    }
                    String id = "cv-line-" + c.line().line();
                    if (usedIds.contains(id) || !hasRoom(c.competency()) || (spread && seen.contains(c.competency()))) {
                        continue;
                    }
                    seen.add(c.competency());
                    add(CvLineQuestions.question(c.line(), c.competency(),
                            model.expectCompetency(c.competency()).name(), shortName(role)), null);
                    added++;
                }
            }
        }

        /** The competency a line shows best: its skills-model terms by role weight, else its topic words. */
        String competencyOf(LineResult line, List<String> fromTerms) {
            String best = null;
            for (String c : fromTerms) {
                if (role.weightOf(c) > 0 && (best == null || role.weightOf(c) > role.weightOf(best))) {
                    best = c;
                }
            }
            if (best != null) {
                return best;
            }
            String text = line.text().toLowerCase(Locale.ROOT);
            for (var e : bank.dutyTopics().entrySet()) {
                if (role.weightOf(e.getKey()) > 0 && e.getValue().matcher(text).find()) {
                    return e.getKey();
                }
            }
            return role.competencies().entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        }

        // --- the advert's responsibilities ----------------------------------------------------------

        void addAdvert(List<String> duties, int slots) {
            int added = 0;
            for (int i = 0; i < duties.size() && added < slots && !full(); i++) {
                PackQuestion q = AdvertQuestions.question(i + 1, duties.get(i), role, competencyOf(duties.get(i)),
                        model);
                if (q != null && hasRoom(q.competency())) {
                    add(q, null);
                    added++;
                }
            }
        }

        /** The competency a duty is about: its first skills-model term the role weighs, else the heaviest. */
        String competencyOf(String duty) {
            for (var m : matcher().find(duty)) {
                if (role.weightOf(m.keyword().competency()) > 0) {
                    return m.keyword().competency();
                }
            }
            String lower = duty.toLowerCase(Locale.ROOT);
            for (var e : bank.dutyTopics().entrySet()) {
                if (role.weightOf(e.getKey()) > 0 && e.getValue().matcher(lower).find()) {
                    return e.getKey();
                }
            }
            return role.competencies().entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        }

        // --- core ---------------------------------------------------------------------------------

        void addCore(int target) {
            addAboutTheirPmo();
            Set<String> exhausted = new HashSet<>();
            while (picked.size() < target) {
                List<String> open = new ArrayList<>();
                List<Double> weights = new ArrayList<>();
                for (var e : role.competencies().entrySet()) {
                    String c = e.getKey();
                    if (!exhausted.contains(c) && hasRoom(c)) {
                        int already = perCompetency.getOrDefault(c, 0);
                        open.add(c);
                        weights.add(e.getValue() / Math.pow(1 + already, 2));
                    }
                }
                if (open.isEmpty()) {
                    return;
                }
                String competency = open.get(draw(weights));
                List<Question> candidates = available(competency);
                if (candidates.isEmpty()) {
                    exhausted.add(competency);
                    continue;
                }
                List<Double> typeWeights = new ArrayList<>();
                for (Question q : candidates) {
                    typeWeights.add(bank.typeWeight(q.type()) / (1 + perType.getOrDefault(q.type(), 0)));
                }
                Question q = candidates.get(draw(typeWeights));
                add(fromBank(q, Reason.CORE, null, List.of()), q);
            }
        }

        /**
         * Someone already in PMO work is asked about their PMO: one of the bank's {@code in-pmo} questions comes
         * first among the core questions, when the pack has room for its competency.
         */
        void addAboutTheirPmo() {
            if (!Boolean.TRUE.equals(inPmo) || full()
                    || pickedFromBank.stream().anyMatch(q -> q.audience() == Audience.IN_PMO)) {
                return;
            }
            List<Question> own = eligible.stream().filter(q -> q.audience() == Audience.IN_PMO && hasRoom(q.competency())
                    && available(q.competency()).contains(q)).toList();
            if (!own.isEmpty()) {
                Question q = own.get(random.nextInt(own.size()));
                add(fromBank(q, Reason.CORE, null, List.of()), q);
            }
        }

        int draw(List<Double> weights) {
            double total = 0;
            for (double w : weights) {
                total += w;
            }
            double r = random.nextDouble() * total;
            for (int i = 0; i < weights.size(); i++) {
                r -= weights.get(i);
                if (r < 0) {
                    return i;
                }
            }
            return weights.size() - 1;
        }
    }

    static String joinAnd(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " or " + items.get(items.size() - 1);
    }

    static String abbreviate(String text, int max) {
        return io.pmotoolkit.core.text.TextCut.words(text, max);
    }

    /** Name of a competency, for renderers. */
    public String competencyName(String id) {
        return model.findCompetency(id).map(Competency::name).orElse(id);
    }
}

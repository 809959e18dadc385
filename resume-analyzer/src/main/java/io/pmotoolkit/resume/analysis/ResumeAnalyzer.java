package io.pmotoolkit.resume.analysis;

import io.pmotoolkit.core.result.CvAnalysis;
import io.pmotoolkit.core.result.Evidence;
import io.pmotoolkit.core.match.AcronymDefinitions;
import io.pmotoolkit.core.match.KeywordMatch;
import io.pmotoolkit.core.match.KeywordMatcher;
import io.pmotoolkit.core.model.Keyword;
import io.pmotoolkit.core.model.Role;
import io.pmotoolkit.core.model.SkillsModel;
import io.pmotoolkit.core.text.Nlp;
import io.pmotoolkit.core.result.CvAnalysis.Candidate;
import io.pmotoolkit.core.result.CvAnalysis.Keywords;
import io.pmotoolkit.core.result.CvAnalysis.LineResult;
import io.pmotoolkit.core.result.CvAnalysis.RoleRef;
import io.pmotoolkit.core.result.CvAnalysis.Versions;
import io.pmotoolkit.core.result.CareerLevel;
import io.pmotoolkit.core.result.CheckResult;
import io.pmotoolkit.resume.checks.CertificationCurrency;
import io.pmotoolkit.resume.checks.CvChecks;
import io.pmotoolkit.resume.checks.ExperienceTimeline;
import io.pmotoolkit.resume.checks.Timeline;
import io.pmotoolkit.resume.lines.CvLocale;
import io.pmotoolkit.resume.lines.LineAssessment;
import io.pmotoolkit.resume.lines.LineClassifier;
import io.pmotoolkit.core.result.LineKind;
import io.pmotoolkit.core.result.JobAdSummary;
import io.pmotoolkit.resume.jobad.JobAd;
import io.pmotoolkit.resume.jobad.JobAdParser;
import io.pmotoolkit.resume.match.AdvertMatcher;
import io.pmotoolkit.resume.read.CvDocument;
import io.pmotoolkit.resume.read.CvReadException;
import io.pmotoolkit.resume.read.CvReader;
import io.pmotoolkit.resume.sections.NumberedLine;
import io.pmotoolkit.resume.sections.Section;
import io.pmotoolkit.resume.sections.SectionDetector;
import io.pmotoolkit.resume.sections.SectionKind;
import io.pmotoolkit.resume.structure.StructureReader;
import io.pmotoolkit.core.result.CvStructure;
import io.pmotoolkit.core.text.AnalyzedText;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Analyses a CV against a target role: the one entry point the CLI, the gap report and the interview
 * coach share, so that every output rests on the same analysis.
 *
 * {@snippet :
 * ResumeAnalyzer analyzer = new ResumeAnalyzer(SkillsModelLoader.builtIn(), "0.1.0", Clock.systemDefaultZone());
 * CvAnalysis result = analyzer.analyze(Path.of("cv.pdf"), "pmo-manager");
 * result.score().overall();
 * }
 *
 * <p>Thread-safe: one analyzer can serve a batch on several threads. The skills model's matcher is
 * compiled once, in the constructor.
 */
public final class ResumeAnalyzer {

    /**
     * Lines that are only matched or checked for a verb are tagged to their first tokens: tagging whole lines was
     * a quarter of a batch's CPU. The experience lines that are classified are tagged whole, once, because their
     * rewrite reads the verbs and objects all along the line.
     */
    static final int TAGGED_TOKENS = 12;

    /** Words that say a qualification is not held yet. */
    private static final Pattern IN_PROGRESS = Pattern.compile("(?i)\\b(in progress|studying( for| towards)?|"
            + "working towards|currently (taking|studying|completing)|enrolled|booked|pending|due (in )?(19|20)\\d{2}|"
            + "expected (in )?(19|20)\\d{2}|to be completed|(19|20)\\d{2} \\(expected\\))\\b");
    private static final Pattern DATE_RANGE = Pattern.compile(
            "(?i)\\b(19|20)\\d{2}\\b.*(–|-|—|to|until)\\s*(\\w+\\s+)?((19|20)\\d{2}|present|current|now|date|today)\\b");

    private final SkillsModel model;
    /** Words around a match that make it nobody's evidence: goals, topics taught, organisations' names. */
    private final NotEvidence notEvidence;
    private final String toolVersion;
    private final Clock clock;
    private final KeywordMatcher matcher;
    private final CertificationCurrency currency;
    private final CvReader reader = new CvReader();
    private final SectionDetector sections;
    private final LineClassifier classifier = new LineClassifier();
    private final StructureReader structureReader;
    private final io.pmotoolkit.resume.structure.CvVocabulary vocabulary;
    /** The match rate and its table, from the finished analysis against an advert: built at the first advert. */
    private volatile AdvertMatcher advertMatcher;
    /** The role's expected terms, the same for every CV of a batch. */
    private final Map<String, List<Expected>> expectedByRole = new java.util.concurrent.ConcurrentHashMap<>();

    public ResumeAnalyzer(SkillsModel model, String toolVersion, Clock clock) {
        this.model = model;
        this.toolVersion = toolVersion;
        this.clock = clock;
        this.matcher = KeywordMatcher.of(model);
        this.notEvidence = NotEvidence.of(model);
        this.currency = new CertificationCurrency(model, clock);
        // the built-in headings and CV words, with the skills file's cvVocabulary lists laid over them
        this.vocabulary = io.pmotoolkit.resume.structure.CvVocabulary.of(model);
        this.sections = new SectionDetector(this.vocabulary);
        this.structureReader = new StructureReader(this.vocabulary);
    }

    public SkillsModel model() {
        return model;
    }

    /** Reads and analyses a file. */
    public CvAnalysis analyze(Path file, String roleId) throws CvReadException {
        Role role = model.expectRole(roleId);
        return analyze(reader.read(file), role);
    }

    /** Analyses a document already read. */
    public CvAnalysis analyze(CvDocument doc, Role role) {
        return analyze(doc, role, null);
    }

    /** A parser for job adverts that shares this analyzer's skills model and matcher. */
    public JobAdParser jobAdParser() {
        return new JobAdParser(model, matcher);
    }

    /**
     * Analyses a document already read against a role and, when {@code ad} is not null, a job advert:
     * the advert's terms come first and weigh more, and the result carries the comparison.
     */
    public CvAnalysis analyze(CvDocument doc, Role role, JobAd ad) {
        List<Section> parts = sections.detect(doc);
        // Tagging is the costly step: each distinct text is tagged once per analysis.
        Map<String, AnalyzedText> tagged = new HashMap<>();
        Function<String, AnalyzedText> analyser = text -> tagged.computeIfAbsent(text,
                t -> Nlp.get().analyze(t, TAGGED_TOKENS));
        StructureReader.Read structure = structureReader.read(parts, doc.links(), clock, this::namesCredential);
        CvLocale locale = CvLocale.of(doc.lines().stream().map(io.pmotoolkit.resume.read.CvLine::text).toList());
        // A line tagged to its opening only is tagged again whole, and the whole tagging kept for what follows.
        Function<String, AnalyzedText> whole = text -> tagged.compute(text,
                (t, had) -> had != null && had.tokens().stream().noneMatch(k -> "X".equals(k.pos())) ? had
                        : Nlp.get().analyze(t));
        List<LineResult> lines = classifyLines(parts, analyser, whole, structure.notStatements(), locale);
        List<Expected> expected = ad == null
                ? expectedByRole.computeIfAbsent(role.id(), id -> List.copyOf(Expected.forRole(model, role)))
                : Expected.forAdvert(model, role, ad);
        // Keyword matching needs tokens only; lines already tagged for classification keep their lemmas.
        Map<String, AnalyzedText> tokenized = new HashMap<>();
        Function<String, AnalyzedText> tokens = text -> {
            AnalyzedText t = tagged.get(text);
            return t != null ? t : tokenized.computeIfAbsent(text, Nlp.get()::tokenize);
        };
        List<TermHit> hits = findTerms(parts, lines, matcher, tokens, analyser, notEvidence, classifier);
        if (ad != null) {
            List<Keyword> adOnly = ad.terms().stream().filter(t -> !t.known()).map(JobAd.AdTerm::keyword).toList();
            if (!adOnly.isEmpty()) {
                hits.addAll(findTerms(parts, lines, KeywordMatcher.of(adOnly), tokens, analyser, notEvidence, classifier));
            }
        }
        // An acronym the CV defines as something else ("Provost Marshal Office (PMO)") shows nothing.
        Map<Keyword, java.util.Set<String>> redefined = AcronymDefinitions.redefined(matcher,
                doc.lines().stream().map(io.pmotoolkit.resume.read.CvLine::text).toList());
        if (!redefined.isEmpty()) {
            hits.removeIf(h -> AcronymDefinitions.isRedefined(redefined, h.match()));
        }
        KeywordGap gap = KeywordGap.of(model, role, expected, hits);
        Timeline timeline = ExperienceTimeline.of(structure.employment());
        List<CheckResult> checks = new ArrayList<>(new CvChecks(clock).run(doc, parts, timeline));
        Double years = timeline.roles().isEmpty() ? null : Math.round(timeline.years() * 10) / 10.0;
        JobAdSummary adSummary = null;
        if (ad != null) {
            adSummary = AdvertComparison.summarise(ad, role, expected, gap, parts, years,
                    structure.structure().experience());
            checks.addAll(AdvertComparison.checks(adSummary));
        } else {
            checks.add(ListedOnly.check(hits, model));
        }
        currency.check(parts, credentialMentions(hits)).ifPresent(checks::add);
        DocumentKind kind = DocumentKind.of(doc, parts, timeline, gap.found().size());
        List<String> warnings = new ArrayList<>(doc.warnings());
        warnings.addAll(structure.warnings());
        if (!kind.isCv()) {
            warnings.add(0, kind.warning().orElseThrow());
        }
        CvStructure read = structure.structure();
        CandidateFacts facts = new CandidateFacts(model, read.experience(), structure.employment(), parts, years,
                read.education(), java.time.YearMonth.now(clock), vocabulary);
        CvAnalysis.BackgroundRef background = facts.background();
        CareerLevel level = facts.level(role, background);
        Candidate candidate = new Candidate(structure.name(), read.contact(), background,
                level.inPmo() ? new RoleRef(level.roleId(), level.title()) : null, level, years, doc.wordCount(),
                doc.pages());
        CvAnalysis.Score score = kind.isCv() ? Scoring.score(gap, lines, checks) : Scoring.notScored();
        CvAnalysis.NextCredential next = !kind.isCv() ? null : CredentialAdvisor.suggest(model,
                facts.credentialLevel(role, level, background),
                level.inPmo() ? Integer.valueOf(level.rung()) : null,
                candidate.background() == null ? null : candidate.background().id(), gap.held(), gap.studying())
                .orElse(null);
        CvAnalysis analysis = CvAnalysis.builder().file(doc.fileName()).format(doc.format().id()).candidate(candidate)
                .role(new RoleRef(role.id(), role.title())).score(score)
                .keywords(new Keywords(gap.found(), gap.missing(), next)).competencies(gap.competencies())
                .lines(lines).checks(checks).warnings(warnings).versions(new Versions(toolVersion, model.version()))
                .jobAd(adSummary).documentKind(kind.id()).structure(read).build();
        return ad == null ? analysis
                : analysis.toBuilder().jobAd(adSummary.withMatch(advertMatcher().match(analysis, ad))).build();
    }

    /** The advert matcher, built once, when the first advert comes: a run without one never loads its words. */
    private AdvertMatcher advertMatcher() {
        AdvertMatcher m = advertMatcher;
        if (m == null) {
            synchronized (this) {
                m = advertMatcher;
                if (m == null) {
                    m = new AdvertMatcher(model, matcher, clock);
                    advertMatcher = m;
                }
            }
        }
        return m;
    }

    /** Whether a line names a certification of the skills model (for an "Education and Certification" section). */
    private boolean namesCredential(String line) {
        for (KeywordMatch m : matcher.find(Nlp.get().tokenize(line))) {
            if (CERTIFICATIONS.equals(m.keyword().competency())) {
                return true;
            }
        }
        return false;
    }

    private static final String CERTIFICATIONS = "certifications";

    /** The credentials the CV names (keywords of the certifications area), for the cert-renewal check. */
    private List<CertificationCurrency.Mention> credentialMentions(List<TermHit> hits) {
        List<CertificationCurrency.Mention> out = new ArrayList<>();
        for (TermHit h : hits) {
            KeywordMatch m = h.match();
            if (m.via() == null && model.findCompetency(h.keyword().competency())
                    .filter(c -> c.area() == io.pmotoolkit.core.model.Area.CERTIFICATIONS).isPresent()) {
                out.add(new CertificationCurrency.Mention(h.keyword(), m.form(), m.text(), m.start(), m.end(), h.line(),
                        h.inProgress()));
            }
        }
        return out;
    }

    /** Every bullet or sentence of the experience-like sections, classified. */
    private List<LineResult> classifyLines(List<Section> parts, Function<String, AnalyzedText> analyser,
                                           Function<String, AnalyzedText> whole, java.util.Set<Integer> notStatements,
                                           CvLocale locale) {
        List<LineResult> out = new ArrayList<>();
        Nlp nlp = Nlp.get();
        for (Section s : parts) {
            if (!s.kind().isExperienceLike()) {
                continue;
            }
            for (NumberedLine nl : s.lines()) {
                if (notStatements.contains(nl.number()) || !isStatement(nl, analyser)) {
                    continue;
                }
                List<String> sentences = nl.line().bullet() ? List.of(nl.text()) : nlp.sentences(nl.text());
                for (String sentence : sentences) {
                    if (sentence.split("\\s+").length < 3) {
                        continue;
                    }
                    LineAssessment a = classifier.classify(sentence, whole, locale);
                    out.add(new LineResult(sentence, s.kind().id(), nl.number(), a.kind(), a.quantified(),
                            a.metrics(), a.actionVerb(), a.suggestion(), a.rewrite(), a.advice()));
                }
            }
        }
        return out;
    }

    /** A bullet, or a sentence-like line; not a job title, employer or date line. */
    static boolean isStatement(NumberedLine nl, Function<String, AnalyzedText> analyser) {
        String text = nl.text().strip();
        if (nl.line().heading() && !nl.line().bullet()) {
            return false;
        }
        int words = text.split("\\s+").length;
        if (nl.line().bullet()) {
            return words >= 3;
        }
        if (words < 6 || (DATE_RANGE.matcher(text).find() && words < 14)) {
            return false;
        }
        return analyser.apply(nl.text()).tokens().stream().anyMatch(t -> t.isVerb());
    }

    /** Matches keywords in every line, graded by where they stand. */
    private static List<TermHit> findTerms(List<Section> parts, List<LineResult> lines, KeywordMatcher matcher,
                                           Function<String, AnalyzedText> analyser, Function<String, AnalyzedText> tagger,
                                           NotEvidence notEvidence, LineClassifier classifier) {
        List<TermHit> hits = new ArrayList<>();
        for (Section s : parts) {
            for (NumberedLine nl : s.lines()) {
                List<KeywordMatch> found = matcher.find(analyser.apply(nl.text()));
                if (found.isEmpty()) {
                    continue;
                }
                NotEvidence.Line line = notEvidence.in(nl.text());
                for (KeywordMatch m : found) {
                    if (line.excludes(m)) {
                        continue;
                    }
                    hits.add(new TermHit(m, s.kind(), nl.number(), grade(s.kind(), nl, m, lines, tagger, classifier),
                            IN_PROGRESS.matcher(nl.text()).find()));
                }
            }
        }
        return hits;
    }

    /**
     * Eight words or more, and not a list of items separated by commas, bars, slashes or bullets: a line that
     * says something about work rather than naming things.
     */
    static boolean isSentence(String text) {
        int words = text.split("\\s+").length;
        int separators = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '|' || c == ';' || c == '/' || c == '\u2022' || c == '\u00b7') {
                separators++;
            }
        }
        return words >= 8 && separators * 4 < words;
    }

    /**
     * Where one item of a list line ends: a bullet glyph (also the broken bar that a mis-decoded "♦" leaves), a
     * list number before a capital ("2. Good"), or a label's colon ("Documentation: MS Office").
     */
    private static final Pattern ITEM_BREAK = Pattern.compile(
            "[\u2022\u00b7\u00a6\u25aa\u25cf\u25a0\u25c6\u2666\u27a2\u25ba\u2713\u2756|]"
                    + "|(?<=\\s)\\d{1,2}\\.\\s+(?=\\p{Lu})|:\\s");
    /** An aside in brackets names things ("MS Office (MS Word, MS Excel)"): it is left out of an item's words. */
    private static final Pattern BRACKETED = Pattern.compile("\\([^()]*\\)");

    /** The list item of a line that holds the characters from {@code start} to {@code end}, asides dropped. */
    static String itemAt(String text, int start, int end) {
        if (start < 0 || end > text.length() || start > end) {
            return text;
        }
        int from = 0;
        int to = text.length();
        java.util.regex.Matcher b = ITEM_BREAK.matcher(text);
        while (b.find()) {
            if (b.end() <= start) {
                from = b.end();
            } else if (b.start() >= end) {
                to = b.start();
                break;
            }
        }
        return BRACKETED.matcher(text.substring(from, to)).replaceAll(" ").strip();
    }

    /** A skill named with its duration, as CV databases export them: "MS Office- Experience - 6 months". */
    private static final Pattern SKILL_WITH_DURATION =
            Pattern.compile("(?i)-\\s*experience\\s*-\\s*(?:less than\\s*)?(?:\\d+\\s*)?(?:\\S+\\s+)?months?\\b");
    /** A short label and a colon opening a line: "Technologies:", "Technical Skills:", "Environment:". */
    private static final Pattern LABEL = Pattern.compile("^\\s*[\\p{L}][\\p{L}&/ ]{0,40}?:\\s");

    /**
     * Whether the line only names things wherever it stands: a skill with its duration ("MS Office- Experience -
     * 6 months"), or a short label followed by a list of names with no verb ("Technologies: ASP.NET MVC, SQL
     * Server, AJAX"; not "Role: requirement gathering, end user training", which says what was done).
     */
    static boolean namesOnly(NumberedLine nl, Function<String, AnalyzedText> analyser) {
        String text = nl.text();
        if (SKILL_WITH_DURATION.matcher(text).find()) {
            return true;
        }
        if (shortNames(text, 3) && namesNotDuties(text, analyser)) {
            return true;  // "MS Access, SQL, Oracle" under a label on the line before
        }
        java.util.regex.Matcher label = LABEL.matcher(text);
        if (!label.find() || text.substring(0, label.end()).strip().split("\\s+").length > 4) {
            return false;
        }
        String rest = text.substring(label.end());
        return !isSentence(rest.replace('&', ',')) && analyser.apply(rest).tokens().stream().noneMatch(t -> t.isVerb());
    }

    /** Most words of one name in a list of names ("MS Power Point", "Oracle 10g"). */
    private static final int NAME_WORDS = 3;

    /**
     * Whether the text is only names separated by commas: at least {@code min} parts, each of at most {@link
     * #NAME_WORDS} words ("MS Access, SQL, Oracle"; not "Managed budgets, risks and vendors for 12 projects").
     */
    static boolean shortNames(String text, int min) {
        String[] parts = text.strip().split("\\s*,\\s*");
        if (parts.length < min) {
            return false;
        }
        for (String p : parts) {
            int words = p.isBlank() ? 0 : p.strip().split("\\s+").length;
            if (words == 0 || words > NAME_WORDS) {
                return false;
            }
        }
        return true;
    }

    private static boolean noVerb(String text, Function<String, AnalyzedText> analyser) {
        return analyser.apply(text).tokens().stream().noneMatch(t -> t.isVerb());
    }

    /**
     * Whether short parts name things rather than say what was done: no part opens with an action verb and no
     * word is an inflected verb. A product's name may be tagged as a verb ("MS Access", "Excel"), so a
     * verb's base form alone does not make a duty; "Managed budgets, risks, vendors" and "Handled" do.
     */
    static boolean namesNotDuties(String text, Function<String, AnalyzedText> analyser) {
        for (String part : text.split(",")) {
            String[] words = part.strip().split("\\s+");
            if (words.length > 0 && io.pmotoolkit.core.text.ActionVerbs.isActionVerb(words[0])) {
                return false;
            }
        }
        return analyser.apply(text).tokens().stream().noneMatch(t -> {
            String w = t.text().toLowerCase(java.util.Locale.ROOT);
            return t.isVerb() && (w.endsWith("ed") || w.endsWith("ing")) || io.pmotoolkit.core.text.ActionVerbs.isOnlyPast(w);
        });
    }

    /**
     * Whether the match stands in a list of names that opens its item, before whatever text a one-line CV
     * glued on after it: "MS Excel, MS Office, MS Power Point Key Projects Handled ..." lists MS Excel and MS
     * Office (the part that holds the match and every part before it are short names with no verb).
     */
    static boolean inLeadingNames(String item, String matched, Function<String, AnalyzedText> analyser) {
        int at = item.indexOf(matched);
        if (at < 0) {
            return false;
        }
        int comma = item.indexOf(',', at + matched.length());
        if (comma < 0) {
            return false;  // the last part runs on into the rest of the item
        }
        String lead = item.substring(0, comma);
        return shortNames(lead, 1) && namesNotDuties(lead, analyser);
    }

    /** A past-tense verb opening a line of a few words says what was done: "Mentored four junior engineers". */
    static boolean opensWithPastVerb(String item) {
        if (item.split("\\s+").length < 4 || item.indexOf(',') >= 0) {
            return false;
        }
        String first = item.strip().split("\\s+")[0];
        return Character.isUpperCase(first.charAt(0)) && io.pmotoolkit.core.text.ActionVerbs.isPastForm(first);
    }

    private static Evidence grade(SectionKind kind, NumberedLine nl, KeywordMatch m, List<LineResult> lines,
                                  Function<String, AnalyzedText> analyser, LineClassifier classifier) {
        if (namesOnly(nl, analyser)) {
            return Evidence.LISTED;
        }
        String item = itemAt(nl.text(), m.start(), m.end());
        if (kind != SectionKind.PROFILE && SkillClaims.builtIn().claims(item)) {
            return Evidence.LISTED;  // "Ability to multi-task"; a profile's sentences describe the work
        }
        if (kind.isListLike() || kind == SectionKind.EDUCATION || kind == SectionKind.HEADER) {
            // A sentence about the work, under a skills heading or in an unheaded profile, is more than a listing.
            // One item of a list written as one line ("SKILLS 1. MS-Office 2. Good communication skills 3. ...",
            // "♦ Fluency in MS-Office Applications such as Excel, Word ♦ ...") is judged alone.
            boolean sentence = (kind == SectionKind.SKILLS || kind == SectionKind.HEADER)
                    && (isSentence(item) && !noVerb(item, analyser) && !inLeadingNames(item, m.text(), analyser)
                        || opensWithPastVerb(item));
            return sentence ? Evidence.EXPERIENCE : Evidence.LISTED;
        }
        for (LineResult l : lines) {
            if (l.line() == nl.number() && l.kind() == LineKind.ACHIEVEMENT && containsMatch(nl, l, m)) {
                return l.quantified() || reportsADeed(l.text()) && outcomeBesideTerm(classifier, nl.text(), m)
                        ? Evidence.ACHIEVEMENT : Evidence.EXPERIENCE;
            }
        }
        return Evidence.EXPERIENCE;
    }

    /**
     * Whether a line says something was done: a verb in the past ("Cut", "Improved", "was adopted"). With no
     * figure, outcome words in a line without one name an area of work, not a result: "Continuous improvement in
     * negotiation process & Cost saving opportunities", "Effort Estimation, Impact & Gap Analysis".
     */
    static boolean reportsADeed(String line) {
        for (String w : line.split("[^\\p{L}'-]+")) {
            String word = w.toLowerCase(java.util.Locale.ROOT);
            if (word.length() > 2 && (io.pmotoolkit.core.text.ActionVerbs.isPastForm(word)
                    || word.endsWith("ed") && io.pmotoolkit.core.text.ActionVerbs.isPlausiblePast(word))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether an achievement line with no figure states its outcome outside the term's own words ({@link
     * LineClassifier#statesOutcomeWithout}); a match whose span is not inside the line keeps the grade.
     */
    private static boolean outcomeBesideTerm(LineClassifier classifier, String text, KeywordMatch m) {
        return m.start() < 0 || m.end() > text.length() || m.start() >= m.end()
                || classifier.statesOutcomeWithout(text, m.start(), m.end());
    }

    /** Whether the classified sentence is the one that holds the match (a line may hold several). */
    private static boolean containsMatch(NumberedLine nl, LineResult l, KeywordMatch m) {
        int at = nl.text().indexOf(l.text());
        return at < 0 || (m.start() >= at && m.end() <= at + l.text().length());
    }

    /**
     * A keyword match with its place.
     *
     * @param match    the match
     * @param section  the section it stands in
     * @param line     its line number
     * @param evidence its grade
     */
    record TermHit(KeywordMatch match, SectionKind section, int line, Evidence evidence, boolean inProgress) {
        Keyword keyword() {
            return match.keyword();
        }
    }
}

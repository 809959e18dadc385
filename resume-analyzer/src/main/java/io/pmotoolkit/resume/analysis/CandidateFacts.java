package io.pmotoolkit.resume.analysis;

import io.pmotoolkit.core.model.Background;
import io.pmotoolkit.core.model.Role;
import io.pmotoolkit.core.model.SkillsModel;
import io.pmotoolkit.core.result.CareerLevel;
import io.pmotoolkit.core.result.CvAnalysis.BackgroundRef;
import io.pmotoolkit.core.result.CvStructure;
import io.pmotoolkit.resume.checks.DatedRole;
import io.pmotoolkit.resume.sections.NumberedLine;
import io.pmotoolkit.resume.sections.Section;
import io.pmotoolkit.resume.sections.SectionKind;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a CV's dated job titles say about the person: their rung on the PMO ladder ({@link #level}) and the
 * route into PMO work they come from ({@link #background}). The vocabulary (which titles are PMO work and on
 * which rung, which titles signal which background) is the skills model's; the weighting is documented in
 * docs/scoring.md ("The candidate's level", "Background").
 *
 * <p>Thread-safe: an instance holds only what it was given.
 */
final class CandidateFacts {

    /** A PMO role that ended this many years or less before the CV's latest date still sets the level. */
    static final double RECENT_YEARS = 3;
    /** Roles that ended up to this many years before the CV's latest date weigh in full for a background. */
    static final double FULL_WEIGHT_YEARS = 2;
    /** After that, a role's weight halves every this many years. */
    static final double HALF_LIFE_YEARS = 10;
    /** A background needs at least this many weighted months of titles... */
    static final double MIN_MONTHS = 6;
    /** ...and at least this share of the weighted months of all titled roles. */
    static final double MIN_SHARE = 0.2;
    /** An undated role counts as this many months. */
    static final int UNDATED_MONTHS = 12;
    /** Years in a background after which the person is advised at the top of its usual target roles. */
    static final double SENIOR_YEARS = 5;
    /** Years in a background after which the person is advised at the bottom of its usual target roles. */
    static final double EXPERIENCED_YEARS = 2;
    /** A CV with at most this many years of dated roles, none of them fitting a route, is a beginner's. */
    static final double LITTLE_YEARS = 2;
    /** A qualification this many years or less before the CV's latest date (or today) is recent. */
    static final int RECENT_QUALIFICATION_YEARS = 2;
    /** A title line, in a CV whose roles give no dated title, is a short line... */
    private static final int TITLE_LINE_CHARS = 60;
    private static final int TITLE_LINE_WORDS = 8;
    /** ...whose title phrase starts within this many characters ("Senior Business Analyst"). */
    private static final int TITLE_LINE_REACH = 20;
    /** On a CV that dates nothing else, a qualification older than this many years is not a graduate's. */
    static final int UNDATED_QUALIFICATION_YEARS = 10;
    /** The longest quote shown as evidence. */
    static final int MAX_EVIDENCE = 80;
    /** A headline names a PMO role when the role title starts within this many characters of its start. */
    private static final int HEADLINE_REACH = 40;

    private final SkillsModel model;
    private final List<Titled> titled;
    /** Employment roles read without dates: each weighs {@link #UNDATED_MONTHS}, so they can outweigh little dated time. */
    private final int undatedRoles;
    private final YearMonth latest;
    private final List<Section> sections;
    /** Years covered by dated roles, an ongoing role counted to {@link #ownDate} on an old CV. */
    private final double years;
    /**
     * The CV's own date, when it is an old CV: the latest date it writes (a role's start or end, a qualification's
     * year) when that is more than a year after the start of its ongoing roles and more than {@link #OLD_CV_YEARS} before today;
     * else null. "2015 – present" on a CV whose latest date is 2018 ran to 2018 as far as the CV can say, not to
     * today (docs/scoring.md, "Background").
     */
    private final YearMonth ownDate;
    /** A CV whose latest written date is more than this many years before today is read by its own clock. */
    static final int OLD_CV_YEARS = 3;
    private final List<CvStructure.EducationEntry> education;
    private final YearMonth now;
    /** The PMO rung the person works at now ({@link #readRungNow}). */
    private final int rungNow;
    /** Title labels, other people's words and headline aspirations: the analyzer's vocabulary, a skills file's lists laid over. */
    private final io.pmotoolkit.resume.structure.CvVocabulary vocabulary;

    /**
     * @param model      the skills model
     * @param roles      the employment roles as read ({@code CvStructure.experience()})
     * @param dates      their date ranges ({@code StructureReader.Read.employment()}), matched by line
     * @param sections   the CV's sections, for the header and profile
     * @param years      years covered by dated roles, or null
     * @param education  the qualifications as read, for a recent graduate
     * @param now        this month, for a CV without dated roles
     * @param vocabulary the CV vocabulary the analyzer reads with ({@code CvVocabulary.of(model)})
     */
    CandidateFacts(SkillsModel model, List<CvStructure.Employment> roles, List<DatedRole> dates,
                   List<Section> sections, Double years, List<CvStructure.EducationEntry> education, YearMonth now,
                   io.pmotoolkit.resume.structure.CvVocabulary vocabulary) {
        this.model = model;
        this.vocabulary = vocabulary;
        this.education = education;
        this.now = now;
        this.sections = sections;
        this.ownDate = ownDate(dates, education, now);
        this.years = ownDate == null ? (years == null ? 0 : years) : yearsTo(dates, ownDate);
        Map<Integer, DatedRole> byLine = new HashMap<>();
        for (DatedRole d : dates) {
            byLine.putIfAbsent(d.lineNumber(), d);
        }
        List<Titled> out = new ArrayList<>();
        YearMonth last = null;
        int order = 0;
        int undated = 0;
        for (CvStructure.Employment e : roles) {
            DatedRole d = byLine.get(e.line());
            if (d == null) {
                undated++;
            }
            if (d != null && (last == null || d.range().end().isAfter(last))) {
                last = d.range().end();
            }
            if (e.title() != null && !e.title().isBlank()) {
                String lower = e.title().toLowerCase(Locale.ROOT);
                out.add(new Titled(e, d, order++, rung(lower), lower));
            }
        }
        if (out.stream().noneMatch(t -> t.dated() != null)) {
            addTitleLines(out);
        }
        this.titled = out;
        this.undatedRoles = undated;
        this.latest = last;
        this.rungNow = readRungNow();
    }

    /**
     * A CV whose roles were read without dated titles (a pasted CV, a table the reader could not split) still
     * names its jobs on lines of their own: short lines that start with a PMO title or a background's signal
     * count as undated roles, in CV order.
     */
    private void addTitleLines(List<Titled> out) {
        Set<Integer> seen = new HashSet<>();
        out.forEach(t -> seen.add(t.role().line()));
        int order = out.size();
        for (Section s : sections) {
            for (NumberedLine nl : s.lines()) {
                String text = oneLine(nl.text());
                if (nl.line().bullet() || text.length() > TITLE_LINE_CHARS || text.split(" ").length > TITLE_LINE_WORDS
                        || !seen.add(nl.number())) {
                    continue;
                }
                String lower = text.toLowerCase(Locale.ROOT);
                boolean title = titleAt(lower) >= 0 && titleAt(lower) <= TITLE_LINE_REACH
                        || pmoWorkAt(lower) >= 0 && pmoWorkAt(lower) <= TITLE_LINE_REACH && rung(lower) != null;
                if (!title) {
                    continue;
                }
                CvStructure.Employment e = CvStructure.Employment.titleOnly(text, nl.number());
                out.add(new Titled(e, null, order++, rung(lower), lower));
            }
        }
    }

    /**
     * Where the first PMO-work phrase starts in a lower-cased line, or -1: a title written around it ("Senior
     * Manager - PMO") names no role title of the model but is PMO work at the rung of its ladder word.
     */
    private int pmoWorkAt(String lower) {
        int first = -1;
        for (String w : model.pmoWork()) {
            int at = phraseAt(lower, w.toLowerCase(Locale.ROOT));
            if (at >= 0 && (first < 0 || at < first)) {
                first = at;
            }
        }
        return first;
    }

    /** Where the first PMO title or background signal starts in a lower-cased line, or -1. */
    private int titleAt(String lower) {
        int first = -1;
        List<String> phrases = new ArrayList<>();
        model.roles().forEach(r -> phrases.addAll(r.titles()));
        model.backgrounds().forEach(b -> {
            phrases.addAll(b.signals());
            phrases.addAll(b.fieldTitles());
        });
        for (String p : phrases) {
            int at = phraseAt(lower, p.toLowerCase(Locale.ROOT));
            if (at >= 0 && (first < 0 || at < first)) {
                first = at;
            }
        }
        return first;
    }

    /** A titled role with its dates (null when undated) and its rung (0 when not PMO work). */
    private record Titled(CvStructure.Employment role, DatedRole dated, int order, Role rung, String lower) {

        /**
         * The months the role weighs for a background: its dated months, or for a role dated by its year alone
         * ("Curator, 2019") the months to the end of that year, as a reader takes it; undated, {@link #UNDATED_MONTHS}.
         */
        int months() {
            if (dated == null) {
                return UNDATED_MONTHS;
            }
            var r = dated.range();
            if (!r.ongoing() && r.endStyle() == io.pmotoolkit.resume.checks.DateStyle.YEAR_ONLY
                    && r.lastPossible() != null && r.lastPossible().isAfter(r.end())) {
                return (int) r.start().until(r.lastPossible(), java.time.temporal.ChronoUnit.MONTHS) + 1;
            }
            return r.months();
        }
    }

    // --- the level ---------------------------------------------------------------------------------

    /**
     * The person's rung: the highest rung among the PMO titles of roles that ended within {@link #RECENT_YEARS}
     * of the CV's latest date (undated roles: the first listed), or else the PMO role a short headline at the
     * top of the CV names; rung 0 otherwise.
     *
     * @param target     the target role, for the note
     * @param background the background read by {@link #background()}, or null
     */
    CareerLevel level(Role target, BackgroundRef background) {
        List<Titled> pmo = titled.stream().filter(t -> t.rung() != null).toList();
        List<Titled> recent = pmo.stream().filter(this::recent).toList();
        // Undated PMO titles (a pasted CV's title line) say nothing of how long: no "0.0 years in PMO work".
        Double inPmo = pmo.stream().noneMatch(t -> t.dated() != null) ? null : round(monthsCovered(pmo) / 12.0);
        Role at = null;
        List<String> evidence = new ArrayList<>();
        for (Titled t : recent) {
            if (at == null || t.rung().level() > at.level()) {
                at = t.rung();
            }
        }
        if (at != null) {
            Role chosen = at;
            // The deciding title first, then the other PMO titles, latest first.
            List<Titled> shown = new ArrayList<>(pmo);
            shown.sort((a, b) -> {
                boolean da = a.rung() == chosen && recent.contains(a);
                boolean db = b.rung() == chosen && recent.contains(b);
                return da != db ? (da ? -1 : 1) : Integer.compare(rank(a), rank(b));
            });
            shown.stream().limit(3).forEach(t -> evidence.add(quote(t)));
        } else {
            Optional<Headline> headline = headline();
            if (headline.isPresent()) {
                at = headline.get().role();
                evidence.add(headline.get().quote());
            } else {
                pmo.stream().sorted((a, b) -> Integer.compare(rank(a), rank(b))).limit(3)
                        .forEach(t -> evidence.add(quote(t)));
            }
        }
        int rung = at == null ? 0 : at.level();
        int advice = Math.max(rung, adviceRung(background));
        String title = at != null ? at.title() : !pmo.isEmpty() ? "Not in PMO work now" : CareerLevel.NOT_IN_PMO;
        return new CareerLevel(rung, at == null ? null : at.id(), title, inPmo, evidence, advice,
                note(target, at, background, advice));
    }

    /**
     * The level the next credential is pitched at: the target's, unless the target is far above where the person
     * stands, as {@link CareerLevel#note()} says; then the level the note names as the better fit, so that a
     * student aiming at Head of PMO is told the entry credential, not a portfolio one. In PMO work: at most the
     * next rung up; outside it, at most the highest role the route in usually leads to, or without a route the
     * highest of the roles PMO work is usually entered at.
     */
    int credentialLevel(Role target, CareerLevel level, BackgroundRef background) {
        int t = target.level();
        if (level.inPmo()) {
            return Math.min(t, level.rung() + 1);
        }
        List<Integer> levels = background == null ? List.of() : targetLevels(background.id());
        if (!levels.isEmpty()) {
            return Math.min(t, Math.max(levels.get(levels.size() - 1), level.adviceRung()));
        }
        return background == null ? Math.min(t, ENTRY_LEVELS) : t;
    }

    /** PMO work is usually entered at the rungs up to this one (administrator, analyst). */
    private static final int ENTRY_LEVELS = 2;

    /** Latest first: ongoing roles, then by end month, then CV order. */
    private int rank(Titled t) {
        if (t.dated() == null || latest == null) {
            return 100_000 + t.order();
        }
        return (int) t.dated().range().end().until(latest, ChronoUnit.MONTHS) * 100 + Math.min(99, t.order());
    }

    private boolean recent(Titled t) {
        if (t.dated() == null || latest == null) {
            return t.order() == 0;
        }
        return yearsBefore(t) <= RECENT_YEARS;
    }

    private double yearsBefore(Titled t) {
        return t.dated().range().end().until(latest, ChronoUnit.MONTHS) / 12.0;
    }

    /** The rung a background's experience is advised at: its usual target roles, the top once senior. */
    private int adviceRung(BackgroundRef background) {
        if (background == null || background.years() == null || background.years() < EXPERIENCED_YEARS) {
            return 0;
        }
        List<Integer> levels = targetLevels(background.id());
        if (levels.isEmpty()) {
            return 0;
        }
        return background.years() >= SENIOR_YEARS ? levels.get(levels.size() - 1) : levels.get(0);
    }

    private List<Integer> targetLevels(String backgroundId) {
        return model.backgrounds().stream().filter(b -> b.id().equals(backgroundId)).findFirst()
                .map(b -> b.targetRoles().stream().map(id -> model.findRole(id).map(Role::level).orElse(0))
                        .filter(l -> l > 0).sorted().toList())
                .orElse(List.of());
    }

    /** How the target fits the level, naming a better-fitting role, or null when it fits. */
    private String note(Role target, Role at, BackgroundRef background, int advice) {
        if (target == null) {
            return null;
        }
        int t = target.level();
        if (at != null) {
            int r = at.level();
            Optional<Role> next = roleAt(r + 1);
            if (t < r) {
                return target.title() + " is below the level your CV shows (" + at.title() + "): " + at.title()
                        + " fits better" + next.map(n -> ", or " + n.title() + " as a step up").orElse("") + ".";
            }
            if (t == r) {
                return next.map(n -> "Your CV already shows this level (" + at.title() + "); the next step up is "
                        + n.title() + ".").orElse(null);
            }
            if (t > r + 1) {
                return target.title() + " is " + (t - r) + " levels above the level your CV shows (" + at.title()
                        + "); " + next.map(Role::title).orElse(at.title()) + " is the usual next step.";
            }
            return null;
        }
        List<Role> fitting = background == null ? List.of() : model.backgrounds().stream()
                .filter(b -> b.id().equals(background.id())).findFirst()
                .map(b -> b.targetRoles().stream().flatMap(id -> model.findRole(id).stream()).toList())
                .orElse(List.of());
        if (fitting.isEmpty()) {
            if (background == null && t > ENTRY_LEVELS) {
                List<String> entry = model.roles().stream().filter(r -> r.level() <= ENTRY_LEVELS).map(Role::title)
                        .toList();
                return "Your CV shows no PMO work and none of the usual routes in: PMO work is usually entered as "
                        + String.join(" or ", entry) + ".";
            }
            return null;
        }
        int top = fitting.stream().mapToInt(Role::level).max().orElse(t);
        int bottom = fitting.stream().mapToInt(Role::level).min().orElse(t);
        List<String> titles = fitting.stream().map(Role::title).toList();
        if (t > top) {
            return target.title() + " is above where the " + background.name().toLowerCase(Locale.UK)
                    + " route usually leads first: " + String.join(" or ", titles) + " fits better.";
        }
        if (t < bottom && t < advice) {
            return target.title() + " is below what your " + background.name().toLowerCase(Locale.UK)
                    + " experience suits: " + String.join(" or ", titles) + " fits better.";
        }
        return null;
    }

    private Optional<Role> roleAt(int level) {
        return model.roles().stream().filter(r -> r.level() == level).findFirst();
    }

    private record Headline(Role role, String quote) {
    }

    /** A short line at the top of the CV (header, or the first profile line) that starts with a PMO role's title. */
    private Optional<Headline> headline() {
        for (Section s : sections) {
            if (s.kind() != SectionKind.HEADER && s.kind() != SectionKind.PROFILE) {
                continue;
            }
            int seen = 0;
            for (NumberedLine nl : s.lines()) {
                if (seen++ >= (s.kind() == SectionKind.HEADER ? 6 : 1)) {
                    break;
                }
                String lower = nl.text().toLowerCase(Locale.ROOT);
                Role best = null;
                int bestAt = -1;
                for (Role r : model.roles()) {
                    for (String title : r.titles()) {
                        int at = phraseAt(lower, title.toLowerCase(Locale.ROOT));
                        if (at >= 0 && at <= HEADLINE_REACH && !afterAspiration(lower, at)
                                && (best == null || r.level() > best.level())) {
                            best = r;
                            bestAt = at;
                        }
                    }
                }
                if (best != null) {
                    return Optional.of(new Headline(best, headlineQuote(nl.text(), best)));
                }
            }
        }
        return Optional.empty();
    }

    /** The headline up to the end of the role's title in it ("Program Manager / PMO Director…"). */
    private static String headlineQuote(String line, Role role) {
        String text = oneLine(line);
        String lower = text.toLowerCase(Locale.ROOT);
        int end = -1;
        for (String title : role.titles()) {
            int at = phraseAt(lower, title.toLowerCase(Locale.ROOT));
            if (at >= 0) {
                end = Math.max(end, at + title.length());
            }
        }
        if (end < 0 || end >= text.length()) {
            return abbreviate(text, MAX_EVIDENCE);
        }
        return abbreviate(text.substring(0, end), MAX_EVIDENCE - 1) + "…";
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    private boolean afterAspiration(String lower, int at) {
        String before = lower.substring(0, at);
        return model.aspirationCues().stream().anyMatch(c -> phraseAt(before, c) >= 0)
                || vocabulary.hasHeadlineAspiration(before);
    }

    /** The PMO role a lower-cased job title names: its longest role title, else a PMO phrase with a ladder word. */
    private Role rung(String lower) {
        Role found = null;
        int longest = 0;
        for (Role role : model.roles()) {
            for (String title : role.titles()) {
                String t = title.toLowerCase(Locale.ROOT);
                if (t.length() > longest && phraseAt(lower, t) >= 0) {
                    found = role;
                    longest = t.length();
                }
            }
        }
        if (found != null) {
            return found;
        }
        boolean pmoWork = model.pmoWork().stream().anyMatch(w -> phraseAt(lower, w.toLowerCase(Locale.ROOT)) >= 0);
        if (!pmoWork) {
            return null;
        }
        for (Role role : model.roles()) {
            for (String w : role.ladderWords()) {
                if (phraseAt(lower, w.toLowerCase(Locale.ROOT)) >= 0 && (found == null || role.level() > found.level())) {
                    found = role;
                }
            }
        }
        return found;
    }

    // --- the background ----------------------------------------------------------------------------

    /**
     * The route in that the non-PMO job titles carry most, each role weighed by its months and how recent it
     * is; a route with {@code maxYears} only for a CV with no more dated years; when no title decides, a
     * graduate's header or profile words (within {@code maxYears}) or a change of field announced there. Null
     * when nothing fits, as for a CV of purely technical roles.
     */
    BackgroundRef background() {
        Map<Background, Double> weight = new LinkedHashMap<>();
        Map<Background, Titled> best = new HashMap<>();
        Map<Background, List<Titled>> roles = new HashMap<>();
        double total = 0;
        for (Titled t : titled) {
            if (t.rung() != null) {
                continue;
            }
            double w = t.months() * recency(t);
            total += w;
            String lower = withoutPmoTitles(t.lower());
            for (Background b : model.backgrounds()) {
                if (titlesOf(b).stream().noneMatch(sig -> phraseAt(lower, sig.toLowerCase(Locale.ROOT)) >= 0)) {
                    continue;
                }
                weight.merge(b, w, Double::sum);
                roles.computeIfAbsent(b, k -> new ArrayList<>()).add(t);
                Titled was = best.get(b);
                if (was == null || w > was.months() * recency(was)) {
                    best.put(b, t);
                }
            }
        }
        Background winner = null;
        for (var e : weight.entrySet()) {
            if (e.getValue() >= MIN_MONTHS && e.getValue() >= MIN_SHARE * total
                    && (winner == null || e.getValue() > weight.get(winner))) {
                winner = e.getKey();
            }
        }
        if (winner != null) {
            List<Titled> own = roles.get(winner);
            boolean dated = own.stream().anyMatch(t -> t.dated() != null);
            return new BackgroundRef(winner.id(), winner.name(), quote(best.get(winner)),
                    dated ? round(monthsCovered(own) / 12.0) : null);
        }
        Optional<BackgroundRef> entry = enteredAt();
        if (entry.isPresent()) {
            return entry.get();
        }
        Optional<BackgroundRef> stated = statedTitle(titledMonths());
        if (stated.isPresent()) {
            return stated.get();
        }
        BackgroundRef top = fromTopOfCv(total >= MIN_MONTHS && years > LITTLE_YEARS);
        return top != null ? top : beginner().orElse(null);
    }

    /** The weighted months of the non-PMO roles whose title has a job-title word (a guessed title tells nothing). */
    private double titledMonths() {
        double total = 0;
        for (Titled t : titled) {
            if (t.rung() == null && t.role().warnings().stream().noneMatch(w -> w.startsWith(GUESSED_TITLE))) {
                total += t.months() * recency(t);
            }
        }
        return total;
    }

    /**
     * When the dated roles decide nothing: the person's own stated title, weighed as one undated role (or as the
     * years the same line states) against the titled roles, so that it never outweighs years of dated titles.
     * A stated title is a header or profile line that opens with a route's signal ("Business Analyst with 6 years
     * of experience", "Experienced operations manager"), a short line elsewhere that does ("Business Analyst -
     * Intertek"), or a "Designation:" / "Role:" label; never after an aspiration ("seeking a project manager
     * role") or a word that makes it someone else ("reported to the operations manager").
     */
    private Optional<BackgroundRef> statedTitle(double titledMonths) {
        // A role's own title line is already weighed by its months: read again it would count twice.
        Set<Integer> roleTitleLines = new HashSet<>();
        titled.forEach(t -> roleTitleLines.add(t.role().line()));
        for (Section s : sections) {
            if (!STATED_TITLE_SECTIONS.contains(s.kind())) {
                continue;
            }
            boolean top = s.kind() == SectionKind.HEADER || s.kind() == SectionKind.PROFILE;
            for (NumberedLine nl : s.lines()) {
                if (nl.line().bullet() || roleTitleLines.contains(nl.number()) || isRoleTitle(nl.text())) {
                    continue;
                }
                // A title starts near the line's start: only its first characters are read (linear on any line).
                String raw = nl.text();
                boolean shortLine = raw.length() <= 2 * TITLE_LINE_CHARS
                        && oneLine(raw).length() <= TITLE_LINE_CHARS && oneLine(raw).split(" ").length <= TITLE_LINE_WORDS;
                String text = oneLine(raw.length() > STATED_TITLE_READ ? raw.substring(0, STATED_TITLE_READ) : raw);
                if (SKILL_YEARS.matcher(text).find()) {
                    continue;
                }
                String lower = text.toLowerCase(Locale.ROOT);
                int from = vocabulary.titleLabelLength(lower);
                if (!top && !shortLine && from == 0) {
                    continue;
                }
                String rest = withoutPmoTitles(lower.substring(from));
                for (Background b : model.backgrounds()) {
                    for (String sig : titlesOf(b)) {
                        int at = phraseAt(rest, sig.toLowerCase(Locale.ROOT));
                        if (at < 0 || at > TITLE_LINE_REACH || !ownTitle(rest.substring(0, at))) {
                            continue;
                        }
                        Integer statedYears = null;
                        var y = STATED_YEARS.matcher(text);
                        if (y.find()) {
                            statedYears = Integer.parseInt(y.group(1));
                        }
                        if (b.maxYears() != null && statedYears != null && statedYears > b.maxYears()
                                && !b.fieldTitles().contains(sig)) {
                            continue;
                        }
                        double w = statedYears != null ? statedYears * 12.0 : UNDATED_MONTHS;
                        if (w < MIN_MONTHS || w < MIN_SHARE * (w + titledMonths)) {
                            return Optional.empty();
                        }
                        return Optional.of(new BackgroundRef(b.id(), b.name(), around(text, sig),
                                statedYears == null ? null : statedYears.doubleValue()));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** Whether a line opens with the title of a role already read (the same line, numbered otherwise). */
    private boolean isRoleTitle(String text) {
        String lower = oneLine(text).toLowerCase(Locale.ROOT);
        return titled.stream().anyMatch(t -> !t.lower().isBlank() && lower.startsWith(t.lower().strip()));
    }

    /** Whether the words before a title leave it the person's own: no aspiration, no one else's title. */
    private boolean ownTitle(String before) {
        return !afterAspiration(before, before.length()) && !vocabulary.hasOtherPersonWord(before);
    }

    /** How many characters of a line are read for a stated title and the years beside it. */
    private static final int STATED_TITLE_READ = 160;
    /** The warning the structure reader gives a title it guessed for want of a job-title word. */
    private static final String GUESSED_TITLE = "No job-title word";
    private static final Set<SectionKind> STATED_TITLE_SECTIONS = Set.of(SectionKind.HEADER, SectionKind.PROFILE,
            SectionKind.EXPERIENCE, SectionKind.EDUCATION);
    /** A pasted CV's skill line ("Business Analysis- Experience - 15 months"). */
    private static final java.util.regex.Pattern SKILL_YEARS = java.util.regex.Pattern.compile(
            "(?i)-\\s*experience\\s*-");

    /**
     * For someone in PMO work whose other titles fit no route: the route whose usual first role is the role of
     * their first PMO title, when exactly one route leads there (a career begun as Project Support Officer came
     * in by the graduate route).
     */
    private Optional<BackgroundRef> enteredAt() {
        Titled first = null;
        for (Titled t : titled) {
            if (t.rung() != null && (first == null || rank(t) > rank(first))) {
                first = t;
            }
        }
        if (first == null) {
            return Optional.empty();
        }
        String roleId = first.rung().id();
        List<Background> leading = model.backgrounds().stream()
                .filter(b -> b.targetRoles().contains(roleId) && !belowLevel(b)).toList();
        if (leading.size() != 1) {
            return Optional.empty();
        }
        Background b = leading.get(0);
        return Optional.of(new BackgroundRef(b.id(), b.name(), quote(first), null));
    }

    /**
     * A beginner: little dated experience ({@link #LITTLE_YEARS}) or a recent qualification, within a route's
     * {@code maxYears}, for a route whose targets include the entry rung.
     */
    private Optional<BackgroundRef> beginner() {
        int lowest = model.roles().stream().mapToInt(Role::level).min().orElse(1);
        YearMonth when = latest != null ? latest : now;
        for (Background b : model.backgrounds()) {
            if (b.maxYears() == null || !eligible(b) || b.targetRoles().stream()
                    .noneMatch(id -> model.findRole(id).map(r -> r.level() == lowest).orElse(false))) {
                continue;
            }
            // Little dated time is a beginner's only when the undated roles, at their usual weight, do not add up to more.
            if (!titled.isEmpty() && latest != null && years + undatedRoles * UNDATED_MONTHS / 12.0 <= LITTLE_YEARS
                    && !statesYears()) {
                Titled last = titled.stream().min((x, y) -> Integer.compare(rank(x), rank(y))).orElseThrow();
                return Optional.of(new BackgroundRef(b.id(), b.name(), quote(last), round(years)));
            }
            // Without dated roles, the latest qualification is the latest thing the CV dates: recent by its own clock.
            int cvYear = ownDate != null ? ownDate.getYear() : latest != null ? latest.getYear() : education.stream().map(CvStructure.EducationEntry::year)
                    .filter(java.util.Objects::nonNull).max(Integer::compare).orElse(when.getYear());
            if (latest == null && statesYears()) {
                continue;
            }
            for (CvStructure.EducationEntry e : education) {
                if (e.year() != null && e.qualification() != null && e.year() >= cvYear - RECENT_QUALIFICATION_YEARS
                        && e.year() >= now.getYear() - UNDATED_QUALIFICATION_YEARS) {
                    return Optional.of(new BackgroundRef(b.id(), b.name(),
                            abbreviate(oneLine(e.qualification()), MAX_EVIDENCE - 6) + ", " + e.year(), null));
                }
            }
        }
        return Optional.empty();
    }

    /** The header and profile: a changer's announcement, or (when {@code changeOnly} is false) a graduate's words. */
    private BackgroundRef fromTopOfCv(boolean changeOnly) {
        for (Background b : model.backgrounds()) {
            for (boolean change : new boolean[] {true, false}) {
                // Outside an announced change, only a beginner's words count anywhere in a line ("recent graduate");
                // another route's title there is a tool or someone else ("HP Service Manager", "reported to the
                // operations manager"): a stated title, read by statedTitle, opens the line.
                if (belowLevel(b) || !change && (changeOnly || !eligible(b) || b.maxYears() == null)) {
                    continue;
                }
                for (Section s : sections) {
                    if (s.kind() != SectionKind.HEADER && s.kind() != SectionKind.PROFILE) {
                        continue;
                    }
                    for (NumberedLine nl : s.lines()) {
                        String lower = withoutPmoTitles(nl.text().toLowerCase(Locale.ROOT));
                        for (String sig : change ? b.changeSignals() : b.signals()) {
                            int at = phraseAt(lower, sig.toLowerCase(Locale.ROOT));
                            if (at >= 0) {
                                return new BackgroundRef(b.id(), b.name(), around(nl.text(), sig), null);
                            }
                        }
                    }
                }
            }
        }
        return null;
    }

    /**
     * Whether the CV says it has more than {@link #LITTLE_YEARS} of experience: "8 years of experience", "over 5 yrs
     * in", or a pasted CV's skill line that counts the months ("Maintenance- Experience - 48 months"), which tells
     * how long the person has worked even where the roles carry no dates.
     */
    private boolean statesYears() {
        for (Section s : sections) {
            for (NumberedLine nl : s.lines()) {
                var m = STATED_YEARS.matcher(nl.text());
                while (m.find()) {
                    if (Integer.parseInt(m.group(1)) > LITTLE_YEARS) {
                        return true;
                    }
                }
                var months = SKILL_MONTHS.matcher(nl.text());
                while (months.find()) {
                    if (Integer.parseInt(months.group(1)) > LITTLE_YEARS * 12) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** A pasted CV's skill line with its months ("AutoCAD- Experience - 74 months"). */
    private static final java.util.regex.Pattern SKILL_MONTHS = java.util.regex.Pattern.compile(
            "(?i)-\\s*experience\\s*-\\s*(\\d{1,3})\\s*months?\\b");

    private static final java.util.regex.Pattern STATED_YEARS = java.util.regex.Pattern.compile(
            "(?i)\\b(\\d{1,2})\\s*\\+?\\s*(?:years|yrs)\\b(?:\\s+of)?\\s+(?:experience|exp\\b|in\\b|working)");

    private boolean eligible(Background b) {
        return (b.maxYears() == null || years <= b.maxYears()) && !belowLevel(b);
    }

    /**
     * The job titles that give a route: its signals while the years allow it, and its change-of-field titles
     * whatever the years; none for a route that only leads below the level the person already works at.
     */
    private List<String> titlesOf(Background b) {
        if (belowLevel(b)) {
            return List.of();
        }
        if (!eligible(b)) {
            return b.fieldTitles();
        }
        List<String> all = new ArrayList<>(b.signals());
        all.addAll(b.fieldTitles());
        return all;
    }

    /**
     * Whether a route only leads to the ladder's first rung while the person already works above it: someone ten
     * years into PMO work came by no graduate route that says anything about them now.
     */
    private boolean belowLevel(Background b) {
        int lowest = model.roles().stream().mapToInt(Role::level).min().orElse(1);
        return !b.targetRoles().isEmpty() && rungNow() > lowest && b.targetRoles().stream()
                .allMatch(id -> model.findRole(id).map(r -> r.level() == lowest).orElse(false));
    }

    /** The PMO rung the person works at now, as {@link #level} reads it (0 when not in PMO work). */
    private int rungNow() {
        return rungNow;
    }

    private int readRungNow() {
        int at = titled.stream().filter(t -> t.rung() != null && recent(t)).mapToInt(t -> t.rung().level()).max()
                .orElse(0);
        return at > 0 ? at : headline().map(h -> h.role().level()).orElse(0);
    }

    private double recency(Titled t) {
        if (t.dated() == null || latest == null) {
            return 1;
        }
        double ago = yearsBefore(t);
        return ago <= FULL_WEIGHT_YEARS ? 1 : Math.pow(0.5, (ago - FULL_WEIGHT_YEARS) / HALF_LIFE_YEARS);
    }

    private String withoutPmoTitles(String lower) {
        String out = lower;
        for (Role role : model.roles()) {
            for (String title : role.titles()) {
                out = out.replace(title.toLowerCase(Locale.ROOT), " ");
            }
        }
        return out;
    }

    // --- helpers -----------------------------------------------------------------------------------

    /** The CV's own date for an old CV with an ongoing role ({@link #ownDate}), or null. */
    private static YearMonth ownDate(List<DatedRole> dates, List<CvStructure.EducationEntry> education, YearMonth now) {
        YearMonth written = null;
        YearMonth ongoingStart = null;
        for (DatedRole d : dates) {
            written = later(written, d.range().start());
            if (d.range().ongoing()) {
                ongoingStart = later(ongoingStart, d.range().start());
            } else {
                written = later(written, d.range().end());
            }
        }
        for (CvStructure.EducationEntry e : education) {
            if (e.year() != null) {
                written = later(written, YearMonth.of(e.year(), 12));
            }
        }
        // Dated more than a year after the ongoing roles began: a role ending the year one began says nothing.
        boolean old = ongoingStart != null && written != null && written.isAfter(ongoingStart.plusYears(1))
                && written.plusYears(OLD_CV_YEARS).isBefore(now);
        return old ? written : null;
    }

    private static YearMonth later(YearMonth a, YearMonth b) {
        return a == null || b.isAfter(a) ? b : a;
    }

    /** Years covered by the dated roles (overlaps once), none counted past {@code until}. */
    private static double yearsTo(List<DatedRole> dates, YearMonth until) {
        Set<YearMonth> months = new HashSet<>();
        for (DatedRole d : dates) {
            YearMonth end = d.range().end().isAfter(until) ? until : d.range().end();
            for (YearMonth m = d.range().start(); !m.isAfter(end); m = m.plusMonths(1)) {
                months.add(m);
            }
        }
        return months.size() / 12.0;
    }

    /** Months covered by the dated roles (overlaps once). */
    private static int monthsCovered(List<Titled> roles) {
        Set<YearMonth> months = new HashSet<>();
        for (Titled t : roles) {
            if (t.dated() != null) {
                for (YearMonth m = t.dated().range().start(); !m.isAfter(t.dated().range().end()); m = m.plusMonths(1)) {
                    months.add(m);
                }
            }
        }
        return months.size();
    }

    private static Double round(double years) {
        return Math.round(years * 10) / 10.0;
    }

    /** "Senior PMO Analyst, Mar 2021 – present", at most {@link #MAX_EVIDENCE} characters. */
    private static String quote(Titled t) {
        String suffix = t.role().start() == null ? "" : ", " + t.role().dates();
        return abbreviate(t.role().title().strip(), MAX_EVIDENCE - suffix.length()) + suffix;
    }

    /** The words around a phrase of a long line, at most {@link #MAX_EVIDENCE} characters. */
    private static String around(String text, String phrase) {
        String line = oneLine(text);
        int at = Math.max(0, phraseAt(line.toLowerCase(Locale.ROOT), phrase.toLowerCase(Locale.ROOT)));
        if (line.length() <= MAX_EVIDENCE) {
            return line;
        }
        int from = Math.max(0, at - 20);
        int space = line.lastIndexOf(' ', from);
        from = from == 0 ? 0 : space < 0 ? from : space + 1;
        String cut = abbreviate(line.substring(from), MAX_EVIDENCE - (from > 0 ? 1 : 0));
        return (from > 0 ? "…" : "") + cut;
    }

    static String abbreviate(String text, int max) {
        return io.pmotoolkit.core.text.TextCut.words(text, max);
    }

    /** Where a lower-cased phrase stands in the text as whole words (a plural s allowed), or -1. */
    static int phraseAt(String text, String phrase) {
        int at = text.indexOf(phrase);
        while (at >= 0) {
            boolean startOk = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
            int end = at + phrase.length();
            boolean endOk = end == text.length() || !Character.isLetter(text.charAt(end))
                    || (text.charAt(end) == 's' && (end + 1 == text.length() || !Character.isLetter(text.charAt(end + 1))));
            if (startOk && endOk) {
                return at;
            }
            at = text.indexOf(phrase, at + 1);
        }
        return -1;
    }
}

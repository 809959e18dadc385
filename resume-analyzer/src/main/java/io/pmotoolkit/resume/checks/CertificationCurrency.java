package io.pmotoolkit.resume.checks;

import io.pmotoolkit.core.model.CertificationWords;
import io.pmotoolkit.core.model.Keyword;
import io.pmotoolkit.core.model.Renewal;
import io.pmotoolkit.core.model.SkillsModel;
import io.pmotoolkit.core.result.CheckResult;
import io.pmotoolkit.resume.sections.NumberedLine;
import io.pmotoolkit.resume.sections.Section;
import io.pmotoolkit.resume.sections.SectionKind;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code cert-renewal} check (certification currency): for each credential with a renewal rule in the skills model
 * ({@link Renewal}) that the CV names with a year, whether it may need renewing by now.
 *
 * <p>The year is read from the credential's own line in the certifications, education, skills or other
 * sections ("PMP, 2019", "PRINCE2 Practitioner (2018)", "Certified ScrumMaster – 2021"), from the text that
 * belongs to it (up to the next credential on the line), or from the line after it when that line says what
 * the year is ("Issued Mar 2019"); see {@link CredentialDate}. A CV that says the credential was renewed or
 * until when it is valid is taken at its word. A credential still being studied for is not held, so it gets no
 * message, and neither does a year no rule covers or a credential that is still current.
 *
 * <p>The check is informational: it is left out when there is nothing to say, and it never counts towards
 * the score ({@link #ID} is in {@link #INFORMATIONAL}).
 *
 * {@snippet :
 * Optional<CheckResult> r = new CertificationCurrency(model, clock).check(sections, mentions);
 * }
 *
 * <p>Thread-safe: immutable; the clock is only read.
 */
public final class CertificationCurrency {

    /** The check's id in every output. */
    public static final String ID = "cert-renewal";
    /** Checks shown to the user that do not count towards the score. */
    public static final Set<String> INFORMATIONAL = Set.of(ID);

    private static final Set<SectionKind> DATED_SECTIONS = EnumSet.of(SectionKind.CERTIFICATIONS,
            SectionKind.EDUCATION, SectionKind.SKILLS, SectionKind.OTHER);
    /** The most words a credential's next line may have to count as part of its entry. */
    private static final int ENTRY_WORDS = 12;

    private final SkillsModel model;
    private final Clock clock;

    /**
     * @param model the skills model, with the renewal rules and the date words
     * @param clock where "this year" comes from
     */
    public CertificationCurrency(SkillsModel model, Clock clock) {
        this.model = Objects.requireNonNull(model, "model");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * A credential named on a CV line: a keyword match of the certifications area.
     *
     * @param keyword    the credential
     * @param form       the form that matched (the term or an alias)
     * @param text       the words as written
     * @param start      offset of the match in the line
     * @param end        offset after it
     * @param line       the line number, as in {@link NumberedLine#number()}
     * @param inProgress whether the line says it is not held yet ("in progress", "studying for")
     */
    public record Mention(Keyword keyword, String form, String text, int start, int end, int line,
                          boolean inProgress) {
    }

    /**
     * Runs the check.
     *
     * @param sections the CV's sections
     * @param mentions every credential named in it (with or without a rule: they bound each other's text)
     * @return the check, or empty when no credential with a rule and a year may need renewing
     */
    public Optional<CheckResult> check(List<Section> sections, List<Mention> mentions) {
        int now = LocalDate.now(clock).getYear();
        Map<Integer, Place> places = places(sections);
        Map<String, Finding> best = new LinkedHashMap<>();
        Map<Integer, Boolean> ranged = new java.util.HashMap<>();  // per line: whether it holds a date range
        for (Mention m : mentions) {
            Optional<Renewal> renewal = model.findRenewal(m.keyword().term());
            Place place = places.get(m.line());
            if (renewal.isEmpty() || m.inProgress() || place == null || !DATED_SECTIONS.contains(place.kind())) {
                continue;
            }
            dateOf(m, place, mentions, now, ranged).flatMap(d -> finding(m, renewal.get(), d, now)).ifPresent(f -> {
                Finding before = best.get(m.keyword().term());
                if (before == null || f.until() > before.until()) {
                    best.put(m.keyword().term(), f);
                }
            });
        }
        List<String> messages = messages(best.values(), now);
        if (messages.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new CheckResult(ID, false, String.join(" ", messages)));
    }

    /** Characters either side of a credential searched for its year. */
    private static final int WINDOW = 100;

    /** A line's section and the line after it in the same section (null at the section's end). */
    private record Place(SectionKind kind, NumberedLine line, NumberedLine next) {
    }

    private static Map<Integer, Place> places(List<Section> sections) {
        Map<Integer, Place> out = new java.util.HashMap<>();
        for (Section s : sections) {
            List<NumberedLine> lines = s.lines();
            for (int i = 0; i < lines.size(); i++) {
                out.put(lines.get(i).number(), new Place(s.kind(), lines.get(i),
                        i + 1 < lines.size() ? lines.get(i + 1) : null));
            }
        }
        return out;
    }

    /** The date the CV gives for this mention: beside it on its line, else on the next line of its entry. */
    private Optional<CredentialDate> dateOf(Mention m, Place place, List<Mention> all, int now,
                                            Map<Integer, Boolean> ranged) {
        CertificationWords words = model.certificationWords();
        List<String> forms = m.keyword().forms();
        String text = place.line().text();
        int after = text.length();
        int before = 0;
        for (Mention o : all) {
            if (o.line() != m.line() || o.keyword().equals(m.keyword())) {
                continue;
            }
            if (o.start() >= m.end()) {
                after = Math.min(after, o.start());
            } else if (o.end() <= m.start()) {
                before = Math.max(before, o.end());
            }
        }
        // a credential's year stands beside it: a bounded window keeps a line naming it hundreds of times linear
        after = Math.min(after, m.end() + WINDOW);
        before = Math.max(before, m.start() - WINDOW);
        Optional<CredentialDate> date = CredentialDate.in(text.substring(m.end(), after), words, forms, now, false);
        if (date.isEmpty()) {
            date = CredentialDate.in(text.substring(before, m.start()), words, forms, now, false);
        }
        if (date.isPresent() || ranged.computeIfAbsent(m.line(), k -> CredentialDate.hasRange(text))) {
            return date;
        }
        NumberedLine next = place.next();
        boolean entry = next != null && !next.line().bullet() && !next.line().heading()
                && next.text().strip().split("\\s+").length <= ENTRY_WORDS
                && all.stream().noneMatch(o -> o.line() == next.number());
        return entry ? CredentialDate.in(next.text(), words, forms, now, true) : Optional.empty();
    }

    /** Where a credential stands today. */
    private enum State {
        CURRENT, DUE_THIS_YEAR, OVERDUE, EXPIRES_THIS_YEAR, EXPIRED
    }

    /**
     * What is known about one credential.
     *
     * @param name    the credential as written
     * @param date    the date the CV gives
     * @param rule    the renewal rule that covers it, or null when the CV gives its expiry
     * @param until   the year its renewal falls due or it expires
     * @param state   where it stands today
     */
    private record Finding(String name, CredentialDate date, Renewal.Period rule, int until, State state) {

        String label() {
            return name + " (" + switch (date.kind()) {
                case OBTAINED -> "";
                case RENEWED -> "renewed ";
                case VALID_UNTIL -> "valid until ";
            } + date.year() + ")";
        }

        String example(int now) {
            return "'" + name + ", renewed " + (state == State.DUE_THIS_YEAR ? now : rule.lastRenewalBy(date.year(), now))
                    + "'";
        }
    }

    private static Optional<Finding> finding(Mention m, Renewal renewal, CredentialDate date, int now) {
        if (date.kind() == CredentialDate.Kind.VALID_UNTIL) {
            int y = date.year();
            State state = y > now ? State.CURRENT : y == now ? State.EXPIRES_THIS_YEAR : State.EXPIRED;
            return Optional.of(new Finding(m.text(), date, null, y, state));
        }
        return renewal.find(date.year(), m.form()).map(p -> {
            int due = p.firstDue(date.year());
            State state = due > now ? State.CURRENT : due == now ? State.DUE_THIS_YEAR : State.OVERDUE;
            return new Finding(m.text(), date, p, due, state);
        });
    }

    /**
     * One sentence per group of credentials under the same rule and in the same state ("P3O Practitioner (2016)
     * and MoP (2019): PeopleCert asks ..."), then one per credential whose CV gives an expiry date now past.
     */
    private static List<String> messages(java.util.Collection<Finding> findings, int now) {
        Map<String, List<Finding>> groups = new LinkedHashMap<>();
        List<String> expiries = new ArrayList<>();
        for (Finding f : findings) {
            switch (f.state()) {
                case CURRENT -> { }
                case EXPIRED -> expiries.add(f.label() + ": the CV says it expired in " + f.until()
                        + ": renew it, or give the date it is now valid until.");
                case EXPIRES_THIS_YEAR -> expiries.add(f.label() + ": it expires this year: renew it and update the"
                        + " date on the CV.");
                default -> groups.computeIfAbsent(f.state() + "\n" + f.rule().rule(), k -> new ArrayList<>()).add(f);
            }
        }
        List<String> out = new ArrayList<>();
        for (List<Finding> group : groups.values()) {
            out.add(sentence(group, now));
        }
        out.addAll(expiries);
        return out;
    }

    private static String sentence(List<Finding> group, int now) {
        Finding first = group.getFirst();
        boolean one = group.size() == 1;
        boolean sameDue = group.stream().allMatch(f -> f.until() == first.until());
        List<String> names = group.stream().map(f -> one || sameDue ? f.label()
                : f.label().substring(0, f.label().length() - 1) + ", due " + f.until() + ")").toList();
        String next = group.stream().allMatch(f -> f.date().kind() == CredentialDate.Kind.RENEWED) ? "next " : "";
        String head = Messages.and(names) + ": " + first.rule().rule();
        if (first.state() == State.DUE_THIS_YEAR) {
            return head + ", so " + (one ? "its " : "their ") + next + "renewal falls due this year (" + now
                    + "): once renewed, say so on the CV (" + first.example(now) + ").";
        }
        return head + ". If " + (one ? "it has" : "they have") + " not been renewed since, " + (one ? "its " : "their ")
                + next + "renewal was due " + (one || sameDue ? "in " + first.until() : "as shown") + ": say on the CV"
                + " that " + (one ? "it is" : "they are") + " current (" + first.example(now) + ").";
    }
}

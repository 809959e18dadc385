package io.pmotoolkit.core.result;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * How well a CV fits one job advert: the {@code jobAd.match} object of the JSON output, and what
 * {@code pmo match} ranks adverts by. The formula is in {@code docs/scoring.md} ("Advert match").
 *
 * @param rate      the match rate, 0 to 100, after the cap
 * @param uncapped  the rate before the cap of a missing must-have
 * @param cap       the highest rate a CV missing a must-have can have, or null when nothing is capped
 * @param band      {@code strong} (70 and over), {@code good} (55-69), {@code partial} (35-54) or {@code weak}
 * @param mustHaves the advert's must-haves the CV does not show (the reason for the cap), in advert order
 * @param terms     every term of the advert, required first, with counts, kind and the CV's evidence
 * @param title     the advert's title against the CV's recent titles, on the PMO ladder
 * @param asks      what the advert asks beyond terms: years overall and per skill, education, certifications
 * @param gaps      the gaps that cost most, heaviest first: one short phrase each ("Gate reviews: required, not in the CV")
 */
@JsonPropertyOrder({"rate", "uncapped", "cap", "band", "mustHaves", "title", "asks", "terms", "gaps"})
public record AdvertMatch(int rate, int uncapped, Integer cap, String band, List<String> mustHaves, List<Term> terms,
                          TitleFit title, List<Ask> asks, List<String> gaps) {

    public AdvertMatch {
        mustHaves = List.copyOf(mustHaves);
        terms = List.copyOf(terms);
        asks = List.copyOf(asks);
        gaps = List.copyOf(gaps);
    }

    /** "64/100 (good)", for people. */
    public String headline() {
        return rate + "/100 (" + band + ")";
    }

    /** "Capped at 65 (72 without the cap): the CV does not show the must-haves X, Y.", or null when not capped. */
    public String capNote() {
        if (cap == null) {
            return null;
        }
        return (uncapped > cap ? "Capped at " + cap + " (" + uncapped + " without the cap)" : "Would be capped at " + cap)
                + ": the CV does not show the must-have" + (mustHaves.size() == 1 ? " " : "s ")
                + String.join(", ", mustHaves) + ".";
    }

    /**
     * One term of the advert.
     *
     * @param term     canonical term (a skills-model term, or the advert's words for one it does not know)
     * @param required whether the advert requires it (required or duty lines) rather than prefers it
     * @param mustHave whether the advert says it is a must (a must word on its line or its section's heading)
     * @param kind     {@code hard skill}, {@code soft skill}, {@code tool} or {@code credential}
     * @param inAdvert how many times the advert names it
     * @param inCv     how many times the CV names it (0 when missing)
     * @param evidence the CV's best evidence of it, or null when missing
     * @param credit   what it earns towards the rate, 0 to 1 (1 for an achievement, less for a listing)
     * @param via      the id of the ask it is counted through ({@code certification-1}), or null when it counts itself
     */
    @JsonPropertyOrder({"term", "required", "mustHave", "kind", "inAdvert", "inCv", "evidence", "credit", "via"})
    public record Term(String term, boolean required, boolean mustHave, String kind, int inAdvert, int inCv,
                       Evidence evidence, double credit, String via) {

        /** {@code must}, {@code required} or {@code preferred}, for people. */
        public String need() {
            return mustHave ? "must" : required ? "required" : "preferred";
        }

        /** The evidence in lower case ({@code achievement}), {@code missing}, or what it is counted through. */
        public String evidenceLabel() {
            String grade = evidence == null ? "missing" : evidence.name().toLowerCase(java.util.Locale.ROOT);
            return evidence == null && via != null && credit > 0 ? "as " + via : grade;
        }
    }

    /**
     * The advert's title against the CV's latest titles, each placed on the PMO ladder (the model's role levels).
     *
     * @param advert      the advert's title, or null when it has none
     * @param advertLevel its rung, or null when its words name none
     * @param cvTitle     the CV's latest dated title, or null when it has none
     * @param cvLevel     that title's rung, or null
     * @param recent      the CV's recent titles (up to three, latest first)
     * @param named       whether the CV names the advert's title (without seniority words)
     * @param fit         {@code same} (same rung, or the title named), {@code step-up} (the advert is one rung
     *                    up), {@code step-down}, {@code far} (two rungs or more apart) or {@code unplaced}
     * @param credit      what it earns towards the rate, 0 to 1
     * @param sentence    the comparison for people: "advert: PMO Analyst (level 2); your latest title: ..."
     */
    @JsonPropertyOrder({"advert", "advertLevel", "cvTitle", "cvLevel", "recent", "named", "fit", "credit", "sentence"})
    public record TitleFit(String advert, Integer advertLevel, String cvTitle, Integer cvLevel, List<String> recent,
                           boolean named, String fit, double credit, String sentence) {

        public TitleFit {
            recent = List.copyOf(recent);
        }
    }

    /**
     * Something the advert asks beyond its terms, read from the lines that ask.
     *
     * @param id       {@code years}, {@code years-<term>}, {@code education} or {@code certification-<n>}, stable
     *                 within one result
     * @param kind     {@code years}, {@code skill-years}, {@code education} or {@code certification}
     * @param asked    what is asked, for people ("3+ years", "a bachelor's degree in computing", "PRINCE2 or equivalent")
     * @param found    what the CV shows, for people ("about 10 years in dated roles"), or null when nothing
     * @param met      {@code true}, {@code false}, or {@code partly}
     * @param required whether it is asked in a required line (else preferred)
     * @param mustHave whether the advert says it is a must
     * @param line     the advert's line it is read from
     * @param credit   what it earns towards the rate, 0 to 1
     */
    @JsonPropertyOrder({"id", "kind", "asked", "found", "met", "required", "mustHave", "line", "credit"})
    public record Ask(String id, String kind, String asked, String found, String met, boolean required,
                      boolean mustHave, int line, double credit) {

        /** "3+ years asked (required); about 10 years in dated roles: met", for people. */
        public String sentence() {
            return asked + " asked (" + (mustHave ? "a must" : required ? "required" : "preferred") + "); "
                    + (found == null ? "none found" : found) + ": "
                    + ("true".equals(met) ? "met" : "partly".equals(met) ? "partly met" : "not met");
        }

        /** "Years", "Skill years", "Education" or "Certified": a label for people. */
        public String label() {
            return switch (kind) {
                case "years" -> "Years";
                case "skill-years" -> "Skill years";
                case "education" -> "Education";
                default -> "Certified";
            };
        }
    }
}

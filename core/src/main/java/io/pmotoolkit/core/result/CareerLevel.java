package io.pmotoolkit.core.result;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * Where the CV puts the person on the PMO ladder, read from the dated job titles: rung 1 administrator, 2
 * analyst, 3 manager, 4 head of PMO (the skills model's role levels), or 0 when no recent role is PMO work.
 * Documented in {@code docs/json-format.md} ({@code candidate.level}).
 *
 * @param rung       0 (not in PMO work) to 4, the level of {@code roleId}
 * @param roleId     the skills-model role of that rung, or null for rung 0
 * @param title      that role's title, or "Not yet in PMO work"
 * @param yearsInPmo years in dated roles whose titles are PMO work (overlaps counted once), or null without any
 * @param evidence   the deciding job titles with their dates as the CV writes them ("Senior PMO Analyst, Mar 2021 –
 *                   present"), latest first, at most three and never more than 80 characters each; empty when
 *                   no title decides
 * @param adviceRung the rung whose advice suits the person, at least {@code rung}: for someone outside PMO work,
 *                   the rung their background and years are worth (a project manager of eight years is advised
 *                   at manager level, not as a beginner)
 * @param note       how the target role fits this level when it fits badly, naming a better-fitting role, or
 *                   null (omitted from JSON)
 */
@JsonPropertyOrder({"rung", "roleId", "title", "yearsInPmo", "evidence", "adviceRung", "note"})
public record CareerLevel(int rung, String roleId, String title, Double yearsInPmo, List<String> evidence,
                          int adviceRung, @JsonInclude(JsonInclude.Include.NON_NULL) String note) {

    /** The title of rung 0. */
    public static final String NOT_IN_PMO = "Not yet in PMO work";

    public CareerLevel {
        evidence = List.copyOf(evidence);
        if (rung < 0 || adviceRung < rung) {
            throw new IllegalArgumentException("rung must be 0 or more and adviceRung at least rung, not "
                    + rung + " and " + adviceRung);
        }
    }

    /** Whether the CV shows the person in PMO work now. */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean inPmo() {
        return rung > 0;
    }

    /** "PMO Analyst / Project Analyst (level 2), 10.3 years in PMO work", or "Not yet in PMO work", for people. */
    public String summary() {
        String s = rung == 0 ? title : title + " (level " + rung + ")";
        return yearsInPmo == null ? s : s + String.format(java.util.Locale.ROOT, ", %.1f years in PMO work", yearsInPmo);
    }

    /** The evidence quoted: "“Senior PMO Analyst, Mar 2021 – present”; “PMO Analyst, …”", or "" without any. */
    public String quotedEvidence() {
        return String.join("; ", evidence.stream().map(e -> "\u201C" + e + "\u201D").toList());
    }

    /**
     * The level line every report shows, the one place its wording lives: {@link #summary()} then
     * "{@code separator}from “Project Coordinator, Sep 2013 – May 2016”" when titles decided it ("Not yet in PMO
     * work, 2.8 years in PMO work, from “…”"). The terminal report separates with {@code " · "}, the documents
     * with {@code ", "}.
     */
    public String withEvidence(String separator) {
        String quoted = quotedEvidence();
        return quoted.isEmpty() ? summary() : summary() + separator + "from " + quoted;
    }

    /**
     * What the reports print for the background when no route in was read: for someone in PMO work, that they are
     * already in it (their route is their PMO work, never "graduate"); for anyone else, that none of the usual
     * routes shows. The one place this wording lives.
     */
    public String noBackground() {
        return inPmo() ? "already in PMO work, no other route in before it" : "none of the usual routes into PMO work";
    }

    /** The level to advise someone targeting a role of {@code targetLevel}: never below where they stand. */
    public int adviceLevel(int targetLevel) {
        return Math.max(adviceRung, targetLevel);
    }
}

package io.pmotoolkit.core.model;

import java.util.List;
import java.util.Optional;

/**
 * When a credential needs renewing, as its awarding body publishes it: the {@code renewal} list of a keyword in
 * the skills model (see {@code docs/skills-model.md}). Each period says, for credentials obtained in a range of
 * years (and optionally only for some of the keyword's forms), how often they are renewed, the rule in a CV
 * reader's words and the public source it comes from. A year no period covers has no known rule: the analyzer
 * then says nothing.
 *
 * {@snippet :
 * Renewal pmp = model.findRenewal("PMP").orElseThrow();
 * int due = pmp.find(2019, "PMP").orElseThrow().firstDue(2019);   // 2022
 * }
 *
 * @param periods the rules, each for its years and forms; no two cover the same year and form
 */
public record Renewal(List<Period> periods) {

    public Renewal {
        periods = List.copyOf(periods);
    }

    /**
     * One renewal rule.
     *
     * @param from    first year obtained the rule covers, or null for no lower limit
     * @param to      last year obtained it covers, or null for no upper limit
     * @param forms   the keyword's forms it is limited to ("ITIL 4 Foundation" on ITIL Foundation), or empty for all
     * @param every   years between renewals (PMP: 3)
     * @param renewBy the earliest year a renewal falls due, whatever the year obtained, or null (PeopleCert gave
     *                certificates from before mid-2020 until July 2023)
     * @param rule    the rule in a CV reader's words, one clause, used in the check's message
     * @param source  the public page the rule comes from (http or https address)
     * @param summary what that page says, in one line of our own words
     */
    public record Period(Integer from, Integer to, List<String> forms, int every, Integer renewBy, String rule,
                         String source, String summary) {

        public Period {
            forms = forms == null ? List.of() : List.copyOf(forms);
        }

        /** Whether the rule covers a credential obtained in {@code year} and written as {@code form}. */
        public boolean covers(int year, String form) {
            return (from == null || year >= from) && (to == null || year <= to)
                    && (forms.isEmpty() || forms.stream().anyMatch(f -> f.equalsIgnoreCase(form)));
        }

        /** The year the first renewal falls due for a credential obtained (or last renewed) in {@code year}. */
        public int firstDue(int year) {
            int due = year + every;
            return renewBy == null ? due : Math.max(due, renewBy);
        }

        /** The latest renewal year, on this rule's cycle from {@code year}, that is not after {@code now}. */
        public int lastRenewalBy(int year, int now) {
            int due = firstDue(year);
            if (due > now) {
                return due;
            }
            return due + (now - due) / every * every;
        }
    }

    /** The rule for a credential obtained in {@code year} and written as {@code form}, if one is known. */
    public Optional<Period> find(int year, String form) {
        return periods.stream().filter(p -> p.covers(year, form)).findFirst();
    }
}

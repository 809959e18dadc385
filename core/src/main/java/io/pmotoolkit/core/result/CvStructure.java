package io.pmotoolkit.core.result;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * What an applicant tracking system would read from a CV: contact details, employment roles, education,
 * certifications and other dated entries (projects, volunteering, memberships, talks). Part of the JSON
 * contract of {@link CvAnalysis} (documented in {@code docs/json-format.md}): {@link Contact} is
 * {@code candidate.contact}, the lists are the top-level {@code experience}, {@code education},
 * {@code certifications} and {@code otherEntries}.
 *
 * <p>Every entry names the CV line it was read from. A field the reader could not find is null; a field
 * it is unsure of is given with a sentence in the entry's {@code warnings} rather than guessed silently.
 *
 * @param contact        the contact details
 * @param experience     employment roles, in the CV's order, a repeated history counted once
 * @param education      qualifications, in the CV's order
 * @param certifications certifications and licences, in the CV's order
 * @param otherEntries   dated entries that are not employment
 */
public record CvStructure(Contact contact, List<Employment> experience, List<EducationEntry> education,
                          List<CertificationEntry> certifications, List<DatedEntry> otherEntries) {

    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
        "Nov", "Dec"};

    /** "2021-01" → "Jan 2021", "2019" → "2019", null → null. */
    public static String dateLabel(String date) {
        if (date == null || date.length() < 7) {
            return date;
        }
        return MONTHS[Integer.parseInt(date.substring(5, 7)) - 1] + " " + date.substring(0, 4);
    }

    /** "Jan 2021 – present", "2017 – 2019", a start without an end ("Summer 2022") → "2022", or "no dates". */
    static String dates(String start, String end, boolean current) {
        if (start == null) {
            return "no dates";
        }
        String to = current ? "present" : dateLabel(end);
        return to == null ? dateLabel(start) : dateLabel(start) + " – " + to;
    }

    /** The non-null values joined with " · ". */
    static String joined(String... values) {
        StringBuilder sb = new StringBuilder();
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                sb.append(sb.isEmpty() ? "" : " · ").append(v);
            }
        }
        return sb.toString();
    }

    /** Nothing read. */
    public static final CvStructure EMPTY = new CvStructure(new Contact(null, null, null, null), List.of(), List.of(),
            List.of(), List.of());

    /**
     * @param email    the first email address, or null
     * @param phone    the first phone number as written, or null
     * @param location the town, region or country the CV gives near its top, or null
     * @param linkedin the LinkedIn profile address ({@code linkedin.com/in/...}), or null
     */
    @JsonPropertyOrder({"email", "phone", "location", "linkedin"})
    public record Contact(String email, String phone, String location, String linkedin) {
    }

    /**
     * One employment role.
     *
     * @param title    the job title as written, or null
     * @param employer the employer as written, or null
     * @param location the role's location, or null
     * @param start    {@code "YYYY-MM"}, or {@code "YYYY"} when the CV gives only the year, or null
     * @param end      the same, or null when the role is current or the CV gives no end
     * @param current  whether the role is ongoing ("Present")
     * @param line     the 1-based line the role's dates (or title) stand on
     * @param warnings what the reader was unsure of, one sentence each
     */
    @JsonPropertyOrder({"title", "employer", "location", "start", "end", "current", "line", "warnings"})
    public record Employment(String title, String employer, String location, String start, String end,
                             boolean current, int line, List<String> warnings) {

        /** A role read from its title alone, on {@code line}: no employer, location or dates, no warnings. */
        public static Employment titleOnly(String title, int line) {
            return new Employment(title, null, null, null, null, false, line, List.of());
        }

        /** "Jan 2021 – present", for people. */
        public String dates() {
            return CvStructure.dates(start, end, current);
        }

        /** "PMO Analyst · Acme Ltd · London · Jan 2021 – present", for people. */
        public String summary() {
            return joined(title == null ? "(no title)" : title, employer, location, dates());
        }
    }

    /**
     * @param qualification the degree, diploma or school qualification as written, or null
     * @param institution   where it was studied, or null
     * @param year          the year it ended (or the only year given), or null
     * @param line          the 1-based line the entry starts on: its qualification's or its institution's,
     *                      whichever comes first
     * @param warnings      what the reader was unsure of
     */
    @JsonPropertyOrder({"qualification", "institution", "year", "line", "warnings"})
    public record EducationEntry(String qualification, String institution, Integer year, int line,
                                 List<String> warnings) {

        /** "BSc Economics · University of Leeds · 2016", for people. */
        public String summary() {
            return joined(qualification == null ? "(no qualification)" : qualification, institution,
                    year == null ? null : String.valueOf(year));
        }
    }

    /**
     * @param name the certification as written
     * @param year the year given with it, or null
     * @param line the 1-based line
     */
    @JsonPropertyOrder({"name", "year", "line"})
    public record CertificationEntry(String name, Integer year, int line) {

        /** "PRINCE2 Practitioner (2019)", for people. */
        public String summary() {
            return year == null ? name : name + " (" + year + ")";
        }
    }

    /**
     * A dated entry that is not employment.
     *
     * @param kind         {@code project}, {@code volunteering}, {@code membership}, {@code talk} or {@code other}
     * @param title        what it is, as written
     * @param organisation the organisation, or null
     * @param start        as in {@link Employment#start()}
     * @param end          as in {@link Employment#end()}
     * @param current      whether it is ongoing
     * @param line         the 1-based line of its dates
     */
    @JsonPropertyOrder({"kind", "title", "organisation", "start", "end", "current", "line"})
    public record DatedEntry(String kind, String title, String organisation, String start, String end,
                             boolean current, int line) {

        /** "volunteering: Vice President · Cytoscape Consortium · Apr 2013 – present", for people. */
        public String summary() {
            return kind + ": " + joined(title == null ? "(untitled)" : title, organisation, CvStructure.dates(start, end, current));
        }
    }

    /** Whether nothing at all was read (a blank template, a document that is not a CV). */
    public boolean isEmpty() {
        return contact.email() == null && contact.phone() == null && contact.location() == null
                && contact.linkedin() == null && experience.isEmpty() && education.isEmpty() && certifications.isEmpty()
                && otherEntries.isEmpty();
    }
}

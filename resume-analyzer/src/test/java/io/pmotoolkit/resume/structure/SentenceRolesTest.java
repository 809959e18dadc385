package io.pmotoolkit.resume.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** Roles written as sentences, on made-up lines. */
class SentenceRolesTest {

    private static final YearMonth NOW = YearMonth.of(2026, 12);
    private final SentenceRoles sentences = new SentenceRoles(CvVocabulary.builtIn());

    @Test
    void employerTitleAndDatesWithDaysInBrackets() {
        var f = sentences.read("Worked with Brightfield Payments (Apex Payroll) As Sales Manager. (16th Jan 2017 to till 30th Aug 2018)", NOW);
        assertEquals("Brightfield Payments", f.employer());
        assertEquals("Sales Manager", f.title());
        assertEquals(YearMonth.of(2017, 1), f.range().start());
        assertEquals(YearMonth.of(2018, 8), f.range().end());
        assertFalse(f.present());
        assertTrue(f.only(), "a role header, not a statement");
    }

    @Test
    void aTitleEndsAtItsLastTitleWordAndADutyBesideTheRoleKeepsTheLineAStatement() {
        var f = sentences.read("1. Working as a java developer over Hibernate technology. Developing web pages using JSP and servlets.", NOW);
        assertEquals("java developer", f.title());
        assertFalse(f.only());
        var g = sentences.read("With over 2 years of experience worked as Asst. Electrical Engineer for Testing and Commissioning of plant panels", NOW);
        assertFalse(g.only());
    }

    @Test
    void anAbbreviatedTitleAndAnEmployerWithItsFullStops() {
        var f = sentences.read("Worked with Kestrel Pvt Ltd. as Sr. Sales Executive. (04th Mar 2016 to 03 Jan 2017)", NOW);
        assertEquals("Kestrel Pvt Ltd.", f.employer());  // as written; the scorer and a reader take the full stop off
        assertEquals("Sr. Sales Executive", f.title());
        assertEquals(YearMonth.of(2016, 3), f.range().start());
    }

    @Test
    void townsInTheSentenceAreNoOtherWords() {
        // the towns are the vocabulary's, matched in their case: the line is still only the role
        var f = sentences.read("Worked with Harbour Foods Ltd, Pune as Sales Manager in Mumbai and Delhi (Jan 2017 to Aug 2018)", NOW);
        assertEquals("Harbour Foods Ltd", f.employer());
        assertEquals("Sales Manager", f.title());
        assertTrue(f.only(), "employer, title, towns and dates: a role header");
    }

    @Test
    void placeAndDatesBetweenEmployerAndTitle() {
        var f = sentences.read("1) Working Experience at ORBIT BUILDERS AT RIVERSIDE (WEST) Mumbai since JUNE 2014 to MAY 2015. As a Site Engineer (1 years)", NOW);
        assertEquals("ORBIT BUILDERS", f.employer());
        assertEquals("Site Engineer", f.title());
        assertEquals(YearMonth.of(2014, 6), f.range().start());
    }

    @Test
    void aCurrentJobWithATownAfterTheEmployerAndNoDates() {
        var f = sentences.read("Currently working in Lumen Softworks, Andheri as a Java Developer.", NOW);
        assertEquals("Lumen Softworks", f.employer());
        assertEquals("Java Developer", f.title());
        assertNull(f.range());
        assertTrue(f.present());
    }

    @Test
    void theTitleBeforeTheVerb() {
        var f = sentences.read("I'm a software test engineer working at Corvid technologies from past 1 year.", NOW);
        assertEquals("software test engineer", f.title());
        assertEquals("Corvid technologies", f.employer());
        assertTrue(f.present());
    }

    @Test
    void aPlaceIsNoEmployerAndAClauseAfterTheTitleNamesNone() {
        var f = sentences.read("Experience in India: 1) Working Experience at Delta Works since 2014 to 2015", NOW);
        assertEquals("Delta Works", f.employer());
        var g = sentences.read("With over 2 years of experience worked as Asst. Electrical Engineer from the site across the plant for Testing", NOW);
        assertEquals("Asst. Electrical Engineer", g.title());
        assertNull(g.employer());
    }

    @Test
    void anAtLineWithItsTownAndDates() {
        var f = sentences.read("• At Harbour Infrastructure Bangalore        Sep 2015- Oct 2016", NOW);
        assertEquals("Harbour Infrastructure", f.employer());
        assertEquals(YearMonth.of(2015, 9), f.range().start());
        assertEquals(YearMonth.of(2016, 10), f.range().end());
    }

    @Test
    void sentencesThatNameNoJob() {
        assertNull(sentences.read("I am currently working with a casino operator in the region.", NOW));
        assertNull(sentences.read("Worked with on lots of products on blockchain.", NOW));
        assertNull(sentences.read("Prepared the weekly RAID log for 12 projects.", NOW));
        var f = sentences.read("Worked with Finance to close the month", NOW);
        assertNull(f.title());
        assertNull(f.range());
    }

    @Test
    void aTitleAloneOnTheNextLine() {
        assertEquals("Civil Engineer", sentences.titleLine("A Civil Engineer (1.4 Years)", 5));
        assertEquals("Software Developer", sentences.titleLine("• Designation - Software Developer.", 5));
        assertEquals("Civil Engineer", sentences.titleLine("Position Civil Engineer", 5));
        assertNull(sentences.titleLine("Prepared the schedules, plans and drawings", 5));
    }
}

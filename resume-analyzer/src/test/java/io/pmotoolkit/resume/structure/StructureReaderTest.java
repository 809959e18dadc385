package io.pmotoolkit.resume.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pmotoolkit.core.result.CvStructure.Employment;
import io.pmotoolkit.resume.read.CvReader;
import io.pmotoolkit.resume.sections.SectionDetector;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StructureReaderTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T12:00:00Z"), ZoneOffset.UTC);

    private static StructureReader.Read read(String text) throws Exception {
        var doc = new CvReader().read("cv.txt", text.getBytes(StandardCharsets.UTF_8));
        return new StructureReader().read(new SectionDetector().detect(doc), CLOCK, line -> line.contains("PRINCE2"));
    }

    @Test
    void aStatementsWrappedTailIsNotTheNextRolesEmployer() throws Exception {
        var r = read("""
                Experience
                Credit Analyst | Harbour Trading | Jan 2021 - Present
                - Worked with traders on the audit of a system used for
                locking and unlocking trades
                Financial Analyst Intern | Delta Drilling | May 2019 - Dec 2020
                - Explained the exhibits to visitors and told
                them of resources
                After School Counselor | Riverside Youth Club | Sep 2018 – Apr 2019
                - Ran homework clubs for 25 pupils.
                """);
        var jobs = r.structure().experience();
        assertEquals(3, jobs.size());
        assertEquals("Delta Drilling", jobs.get(1).employer());
        assertEquals("Financial Analyst Intern", jobs.get(1).title());
        assertEquals("Riverside Youth Club", jobs.get(2).employer());
    }

    @Test
    void twoPlacesJoinedByAnAmpersandAreTheRolesPlaceNotPartOfTheEmployer() throws Exception {
        var r = read("""
                Experience
                Kestrel Games | Busan, S.Korea & Austin, U.S.A
                Game Developer Intern | Jan 2013 - Feb 2013
                - Built a puzzle game for the US market.
                """);
        var job = r.structure().experience().get(0);
        assertEquals("Kestrel Games", job.employer());
        assertEquals("Busan, S.Korea & Austin, U.S.A", job.location());
    }

    @Test
    void aLowerCaseBrandOpensAnEmployerLine() throws Exception {
        var r = read("""
                Experience
                - Shipped the checkout redesign.
                eBay Inc.
                Product Manager
                Jan 2021 - Present
                - Ran the seller roadmap.
                """);
        assertEquals("eBay Inc.", r.structure().experience().get(0).employer());
    }

    @Test
    void contactAndTitleEmployerDateLines() throws Exception {
        var r = read("""
                Product Designer
                Jane Smith
                jane.smith@example.com | (312) 555-0147 | San Francisco, CA

                Experience
                Northwind Labs — Senior Product Designer
                Jan 2021 - Present
                - Led the redesign of the onboarding flow, lifting activation 18%.
                PMO Analyst | Vantage Energy Ltd | Reading
                Jun 2017 - Dec 2020
                - Ran the weekly reporting cycle for 40 projects.
                """);
        assertEquals("Jane Smith", r.name());
        assertEquals("jane.smith@example.com", r.structure().contact().email());
        assertEquals("San Francisco, CA", r.structure().contact().location());
        List<Employment> jobs = r.structure().experience();
        assertEquals(2, jobs.size());
        assertEquals("Senior Product Designer", jobs.get(0).title());
        assertEquals("Northwind Labs", jobs.get(0).employer());
        assertEquals("2021-01", jobs.get(0).start());
        assertTrue(jobs.get(0).current());
        assertNull(jobs.get(0).end());
        assertEquals("PMO Analyst", jobs.get(1).title());
        assertEquals("Vantage Energy Ltd", jobs.get(1).employer());
        assertEquals("2020-12", jobs.get(1).end());
        // role headers are not statements about the work; their bullets are
        assertTrue(r.notStatements().containsAll(List.of(jobs.get(0).line(), jobs.get(1).line(), jobs.get(1).line() - 1)),
                r.notStatements().toString());
        assertFalse(r.notStatements().contains(jobs.get(0).line() + 1), r.notStatements().toString());
    }

    @Test
    void employerBeforeAKnownTownTeamsGradesAndCertificationLists() throws Exception {
        var r = read("""
                Experience
                Senior Business Analyst | Northern Mutual Insurance, Manchester | Feb 2021 - Present
                - Built a Power BI portfolio dashboard covering 32 change projects.
                Data Analyst | Salford, Manchester | Jul 2017 - Mar 2020
                - Analysed 2.4m mortgage records in SQL.
                Staff Software Engineer
                Northwind Systems – Platform Reliability
                Mar 2019 - Jun 2017
                Education
                BSc (Hons) Economics, 2:1 | University of Leeds | 2012 - 2015
                MBA (Distinction) | Aston Business School | 2015 - 2017
                Licence (BA) in Applied Foreign Languages | Université
                de Franche-Comté
                Certifications
                Google Cloud Certified Professional Cloud Architect | AWS Certified Solutions Architect – Associate | VMWare VCP |
                Microsoft MCSE/MCSA | Citrix CCA | Cisco CCNA
                PRINCE2 Practitioner | AXELOS | 2019
                PRINCE2 Foundation – in progress
                working on the NYCDOB superintendent licence
                """);
        var jobs = r.structure().experience();
        assertEquals("Northern Mutual Insurance", jobs.get(0).employer());
        assertEquals("Manchester", jobs.get(0).location());
        // one word before a town is a district, not an employer
        assertEquals("Salford, Manchester", jobs.get(1).location());
        assertNull(jobs.get(1).employer());
        var edu = r.structure().education();
        assertEquals("BSc (Hons) Economics", edu.get(0).qualification());
        assertEquals("MBA", edu.get(1).qualification());
        assertEquals("Université de Franche-Comté", edu.get(2).institution());
        var certs = r.structure().certifications().stream().map(c -> c.name()).toList();
        assertEquals(List.of("Google Cloud Certified Professional Cloud Architect", "AWS Certified Solutions Architect – Associate",
                "VMWare VCP", "Microsoft MCSE/MCSA", "Citrix CCA", "Cisco CCNA", "PRINCE2 Practitioner | AXELOS",
                "PRINCE2 Foundation – in progress"), certs);
    }

    @Test
    void aLongHeaderOfShortFieldsIsARoleNotAStatement() throws Exception {
        var r = read("""
                Experience
                Director of IT – Hybrid Cloud and Enterprise IT Automation | March 2019 – November 2021 The Walt Disney Company – Los Angeles, CA
                - Led the hybrid cloud programme for 40 teams.
                """);
        var jobs = r.structure().experience();
        assertEquals(1, jobs.size());
        assertEquals("The Walt Disney Company", jobs.get(0).employer());
        assertEquals("2019-03", jobs.get(0).start());
        assertTrue(r.notStatements().contains(jobs.get(0).line()), r.notStatements().toString());
    }

    @Test
    void employerTeamIsNotPartOfItsName() throws Exception {
        var r = read("""
                Experience
                Staff Software Engineer
                Northwind Systems – Platform Reliability
                Mar 2021 - Present
                - Ran the on-call rota for 12 services.
                Peer Tutor
                Multicultural Engineering Program – State Polytechnic University
                Aug 2019 - Jun 2020
                - Tutored 30 students in programming.
                """);
        var jobs = r.structure().experience();
        assertEquals("Northwind Systems", jobs.get(0).employer());
        // a team word before the employer's own word stays: the programme is named as written
        assertEquals("Multicultural Engineering Program – State Polytechnic University", jobs.get(1).employer());
    }

    @Test
    void linkedInEmployerBannerIsSharedByItsRoles() throws Exception {
        var r = read("""
                Experience
                Vox Tecnologia
                9 months
                Tech Lead
                September 2021 - December 2021 (4 months)
                Remote
                Senior PHP Developer
                April 2021 - December 2021 (9 months)
                Remote
                """);
        var jobs = r.structure().experience();
        assertEquals(2, jobs.size());
        assertEquals("Tech Lead", jobs.get(0).title());
        assertEquals("Vox Tecnologia", jobs.get(0).employer());
        assertEquals("Remote", jobs.get(0).location());
        assertEquals("Senior PHP Developer", jobs.get(1).title());
        assertEquals("Vox Tecnologia", jobs.get(1).employer());
    }

    @Test
    void membershipsAndTalksAreNotJobsAndDoNotCountAsYears() throws Exception {
        var r = read("""
                Experience
                Member
                December 2007 - June 2008 (7 months)
                Guest Speaker
                March 2009 - March 2009 (1 month)
                Web Developer at Sedgwick Richardson
                May 2009 - July 2009 (3 months)
                """);
        assertEquals(1, r.structure().experience().size());
        assertEquals(1, r.employment().size());
        assertEquals(List.of("membership", "talk"), r.structure().otherEntries().stream().map(e -> e.kind()).toList());
        assertEquals("Sedgwick Richardson", r.structure().experience().get(0).employer());
    }

    @Test
    void aHistoryWrittenTwiceIsCountedOnceWithAWarning() throws Exception {
        var r = read("""
                Experience
                Project Coordinator, Acme Ltd
                Mar 2015 - Feb 2019
                - Kept the RAID log for twelve projects.

                Work History
                Project Coordinator, Acme Ltd
                Mar 2015 - Feb 2019
                - Kept the RAID log for twelve projects.
                """);
        assertEquals(1, r.structure().experience().size());
        assertEquals(1, r.employment().size());
        assertTrue(r.warnings().get(0).contains("repeats an earlier one"), r.warnings().toString());
    }

    @Test
    void educationAndCertificationsUnderOneHeading() throws Exception {
        var r = read("""
                Education and Certification
                B.S. in Computer Science, Ridgemont State University
                2013 - 2017
                PRINCE2 Practitioner, 2019
                """);
        var edu = r.structure().education();
        assertEquals(1, edu.size());
        assertEquals("B.S. in Computer Science", edu.get(0).qualification());
        assertEquals("Ridgemont State University", edu.get(0).institution());
        assertEquals(2017, edu.get(0).year());
        assertEquals("PRINCE2 Practitioner", r.structure().certifications().get(0).name());
        assertEquals(2019, r.structure().certifications().get(0).year());
    }

    @Test
    void aSingleDateIsAStartWithoutAnEnd() throws Exception {
        var r = read("""
                Work Experience
                DEF Organization
                Software Engineer Intern | Summer 2022
                - Re-architected the content editor to be mobile responsive.
                """);
        var job = r.structure().experience().get(0);
        assertEquals("Software Engineer Intern", job.title());
        assertEquals("DEF Organization", job.employer());
        assertEquals("2022", job.start());
        assertNull(job.end());
        assertFalse(job.current());
    }

    @Test
    void declarationsAreNeverStatements() throws Exception {
        var r = read("""
                Experience
                Analyst, Acme Ltd
                2019 - 2021
                - Built the monthly dashboard.
                Declaration
                I hereby declare that all the above information is true to the best of my knowledge.
                """);
        assertEquals(3, r.notStatements().size(), r.notStatements().toString());
    }

    @Test
    void employerTownTitleAndTitleTeamUnderABanner() throws Exception {
        var r = read("""
                Experience
                Gilmore Financial, New Orleans, LA, Certified Public Accountant
                Jan 2019 - Present
                - Closed the books each month for 40 clients.
                Acme Corporation
                Senior Engineer, Payments Core
                Jul 2016 - Dec 2018
                - Built the card ledger.
                Engineer, Identity Services
                Aug 2014 - Jul 2016
                - Ran the login service.
                """);
        var jobs = r.structure().experience();
        assertEquals("Certified Public Accountant", jobs.get(0).title());
        assertEquals("Gilmore Financial", jobs.get(0).employer());
        assertEquals("New Orleans, LA", jobs.get(0).location());
        assertEquals("Senior Engineer, Payments Core", jobs.get(1).title());
        assertEquals("Acme Corporation", jobs.get(1).employer());
        assertEquals("Engineer, Identity Services", jobs.get(2).title());
        assertEquals("Acme Corporation", jobs.get(2).employer());
    }

    @Test
    void employerLineBelowATitleWithItsSpecialtyAndAStatementWithoutItsBullet() throws Exception {
        var r = read("""
                Work Experience
                Senior Systems Engineer | May 2012 – June 2014
                Acme Studios – Burbank, CA
                Automated incident ticket generation in Service-Now from monitoring alerts.
                Estimated and acquired (500) homes damaged by storm sandy
                Director – IT Operations | November 2010 – May 2012
                Millennium Entertainment – Los Angeles, CA
                Provided leadership for corporate infrastructure technology.
                """);
        var roles = r.structure().experience();
        assertEquals(2, roles.size(), () -> roles.toString());
        assertEquals("Acme Studios", roles.get(0).employer());
        assertEquals("Director – IT Operations", roles.get(1).title());
        assertEquals("Millennium Entertainment", roles.get(1).employer());
        assertEquals("Los Angeles, CA", roles.get(1).location());
    }

    @Test
    void institutionWithoutAnInstitutionWordBesideAQualificationAndAYear() throws Exception {
        var r = read("""
                Education
                Caltech | Sep 2022 – Present
                Ph.D., Applied Mathematics
                Georgia Tech | May 2020
                M.S., Computer Science
                B.S. Computer Science State University, 2013
                THE UNIVERSITY OF WASHINGTON, BE, Computer Engineering | August '99 – May '03, Seattle, WA
                B.S.
                Computer Science
                University of Georgia
                """);
        var edu = r.structure().education();
        assertEquals("Caltech", edu.get(0).institution());
        assertEquals("Ph.D., Applied Mathematics", edu.get(0).qualification());
        assertEquals("Georgia Tech", edu.get(1).institution());
        assertEquals(2020, edu.get(1).year());
        assertEquals("B.S. Computer Science", edu.get(2).qualification());
        assertEquals("State University", edu.get(2).institution());
        assertEquals(2003, edu.get(3).year());
        assertEquals("B.S. Computer Science", edu.get(4).qualification());
        assertEquals("University of Georgia", edu.get(4).institution());
        assertEquals(5, edu.size(), () -> edu.toString());
    }

    @Test
    void institutionInsideTheQualificationAndCertificationsWithoutIssuers() throws Exception {
        var r = read("""
                Education
                PhD Princeton University, Computer Science | Princeton, NJ
                2018 - 2023
                Bachelor of Science : Information Technology University of Phoenix GPA: 3.53

                Certifications
                2022 AWS Certified Security – Specialty, Amazon Web Services (AWS)
                CompTIA Network+ Certified, 2006 A+ Hardware/Software Certified, 2006
                """);
        var edu = r.structure().education();
        assertEquals("PhD, Computer Science", edu.get(0).qualification());
        assertEquals("Princeton University", edu.get(0).institution());
        assertEquals(2023, edu.get(0).year());
        assertEquals("Bachelor of Science : Information Technology", edu.get(1).qualification());
        assertEquals("University of Phoenix", edu.get(1).institution());
        var certs = r.structure().certifications();
        assertEquals(List.of("AWS Certified Security – Specialty", "CompTIA Network+ Certified", "A+ Hardware/Software Certified"),
                certs.stream().map(c -> c.name()).toList());
        assertEquals(2022, certs.get(0).year());
    }

    @Test
    void aZipCodeBeforeThePhoneAndATownAfterAStreet() throws Exception {
        var r = read("""
                John Smith
                2222 McCoy Road Columbus, Ohio 44444 614-555-5555 john@example.com
                """);
        assertEquals("614-555-5555", r.structure().contact().phone());
        assertEquals("Columbus, Ohio", r.structure().contact().location());
    }

    @Test
    void underALinkedInBannerTheLineAfterTheDatesIsThePlaceAndTheNextEmployerOpensItsOwnBlock() throws Exception {
        var r = read("""
                Experience
                Gladstone Institutes
                21 years 3 months
                Core Director
                January 2020 - Present (5 years 6 months)
                Associate Core Director
                January 2013 - January 2020 (7 years 1 month)
                Mission Bay Campus
                Postdoctoral Fellow
                April 2004 - September 2007 (3 years 6 months)
                Cytoscape Consortium
                Vice President
                April 2013 - Present (12 years 3 months)
                """);
        var jobs = r.structure().experience();
        assertEquals(List.of("Gladstone Institutes", "Gladstone Institutes", "Gladstone Institutes", "Cytoscape Consortium"),
                jobs.stream().map(Employment::employer).toList());
        assertEquals("Mission Bay Campus", jobs.get(1).location());
    }

    @Test
    void aWordThatOpensWithAMonthIsNoMonth() throws Exception {
        var r = read("""
                Experience
                Data Analyst Intern | Novartis 2019
                Research Assistant | Summer 2021
                - Coded 300 interviews.
                Marketing Assistant | Sept 2022
                - Ran the spring campaign.
                """);
        var starts = r.structure().experience().stream().map(Employment::start).toList();
        assertEquals(List.of("2021", "2022-09"), starts, "\"Novartis 2019\" is no November: " + r.structure().experience());
    }

    @Test
    void anUndatedRoleTakesTheDatesOfItsStatementsNotOfTheNextRole() throws Exception {
        var r = read("""
                Experience
                Data Analyst Intern | Northwind Labs
                - Built the weekly trial dashboard, Jan 2019 - Jun 2019.
                Project Coordinator | Contoso Ltd
                - Ran the steering group.
                Research Assistant | Summer 2021
                - Coded 300 interviews.
                """);
        var jobs = r.structure().experience();
        assertEquals(List.of("Data Analyst Intern", "Research Assistant"), jobs.stream().map(Employment::title).toList(),
                jobs.toString());
        assertEquals("2019-01", jobs.get(0).start());
        assertEquals("2021", jobs.get(1).start());
        assertNull(jobs.get(1).end());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Jane Cook", "Tom Head", "Adam Driver", "Lee Partner"})
    void aSurnameThatIsAJobTitleWordIsANameWhenTheAddressSpellsIt(String name) throws Exception {
        String handle = name.toLowerCase(java.util.Locale.ROOT).replace(' ', '.');
        var r = read(name + "\nProject Manager\n" + handle + "@example.com | 07700 900123\n\nExperience\n"
                + "PMO Analyst | Acme Ltd | 2019 - 2020\n");
        assertEquals(name, r.name());
    }

    @Test
    void aTitleLineIsNoNameEvenWhenTheAddressHoldsAWordOfIt() throws Exception {
        var r = read("Project Manager\nmanager.jobs@example.com\n\nExperience\nPMO Analyst | Acme Ltd | 2019 - 2020\n");
        assertNull(r.name());
    }

    @Test
    void rolesWrittenAsSentencesFillAFormsRolesOrAreRolesOfTheirOwn() throws Exception {
        var r = read("""
                Experience
                company - Harlow Engineering Pvt Ltd
                description - 1year in Harlow Engineering Pvt Ltd. Planned the assembly line.
                Working in NORTHGATE FITNESS as a design engineer.
                company - Nature Of Work
                description - Generating leads on calls.
                Worked with Brightfield Payments As Sales Manager. (16th Jan 2017 to till 30th Aug 2018)
                """);
        List<Employment> jobs = r.structure().experience();
        assertEquals(3, jobs.size(), jobs.toString());
        assertEquals("Harlow Engineering Pvt Ltd", jobs.get(0).employer());
        assertEquals("NORTHGATE FITNESS", jobs.get(1).employer());
        assertEquals("design engineer", jobs.get(1).title());
        assertTrue(jobs.get(1).current());
        assertEquals("Brightfield Payments", jobs.get(2).employer());
        assertEquals("Sales Manager", jobs.get(2).title());
        assertEquals("2017-01", jobs.get(2).start());
        assertEquals("2018-08", jobs.get(2).end());
        assertTrue(r.notStatements().contains(jobs.get(2).line()), r.notStatements().toString());
    }

    @Test
    void aFormsDescriptionOpensWithTheRolesOwnHeader() throws Exception {
        var r = read("""
                Experience
                company - Quill Systems LLP
                description - Network Security Engineer
                Quill Systems LLP,
                August 2018-Present
                • Reviewed firewall rules.
                company - Data Portal
                description - • At Harbour Infrastructure Bangalore        Sep 2015- Oct 2016
                Software developer
                • Built the customer portal.
                company - Tidewater Ltd
                description - Pune Sept 2017 to Present
                """);
        List<Employment> jobs = r.structure().experience();
        assertEquals(3, jobs.size(), jobs.toString());
        assertEquals("Network Security Engineer", jobs.get(0).title());
        assertEquals("2018-08", jobs.get(0).start());
        assertTrue(jobs.get(0).current());
        assertEquals("Harbour Infrastructure", jobs.get(1).employer());
        assertEquals("Software developer", jobs.get(1).title());
        assertEquals("2015-09", jobs.get(1).start());
        assertEquals("2017-09", jobs.get(2).start());
    }

    @Test
    void anUndatedSentenceBesideDatedRolesIsNoRoleOfItsOwn() throws Exception {
        var r = read("""
                Experience
                Help Desk Support | Crimson Ridge Pte Ltd | Jan 2010 - Dec 2012
                - Worked in Crimson Ridge's call center as a help desk support for its products.
                """);
        assertEquals(1, r.structure().experience().size(), r.structure().experience().toString());
    }

    @Test
    void formEducationLinesWithTheirInstitutionsNamedBeforeOfAndTitleLinesBelow() throws Exception {
        var r = read("""
                TECHNICAL SKILLS • Typing • SPSSEducation Details
                January 2019 B.Tech. Electrical Engineering Norwell Institute of Technology
                January 2008 BSc Food Science & Nutrition Dr. ABC College of Home Science
                    Eastfield University
                Electrical Engineer
                """);
        var education = r.structure().education();
        assertEquals("B.Tech. Electrical Engineering", education.get(0).qualification(), education.toString());
        assertEquals("Norwell Institute of Technology", education.get(0).institution());
        assertEquals("BSc Food Science & Nutrition", education.get(1).qualification());
        assertEquals("Dr. ABC College of Home Science", education.get(1).institution());
        assertTrue(education.stream().noneMatch(e -> "Electrical Engineer".equals(e.qualification())), education.toString());
    }

    @Test
    void aNoteUnderAQualificationIsNoEntry() throws Exception {
        var r = read("""
                Education
                B.A : Modern Languages 1999 Westbrook State University
                Note: Now known as School of Languages and Cultures)
                """);
        assertEquals(1, r.structure().education().size(), r.structure().education().toString());
    }

    @Test
    void aPhoneLabelFromTheVocabularyLetsAShortNumberCount() throws Exception {
        var r = read("""
                Sam Taylor
                tel: 000-00-0000 | sam@example.com
                """);
        assertEquals("000-00-0000", r.structure().contact().phone());
        assertTrue(CvVocabulary.builtIn().endsWithPhoneLabel("Mobile - "));
        assertFalse(CvVocabulary.builtIn().endsWithPhoneLabel("Telephony "));
    }

    @Test
    void aLinkWordBetweenFieldsAndALaterSchoolsYearStayOut() throws Exception {
        var r = read("""
                Education
                January 2014 HSC at Riverside Higher Secondary School
                January 2019 BSc Mathematics Westbrook State University
                January 2015 MAPLE TUTORIAL CENTRE
                """);
        var education = r.structure().education();
        assertEquals("HSC", education.get(0).qualification(), education.toString());
        assertEquals("Riverside Higher Secondary School", education.get(0).institution());
        assertEquals(2019, education.get(1).year());
    }
}

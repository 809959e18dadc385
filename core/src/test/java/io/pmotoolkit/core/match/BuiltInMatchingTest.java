package io.pmotoolkit.core.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pmotoolkit.core.model.SkillsModelLoader;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * The built-in skills model on the phrases real CVs write: the false finds seen on public CVs must stay
 * gone, and the plainly present terms must be found.
 */
class BuiltInMatchingTest {

    private static final KeywordMatcher MATCHER = KeywordMatcher.of(SkillsModelLoader.builtIn());

    private static List<String> terms(String text) {
        return MATCHER.find(text).stream().map(m -> m.keyword().term()).distinct().toList();
    }

    static Stream<Arguments> notFound() {
        return Stream.of(
                // A common word pair is never expanded into a named method (issue 17, on real adverts).
                Arguments.of("Coach the teams in lean and agile thinking", "Lean Six Sigma"),
                Arguments.of("Understanding of lean and agile principles", "Lean Six Sigma"),
                Arguments.of("Experience of scaling agile across more than one team", "SAFe"),
                Arguments.of("Experience of scaling agile across teams", "Team leadership"),
                Arguments.of("Membership of the APM and APM PMQ", "Project management"),
                Arguments.of("Worked for local government", "Project governance"),
                Arguments.of("Government Department", "Project governance"),
                Arguments.of("Member of the Shared Governance council", "Project governance"),
                Arguments.of("Microsoft Office, Problem Solving, Project", "PMO"),
                Arguments.of("Office Suite, Microsoft Project", "PMO"),
                Arguments.of("programming experience and website management", "Programme management"),
                Arguments.of("cash flow projection Prepared Standard Forms", "PMO standards"),
                Arguments.of("Wrote business cases, project plans and reports", "Strategic planning"),
                Arguments.of("Kept document control for the weekly project meeting", "Project controls"),
                Arguments.of("Wrote plans, Accomplishments Created, communicated", "Communication plan"),
                Arguments.of("Volunteer at the Community Action Fund", "Action tracking"),
                Arguments.of("Helped a project manage Community events", "Community of practice"),
                Arguments.of("Prepared reports to inform management", "Information management"),
                Arguments.of("Skills: oral, community outreach", "Communication skills"),
                Arguments.of("Induction, Microsoft Project", "Project onboarding"),
                Arguments.of("Bachelor's in human resource management", "Resource management"),
                Arguments.of("Pain Management Resource team", "Resource management"),
                Arguments.of("Managed the bank's credit portfolio", "Portfolio management"),
                Arguments.of("Wealth Management portfolio reviews", "Portfolio management"),
                Arguments.of("Improved resource utilization across Kubernetes clusters", "Resource utilisation"),
                Arguments.of("Managed the staff schedules for the region", "Team leadership"),
                Arguments.of("Managed relationships with budget holders", "Budget tracking"),
                Arguments.of("Led the delivery of the team's roadmap", "Team leadership"),
                Arguments.of("Worked on conflict resolution algorithms for sync", "Conflict resolution"),
                Arguments.of("Communicate, plan and report on progress", "Communication skills"),
                Arguments.of("Built the presentation layer in React", "Presentation skills"),
                Arguments.of("Configured RAID levels on the SAN", "RAID log"),
                Arguments.of("Introduced Elastic APM for tracing", "APM"),
                // Issue 12, gold/heldout3: a group of people, a product name.
                Arguments.of("Presented findings in a matrix for leadership review", "Leadership skills"),
                Arguments.of("Environment: MS Office SharePoint Designer, SQL Server", "Microsoft Office"),
                Arguments.of("Led the team-building away day budget of the whole site", "Team leadership"),
                // Issue 12, gold/heldout5: a CRM product, decisions other people make, an IT change process, a course title.
                Arguments.of("Salesforce Customer Relationship Management", "Relationship management"),
                Arguments.of("Prepared the figures for effective decision making by the board", "Decision making"),
                Arguments.of("Built reports to support decision making", "Decision making"),
                Arguments.of("Following change management processes for every release", "Organisational change management"),
                Arguments.of("Taught Programming and Problem Solving to first-year students", "Problem solving"),
                // Two coordinated verbs share the object only right after the alias's first word, with one ending.
                Arguments.of("Led workshops and coordinated the team", "Team leadership"),
                Arguments.of("Cleaned and painted the data centre walls", "Data quality"));
    }

    @Test
    void twoOverlappingFormsOfOneTermAreOneMatch() {
        List<KeywordMatch> cost = MATCHER.find("Reduced supplier costs by 12%").stream()
                .filter(m -> m.keyword().term().equals("Cost control")).toList();
        assertEquals(1, cost.size(), cost::toString);
        assertEquals("Reduced supplier costs", cost.get(0).text());
    }

    @ParameterizedTest(name = "{1} is not in: {0}")
    @MethodSource("notFound")
    void wordsThatOnlyLookLikeATermDoNotShowIt(String text, String term) {
        assertFalse(terms(text).contains(term), () -> "matches in: " + text + " -> " + MATCHER.find(text));
    }

    static Stream<Arguments> found() {
        return Stream.of(
                Arguments.of("Experience with Scaled Agile across the portfolio", "SAFe"),
                Arguments.of("Knowledge of lean principles", "Lean Six Sigma"),
                Arguments.of("SQL (Structure Query Language)", "SQL"),
                Arguments.of("Established a PMO from scratch", "PMO set-up"),
                // Issue 12, gold/heldout3: a hyphenated word is one word in a gap; word families; paraphrases.
                Arguments.of("Led a 6-person cross-functional team through a vendor migration", "Team leadership"),
                Arguments.of("Led a 12-engineer platform team", "Team leadership"),
                Arguments.of("Reduced carrier spend through a rate-renegotiation cycle", "Negotiation"),
                Arguments.of("Allocate and track resources as required", "Resource management"),
                Arguments.of("Conduct and maintain appraisals of each employee", "Line management"),
                Arguments.of("Compiled and presented research findings to 20 faculty", "Presentation skills"),
                Arguments.of("Led the development of the first-ever Program Management Office", "PMO set-up"),
                Arguments.of("Set up the first PMO in the directorate", "PMO set-up"),
                Arguments.of("Microsoft Suite (Excel, PowerPoint, Word)", "Microsoft Office"),
                Arguments.of("Google Suite (Docs, Sheets, Slides)", "Google Workspace"),
                Arguments.of("Revenue Forecasting Project", "Financial forecasting"),
                Arguments.of("Risk, issue and change management", "Risk management"),
                Arguments.of("Coached 4 junior project managers", "Coaching skills"),
                Arguments.of("Led a team of analysts", "Team leadership"),
                Arguments.of("Led the PMO team through a restructure", "Team leadership"),
                Arguments.of("finishing 6 weeks early and £310k under budget", "Budget tracking"),
                Arguments.of("Review and report the project's budget", "Budget tracking"),
                Arguments.of("Managed a £2m budget", "Budget tracking"),
                Arguments.of("Produced the quarterly benefits tracker", "Benefits tracking"),
                Arguments.of("Moved 40 projects onto Smartsheet", "PPM software"),
                Arguments.of("Administered ServiceNow SPM for 120 users", "PPM software"),
                Arguments.of("Managed stakeholders across 4 sites", "Stakeholder management"),
                Arguments.of("Excellent communication and interpersonal skills", "Communication skills"),
                Arguments.of("Leadership | Communication | Teamwork", "Communication skills"),
                Arguments.of("Risk, issue and change management", "Risk management"),
                Arguments.of("Negotiated contracts with new vendors", "Negotiation"),
                Arguments.of("Ran risk registers for 12 projects", "Risk register"),
                Arguments.of("Certified ScrumMaster (CSM)", "Scrum"),
                Arguments.of("B.Tech in Electronics, 2012", "Bachelor's degree"),
                Arguments.of("B.Tech in Electronics, 2012", "Engineering degree"),
                Arguments.of("Organised project boards and took minutes", "Minute taking"),
                // Issue 12, gold/heldout5: degrees as people write them, SQL products, paraphrases.
                Arguments.of("B.Sc. Information Technology, 2016", "Information technology degree"),
                Arguments.of("Bachelor of Science INFORMATION TECHNOLOGY", "Information technology degree"),
                Arguments.of("Bachelor of Engineering Information Technology", "Information technology degree"),
                Arguments.of("BSc IT, 2014", "Bachelor's degree"),
                Arguments.of("B. Tech Mechanical, 2011", "Engineering degree"),
                Arguments.of("B. Tech Mechanical, 2011", "Bachelor's degree"),
                Arguments.of("Databases: MySQL, Oracle", "SQL"),
                Arguments.of("Reported on PostgreSQL tables", "SQL"),
                Arguments.of("Appraising team members with the director", "Line management"),
                Arguments.of("Appraised staff against their objectives", "Line management"),
                Arguments.of("Paper presented on supply chains at a national conference", "Presentation skills"),
                Arguments.of("Presented a paper at the annual conference", "Presentation skills"),
                Arguments.of("Comfortable speaking in front of large groups", "Presentation skills"),
                Arguments.of("Cleansing & merging data using Python", "Data quality"),
                Arguments.of("Cleaned the survey data by hand", "Data quality"),
                Arguments.of("Managed and coordinated the support team", "Team leadership"),
                Arguments.of("Leading & motivating a team of six", "Team leadership"),
                // A cost changed by a figure, also as the second object of one verb.
                Arguments.of("Cut p99 latency by 42% and hosting cost by 28%", "Cost control"));
    }

    @ParameterizedTest(name = "{1} is in: {0}")
    @MethodSource("found")
    void termsShownInOtherWordsAreFound(String text, String term) {
        assertTrue(terms(text).contains(term), () -> "matches in: " + text + " -> " + MATCHER.find(text));
    }

    @Test
    void anImpliedTermPointsAtTheToolThatShowsIt() {
        KeywordMatch m = MATCHER.find("Planview administrator").stream()
                .filter(x -> x.keyword().term().equals("PPM software")).findFirst().orElseThrow();
        assertEquals("Planview", m.text());
        assertEquals("Planview", m.via().term());
    }

    @Test
    void anAcronymTheCvDefinesAsSomethingElseLosesItsTerm() {
        Map<io.pmotoolkit.core.model.Keyword, Set<String>> lost = AcronymDefinitions.redefined(MATCHER,
                List.of("Clerk, Provost Marshall Office (PMO), 2010 to 2014", "Filed PMO records"));
        assertEquals(Set.of("PMO"), lost.values().stream().findFirst().orElseThrow());
        KeywordMatch pmo = MATCHER.find("Filed PMO records").get(0);
        assertTrue(AcronymDefinitions.isRedefined(lost, pmo));
        assertTrue(AcronymDefinitions.redefined(MATCHER, List.of("Led the Project Management Office (PMO)")).isEmpty());
        assertTrue(AcronymDefinitions.redefined(MATCHER, List.of("Management of Portfolios (MoP) Foundation")).isEmpty());
    }
}

package io.pmotoolkit.resume.lines;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Only a line's verb and its object choose a topic slot ({@code objectEnds}): a topic word in a phrase after the
 * object, or in a later item of a list, leaves the general slot. Made-up lines.
 */
class TopicObjectTest {

    @Test
    void topicWordInTheObjectChooses() {
        assertEquals("meetings", Topic.of("Chaired weekly meetings with the vendors").id());
        assertEquals("budget", Topic.of("Managed the budget for the new office").id());
        assertEquals("testing", Topic.of("Wrote test cases").id());
    }

    @Test
    void topicWordAfterAPrepositionLeavesTheGeneralSlot() {
        assertEquals("general", Topic.of("Wrote documentation for the approval workflow").id());
        assertEquals("general", Topic.of("Built a web page of sales figures").id());
        assertEquals("general", Topic.of("Worked with the team to fix bugs").id());
    }

    @Test
    void theWordStraightAfterTheVerbDoesNotEndTheObject() {
        assertEquals("budget", Topic.of("Responsible for the budget").id());
        assertEquals("events", Topic.of("Worked on events for the club").id());
    }

    @Test
    void aLaterListItemLeavesTheGeneralSlot() {
        assertEquals("general", Topic.of("Checked server space, disk use, weekly reports").id());
        assertEquals("reporting", Topic.of("Built weekly reports, charts and slides").id());
    }
}

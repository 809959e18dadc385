package io.pmotoolkit.cli.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class WrapTest {

    private static final String PATH = "/home/someone/Documents/job-search/2026/applications/cv-final-v3.pdf";

    @Test
    void aPathLongerThanTheWidthStaysWholeOnALineOfItsOwn() {
        assertEquals("  -\n    " + PATH + ":\n    skipped, not a CV\n",
                Wrap.hanging("  - ", PATH + ": skipped, not a CV", 60));
        assertEquals(List.of("see", PATH, "for the file"), Wrap.lines("see " + PATH + " for the file", 40));
    }

    @Test
    void wordsWrapAtSpacesAndWhiteSpaceCollapses() {
        assertEquals(List.of("one two", "three four", "five"), Wrap.lines("  one \t two\nthree   four five ", 10));
        assertEquals(List.of(), Wrap.lines(" \n ", 10));
        assertEquals("Label     one two three four\n          five six seven\n",
                Wrap.hanging("Label     ", "one two three four five six seven", 30));
        assertEquals("Label\n", Wrap.hanging("Label     ", "  ", 30));
    }

    @Test
    void aNarrowWidthPutsTheLabelOnItsOwnLine() {
        assertEquals("  Required by the advert, MISSING\n    one two three\n",
                Wrap.hanging("  Required by the advert, MISSING  ", "one two three", 40));
    }

    @Test
    void controlCharactersAreShownNotPrinted() {
        assertEquals(List.of("a\\u001b[2Jb"), Wrap.lines("a\u001b[2Jb", 40));
    }
}

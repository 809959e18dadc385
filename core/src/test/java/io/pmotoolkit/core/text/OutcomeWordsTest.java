package io.pmotoolkit.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** outcome-words.yaml: the lists its four users name are there, and every entry is a regex that compiles. */
class OutcomeWordsTest {

    @Test
    void theListsTheUsersNameAreThereAndCompile() {
        assertEquals(List.of("cvLine", "cvLineOpeners", "cvLineThatVerbs", "cvLineStates", "answerVerbs",
                "answerStates", "answerOutcome"), OutcomeWords.lists());
        for (String list : OutcomeWords.lists()) {
            for (String entry : OutcomeWords.entries(list)) {
                Pattern.compile(entry);
            }
            Pattern.compile("(?i)\\b(?:" + OutcomeWords.alternation(list) + ")\\b");
        }
    }

    @Test
    void anEntryWithATrailingSpaceKeepsIt() {
        assertTrue(OutcomeWords.entries("answerOutcome").contains("from .{1,30} to "));
    }

    @Test
    void anUnknownListIsNamed() {
        var e = assertThrows(IllegalArgumentException.class, () -> OutcomeWords.alternation("outcome"));
        assertTrue(e.getMessage().contains("no list 'outcome'") && e.getMessage().contains("cvLine"), e.getMessage());
    }
}

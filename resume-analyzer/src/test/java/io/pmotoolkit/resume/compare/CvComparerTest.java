package io.pmotoolkit.resume.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pmotoolkit.core.result.CvAnalysis.LineResult;
import io.pmotoolkit.core.result.LineKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class CvComparerTest {

    private static LineResult line(int n, String text, LineKind kind) {
        return new LineResult(text, "experience", n, kind, false, List.of(), null, null);
    }

    @Test
    void aRewrittenLineIsPairedWithItsOldSelfByItsWordsNotItsNumber() {
        List<LineResult> before = List.of(
                line(10, "Responsible for the project RAID log and the risk register.", LineKind.RESPONSIBILITY),
                line(11, "Coordinated supplier meetings.", LineKind.RESPONSIBILITY));
        List<LineResult> after = List.of(
                line(9, "Added a new line about something else entirely.", LineKind.RESPONSIBILITY),
                line(12, "Ran the project RAID log and the risk register, closing 42 of 50 risks.", LineKind.ACHIEVEMENT),
                line(13, "Coordinated supplier meetings.", LineKind.RESPONSIBILITY));
        List<CvComparer.LinePair> pairs = CvComparer.pairLines(before, after);
        assertEquals(2, pairs.size());
        assertEquals(10, pairs.get(0).before().line());
        assertEquals(12, pairs.get(0).after().line());
        assertEquals(13, pairs.get(1).after().line());
    }

    @Test
    void linesWithLittleInCommonAreNotPaired() {
        assertTrue(CvComparer.dicePercent(CvComparer.words("Managed the budget"),
                CvComparer.words("Chaired the board")) < CvComparer.SAME_LINE_PERCENT);
        assertTrue(CvComparer.pairLines(List.of(line(1, "Managed the budget", LineKind.RESPONSIBILITY)),
                List.of(line(1, "Chaired the board", LineKind.RESPONSIBILITY))).isEmpty());
    }

    @Test
    void aLineRepeatedManyTimesIsPairedOnceEachWithoutBlowingUp() {
        List<LineResult> same = java.util.stream.IntStream.range(0, 2_000)
                .mapToObj(i -> line(i + 1, "Took minutes at the weekly meeting.", LineKind.RESPONSIBILITY)).toList();
        List<CvComparer.LinePair> pairs = CvComparer.pairLines(same, same);
        assertEquals(2_000, pairs.size());
        assertTrue(pairs.stream().allMatch(p -> p.before().line() == p.after().line()));
    }

    @Test
    void wordsAreCaseFoldedAndShortOnesIgnored() {
        assertEquals(java.util.Set.of("ran", "raid", "log"), CvComparer.words("Ran a RAID log, to be"));
        assertEquals(0, CvComparer.dicePercent(java.util.Set.of(), java.util.Set.of("x")));
        assertThrows(NullPointerException.class, () -> CvComparer.words(null));
    }
}

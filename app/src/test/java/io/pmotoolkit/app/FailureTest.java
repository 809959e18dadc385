package io.pmotoolkit.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pmotoolkit.core.budget.BudgetExceededException;
import io.pmotoolkit.core.model.SkillsModelException;
import io.pmotoolkit.resume.read.CvReadException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FailureTest {

    static Stream<Arguments> failures() {
        return Stream.of(
                Arguments.of(AppException.usage("--count must be from 3 to 30, not 0"), ExitCode.USAGE),
                Arguments.of(new CvReadException(CvReadException.Reason.NOT_FOUND, "cv.pdf", "cv.pdf does not exist"),
                        ExitCode.BAD_INPUT),
                Arguments.of(new BudgetExceededException("time", "took longer than 15 s"), ExitCode.BAD_INPUT),
                Arguments.of(new InputLimitException("standard input is larger than the limit"), ExitCode.BAD_INPUT),
                Arguments.of(new OutOfMemoryError("Java heap space"), ExitCode.BAD_INPUT),
                Arguments.of(new StackOverflowError(), ExitCode.BAD_INPUT),
                Arguments.of(new SkillsModelException("acme.yaml line 4: unknown competency"), ExitCode.BAD_SKILLS_FILE),
                Arguments.of(AppException.output("gap.pdf already exists", null), ExitCode.OUTPUT),
                Arguments.of(new IllegalStateException("bug"), ExitCode.INTERNAL));
    }

    @ParameterizedTest
    @MethodSource("failures")
    void eachFailureHasItsExitCodeAndOneLine(Throwable e, ExitCode expected) {
        Failure f = Failure.of(e);
        assertEquals(expected, f.exitCode(), f::toString);
        assertFalse(f.message().isBlank());
        assertFalse(f.message().contains("\n"), f.message());
    }

    @Test
    void runningOutOfMemorySaysWhatToDo() {
        String m = Failure.of(new OutOfMemoryError("Java heap space")).message();
        assertTrue(m.startsWith("ran out of memory (") && m.contains("-Xmx"), m);
    }

    @Test
    void theCodesAreDistinctAndDescribed() {
        assertEquals(ExitCode.values().length, new HashSet<>(Arrays.stream(ExitCode.values()).map(ExitCode::code)
                .toList()).size());
        assertEquals(ExitCode.values().length, ExitCode.descriptions().size());
        assertEquals("Success.", ExitCode.descriptions().get("0"));
    }
}

package io.pmotoolkit.core.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class WorkBudgetMemoryTest {

    @AfterEach
    void clear() {
        System.clearProperty(WorkBudget.MEMORY_PROPERTY);
    }

    private static void assumeCounter() {
        Assumptions.assumeTrue(ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean mx
                && mx.isThreadAllocatedMemorySupported(), "no per-thread allocation counter in this JVM");
    }

    private static long allocateAndCheck(long megabytes) {
        long sum = 0;
        for (long i = 0; i < megabytes * 16; i++) {
            byte[] b = new byte[64 * 1024];
            sum += b.length;
            WorkBudget.check();
        }
        return sum;
    }

    @Test
    void workThatAllocatesPastTheBudgetIsStoppedNamingTheLimit() {
        assumeCounter();
        System.setProperty(WorkBudget.MEMORY_PROPERTY, "8");
        try (WorkBudget.Scope scope = WorkBudget.start(Duration.ofMinutes(1), "--timeout")) {
            BudgetExceededException e = assertThrows(BudgetExceededException.class, () -> allocateAndCheck(1024));
            assertEquals("memory", e.limit());
            assertTrue(e.getMessage().startsWith("needed more than 8 MB of memory and was stopped"), e.getMessage());
            assertTrue(e.getMessage().contains("-Dpmo.budget.megabytes="), e.getMessage());
        }
    }

    @Test
    void theBudgetCountsFromTheScopesStartAndZeroTurnsItOff() {
        assumeCounter();
        System.setProperty(WorkBudget.MEMORY_PROPERTY, "32");
        allocateAndCheck(64);  // before any scope: not counted
        try (WorkBudget.Scope scope = WorkBudget.start(Duration.ofMinutes(1), "--timeout")) {
            allocateAndCheck(8);
        }
        System.setProperty(WorkBudget.MEMORY_PROPERTY, "0");
        try (WorkBudget.Scope scope = WorkBudget.start(Duration.ofMinutes(1), "--timeout")) {
            allocateAndCheck(256);
        }
    }

    @Test
    void anInnerScopeKeepsTheOuterMemoryBudget() {
        assumeCounter();
        System.setProperty(WorkBudget.MEMORY_PROPERTY, "8");
        try (WorkBudget.Scope outer = WorkBudget.start(Duration.ofMinutes(1), "--timeout")) {
            System.setProperty(WorkBudget.MEMORY_PROPERTY, "0");
            try (WorkBudget.Scope inner = WorkBudget.start(Duration.ofMinutes(1), "--timeout")) {
                assertEquals("memory", assertThrows(BudgetExceededException.class, () -> allocateAndCheck(1024)).limit());
            }
        }
    }
}

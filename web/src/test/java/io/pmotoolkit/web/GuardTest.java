package io.pmotoolkit.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.javalin.http.HttpStatus;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The bound on concurrent analyses: a full queue or a long wait is 503, and a permit is always given back. */
class GuardTest {

    @Test
    void aRequestBeyondTheRunningAndQueuedOnesIsTurnedAwayWith503() throws Exception {
        Guard guard = new Guard("127.0.0.1", new Limits(1, 1000, 1, 0, 50, 1, 2));
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread first = new Thread(() -> {
            try {
                guard.bounded(null, ctx -> {
                    running.countDown();
                    release.await(5, TimeUnit.SECONDS);
                });
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        first.start();
        running.await(5, TimeUnit.SECONDS);
        Guard.Refused busy = assertThrows(Guard.Refused.class, () -> guard.bounded(null, ctx -> {
        }));
        assertEquals(HttpStatus.SERVICE_UNAVAILABLE, busy.status());
        release.countDown();
        first.join(5000);
        int[] ran = new int[1];
        guard.bounded(null, ctx -> ran[0]++);
        assertEquals(1, ran[0], "the permit came back");
    }

    @Test
    void aQueuedRequestThatWaitsTooLongIsTurnedAwayWith503() throws Exception {
        Guard guard = new Guard("127.0.0.1", new Limits(1, 1000, 1, 1, 50, 1, 2));
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread first = new Thread(() -> {
            try {
                guard.bounded(null, ctx -> {
                    running.countDown();
                    release.await(5, TimeUnit.SECONDS);
                });
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        first.start();
        running.await(5, TimeUnit.SECONDS);
        long start = System.nanoTime();
        Guard.Refused busy = assertThrows(Guard.Refused.class, () -> guard.bounded(null, ctx -> {
        }));
        assertEquals(HttpStatus.SERVICE_UNAVAILABLE, busy.status());
        assertEquals(true, System.nanoTime() - start >= TimeUnit.MILLISECONDS.toNanos(40), "it waited");
        release.countDown();
        first.join(5000);
    }

    @Test
    void aFailingRequestGivesItsPermitBack() throws Exception {
        Guard guard = new Guard("127.0.0.1", new Limits(1, 1000, 1, 0, 50, 1, 2));
        assertThrows(IllegalStateException.class, () -> guard.bounded(null, ctx -> {
            throw new IllegalStateException("boom");
        }));
        int[] ran = new int[1];
        guard.bounded(null, ctx -> ran[0]++);
        assertEquals(1, ran[0]);
    }

    @Test
    void oneClientRunsItsShareOfTheCoresAndIsTurnedAwayWith429Beyond() throws Exception {
        Guard guard = new Guard("127.0.0.1", new Limits(1, 1000, 2, 8, 2000, 1, 2));
        CountDownLatch firstRuns = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        java.util.concurrent.atomic.AtomicInteger ranTogether = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger runningNow = new java.util.concurrent.atomic.AtomicInteger();
        Guard.Work hold = ctx -> {
            int n = runningNow.incrementAndGet();
            ranTogether.accumulateAndGet(n, Math::max);
            firstRuns.countDown();
            release.await(5, TimeUnit.SECONDS);
            runningNow.decrementAndGet();
        };
        Thread first = run(guard, "a", hold);
        firstRuns.await(5, TimeUnit.SECONDS);
        Thread second = run(guard, "a", hold);   // waits for a's own turn, not for a core
        for (int i = 0; i < 500 && guard.inFlight("a") < 2; i++) {
            Thread.sleep(10);
        }
        Guard.Refused tooMany = assertThrows(Guard.Refused.class, () -> guard.bounded("a", null, ctx -> {
        }));
        assertEquals(HttpStatus.TOO_MANY_REQUESTS, tooMany.status());
        assertEquals(1, runningNow.get(), "a runs one analysis at a time");
        int[] ran = new int[1];
        guard.bounded("b", null, ctx -> ran[0]++);   // the other core is free for b at once
        assertEquals(1, ran[0]);
        release.countDown();
        first.join(5000);
        second.join(5000);
        assertEquals(1, ranTogether.get(), "a's two analyses ran one after the other");
        assertEquals(0, guard.inFlight("a"), "the shares are forgotten with their last request");
        assertEquals(0, guard.clients(), "the shares are forgotten with their last request");
    }

    private static Thread run(Guard guard, String client, Guard.Work work) {
        Thread t = new Thread(() -> {
            try {
                guard.bounded(client, null, work);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        t.start();
        return t;
    }
}

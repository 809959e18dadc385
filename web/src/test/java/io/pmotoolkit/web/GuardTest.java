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
        Guard guard = new Guard("127.0.0.1", new Limits(1, 1000, 1, 0, 50));
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
        Guard guard = new Guard("127.0.0.1", new Limits(1, 1000, 1, 1, 50));
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
        Guard guard = new Guard("127.0.0.1", new Limits(1, 1000, 1, 0, 50));
        assertThrows(IllegalStateException.class, () -> guard.bounded(null, ctx -> {
            throw new IllegalStateException("boom");
        }));
        int[] ran = new int[1];
        guard.bounded(null, ctx -> ran[0]++);
        assertEquals(1, ran[0]);
    }
}

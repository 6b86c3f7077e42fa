package jp.clustereval.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The busy indicator of the one worker: shown for work that keeps the user waiting 200 ms, never
 * for work that ends sooner (no flicker). Time is driven by hand ({@link HandDelay}: "200 ms have
 * passed" is a call), and the slow work waits on a latch the test opens, so nothing races a sleep.
 */
class BusyIndicatorTest {

    private final List<Throwable> reported = new CopyOnWriteArrayList<>();
    private final HandDelay delay = new HandDelay();
    private final BackgroundTasks tasks = new BackgroundTasks(Runnable::run, Runnable::run, reported::add, delay);
    private final List<Boolean> changes = new CopyOnWriteArrayList<>();

    BusyIndicatorTest() {
        tasks.busyIndicator().shownProperty().addListener((obs, was, now) -> changes.add(now));
    }

    @AfterEach
    void close() {
        tasks.close();
    }

    @Test
    void slowWorkShowsTheIndicatorAfterTheDelayAndHidesItWhenDone() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        tasks.run(() -> release.await(10, TimeUnit.SECONDS), done -> { });

        assertFalse(tasks.busyIndicator().isShown(), "not before the delay");
        assertEquals(1, delay.pending(), "one timer for the stretch of work");
        delay.elapse(); // 200 ms have passed; the work still waits for its latch
        assertTrue(tasks.busyIndicator().isShown(), "shown while the user waits");

        release.countDown();
        await(() -> !tasks.isBusy());
        assertFalse(tasks.busyIndicator().isShown(), "hidden once the result is delivered");
        assertEquals(List.of(true, false), changes);
        assertTrue(reported.isEmpty(), reported::toString);
    }

    @Test
    void fastWorkNeverShowsTheIndicator() throws Exception {
        tasks.run(() -> 42, answer -> { });
        await(() -> !tasks.isBusy());
        delay.elapse(); // the timer of that work fires after it ended

        assertFalse(tasks.busyIndicator().isShown());
        assertEquals(List.of(), changes, "no flicker");
    }

    @Test
    void failedSlowWorkHidesTheIndicatorToo() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        tasks.run(() -> {
            release.await(10, TimeUnit.SECONDS);
            throw new IllegalStateException("disk gone");
        }, done -> { });
        delay.elapse();
        assertTrue(tasks.busyIndicator().isShown());

        release.countDown();
        await(() -> !tasks.isBusy());
        assertFalse(tasks.busyIndicator().isShown());
        assertEquals(1, reported.size(), "the failure still reaches the user");
    }

    @Test
    void theTimerOfAnEarlierStretchDoesNotShowALaterOneEarly() throws Exception {
        tasks.run(() -> 1, answer -> { });
        await(() -> !tasks.isBusy());
        CountDownLatch release = new CountDownLatch(1);
        tasks.run(() -> release.await(10, TimeUnit.SECONDS), done -> { });
        assertEquals(2, delay.pending());

        delay.elapseFirst(); // 200 ms after the quick work, but not yet after the slow one began
        assertFalse(tasks.busyIndicator().isShown());
        delay.elapseFirst();
        assertTrue(tasks.busyIndicator().isShown());
        release.countDown();
        await(() -> !tasks.isBusy());
        assertFalse(tasks.busyIndicator().isShown());
    }

    @Test
    void workQueuedBehindSlowWorkKeepsItShownUntilAllIsDone() throws Exception {
        CountDownLatch first = new CountDownLatch(1);
        CountDownLatch second = new CountDownLatch(1);
        CountDownLatch firstDelivered = new CountDownLatch(1);
        tasks.run(() -> first.await(10, TimeUnit.SECONDS), done -> firstDelivered.countDown());
        tasks.run(() -> second.await(10, TimeUnit.SECONDS), done -> { });
        assertEquals(1, delay.pending(), "one stretch, one timer");
        delay.elapse();
        first.countDown();
        assertTrue(firstDelivered.await(10, TimeUnit.SECONDS));
        assertTrue(tasks.busyIndicator().isShown(), "the second still keeps the user waiting");
        second.countDown();
        await(() -> !tasks.isBusy());
        assertFalse(tasks.busyIndicator().isShown());
        assertEquals(List.of(true, false), changes, "no flicker between the two");
    }

    @Test
    void theRealTimerShowsItNotBeforeTwoHundredMilliseconds() throws Exception {
        try (BackgroundTasks real = new BackgroundTasks(Runnable::run, reported::add)) {
            CountDownLatch release = new CountDownLatch(1);
            long start = System.nanoTime();
            real.run(() -> release.await(10, TimeUnit.SECONDS), done -> { });
            await(() -> real.busyIndicator().isShown());
            long waited = (System.nanoTime() - start) / 1_000_000;
            assertTrue(waited >= BusyIndicator.DELAY.toMillis(), "shown after " + waited + " ms");
            release.countDown();
            await(() -> !real.isBusy());
            assertFalse(real.busyIndicator().isShown());
        }
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out");
            }
            Thread.sleep(5);
        }
    }

    /** Time by hand: a timer set by the indicator fires when the test says its delay has passed. */
    private static final class HandDelay implements BusyIndicator.Delay {
        private final List<Runnable> due = new ArrayList<>();

        @Override
        public synchronized void after(Duration d, Runnable action) {
            assertEquals(BusyIndicator.DELAY, d);
            due.add(action);
        }

        synchronized int pending() {
            return due.size();
        }

        void elapse() {
            List<Runnable> now;
            synchronized (this) {
                now = List.copyOf(due);
                due.clear();
            }
            now.forEach(Runnable::run);
        }

        void elapseFirst() {
            Runnable first;
            synchronized (this) {
                first = due.remove(0);
            }
            first.run();
        }
    }
}

package jp.clustereval.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** Only the latest value reaches the UI thread, one delivery queued at a time, in order. */
class CoalescerTest {

    /** A UI thread that runs what was queued only when told to. */
    private static final class ManualUi implements Executor {
        final Queue<Runnable> queued = new ArrayDeque<>();

        @Override
        public synchronized void execute(Runnable r) {
            queued.add(r);
        }

        synchronized void runAll() {
            Runnable r;
            while ((r = queued.poll()) != null) {
                r.run();
            }
        }
    }

    @Test
    void aThousandPostsBeforeTheUiRunsAreOneDeliveryOfTheLast() {
        ManualUi ui = new ManualUi();
        List<Integer> seen = new ArrayList<>();
        Coalescer<Integer> c = new Coalescer<>(ui, seen::add);
        for (int i = 1; i <= 1000; i++) {
            c.post(i);
        }
        assertEquals(1, ui.queued.size(), "one runnable queued, not a thousand");
        ui.runAll();
        assertEquals(List.of(1000), seen);
    }

    @Test
    void postsAfterADeliveryQueueTheNextOne() {
        ManualUi ui = new ManualUi();
        List<String> seen = new ArrayList<>();
        Coalescer<String> c = new Coalescer<>(ui, seen::add);
        c.post("a");
        ui.runAll();
        c.post("b");
        c.post("c");
        ui.runAll();
        ui.runAll();
        assertEquals(List.of("a", "c"), seen);
    }

    @Test
    void aDeliveryQueuedBeforeTheResultRunsBeforeIt() {
        ManualUi ui = new ManualUi();
        List<String> seen = new ArrayList<>();
        Coalescer<String> progress = new Coalescer<>(ui, seen::add);
        progress.post("file 1");
        progress.post("file 2");
        ui.execute(() -> seen.add("result")); // what BackgroundTasks queues when the work returns
        ui.runAll();
        assertEquals(List.of("file 2", "result"), seen);
    }

    @Test
    void postsFromAnotherThreadArriveInOrderAndEndWithTheLast() throws Exception {
        ManualUi ui = new ManualUi();
        List<Integer> seen = new ArrayList<>();
        Coalescer<Integer> c = new Coalescer<>(ui, seen::add);
        CountDownLatch done = new CountDownLatch(1);
        Thread worker = new Thread(() -> {
            for (int i = 1; i <= 100_000; i++) {
                c.post(i);
            }
            done.countDown();
        });
        worker.start();
        while (done.getCount() > 0) {
            ui.runAll();
        }
        assertEquals(true, done.await(1, TimeUnit.SECONDS));
        ui.runAll();
        assertEquals(100_000, seen.get(seen.size() - 1));
        for (int i = 1; i < seen.size(); i++) {
            assertEquals(true, seen.get(i) > seen.get(i - 1), "in posting order");
        }
    }
}

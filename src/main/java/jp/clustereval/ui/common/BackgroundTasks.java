package jp.clustereval.ui.common;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The one worker thread that does all database and file work, in the order it was asked for
 * (SQLite writes must not overtake each other). Results come back on the UI executor (the FX
 * thread in the application, the calling thread in view-model tests); every failure reaches the
 * {@link ErrorReporter}, optionally after a task's own failure handler has updated its state.
 */
public final class BackgroundTasks implements AutoCloseable {

    private final ScheduledThreadPoolExecutor worker;
    private final Executor ui;
    private final Executor frames;
    private final ErrorReporter reporter;
    private final AtomicInteger running = new AtomicInteger();
    private final BusyIndicator indicator;

    public BackgroundTasks(Executor ui, ErrorReporter reporter) {
        this(ui, ui, reporter);
    }

    public BackgroundTasks(Executor ui, Executor frames, ErrorReporter reporter) {
        this(ui, frames, reporter, BusyIndicator.Delay.timer());
    }

    /**
     * @param frames runs a UI update at the next frame (the next pulse in the application; at once,
     *               on the calling thread, in view-model tests), see {@link #nextFrame}
     */
    /** @param busyDelay how the {@linkplain #busyIndicator() busy indicator} waits before it shows */
    public BackgroundTasks(Executor ui, Executor frames, ErrorReporter reporter, BusyIndicator.Delay busyDelay) {
        this.ui = Objects.requireNonNull(ui, "ui");
        this.indicator = new BusyIndicator(ui, busyDelay);
        this.frames = Objects.requireNonNull(frames, "frames");
        this.reporter = Objects.requireNonNull(reporter, "reporter");
        this.worker = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "cluster-eval-worker");
            t.setDaemon(true);
            return t;
        });
        worker.setRemoveOnCancelPolicy(true);
        worker.setExecuteExistingDelayedTasksAfterShutdownPolicy(true);
    }

    /** Runs work on the worker; the result goes to onSuccess on the UI thread, a failure to the reporter. */
    public <T> void run(Callable<T> work, Consumer<? super T> onSuccess) {
        run(work, onSuccess, failure -> { });
    }

    /**
     * Like {@link #run(Callable, Consumer)}; on failure, onFailure runs first (to restore state),
     * then the failure is reported. Nothing is swallowed.
     */
    public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        running.incrementAndGet();
        ui.execute(indicator::begin); // before the task's own delivery, which ends it
        worker.execute(task(work, onSuccess, onFailure));
    }

    /** Runs work on the worker after a delay; cancel the returned future to drop it. */
    public <T> ScheduledFuture<?> schedule(Duration delay, Callable<T> work, Consumer<? super T> onSuccess,
                                           Consumer<Throwable> onFailure) {
        return worker.schedule(() -> {
            running.incrementAndGet();
            ui.execute(indicator::begin); // waiting for its delay is no wait of the user's
            task(work, onSuccess, onFailure).run();
        }, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    private <T> Runnable task(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        return () -> {
            try {
                T result = work.call();
                ui.execute(() -> {
                    try {
                        onSuccess.accept(result);
                    } catch (RuntimeException e) {
                        reporter.report(e);
                    } finally {
                        indicator.end(); // first: not busy means the indicator knows
                        running.decrementAndGet();
                    }
                });
            } catch (Exception | Error e) {
                Throwable failure = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
                ui.execute(() -> {
                    try {
                        onFailure.accept(failure);
                    } finally {
                        indicator.end(); // first: not busy means the indicator knows
                        running.decrementAndGet();
                        reporter.report(failure);
                    }
                });
            }
        };
    }

    /** Runs a small UI update on the UI thread (e.g. progress reported from inside running work). */
    public void deliver(Runnable update) {
        ui.execute(update);
    }

    /**
     * Runs a UI update at the next frame (called on the UI thread): a large update split in slices,
     * each laid out and drawn in its own pulse. Counts as busy until it has run; a failure is reported.
     */
    public void nextFrame(Runnable update) {
        running.incrementAndGet();
        indicator.begin();
        frames.execute(() -> {
            try {
                update.run();
            } catch (RuntimeException e) {
                reporter.report(e);
            } finally {
                indicator.end();
                running.decrementAndGet();
            }
        });
    }

    /**
     * A channel for frequent updates from inside running work (progress): only the latest value
     * not yet delivered reaches sink on the UI thread, see {@link Coalescer}.
     */
    public <T> Coalescer<T> coalescing(Consumer<? super T> sink) {
        return new Coalescer<>(ui, sink);
    }

    /**
     * Shown once work of this worker (queued, running, or its result not yet delivered; a delayed
     * save from when it starts) has kept the user waiting {@link BusyIndicator#DELAY} without a
     * break; every window shows it.
     */
    public BusyIndicator busyIndicator() {
        return indicator;
    }

    /** True while work is queued (delayed saves included), running, or its result is not delivered yet. */
    public boolean isBusy() {
        return running.get() > 0 || worker.getActiveCount() > 0 || !worker.getQueue().isEmpty();
    }

    /**
     * Waits until everything submitted so far has run on the worker (not for delivery on the UI
     * thread). Used at shutdown and by tests.
     */
    public boolean awaitWorker(Duration timeout) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        worker.execute(done::countDown);
        return done.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Runs what is queued (including waiting delayed saves), then stops the worker. */
    public boolean shutdown(Duration timeout) throws InterruptedException {
        worker.shutdown();
        return worker.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        try {
            shutdown(Duration.ofSeconds(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package jp.clustereval.ui.backup;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import jp.clustereval.service.BackupService;
import jp.clustereval.ui.common.BackgroundTasks;
import jp.clustereval.ui.common.Session;

/**
 * The daily backup while a database is open: {@link BackupService#scheduleDaily} on a timer
 * thread whose executor hands each check to the one worker (so a backup never runs beside a
 * write on the same connection). Cancelled when the database is closed.
 */
public final class DailyBackups implements AutoCloseable {

    private final ScheduledExecutorService timer;
    private ScheduledFuture<?> scheduled;

    public DailyBackups(BackgroundTasks tasks) {
        this.timer = new WorkerHandoff(tasks);
    }

    /** A timer whose periodic commands run on the worker, not on the timer thread. */
    private static final class WorkerHandoff extends ScheduledThreadPoolExecutor {
        private final BackgroundTasks tasks;

        WorkerHandoff(BackgroundTasks tasks) {
            super(1, r -> {
                Thread t = new Thread(r, "cluster-eval-daily-backup");
                t.setDaemon(true);
                return t;
            });
            this.tasks = tasks;
            setRemoveOnCancelPolicy(true);
        }

        @Override
        public ScheduledFuture<?> scheduleWithFixedDelay(Runnable command, long initialDelay, long delay, TimeUnit unit) {
            return super.scheduleWithFixedDelay(() -> tasks.run(() -> {
                command.run();
                return Boolean.TRUE;
            }, done -> { }), initialDelay, delay, unit);
        }
    }

    /** The session now open (null: none): its daily backup replaces the previous one's. */
    public void switchTo(Session session) {
        if (scheduled != null) {
            scheduled.cancel(false);
            scheduled = null;
        }
        if (session != null && !session.readOnly()) {
            scheduled = session.services().backups().scheduleDaily(timer);
        }
    }

    @Override
    public void close() {
        switchTo(null);
        timer.shutdownNow();
    }
}

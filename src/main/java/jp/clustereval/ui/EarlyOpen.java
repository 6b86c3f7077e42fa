package jp.clustereval.ui;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jp.clustereval.ui.common.Session;

/**
 * Opens the start-up database (lock, header check, migrations if any, services, round) on its own
 * thread while the JavaFX toolkit starts: the two take about the same time and use different
 * cores, so the main window can be the first window shown instead of a "loading" page. The shell
 * takes the result once, for the same file, on its worker; nothing here touches the UI, and a
 * failure is handed over as it is (the shell reports it exactly as when it opens the file itself).
 */
final class EarlyOpen {

    private static Path file;
    private static CompletableFuture<OpenAttempt> attempt;

    private EarlyOpen() {
    }

    /**
     * Starts opening the file for writing, unless it is already being opened; its backups keep
     * the newest {@code backupsKept} (the user's setting).
     */
    static synchronized void start(Path database, int backupsKept) {
        if (attempt != null) {
            return;
        }
        file = key(database);
        CompletableFuture<OpenAttempt> f = new CompletableFuture<>();
        attempt = f;
        Thread t = new Thread(() -> {
            f.complete(OpenAttempt.of(database, false, backupsKept));
            jp.clustereval.ui.common.StartupSteps.reached("db-open");
        }, "cluster-eval-early-open");
        t.setDaemon(true);
        t.start();
    }

    /** True when the file was opened early and successfully within the wait (the window can skip its loading page). */
    static boolean succeeded(Path database, Duration wait) {
        CompletableFuture<OpenAttempt> f = pending(database);
        if (f == null) {
            return false;
        }
        try {
            return f.get(wait.toMillis(), TimeUnit.MILLISECONDS).opened() != null;
        } catch (TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException e) {
            return false;
        }
    }

    /**
     * The early attempt for this file, once (waits until it is complete); empty when none was
     * started for it or it was taken already. Call on a worker thread.
     */
    static Optional<OpenAttempt> take(Path database) {
        CompletableFuture<OpenAttempt> f;
        synchronized (EarlyOpen.class) {
            f = pending(database);
            if (f == null) {
                return Optional.empty();
            }
            attempt = CompletableFuture.completedFuture(null); // taken: never handed out twice
            file = null;
        }
        return Optional.of(f.join());
    }

    private static synchronized CompletableFuture<OpenAttempt> pending(Path database) {
        return attempt != null && file != null && file.equals(key(database)) ? attempt : null;
    }

    private static Path key(Path database) {
        return database.toAbsolutePath().normalize();
    }

    /** For tests: forgets an attempt nobody took (closing its session). */
    static synchronized void reset() {
        if (attempt != null && file != null) {
            OpenAttempt a = attempt.join();
            if (a != null && a.opened() != null) {
                a.opened().session().close();
            }
        }
        attempt = null;
        file = null;
    }

    /** What opening a file gave: the session, or the failure. */
    record OpenAttempt(Session.Opened opened, RuntimeException failure) {

        static OpenAttempt of(Path file, boolean readOnly, int backupsKept) {
            try {
                return new OpenAttempt(Session.open(file, readOnly, backupsKept), null);
            } catch (RuntimeException e) {
                return new OpenAttempt(null, e);
            }
        }
    }
}

package jp.clustereval.ui.common;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

import jp.clustereval.common.UserFacingException;
import jp.clustereval.domain.Evaluator;
import jp.clustereval.domain.Round;
import jp.clustereval.service.DatabaseLock;
import jp.clustereval.service.KeyService;
import jp.clustereval.service.Services;
import jp.clustereval.service.Settings;

/**
 * One open database as the GUI uses it: its services, the round being graded and the file. Opened
 * and closed on the worker thread only. A session opened for writing holds the database's lock
 * (one writer per database) until it is closed.
 */
public record Session(Services services, Round round, Path file, boolean readOnly, DatabaseLock lock) {

    /** The failures of {@link DatabaseLock#acquire(Path)} after which read-only viewing is offered. */
    public static final Set<String> LOCK_FAILURES = Set.of("lock.held", "lock.heldUnknown", "lock.cannotCreate");

    /**
     * Opens the database for writing (creating and seeding a new file) and reads its current round.
     * Fails with one of {@link #LOCK_FAILURES} when another program or window holds the database.
     */
    public static Opened open(Path file) {
        return open(file, false);
    }

    /** As {@link #open(Path, boolean, int)}, keeping the default number of backups (tests). */
    public static Opened open(Path file, boolean readOnly) {
        return open(file, readOnly, Settings.defaults().backupsKept());
    }

    /**
     * As {@link #open(Path)}; read-only takes no lock and writes nothing: when another process
     * holds the database, it reads a consistent copy that process makes (nobody else may open the
     * file while it is held), else the file itself. Its backups keep the newest {@code backupsKept}
     * (the user's setting).
     */
    public static Opened open(Path file, boolean readOnly, int backupsKept) {
        Path path = file.toAbsolutePath().normalize();
        Services services = readOnly ? openReadOnly(path)
                : Services.openAsWriter(path, KeyService.defaultDirectory(), backupsKept);
        try {
            Round round = services.rounds().current();
            Session session = new Session(services, round, path, services.isReadOnly(),
                    services.lock().orElse(null));
            return new Opened(session, services.evaluators().local());
        } catch (RuntimeException e) {
            services.close();
            throw e;
        }
    }

    private static Services openReadOnly(Path file) {
        if (DatabaseLock.holder(file).isPresent()) {
            try {
                return Services.openCopy(file, KeyService.defaultDirectory());
            } catch (UserFacingException e) {
                // a holder that makes no copies (a bare lock): the file itself, if SQLite lets us
                java.util.logging.Logger.getLogger(Session.class.getName()).log(java.util.logging.Level.INFO,
                        "No copy of " + file + " from its holder; reading the file", e);
            }
        }
        return Services.open(file, true);
    }

    /** True when the failure is that the database is locked by someone else (read-only viewing can be offered). */
    public static boolean isLockFailure(Throwable failure) {
        Throwable t = failure;
        while (t != null) {
            if (t instanceof UserFacingException u && LOCK_FAILURES.contains(u.key())) {
                return true;
            }
            t = t.getCause();
        }
        return false;
    }

    /**
     * This database on another of its rounds (worker thread: the round is read): the same services,
     * file and lock, so the old session must not be closed. Opening a round package switches with it
     * as File &gt; Switch round and a saved definition do.
     */
    public Session onRound(String roundId) {
        return new Session(services, services.rounds().require(roundId), file, readOnly, lock);
    }

    /** Closes the database and releases its lock. */
    public void close() {
        services.close();
    }

    /** A just-opened session and the evaluator who uses it on this machine, if set up. */
    public record Opened(Session session, Optional<Evaluator> localEvaluator) {
    }
}

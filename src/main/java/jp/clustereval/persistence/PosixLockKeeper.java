package jp.clustereval.persistence;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the byte-range locks that tell other SQLite programs "in use" on the database file, even
 * when code inside this process closes some other descriptor of the file.
 *
 * <p>On Linux and macOS, SQLite locks with POSIX record locks (fcntl), which belong to the process
 * and are all dropped when any descriptor of the file is closed by anyone in the process: a GTK
 * file chooser that sniffs the files of the folder it shows, a thumbnailer, a drag and drop. The
 * writer's connection runs in SQLite's exclusive locking mode, so it never looks at the locks again
 * once it has them, and it keeps its WAL index in its own memory (no {@code -shm} file); what a
 * dropped lock would open is the door for another program. This keeper holds write locks on the
 * bytes every SQLite reader or writer must lock first (the pending byte, and the shared range) on
 * a descriptor of its own, and takes them again every {@link #PERIOD_MILLIS} ms and before every
 * transaction. The two parts are renewed one after the other, so that one of them always stands.
 * The kernel merges them with SQLite's own locks (they are the same process's), so renewing them
 * also renews SQLite's.
 *
 * <p>If a part cannot be taken again, another process got in while the locks were down: the keeper
 * says so ({@link #intruded()}), and the database refuses to write until it can take them again.
 * Not used on Windows, where locks belong to the handle and are not affected by other handles.
 */
final class PosixLockKeeper implements AutoCloseable {

    /** How often the locks are taken again. */
    static final long PERIOD_MILLIS = 100;

    private static final Logger LOG = Logger.getLogger(PosixLockKeeper.class.getName());
    // SQLite's lock bytes (os_unix.c): readers and writers lock the pending byte first; readers then
    // read-lock the whole shared range.
    private static final long PENDING_BYTE = 0x40000000L;
    private static final long SHARED_FIRST = PENDING_BYTE + 2;
    private static final long SHARED_SIZE = 510;
    /** How long a part may be held by a prober before the keeper calls it an intrusion. */
    private static final long PATIENCE_MILLIS = 50;
    /** At opening, another program's transaction is waited for like SQLite's busy timeout. */
    static final long OPENING_PATIENCE_MILLIS = 5000;

    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "cluster-eval-lock-keeper");
        t.setDaemon(true);
        return t;
    });

    private final Path file;
    private final FileChannel channel;
    private final Part pending;
    private final Part shared;
    private final ScheduledFuture<?> schedule;
    private volatile boolean intruded;

    private PosixLockKeeper(Path file, FileChannel channel) throws IOException {
        this.file = file;
        this.channel = channel;
        this.pending = new Part(PENDING_BYTE, 1, OPENING_PATIENCE_MILLIS);
        this.shared = new Part(SHARED_FIRST, SHARED_SIZE, OPENING_PATIENCE_MILLIS);
        this.schedule = TIMER.scheduleWithFixedDelay(this::renewQuietly, PERIOD_MILLIS, PERIOD_MILLIS, TimeUnit.MILLISECONDS);
    }

    /**
     * Starts keeping the locks of an open database file; empty on Windows or where the file system
     * has no POSIX locks (then nothing changes compared with SQLite's own locking).
     */
    static PosixLockKeeper start(Path file) {
        if (System.getProperty("os.name", "").startsWith("Windows")) {
            return null;
        }
        FileChannel channel = null;
        try {
            // never closed before the database is: closing it would itself drop every lock of the file
            channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
            PosixLockKeeper keeper = new PosixLockKeeper(file, channel);
            if (keeper.intruded) {
                keeper.close();
                throw new StoreException("store.busy", file.toString());
            }
            return keeper;
        } catch (IOException e) {
            LOG.log(Level.WARNING, "No lock keeper for " + file + " (the file system refused a lock)", e);
            if (channel != null) {
                try {
                    channel.close();
                } catch (IOException ignored) {
                    // nothing held
                }
            }
            return null;
        }
    }

    /** True while another process holds one of the lock bytes (the database must not be written). */
    boolean intruded() {
        return intruded;
    }

    /** Takes both parts again, one after the other; true when both are ours. */
    synchronized boolean renew() {
        try {
            boolean ok = pending.renew() & shared.renew();
            if (ok != !intruded) {
                if (ok) {
                    LOG.warning(() -> "The locks of " + file + " are ours again");
                } else {
                    LOG.severe(() -> "Another process holds a lock of " + file + " that ClusterEval had: saving is stopped");
                }
            }
            intruded = !ok;
            return ok;
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Renewing the locks of " + file + " failed", e);
            return !intruded;
        }
    }

    private void renewQuietly() {
        try {
            renew();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Lock keeper of " + file, e);
        }
    }

    /** Stops renewing; call before the database's connection is closed, then {@link #close()} after. */
    void stop() {
        schedule.cancel(false);
    }

    /** Closes the keeper's descriptor (after the database's connection is closed). */
    @Override
    public synchronized void close() {
        stop();
        try {
            channel.close(); // releases what is left of its locks
        } catch (IOException e) {
            LOG.log(Level.FINE, "Closing the lock keeper of " + file, e);
        }
    }

    /** One byte range held with a write lock and taken again on request. */
    private final class Part {
        private final long position;
        private final long size;
        private FileLock lock;

        Part(long position, long size, long patienceMillis) throws IOException {
            this.position = position;
            this.size = size;
            this.lock = take(patienceMillis);
            if (lock == null) {
                intruded = true;
            }
        }

        /**
         * Releases and takes the range again: a dropped lock is back after this (the kernel has no
         * "is it still mine" question for a process's own locks, so taking it again is the check).
         */
        boolean renew() throws IOException {
            if (lock != null) {
                lock.release();
            }
            lock = take(PATIENCE_MILLIS);
            return lock != null;
        }

        /** The lock, or null when another process holds the range for longer than the patience. */
        private FileLock take(long patienceMillis) throws IOException {
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(patienceMillis);
            while (true) {
                FileLock l = channel.tryLock(position, size, false);
                if (l != null || System.nanoTime() > deadline) {
                    return l;
                }
                try {
                    Thread.sleep(2); // a prober's read lock lasts microseconds; a writer's transaction longer
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return null;
                }
            }
        }
    }
}

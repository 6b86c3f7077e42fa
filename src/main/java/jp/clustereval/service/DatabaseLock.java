package jp.clustereval.service;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;

import jp.clustereval.common.UserFacingException;

/**
 * One writer per database: an OS file lock on {@code <database>.lock}, held while a program has the
 * database open for writing and released by the OS when that process ends (even when killed).
 * The file holds the holder's pid, host and start time, so a second instance can say who holds it
 * and offer read-only opening instead ({@code Services.open(file, true)} needs no lock).
 *
 * <p>The lock covers one byte far beyond the text, so the text stays readable on Windows too
 * (where locks are mandatory). The file is never deleted: deleting it would let two processes
 * lock two different files of the same name.
 */
public final class DatabaseLock implements AutoCloseable {

    /** The byte locked; far past the holder text, which is never that long. */
    private static final long LOCK_POSITION = 1L << 30;
    private static final Logger LOG = Logger.getLogger(DatabaseLock.class.getName());

    private final Path lockFile;
    private final FileChannel channel;
    private final FileLock lock;

    private DatabaseLock(Path lockFile, FileChannel channel, FileLock lock) {
        this.lockFile = lockFile;
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock file of a database: {@code <database>.lock} beside it. */
    public static Path lockFileOf(Path database) {
        Path db = database.toAbsolutePath().normalize();
        return db.resolveSibling(db.getFileName() + ".lock");
    }

    /**
     * Takes the lock of the database, or fails with {@code lock.held} (naming the holder's process,
     * host and start time) when another process, or this one, holds it.
     */
    public static DatabaseLock acquire(Path database) {
        Path db = database.toAbsolutePath().normalize();
        Path file = lockFileOf(db);
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new UserFacingException(e, "lock.cannotCreate", file.toString(), db.toString(), e.toString());
        }
        try {
            FileLock lock;
            try {
                lock = channel.tryLock(LOCK_POSITION, 1, false);
            } catch (OverlappingFileLockException e) {
                lock = null; // held by this very process (another window)
            }
            if (lock == null) {
                Holder h = readHolder(channel).orElse(null);
                channel.close();
                throw held(db, h);
            }
            Holder me = new Holder(ProcessHandle.current().pid(), hostName(), Instant.now().truncatedTo(ChronoUnit.SECONDS));
            byte[] text = me.toText().getBytes(StandardCharsets.UTF_8);
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(text), 0);
            channel.force(true);
            LOG.info(() -> "Lock taken on " + db + " (" + file + ")");
            return new DatabaseLock(file, channel, lock);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new UserFacingException(e, "lock.cannotCreate", file.toString(), db.toString(), e.toString());
        }
    }

    /** Who holds the lock of the database now, if anyone (a stale file of an ended process is not a holder). */
    public static Optional<Holder> holder(Path database) {
        Path file = lockFileOf(database);
        if (!java.nio.file.Files.exists(file)) {
            return Optional.empty();
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock probe;
            try {
                probe = channel.tryLock(LOCK_POSITION, 1, false);
            } catch (OverlappingFileLockException e) {
                return readHolder(channel);
            }
            if (probe != null) {
                probe.release();
                return Optional.empty();
            }
            return readHolder(channel);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    public Path lockFile() {
        return lockFile;
    }

    /** Releases the lock (the file stays). */
    @Override
    public void close() {
        try {
            if (lock.isValid()) {
                channel.truncate(0);
                lock.release();
            }
        } catch (IOException e) {
            LOG.warning("Releasing " + lockFile + " failed: " + e);
        } finally {
            closeQuietly(channel);
        }
    }

    private static UserFacingException held(Path db, Holder h) {
        if (h == null) {
            return new UserFacingException("lock.heldUnknown", db.toString());
        }
        String since = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault()).format(h.since());
        return new UserFacingException("lock.held", db.toString(), String.valueOf(h.pid()), h.host(), since);
    }

    private static Optional<Holder> readHolder(FileChannel channel) throws IOException {
        long size = Math.min(channel.size(), 4096);
        if (size <= 0) {
            return Optional.empty();
        }
        ByteBuffer buffer = ByteBuffer.allocate((int) size);
        channel.read(buffer, 0);
        Properties p = new Properties();
        p.load(new java.io.StringReader(new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8)));
        try {
            return Optional.of(new Holder(Long.parseLong(p.getProperty("pid", "")), p.getProperty("host", "?"),
                    Instant.parse(p.getProperty("since", ""))));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The host name without a DNS look-up where the OS tells it directly (start-up must stay fast). */
    private static String hostName() {
        for (String env : new String[] {"COMPUTERNAME", "HOSTNAME"}) {
            String v = System.getenv(env);
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        try {
            Path proc = Path.of("/proc/sys/kernel/hostname");
            if (java.nio.file.Files.isReadable(proc)) {
                return java.nio.file.Files.readString(proc).strip();
            }
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException | RuntimeException e) {
            return "localhost";
        }
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // nothing more to release
        }
    }

    /** The process holding a lock. */
    public record Holder(long pid, String host, Instant since) {
        String toText() {
            return "# ClusterEval: this database is open for writing in this process\n"
                    + "pid=" + pid + "\nhost=" + host + "\nsince=" + since + "\n";
        }
    }
}

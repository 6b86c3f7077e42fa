package jp.clustereval.service;

import java.io.IOException;
import java.net.BindException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.FileChannel;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import jp.clustereval.common.UserFacingException;

/**
 * One writer per database, and the way to reach it: a listening Unix-domain socket in the user's
 * private {@link LockFolder}, named after the database file's identity. Binding the name succeeds
 * for one process only; the kernel closes the socket when the process ends, even when killed, and
 * the next one replaces the stale name. It is not a POSIX record lock, so nothing another part of
 * the process does to the database's files (a file chooser opening them, a drag and drop) can
 * release it; and every path of the same file (symbolic or hard link) finds the same socket.
 *
 * <p>The holder answers requests on it ({@link InstanceProtocol}): who it is (for the "already open
 * in process N" message), to open score files in its import preview and come to the front (a
 * second start of the desktop hands its files over instead of opening the database twice), and
 * for a consistent read-only copy of the database (commands that only read work while the
 * desktop has the database open).
 */
public final class DatabaseLock implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(DatabaseLock.class.getName());

    private final Path database;
    private final Path socket;
    private final Object socketKey;
    private final Holder me;
    private final InstanceServer server;

    private DatabaseLock(Path database, Path socket, ServerSocketChannel channel) throws IOException {
        this.database = database;
        this.socket = socket;
        this.socketKey = Files.readAttributes(socket, java.nio.file.attribute.BasicFileAttributes.class,
                java.nio.file.LinkOption.NOFOLLOW_LINKS).fileKey();
        this.me = new Holder(ProcessHandle.current().pid(), hostName(), Instant.now().truncatedTo(ChronoUnit.SECONDS), false);
        this.server = new InstanceServer(channel, database, me);
    }

    /**
     * Takes the lock of the database (creating the empty file when it does not exist yet, so that
     * it has an identity), or fails with {@code lock.held} naming the holder's process, host and
     * start time (another process, or another window of this one).
     */
    public static DatabaseLock acquire(Path database) {
        Path db = database.toAbsolutePath().normalize();
        createIfMissing(db);
        Path socket = LockFolder.socketFor(db);
        try {
            ServerSocketChannel channel = bind(socket);
            if (channel == null) {
                channel = replaceIfStale(db, socket);
            }
            DatabaseLock lock = new DatabaseLock(db, socket, channel);
            LOG.info(() -> "Lock taken on " + db + " (" + socket + ")");
            return lock;
        } catch (IOException e) {
            throw new UserFacingException(e, "lock.cannotCreate", socket.getParent().toString(), e.toString());
        }
    }

    /** Who holds the lock of the database now, if anyone (an ended process is not a holder). */
    public static Optional<Holder> holder(Path database) {
        Path db = database.toAbsolutePath().normalize();
        if (!Files.exists(db)) {
            return Optional.empty();
        }
        InstanceProtocol.Probe probe = InstanceProtocol.hello(LockFolder.socketFor(db));
        return Optional.ofNullable(probe.holder());
    }

    /**
     * Hands score files (or, when there are none, just "come to the front") to a desktop that has
     * the database open. True when one took them; false when no desktop holds the database.
     */
    public static boolean handOver(Path database, List<Path> files) {
        Path db = database.toAbsolutePath().normalize();
        if (!Files.exists(db)) {
            return false;
        }
        Path socket = LockFolder.socketFor(db);
        InstanceProtocol.Probe probe = InstanceProtocol.hello(socket);
        if (probe.holder() == null || !probe.holder().desktop()) {
            return false;
        }
        return InstanceProtocol.open(socket, files.stream().map(p -> p.toAbsolutePath().normalize()).toList());
    }

    /**
     * A consistent read-only copy of a database that another process holds, made by that process
     * (nobody else may read the file while it is open there). The caller deletes it when done.
     * Fails with {@code lock.noCopy} when the holder cannot make one.
     */
    public static Path snapshot(Path database) {
        Path db = database.toAbsolutePath().normalize();
        return InstanceProtocol.snapshot(LockFolder.socketFor(db), db);
    }

    /** What this process answers for the database besides who it is; replaces what was answered before. */
    public void answer(InstanceRequests requests) {
        server.answer(requests);
    }

    public Path database() {
        return database;
    }

    /** Releases the lock: the name goes first (while it still answers), then the socket. */
    @Override
    public void close() {
        if (!server.isOpen()) {
            return;
        }
        try {
            Object key = Files.readAttributes(socket, java.nio.file.attribute.BasicFileAttributes.class,
                    java.nio.file.LinkOption.NOFOLLOW_LINKS).fileKey();
            if (key == null || key.equals(socketKey)) {
                Files.deleteIfExists(socket);
            }
        } catch (IOException e) {
            LOG.log(Level.FINE, "Removing " + socket, e);
        }
        server.close();
        LOG.info(() -> "Lock released on " + database);
    }

    private static void createIfMissing(Path db) {
        if (Files.exists(db) || db.getParent() == null || !Files.isDirectory(db.getParent())) {
            return; // a missing folder is reported by the database with its own message
        }
        try {
            Files.createFile(db);
        } catch (java.nio.file.FileAlreadyExistsException raced) {
            // made at the same moment by another process: the same file either way
        } catch (IOException e) {
            throw new UserFacingException(e, "lock.cannotCreate", db.getParent().toString(), e.toString());
        }
    }

    /** Binds the name; null when it exists (held, or left by a process that ended). */
    private static ServerSocketChannel bind(Path socket) throws IOException {
        ServerSocketChannel channel = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        try {
            channel.bind(UnixDomainSocketAddress.of(socket));
            return channel;
        } catch (BindException e) {
            channel.close();
            return null;
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /**
     * The name exists: if its process answers (or is alive but silent), the database is held;
     * if nobody listens, the name is stale and is replaced, under a short guard so that two
     * processes never both remove a stale name and both bind a new one.
     */
    private static ServerSocketChannel replaceIfStale(Path db, Path socket) throws IOException {
        InstanceProtocol.Probe probe = InstanceProtocol.hello(socket);
        if (probe.state() != InstanceProtocol.State.NONE && probe.state() != InstanceProtocol.State.STALE) {
            throw held(db, probe.holder());
        }
        try (FileChannel guard = FileChannel.open(LockFolder.guardFor(socket), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE)) {
            guard.lock(); // held until the channel closes at the end of this block
            InstanceProtocol.Probe again = InstanceProtocol.hello(socket);
            if (again.state() == InstanceProtocol.State.STALE) {
                Files.deleteIfExists(socket);
                LOG.info(() -> "Stale lock of an ended process replaced: " + socket);
            } else if (again.state() != InstanceProtocol.State.NONE) {
                throw held(db, again.holder());
            }
            ServerSocketChannel channel = bind(socket);
            if (channel == null) {
                throw held(db, InstanceProtocol.hello(socket).holder());
            }
            return channel;
        }
    }

    private static UserFacingException held(Path db, Holder h) {
        if (h == null) {
            return new UserFacingException("lock.heldUnknown", db.toString());
        }
        String since = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault()).format(h.since());
        return new UserFacingException("lock.held", db.toString(), String.valueOf(h.pid()), h.host(), since);
    }

    /** The host name without a DNS look-up where the OS tells it directly (start-up must stay fast). */
    static String hostName() {
        for (String env : new String[] {"COMPUTERNAME", "HOSTNAME"}) {
            String v = System.getenv(env);
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        try {
            Path proc = Path.of("/proc/sys/kernel/hostname");
            if (Files.isReadable(proc)) {
                return Files.readString(proc).strip();
            }
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (IOException | RuntimeException e) {
            return "localhost";
        }
    }

    /** How long a holder has to say who it is before it counts as "alive but silent". */
    static final Duration HELLO_WAIT = Duration.ofSeconds(3);

    /** The process holding a lock; desktop when it is the desktop application (it takes files). */
    public record Holder(long pid, String host, Instant since, boolean desktop) {
    }
}

package jp.clustereval.service;

import java.io.IOException;
import java.net.ConnectException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import jp.clustereval.common.UserFacingException;

/**
 * The requests between ClusterEval processes over a database lock's socket (docs/architecture.md,
 * "Locking"): one request per connection, one line of UTF-8 JSON each way, at most
 * {@link #MAX_LINE} bytes, with a deadline on every wait. Both sides treat what they read as
 * hostile: bounded, parsed as JSON, every member checked.
 */
final class InstanceProtocol {

    /** The longest line either side reads. */
    static final int MAX_LINE = 64 * 1024;
    /** At most this many files are handed over at once. */
    static final int MAX_FILES = 1000;
    /** How long a copy of a large database may take (the holder may be in the middle of an import). */
    static final Duration SNAPSHOT_WAIT = Duration.ofMinutes(5);

    private static final Logger LOG = Logger.getLogger(InstanceProtocol.class.getName());
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ScheduledExecutorService DEADLINES = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "cluster-eval-instance-deadline");
        t.setDaemon(true);
        return t;
    });

    private InstanceProtocol() {
    }

    /** What is behind a lock's name: nothing, a name no process listens on, a process that does not answer, a holder. */
    enum State { NONE, STALE, SILENT, LIVE }

    /** A look at a lock's name; holder is set when the state is LIVE. */
    record Probe(State state, DatabaseLock.Holder holder) {
    }

    /** Asks who holds the name. */
    static Probe hello(Path socket) {
        if (!Files.exists(socket, LinkOption.NOFOLLOW_LINKS)) {
            return new Probe(State.NONE, null);
        }
        JsonNode reply;
        try {
            reply = call(socket, request("hello"), DatabaseLock.HELLO_WAIT);
        } catch (ConnectException e) {
            return new Probe(State.STALE, null); // nobody listens: the process ended
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.INFO, "The holder of " + socket + " did not answer", e);
            return new Probe(State.SILENT, null);
        }
        try {
            return new Probe(State.LIVE, new DatabaseLock.Holder(reply.required("pid").asLong(),
                    printable(reply.required("host").asText(), 255), Instant.parse(reply.required("since").asText()),
                    reply.path("desktop").asBoolean(false)));
        } catch (RuntimeException e) {
            LOG.log(Level.INFO, "Unreadable answer from the holder of " + socket, e);
            return new Probe(State.SILENT, null);
        }
    }

    /** Hands files to a desktop holder; true when it took them. */
    static boolean open(Path socket, List<Path> files) {
        ObjectNode request = request("open");
        ArrayNode list = request.putArray("files");
        files.forEach(f -> list.add(f.toString()));
        try {
            return call(socket, request, DatabaseLock.HELLO_WAIT).path("ok").asBoolean(false);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.INFO, "Handing files to the holder of " + socket + " failed", e);
            return false;
        }
    }

    /** Asks the holder for a consistent copy; the path it names is checked before it is returned. */
    static Path snapshot(Path socket, Path database) {
        JsonNode reply;
        try {
            reply = call(socket, request("snapshot"), SNAPSHOT_WAIT);
        } catch (IOException | RuntimeException e) {
            throw new UserFacingException(e, "lock.noCopy", database.toString(), e.toString());
        }
        if (!reply.path("ok").asBoolean(false)) {
            throw new UserFacingException("lock.noCopy", database.toString(), printable(reply.path("error").asText("?"), 500));
        }
        Path copy = Path.of(reply.path("file").asText(""));
        if (!copy.isAbsolute() || !Snapshots.isCopyName(copy) || !Files.isRegularFile(copy, LinkOption.NOFOLLOW_LINKS)) {
            throw new UserFacingException("lock.noCopy", database.toString(), "unexpected answer");
        }
        return copy;
    }

    static ObjectNode request(String name) {
        ObjectNode n = JSON.createObjectNode();
        n.put("request", name);
        return n;
    }

    static ObjectNode reply() {
        return JSON.createObjectNode();
    }

    /** Connects, sends the request, and reads the one-line reply within the wait. */
    private static JsonNode call(Path socket, JsonNode request, Duration wait) throws IOException {
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            ScheduledFuture<?> deadline = closeAfter(channel, wait);
            try {
                channel.connect(UnixDomainSocketAddress.of(socket));
                write(channel, request);
                return read(channel);
            } finally {
                deadline.cancel(false);
            }
        }
    }

    /** Closes the channel when the wait is over, which ends any read or write blocked on it. */
    static ScheduledFuture<?> closeAfter(SocketChannel channel, Duration wait) {
        return DEADLINES.schedule(() -> {
            try {
                channel.close();
            } catch (IOException ignored) {
                // closing is all there is to do
            }
        }, wait.toMillis(), TimeUnit.MILLISECONDS);
    }

    static void write(SocketChannel channel, JsonNode message) throws IOException {
        byte[] text = (JSON.writeValueAsString(message) + "\n").getBytes(StandardCharsets.UTF_8);
        if (text.length > MAX_LINE) {
            throw new IOException("message too long");
        }
        ByteBuffer buffer = ByteBuffer.wrap(text);
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
    }

    /** Reads one line of at most {@link #MAX_LINE} bytes and parses it as a JSON object. */
    static JsonNode read(SocketChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(MAX_LINE);
        while (true) {
            int n = channel.read(buffer);
            for (int i = buffer.position() - Math.max(n, 0); i < buffer.position(); i++) {
                if (buffer.get(i) == '\n') {
                    JsonNode node = JSON.readTree(new String(buffer.array(), 0, i, StandardCharsets.UTF_8));
                    if (node == null || !node.isObject()) {
                        throw new IOException("not a JSON object");
                    }
                    return node;
                }
            }
            if (n < 0) {
                throw new IOException("the other side closed without a complete line");
            }
            if (!buffer.hasRemaining()) {
                throw new IOException("line longer than " + MAX_LINE + " bytes");
            }
        }
    }

    /** Text from the other process, safe for a message: control characters shown, length bounded. */
    static String printable(String text, int max) {
        StringBuilder out = new StringBuilder();
        text.codePoints().limit(max).forEach(cp -> {
            if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT) {
                out.append(String.format("\\u%04X", cp));
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }
}

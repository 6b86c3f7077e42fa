package jp.clustereval.service;

import java.io.IOException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.logging.Level;
import java.util.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import jp.clustereval.common.UserFacingException;
import jp.clustereval.scorefile.ScoreFile;

/**
 * The holder's side of a lock's socket: accepts connections on a thread of its own and answers each
 * on a short-lived thread (requests are rare: a second start, a command that reads), so that a
 * slow copy never keeps "who are you" waiting. A request must arrive within a few seconds and be
 * one bounded line; only processes of the same user are answered.
 */
final class InstanceServer {

    private static final Logger LOG = Logger.getLogger(InstanceServer.class.getName());
    private static final Duration REQUEST_WAIT = Duration.ofSeconds(5);

    private final ServerSocketChannel channel;
    private final Path database;
    private final DatabaseLock.Holder me;
    private volatile InstanceRequests requests;

    InstanceServer(ServerSocketChannel channel, Path database, DatabaseLock.Holder me) {
        this.channel = channel;
        this.database = database;
        this.me = me;
        Thread acceptor = new Thread(this::acceptAll, "cluster-eval-lock-" + database.getFileName());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    void answer(InstanceRequests answers) {
        this.requests = answers;
    }

    boolean isOpen() {
        return channel.isOpen();
    }

    void close() {
        try {
            channel.close();
        } catch (IOException e) {
            LOG.log(Level.FINE, "Closing the lock socket of " + database, e);
        }
    }

    private void acceptAll() {
        while (channel.isOpen()) {
            try {
                SocketChannel connection = channel.accept();
                Thread t = new Thread(() -> serve(connection), "cluster-eval-lock-request");
                t.setDaemon(true);
                t.start();
            } catch (ClosedChannelException closed) {
                return;
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Accepting on the lock socket of " + database, e);
            }
        }
    }

    private void serve(SocketChannel connection) {
        try (connection) {
            if (!sameUser(connection)) {
                LOG.warning(() -> "Request on the lock of " + database + " from another user refused");
                return;
            }
            ScheduledFuture<?> deadline = InstanceProtocol.closeAfter(connection, REQUEST_WAIT);
            JsonNode request;
            try {
                request = InstanceProtocol.read(connection);
            } finally {
                deadline.cancel(false);
            }
            InstanceProtocol.write(connection, reply(request));
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.INFO, "Request on the lock of " + database + " not answered", e);
        }
    }

    private JsonNode reply(JsonNode request) {
        ObjectNode reply = InstanceProtocol.reply();
        InstanceRequests answers = requests;
        switch (request.path("request").asText("")) {
            case "hello" -> {
                reply.put("pid", me.pid());
                reply.put("host", me.host());
                reply.put("since", me.since().toString());
                reply.put("desktop", answers != null && answers.desktop());
            }
            case "open" -> {
                boolean desktop = answers != null && answers.desktop();
                if (desktop) {
                    List<Path> files = checkedFiles(request.path("files"));
                    LOG.info(() -> "Files handed over by another start: " + files);
                    answers.open(files);
                }
                reply.put("ok", desktop);
            }
            case "snapshot" -> {
                try {
                    if (answers == null) {
                        throw new UserFacingException("lock.copyNotOffered", database.toString());
                    }
                    reply.put("file", answers.snapshot().toString());
                    reply.put("ok", true);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "No copy of " + database + " for another process", e);
                    reply.put("ok", false);
                    reply.put("error", e instanceof UserFacingException u ? u.message(java.util.Locale.ROOT) : e.toString());
                }
            }
            default -> {
                reply.put("ok", false);
                reply.put("error", "unknown request");
            }
        }
        return reply;
    }

    /** Files handed over: absolute paths of regular score files or round packages, at most {@link InstanceProtocol#MAX_FILES}. */
    static List<Path> checkedFiles(JsonNode files) {
        List<Path> out = new ArrayList<>();
        if (!files.isArray() || files.size() > InstanceProtocol.MAX_FILES) {
            return out;
        }
        for (JsonNode f : files) {
            String text = f.asText("");
            if (text.isEmpty() || text.length() > 4096 || text.chars().anyMatch(Character::isISOControl)) {
                continue;
            }
            try {
                Path p = Path.of(text);
                String name = p.getFileName() == null ? "" : p.getFileName().toString();
                if (p.isAbsolute() && (ScoreFile.hasExtension(name) || jp.clustereval.roundpackage.RoundPackage.hasExtension(name))
                        && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    out.add(p.normalize());
                }
            } catch (RuntimeException invalid) {
                // not a path of this system: left out
            }
        }
        return out;
    }

    private static boolean sameUser(SocketChannel connection) {
        try {
            Object principal = connection.getOption(jdk.net.ExtendedSocketOptions.SO_PEERCRED);
            if (principal instanceof jdk.net.UnixDomainPrincipal p) {
                return p.user().getName().equals(System.getProperty("user.name"));
            }
            return true;
        } catch (UnsupportedOperationException | IOException e) {
            return true; // the folder is the user's own; nothing more to ask on this OS
        }
    }
}

package jp.clustereval.service;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jp.clustereval.common.UserFacingException;

/**
 * The user's private folder for the sockets that stand for open databases ({@link DatabaseLock}):
 * {@code $XDG_RUNTIME_DIR/cluster-eval} on Linux (else {@code <tmp>/cluster-eval-<user>}), the
 * per-user temporary folder on macOS, {@code <data directory>\run} on Windows. Only the user may
 * enter it (checked, not assumed: a folder of that name made by someone else in a shared
 * temporary folder is refused). A socket's name is a digest of the database file's identity, so
 * every path of the same file (a symbolic link, a hard link, another spelling) finds the same socket.
 */
final class LockFolder {

    /** Socket paths are limited to about 104 bytes (macOS) or 108 (Linux). */
    private static final int MAX_SOCKET_PATH = 100;
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");

    private LockFolder() {
    }

    /** The folder (created owner-only when missing); {@code clustereval.lockFolder} overrides it (tests). */
    static Path folder() {
        String override = System.getProperty("clustereval.lockFolder");
        Path folder = override != null && !override.isBlank() ? Path.of(override)
                : standard(System.getProperty("os.name", ""), System.getenv(), System.getProperty("java.io.tmpdir"),
                        System.getProperty("user.name", "user"));
        return ensurePrivate(folder.toAbsolutePath().normalize());
    }

    static Path standard(String osName, Map<String, String> env, String tmp, String user) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            return DataDirectory.defaultDirectory().resolve("run");
        }
        String runtime = env.get("XDG_RUNTIME_DIR");
        Path preferred = runtime != null && !runtime.isBlank() && Path.of(runtime).isAbsolute()
                && Files.isDirectory(Path.of(runtime)) ? Path.of(runtime, "cluster-eval")
                : Path.of(tmp, os.startsWith("mac") ? "cluster-eval" : "cluster-eval-" + safe(user));
        if (preferred.toString().length() + 38 > MAX_SOCKET_PATH) {
            return Path.of("/tmp", "cluster-eval-" + safe(user));
        }
        return preferred;
    }

    /** The socket that stands for the database file (by the file's identity, not its path). */
    static Path socketFor(Path database) {
        return folder().resolve(name(identity(database)) + ".sock");
    }

    /** The guard file taken while a stale socket is replaced. */
    static Path guardFor(Path socket) {
        return socket.resolveSibling(socket.getFileName().toString().replace(".sock", ".guard"));
    }

    /**
     * What makes two paths the same file: the device and inode where the OS has them (every
     * link to the file shares them), else the real path (Windows), else the absolute path of a
     * file that does not exist yet.
     */
    static String identity(Path database) {
        Path path = database.toAbsolutePath().normalize();
        try {
            if (Files.exists(path)) {
                Object key = Files.readAttributes(path, BasicFileAttributes.class).fileKey();
                if (key != null) {
                    return "key:" + key;
                }
                return "path:" + path.toRealPath().toString().toLowerCase(Locale.ROOT);
            }
        } catch (IOException e) {
            // unreadable attributes: the path is all we have
        }
        return "path:" + path;
    }

    private static String name(String identity) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path ensurePrivate(Path folder) {
        boolean posix = folder.getFileSystem().supportedFileAttributeViews().contains("posix");
        try {
            if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
                Files.createDirectories(folder.getParent());
                try {
                    if (posix) {
                        Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
                    } else {
                        Files.createDirectory(folder);
                    }
                } catch (java.nio.file.FileAlreadyExistsException raced) {
                    // another process made it at the same moment: checked below like any other
                }
            }
            if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
                throw new UserFacingException("lock.folderUnsafe", folder.toString());
            }
            if (posix) {
                String owner = Files.getOwner(folder, LinkOption.NOFOLLOW_LINKS).getName();
                Set<PosixFilePermission> perms = Files.getPosixFilePermissions(folder, LinkOption.NOFOLLOW_LINKS);
                if (!owner.equals(System.getProperty("user.name")) || !OWNER_ONLY.containsAll(perms)) {
                    throw new UserFacingException("lock.folderUnsafe", folder.toString());
                }
            }
            return folder;
        } catch (IOException e) {
            throw new UserFacingException(e, "lock.cannotCreate", folder.toString(), e.toString());
        }
    }

    private static String safe(String user) {
        String s = user.replaceAll("[^A-Za-z0-9._-]", "_");
        return s.isEmpty() ? "user" : s;
    }
}

package jp.clustereval.common;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every file the application writes whole (exports, reports, settings, backups, the SQLite
 * library copy, signing keys) is written here: into a part file in the same folder, synced to the disk, then
 * renamed over the target in one step, so that the target is either the old file or the complete
 * new one, never half of it. On any failure the part file (and any SQLite side file of it) is
 * deleted. A part file is hidden and names its writer: {@code .<target name>.<pid>.<8 hex>.part};
 * one that a killed process left behind is removed by {@link #removeStale} (called at start-up for
 * the folders the application writes, and before each write for the target's folder).
 */
public final class AtomicFiles {

    private static final Logger LOG = Logger.getLogger(AtomicFiles.class.getName());
    /** Our part files, with the side files SQLite may make beside one (a backup is written by SQLite). */
    private static final Pattern PART = Pattern.compile("\\..+\\.(\\d{1,19})\\.[0-9a-f]{8}\\.part(-journal|-wal|-shm)?");
    /** How much of the target's name a part file repeats (a file name has at most 255 bytes). */
    private static final int NAME_KEPT = 80;
    private static final String[] SQLITE_SIDE_FILES = {"-journal", "-wal", "-shm"};
    private static final Instant PROCESS_START = ProcessHandle.current().info().startInstant().orElse(Instant.now());

    private AtomicFiles() {
    }

    /** Fills the part file (which does not exist yet) with the complete content. */
    @FunctionalInterface
    public interface Content {
        void writeTo(Path part) throws IOException;
    }

    /** Writes the bytes to {@code target}, replacing it if it exists, all or nothing. */
    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, part -> Files.write(part, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE));
    }

    /**
     * Writes the bytes like {@link #write(Path, byte[])}, into a part file that only its owner may
     * read and write from the moment it exists (where the file system has POSIX permissions, e.g. a
     * private key): there is no moment when the content has wider rights, and the rename keeps them.
     */
    public static void writeOwnerOnly(Path target, byte[] bytes) throws IOException {
        write(target, part -> {
            if (Files.getFileStore(part.getParent()).supportsFileAttributeView("posix")) {
                Files.createFile(part, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(part);
            }
            Files.write(part, bytes, StandardOpenOption.WRITE);
        });
    }

    /** Writes {@code target} through a part file that {@code content} fills, replacing the target if it exists. */
    public static void write(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        Path folder = absolute.getParent();
        if (folder == null) {
            throw new NoSuchFileException(absolute.toString(), null, "no folder");
        }
        removeStale(folder, absolute.getFileName().toString());
        Path part = folder.resolve(partName(absolute.getFileName().toString()));
        try {
            content.writeTo(part);
            sync(part);
            try {
                Files.move(part, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(part, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            syncFolder(folder);
        } catch (IOException | RuntimeException | Error e) {
            deleteWithSideFiles(part, e);
            throw e;
        }
    }

    /** The name of a new part file for a target name. */
    static String partName(String targetName) {
        String kept = targetName.length() > NAME_KEPT ? targetName.substring(0, NAME_KEPT) : targetName;
        byte[] random = new byte[4];
        ThreadLocalRandom.current().nextBytes(random);
        return "." + kept + "." + ProcessHandle.current().pid() + "." + HexFormat.of().formatHex(random) + ".part";
    }

    /** True for the name of one of our part files (or an SQLite side file of one). */
    public static boolean isPartName(String fileName) {
        return PART.matcher(fileName).matches();
    }

    /**
     * Deletes the part files in the folder that a process no longer running left behind: only
     * names of our pattern, only files older than this process's start, only when the process the
     * name gives is not alive (another ClusterEval may be writing one right now). Returns how many
     * were deleted; a folder that cannot be read deletes nothing.
     */
    public static int removeStale(Path folder) {
        return removeStale(folder, null);
    }

    private static int removeStale(Path folder, String targetNameOrNull) {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        int removed = 0;
        String glob = targetNameOrNull == null ? ".*.part*" : "." + globEscape(prefix(targetNameOrNull)) + ".*.part*";
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, glob)) {
            for (Path f : files) {
                if (isStale(f)) {
                    Files.deleteIfExists(f);
                    removed++;
                    LOG.info(() -> "Removed the part file a stopped process left behind: " + f);
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.INFO, "Part files in " + folder + " not checked", e);
        }
        return removed;
    }

    private static String prefix(String targetName) {
        return targetName.length() > NAME_KEPT ? targetName.substring(0, NAME_KEPT) : targetName;
    }

    private static boolean isStale(Path f) throws IOException {
        Matcher m = PART.matcher(f.getFileName().toString());
        if (!m.matches() || !Files.isRegularFile(f)) {
            return false;
        }
        long pid = Long.parseLong(m.group(1));
        boolean writerAlive = ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        return !writerAlive && Files.getLastModifiedTime(f).toInstant().isBefore(PROCESS_START);
    }

    private static String globEscape(String s) {
        return s.replaceAll("([\\\\*?\\[\\]{}])", "\\\\$1");
    }

    private static void sync(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
    }

    /** Makes the rename itself durable; not every platform can open a folder (Windows cannot): then skipped. */
    private static void syncFolder(Path folder) {
        try (FileChannel ch = FileChannel.open(folder, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | RuntimeException e) {
            // the rename is done; only its durability across a power cut is up to the OS here
        }
    }

    private static void deleteWithSideFiles(Path part, Throwable failure) {
        for (String suffix : SQLITE_SIDE_FILES) {
            deleteQuietly(part.resolveSibling(part.getFileName() + suffix), failure);
        }
        deleteQuietly(part, failure);
    }

    private static void deleteQuietly(Path file, Throwable failure) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            failure.addSuppressed(e); // the write failure is what the user must see
        }
    }

    /**
     * The message for a file that could not be written: a full disk as such, otherwise what the
     * operating system said, without Java class names (a user cannot act on "NoSuchFileException").
     */
    public static UserFacingException failure(Path target, IOException e) {
        if (isDiskFull(e)) {
            return new UserFacingException(e, "file.diskFull", String.valueOf(target));
        }
        Path absolute = target.toAbsolutePath().normalize();
        Path folder = absolute.getParent();
        String reason;
        if (folder != null && !Files.isDirectory(folder)) {
            reason = "the folder " + folder + " does not exist";
        } else if (Files.isDirectory(absolute)) {
            reason = absolute + " is a folder";
        } else if (e instanceof AccessDeniedException) {
            reason = "permission denied in the folder " + folder; // the file it names is our part file
        } else {
            reason = reason(e);
        }
        return new UserFacingException(e, "file.writeFailed", String.valueOf(target), reason);
    }

    /** What went wrong, in the operating system's words, e.g. "No such file or directory". */
    public static String reason(IOException e) {
        if (e instanceof NoSuchFileException n) {
            return "no such file or folder: " + n.getFile();
        }
        if (e instanceof AccessDeniedException a) {
            return "permission denied: " + a.getFile();
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() != null ? e.getMessage() : "input/output error";
    }

    private static boolean isDiskFull(IOException e) {
        String reason = e instanceof FileSystemException f ? f.getReason() : e.getMessage();
        return reason != null && (reason.contains("No space left on device") || reason.contains("Disk quota exceeded")
                || reason.contains("There is not enough space on the disk"));
    }
}

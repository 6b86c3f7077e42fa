package jp.clustereval.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;
import org.sqlite.util.OSInfo;

import jp.clustereval.common.AtomicFiles;

/**
 * Keeps SQLite's native library for this platform in a folder of ours and points the driver at it
 * ({@code org.sqlite.lib.path}). Without this the driver writes a fresh copy of the 1 MB library to
 * the temporary folder on every start and then compares it with the jar's byte by byte: about
 * 0.2 s of a core during the desktop start-up, when the database is opened alongside the JavaFX
 * toolkit. The copy is written once per driver version (to a part file, then moved into place) and
 * used while its size matches the jar's. Whoever can change files in the user's data directory can
 * change the database itself, so the copy is trusted like the database is. If anything here fails,
 * nothing is set and the driver extracts the library as it always does; if the copy cannot be
 * loaded, the driver falls back to that too.
 */
public final class SqliteNativeLibrary {

    private static final Logger LOG = Logger.getLogger(SqliteNativeLibrary.class.getName());
    static final String PATH_PROPERTY = "org.sqlite.lib.path";
    static final String NAME_PROPERTY = "org.sqlite.lib.name";

    private SqliteNativeLibrary() {
    }

    /**
     * Before the first connection: makes sure a copy of the library is in a folder under
     * {@code cacheRoot} and tells the driver to load it. Does nothing when the library path is set
     * already (by the user or a launcher) or the driver has no library for this platform.
     *
     * @return the library used, or null when the driver is left to its own extraction
     */
    public static Path useCopyIn(Path cacheRoot) {
        if (System.getProperty(PATH_PROPERTY) != null) {
            return null;
        }
        try {
            String name = LibraryLoaderUtil.getNativeLibName();
            URL resource = SQLiteJDBCLoader.class.getResource(LibraryLoaderUtil.getNativeLibResourcePath() + "/" + name);
            if (resource == null) {
                return null; // no native library for this platform: the driver decides
            }
            Path folder = cacheRoot.resolve("sqlite-" + SQLiteJDBCLoader.getVersion())
                    .resolve(OSInfo.getNativeLibFolderPathForCurrentOS());
            Path library = folder.resolve(name);
            URLConnection connection = resource.openConnection();
            long size = connection.getContentLengthLong();
            if (size <= 0 || !Files.isRegularFile(library) || Files.size(library) != size) {
                copy(connection, folder, library);
            }
            System.setProperty(PATH_PROPERTY, folder.toString());
            System.setProperty(NAME_PROPERTY, name);
            return library;
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.INFO, "SQLite's native library is left to the driver's own extraction", e);
            return null;
        }
    }

    private static void copy(URLConnection from, Path folder, Path library) throws IOException {
        Files.createDirectories(folder);
        AtomicFiles.write(library, part -> {
            try (InputStream in = from.getInputStream()) {
                Files.copy(in, part);
            }
        });
    }
}

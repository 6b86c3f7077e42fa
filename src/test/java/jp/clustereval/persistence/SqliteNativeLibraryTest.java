package jp.clustereval.persistence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * The driver's library is copied once into our folder and loaded from there (nothing extracted to
 * the temporary folder); a damaged copy falls back to the driver's own extraction. Each case runs in
 * a fresh JVM, because the driver loads its library once per process.
 */
class SqliteNativeLibraryTest {

    @TempDir
    Path dir;

    /** The child: copies (or reuses) the library under args[0], opens a database, prints the library used. */
    public static void main(String[] args) throws Exception {
        Path used = SqliteNativeLibrary.useCopyIn(Path.of(args[0]));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + args[1]);
             ResultSet r = c.createStatement().executeQuery("select sqlite_version()")) {
            r.next();
            System.out.println("USED " + used + " VERSION " + r.getString(1));
        }
        // what the process really mapped (the driver deletes its own extracted copy at exit)
        try (Stream<String> maps = Files.lines(Path.of("/proc/self/maps"))) {
            maps.filter(l -> l.contains("sqlitejdbc")).map(l -> l.substring(l.indexOf('/'))).distinct()
                    .forEach(f -> System.out.println("MAPPED " + f));
        }
    }

    private String child(Path cache, Path tmp) throws Exception {
        Files.createDirectories(tmp);
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + tmp, "-cp", System.getProperty("java.class.path"),
                SqliteNativeLibraryTest.class.getName(), cache.toString(), dir.resolve("t.db").toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        return out;
    }

    private static List<String> mapped(String childOutput) {
        return childOutput.lines().filter(l -> l.startsWith("MAPPED ")).map(l -> l.substring(7)).toList();
    }

    private static byte[] jarCopy() throws Exception {
        try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(
                LibraryLoaderUtil.getNativeLibResourcePath() + "/" + LibraryLoaderUtil.getNativeLibName())) {
            return in.readAllBytes();
        }
    }

    @Test
    void theLibraryIsCopiedOnceAndLoadedFromTheCopy() throws Exception {
        Path cache = dir.resolve("native");
        Path tmp = dir.resolve("tmp1");
        String out = child(cache, tmp);
        Path library;
        try (Stream<Path> files = Files.walk(cache)) {
            library = files.filter(f -> f.getFileName().toString().equals(LibraryLoaderUtil.getNativeLibName()))
                    .findFirst().orElseThrow();
        }
        assertTrue(out.contains("USED " + library), out);
        assertArrayEquals(jarCopy(), Files.readAllBytes(library), "the copy is the jar's library");
        assertEquals(List.of(library.toString()), mapped(out), "loaded from the copy, not from the temporary folder");

        long written = Files.getLastModifiedTime(library).toMillis();
        Thread.sleep(20);
        out = child(cache, dir.resolve("tmp2"));
        assertEquals(written, Files.getLastModifiedTime(library).toMillis(), "the next start reuses the copy");
        assertEquals(List.of(library.toString()), mapped(out));
    }

    @Test
    void aDamagedCopyOfTheRightSizeFallsBackToTheDriversExtraction() throws Exception {
        Path cache = dir.resolve("native");
        child(cache, dir.resolve("tmp1"));
        Path library;
        try (Stream<Path> files = Files.walk(cache)) {
            library = files.filter(f -> f.getFileName().toString().equals(LibraryLoaderUtil.getNativeLibName()))
                    .findFirst().orElseThrow();
        }
        Files.write(library, new byte[(int) Files.size(library)]); // same size, not a library
        Path tmp = dir.resolve("tmp2");
        String out = child(cache, tmp);
        assertTrue(out.contains("VERSION 3."), "the database still opens: " + out);
        List<String> mapped = mapped(out);
        assertEquals(1, mapped.size(), out);
        assertTrue(mapped.get(0).startsWith(tmp.toString()), "the driver's own copy in the temporary folder: " + mapped);
    }

    @Test
    void aLibraryPathSetByTheLauncherIsLeftAlone() {
        String before = System.getProperty(SqliteNativeLibrary.PATH_PROPERTY);
        System.setProperty(SqliteNativeLibrary.PATH_PROPERTY, "/somewhere/else");
        try {
            assertEquals(null, SqliteNativeLibrary.useCopyIn(dir));
            assertEquals(List.of(), dir.toFile().list() == null ? List.of() : List.of(dir.toFile().list()));
        } finally {
            if (before == null) {
                System.clearProperty(SqliteNativeLibrary.PATH_PROPERTY);
            } else {
                System.setProperty(SqliteNativeLibrary.PATH_PROPERTY, before);
            }
        }
    }
}

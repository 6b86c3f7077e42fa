package jp.clustereval.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.sqlite.NativeLibraryNotFoundException;

/**
 * The driver's failure when the jar has no SQLite library for this computer (the jar carries the
 * five desktop platforms only) says so, instead of "reported an error: Error opening connection".
 * ShadedJarIT makes the driver fail that way for real, from the jar.
 */
class StoreExceptionTest {

    @Test
    void aMissingNativeLibraryNamesThePlatformAndTheSupportedOnes() {
        SQLException driver = new SQLException("Error opening connection",
                new NativeLibraryNotFoundException("No native library found for os.name=Linux, os.arch=riscv64, paths=[/usr/lib]"));
        StoreException e = StoreException.from(driver, Path.of("/data/chair.db"));
        assertEquals("store.noNativeLibrary", e.key());
        String message = e.message(Locale.ROOT);
        assertTrue(message.startsWith("This build of ClusterEval has no SQLite library for this computer ("
                + System.getProperty("os.name") + ", " + System.getProperty("os.arch") + ")"), message);
        assertTrue(e.message(Locale.JAPANESE).contains("SQLite"), e.message(Locale.JAPANESE));
    }
}

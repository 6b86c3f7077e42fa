package jp.clustereval.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.clustereval.common.UserFacingException;

class DatabaseLockTest {

    @TempDir
    Path dir;

    @Test
    void aSecondWriterInThisProcessIsToldWhoHoldsTheDatabase() {
        Path db = dir.resolve("a.db");
        try (DatabaseLock first = DatabaseLock.acquire(db)) {
            assertEquals(dir.resolve("a.db.lock"), first.lockFile());
            UserFacingException e = assertThrows(UserFacingException.class, () -> DatabaseLock.acquire(db));
            assertEquals("lock.held", e.key());
            assertEquals(String.valueOf(ProcessHandle.current().pid()), e.args()[1]);
            assertTrue(e.getMessage().contains("open it read-only"), e.getMessage());
            assertTrue(e.message(Locale.JAPANESE).contains("読み取り専用"), e.message(Locale.JAPANESE));
            assertEquals(ProcessHandle.current().pid(), DatabaseLock.holder(db).orElseThrow().pid());
            // reading is still possible: read-only opening takes no lock
            try (Services ro = Services.open(createdDatabase(db), true)) {
                assertEquals(18, ro.clusters().all().size());
            }
        }
        assertTrue(DatabaseLock.holder(db).isEmpty());
        try (DatabaseLock again = DatabaseLock.acquire(db)) {
            assertTrue(Files.exists(again.lockFile()));
        }
    }

    @Test
    void anotherProcessHoldsTheLockUntilItDies() throws Exception {
        Path db = dir.resolve("b.db");
        long childPid;
        try (ChildJvm child = ChildJvm.start(LockHolder.class, db.toString())) {
            child.awaitLine("locked");
            childPid = child.pid();
            UserFacingException e = assertThrows(UserFacingException.class, () -> DatabaseLock.acquire(db));
            assertEquals("lock.held", e.key());
            assertEquals(String.valueOf(childPid), e.args()[1], e.getMessage());
            assertEquals(childPid, DatabaseLock.holder(db).orElseThrow().pid());
            child.kill();
        }
        // the OS released the killed process's lock; its stale text does not block anyone
        assertTrue(DatabaseLock.holder(db).isEmpty());
        try (DatabaseLock mine = DatabaseLock.acquire(db)) {
            assertTrue(Files.readString(mine.lockFile()).contains("pid=" + ProcessHandle.current().pid()));
        }
    }

    @Test
    void aFolderWhereNoLockCanBeMadeIsReported() {
        Path db = dir.resolve("missing-folder").resolve("c.db");
        UserFacingException e = assertThrows(UserFacingException.class, () -> DatabaseLock.acquire(db));
        assertEquals("lock.cannotCreate", e.key());
    }

    private static Path createdDatabase(Path db) {
        if (!Files.exists(db)) {
            Services.open(db, false).close();
        }
        return db;
    }
}

package jp.clustereval.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.clustereval.common.UserFacingException;

// a try-with-resources here holds a lock or a running program for its block, unreferenced: javac's "try" lint
@SuppressWarnings("try")
class DatabaseLockTest {

    @TempDir
    Path dir;

    @Test
    void aSecondWriterInThisProcessIsToldWhoHoldsTheDatabase() throws Exception {
        Path db = dir.resolve("a.db");
        try (Services first = Services.openAsWriter(db, dir.resolve("keys"))) {
            UserFacingException e = assertThrows(UserFacingException.class, () -> DatabaseLock.acquire(db));
            assertEquals("lock.held", e.key());
            assertEquals(String.valueOf(ProcessHandle.current().pid()), e.args()[1]);
            assertTrue(e.getMessage().contains("read-only viewing, work meanwhile"), e.getMessage());
            assertTrue(e.message(Locale.JAPANESE).contains("読み取り専用"), e.message(Locale.JAPANESE));
            assertEquals(ProcessHandle.current().pid(), DatabaseLock.holder(db).orElseThrow().pid());
            // reading is still possible: from a consistent copy the holder makes (the file itself is its alone)
            Path copy;
            try (Services ro = Services.openToRead(db, dir.resolve("keys"))) {
                assertEquals(18, ro.clusters().all().size());
                assertTrue(ro.database().isReadOnly());
                copy = ro.database().file();
                assertTrue(!Files.isSameFile(copy, db), "a copy, not the file");
            }
            assertTrue(Files.notExists(copy), "the copy is deleted when the reader is done");
        }
        assertTrue(DatabaseLock.holder(db).isEmpty());
        try (DatabaseLock again = DatabaseLock.acquire(db)) {
            assertEquals(ProcessHandle.current().pid(), DatabaseLock.holder(db).orElseThrow().pid());
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
        // the OS closed the killed process's socket; the name it left behind blocks nobody
        assertTrue(DatabaseLock.holder(db).isEmpty());
        try (DatabaseLock mine = DatabaseLock.acquire(db)) {
            assertEquals(ProcessHandle.current().pid(), DatabaseLock.holder(db).orElseThrow().pid());
        }
    }

    @Test
    void everyPathOfTheSameFileFindsTheSameLock() throws Exception {
        Path db = dir.resolve("d.db");
        Files.createDirectories(dir.resolve("elsewhere"));
        try (DatabaseLock held = DatabaseLock.acquire(db)) {
            Path symlink = Files.createSymbolicLink(dir.resolve("elsewhere/link.db"), db);
            Path hardLink = Files.createLink(dir.resolve("elsewhere/hard.db"), db);
            Path spelled = dir.resolve("elsewhere/../d.db");
            for (Path other : List.of(symlink, hardLink, spelled)) {
                UserFacingException e = assertThrows(UserFacingException.class, () -> DatabaseLock.acquire(other), other::toString);
                assertEquals("lock.held", e.key());
                assertEquals(ProcessHandle.current().pid(), DatabaseLock.holder(other).orElseThrow().pid());
            }
        }
        assertTrue(DatabaseLock.holder(dir.resolve("elsewhere/hard.db")).isEmpty());
    }

    @Test
    void closingTheFilesOfTheDatabaseInThisProcessKeepsTheLock() throws Exception {
        Path db = dir.resolve("e.db");
        try (ChildJvm child = ChildJvm.start(LockHolder.class, db.toString(), "--touch-files")) {
            child.awaitLine("locked");
            child.awaitLine("touched"); // it opened and closed every file of the folder: POSIX locks would be gone
            UserFacingException e = assertThrows(UserFacingException.class, () -> DatabaseLock.acquire(db));
            assertEquals("lock.held", e.key());
            assertEquals(String.valueOf(child.pid()), e.args()[1]);
        }
    }

    @Test
    void aLockFolderOthersCanEnterIsRefused() throws Exception {
        Path shared = Files.createDirectory(dir.resolve("shared-locks"));
        Files.setPosixFilePermissions(shared, java.nio.file.attribute.PosixFilePermissions.fromString("rwxrwxrwx"));
        String before = System.getProperty("clustereval.lockFolder");
        System.setProperty("clustereval.lockFolder", shared.toString());
        try {
            UserFacingException e = assertThrows(UserFacingException.class, () -> DatabaseLock.acquire(dir.resolve("f.db")));
            assertEquals("lock.folderUnsafe", e.key());
            Path notAFolder = Files.writeString(dir.resolve("a-file"), "x");
            System.setProperty("clustereval.lockFolder", notAFolder.toString());
            e = assertThrows(UserFacingException.class, () -> DatabaseLock.acquire(dir.resolve("f.db")));
            assertEquals("lock.folderUnsafe", e.key());
        } finally {
            if (before == null) {
                System.clearProperty("clustereval.lockFolder");
            } else {
                System.setProperty("clustereval.lockFolder", before);
            }
        }
    }
}

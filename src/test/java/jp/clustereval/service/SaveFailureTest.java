package jp.clustereval.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Statement;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.clustereval.common.UserFacingException;
import jp.clustereval.domain.Evaluator;
import jp.clustereval.persistence.Database;

/**
 * A full disk or a read-only file while saving: the user gets a message that says so, and nothing
 * half-written remains (every row of every table as before). The disk is "full" through
 * {@code PRAGMA max_page_count} (SQLite then fails with SQLITE_FULL exactly as on a full disk);
 * "read-only" through {@code PRAGMA query_only} (SQLITE_READONLY, as for a file or folder that
 * became read-only), because these tests run as root, who may write any file.
 */
class SaveFailureTest {

    @TempDir
    Path dir;

    private Services services;
    private SheetKey key;

    @BeforeEach
    void setUp() {
        services = Services.open(dir.resolve("save.db"), false, dir.resolve("keys"));
        Evaluator e = services.evaluators().createLocal("評価 一郎", "大学A");
        key = new SheetKey(services.rounds().current().id(), e.id(), "SAP");
        services.grading().setGrade(key, "1.1", "A", "gui");
    }

    @AfterEach
    void tearDown() {
        services.close();
    }

    private void pragma(String sql) {
        services.database().query(c -> {
            try (Statement s = c.createStatement()) {
                s.execute(sql);
            }
            return null;
        });
    }

    private int pageCount() {
        return services.database().query(c -> {
            try (Statement s = c.createStatement(); var rs = s.executeQuery("PRAGMA page_count")) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    @Test
    void aFullDiskIsReportedAndNothingHalfWrittenRemains() {
        Database db = services.database();
        String before = DbSnapshot.of(db);
        pragma("PRAGMA max_page_count = " + pageCount());
        String longComment = "長いコメント".repeat(3000); // needs new pages: more than the "disk" has

        UserFacingException e = assertThrows(UserFacingException.class,
                () -> services.grading().setItemText(key, "1.2.1", ItemTextField.COMMENT, longComment, "gui"));

        assertEquals("store.diskFull", e.key());
        assertTrue(e.getMessage().contains("is full: the change was not saved"), e.getMessage());
        assertTrue(e.message(Locale.JAPANESE).contains("いっぱい"), e.message(Locale.JAPANESE));
        assertEquals(before, DbSnapshot.of(db), "no row of the failed save remains (not even its audit row)");
        pragma("PRAGMA max_page_count = 1073741823"); // space freed: the same save now works
        services.grading().setItemText(key, "1.2.1", ItemTextField.COMMENT, longComment, "gui");
        assertEquals(longComment, services.grading().load(key).entry("1.2.1").comment());
    }

    @Test
    void aFileThatBecameReadOnlyIsReportedAndNothingChanges() {
        Database db = services.database();
        String before = DbSnapshot.of(db);
        pragma("PRAGMA query_only = ON");

        UserFacingException e = assertThrows(UserFacingException.class,
                () -> services.grading().setGrade(key, "1.1", "S", "gui"));

        assertEquals("store.readOnly", e.key());
        assertTrue(e.getMessage().contains("is read-only: nothing was changed"), e.getMessage());
        pragma("PRAGMA query_only = OFF");
        assertEquals(before, DbSnapshot.of(db));
        assertEquals("A", services.grading().load(key).entry("1.1").grade());
    }

    @Test
    void aBackupThatCannotBeWrittenIsReportedAndLeavesNoPartialFile() throws Exception {
        // a folder that cannot hold the backup: the backup folder's name is taken by a file
        java.nio.file.Files.writeString(dir.resolve("backups"), "in the way");
        UserFacingException e = assertThrows(UserFacingException.class,
                () -> new BackupService(services.database()).backupNow());
        assertEquals("backup.cannotWrite", e.key());
        try (var files = java.nio.file.Files.list(dir)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".part")));
        }
    }
}

package jp.clustereval.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.clustereval.common.UserFacingException;
import jp.clustereval.persistence.BackupStore;
import jp.clustereval.persistence.BackupStore.Backup;
import jp.clustereval.persistence.BackupStore.BackupSummary;
import jp.clustereval.persistence.Database;

class BackupServiceTest {

    @TempDir
    Path dir;

    private ScoreFileFixture evaluator;
    private BackupService backups;

    @BeforeEach
    void setUp() {
        evaluator = new ScoreFileFixture(dir, "me").gradeAll("SAP", "A", Map.of("1.1", "S")).comment("SAP", "1.1", "順調");
        backups = new BackupService(evaluator.services.database());
    }

    @AfterEach
    void tearDown() {
        evaluator.close();
    }

    private String sapGrade(String item) {
        return evaluator.services.grading().load(new SheetKey(evaluator.round.id(), evaluator.evaluator.id(), "SAP"))
                .entry(item).grade();
    }

    @Test
    void aBackupIsOneConsistentSelfContainedFileListedWithWhatItHolds() throws Exception {
        Backup b = backups.backupNow();
        assertEquals(dir.resolve("backups"), b.file().getParent());
        assertTrue(b.file().getFileName().toString().matches("me-\\d{8}-\\d{6}-\\d{3}-manual\\.db"), b.file().toString());
        assertFalse(Files.exists(Path.of(b.file() + "-wal")), "a backup needs no WAL beside it");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + b.file()); Statement s = c.createStatement()) {
            var rs = s.executeQuery("PRAGMA journal_mode");
            rs.next();
            assertEquals("delete", rs.getString(1));
        }
        List<BackupService.Entry> list = backups.list();
        assertEquals(1, list.size());
        BackupSummary sum = list.get(0).summary();
        assertNull(list.get(0).problem());
        assertEquals(1, sum.evaluators());
        assertEquals(1, sum.sheets());
        assertEquals(9, sum.grades());
        assertEquals(1, sum.comments());
        assertEquals(backups.current(), sum);
    }

    @Test
    void onlyTheNewestAreKept() {
        Database db = evaluator.services.database();
        BackupStore store = new BackupStore(db.file(), dir.resolve("kept"), 3);
        Backup first = store.create(db, "manual");
        for (int i = 0; i < 5; i++) {
            store.create(db, "daily");
        }
        Backup last = store.create(db, "import");
        List<Backup> left = store.list();
        assertEquals(3, left.size());
        assertEquals(last, left.get(0));
        assertFalse(Files.exists(first.file()));
        assertTrue(left.get(0).createdAt().isAfter(left.get(2).createdAt()));
    }

    @Test
    void restoreBringsBackTheOldStateAfterBackingUpTheCurrentOne() {
        Backup good = backups.backupNow();
        evaluator.grade("SAP", "1.1", "C").grade("KYO", "1.1", "B");
        assertEquals("C", sapGrade("1.1"));

        Backup before = backups.restore(good.file());

        assertEquals("S", sapGrade("1.1"));
        assertEquals(1, backups.current().sheets());
        assertEquals("restore", before.reason());
        BackupSummary beforeSummary = BackupStore.inspect(before.file());
        assertEquals(2, beforeSummary.sheets(), "the pre-restore backup holds the state that was replaced");
        // the restored database keeps working: WAL, and writable
        evaluator.grade("SAP", "1.2.1", "B");
        assertEquals("B", sapGrade("1.2.1"));
        assertEquals("wal", pragma(evaluator.services.database(), "journal_mode"));
        // and the restore itself can be undone
        backups.restore(before.file());
        assertEquals("C", sapGrade("1.1"));
    }

    @Test
    void aFileThatIsNotAClusterEvalDatabaseIsRefusedAndNothingChanges() throws Exception {
        Database db = evaluator.services.database();
        String snapshot = DbSnapshot.of(db);
        Path text = Files.writeString(dir.resolve("notes.db"), "not a database at all, just some words");
        Path foreign = dir.resolve("other.sqlite");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + foreign); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t(x)");
        }
        Path damaged = damagedCopyOf(backups.backupNow().file());
        int backupsBefore = backups.list().size();

        for (Path bad : List.of(text, foreign, dir.resolve("missing.db"), damaged)) {
            UserFacingException e = assertThrows(UserFacingException.class, () -> backups.restore(bad), bad.toString());
            assertTrue(List.of("backup.notClusterEval", "backup.notFound", "backup.damaged").contains(e.key()), e.key());
            assertEquals(snapshot, DbSnapshot.of(db), "nothing changed after " + bad);
            assertEquals(backupsBefore, backups.list().size(), "no backup made for a refused restore");
        }
        assertEquals("backup.damaged", assertThrows(UserFacingException.class, () -> backups.restore(damaged)).key());
        assertEquals("backup.isDatabase", assertThrows(UserFacingException.class, () -> backups.restore(db.file())).key());
    }

    @Test
    void backupsAreFoundByNumberOrName() {
        Backup older = backups.backupNow();
        Backup newer = backups.backupNow();
        assertEquals(newer.file(), backups.resolve("1"));
        assertEquals(older.file(), backups.resolve("2"));
        assertEquals(older.file(), backups.resolve(older.file().getFileName().toString()));
        UserFacingException e = assertThrows(UserFacingException.class, () -> backups.resolve("3"));
        assertEquals("backup.unknownId", e.key());
    }

    @Test
    void theDailyBackupIsMadeOnlyWhenDue() {
        assertTrue(backups.backupIfDue().isPresent(), "no backup yet: due");
        assertTrue(backups.backupIfDue().isEmpty(), "one made just now: not due");
        assertEquals("daily", backups.list().get(0).backup().reason());
    }

    @Test
    void anImportIsPrecededByABackupOfTheStateBeforeIt() {
        Path file = evaluator.export(dir.resolve("me.cescore"));
        try (Services chair = Services.open(dir.resolve("chair.db"), false, dir.resolve("chair-keys"))) {
            BackupService chairBackups = new BackupService(chair.database());
            ImportPreview preview = chair.imports().preview(List.of(file), ImportOptions.defaults());
            assertTrue(chairBackups.list().isEmpty(), "a preview stores nothing, backs up nothing");
            chair.imports().commit(preview, ImportProgress.none(), () -> false);
            List<BackupService.Entry> list = chairBackups.list();
            assertEquals(1, list.size());
            assertEquals("import", list.get(0).backup().reason());
            assertEquals(0, list.get(0).summary().sheets(), "the backup holds the state before the import");
            assertEquals(1, chairBackups.current().sheets());
        }
    }

    /**
     * A database of an older schema (v3-chair.db, made by 6bb2ca3: src/test/resources/migration-fixtures)
     * is backed up before it is migrated: the backup holds the old schema version and all of the old
     * content, and the migration itself succeeds.
     */
    @Test
    void aMigrationIsPrecededByABackup() throws Exception {
        Path old = fixtureCopy("v3-chair.db", dir.resolve("old.db"));
        BackupSummary before = BackupStore.inspect(fixtureCopy("v3-chair.db", dir.resolve("pristine.db")));
        assertEquals(3, before.schemaVersion());
        assertTrue(before.grades() > 0 && before.comments() > 0, before.toString());

        Database.open(old).close(); // the migration must succeed: a failure is not the backup's test passing
        assertTrue(Database.isCurrent(old));
        List<Backup> made = BackupStore.of(old).list();
        assertEquals(1, made.size());
        assertEquals("migration", made.get(0).reason());
        assertEquals(before, BackupStore.inspect(made.get(0).file()), "schema version 3 and everything the file held");
    }

    private static Path fixtureCopy(String fixture, Path target) throws Exception {
        try (java.io.InputStream in = BackupServiceTest.class.getResourceAsStream("/migration-fixtures/" + fixture)) {
            Files.copy(in, target);
        }
        return target;
    }

    @Test
    void aBrandNewDatabaseIsNotBackedUp() {
        Database.open(dir.resolve("new.db")).close();
        assertTrue(BackupStore.of(dir.resolve("new.db")).list().isEmpty());
    }

    private Path damagedCopyOf(Path backup) throws Exception {
        byte[] bytes = Files.readAllBytes(backup);
        byte[] copy = bytes.clone();
        for (int i = 4096 + 100; i < copy.length; i += 7) { // keep the header, scramble the pages
            copy[i] = (byte) (copy[i] ^ 0x5a);
        }
        assertFalse(java.util.Arrays.equals(bytes, copy));
        Path damaged = dir.resolve("damaged-copy.db");
        Files.write(damaged, copy);
        assertArrayEquals(java.util.Arrays.copyOf(bytes, 100), java.util.Arrays.copyOf(copy, 100));
        return damaged;
    }

    private static String pragma(Database db, String name) {
        return db.query(c -> {
            try (Statement s = c.createStatement(); var rs = s.executeQuery("PRAGMA " + name)) {
                rs.next();
                return rs.getString(1);
            }
        });
    }
}

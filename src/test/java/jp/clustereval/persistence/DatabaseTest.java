package jp.clustereval.persistence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.clustereval.domain.Cluster;
import jp.clustereval.domain.ItemKind;
import jp.clustereval.domain.Round;

class DatabaseTest {

    @TempDir
    Path dir;

    @Test
    void isCurrentReadsTheHeaderOnly() throws Exception {
        Path file = dir.resolve("current.db");
        Database.open(file).close();
        assertTrue(Database.isCurrent(file), "closed, so the header is checkpointed into the file");
        try (Database db = Database.open(file)) {
            db.inTransaction(c -> {
                try (Statement st = c.createStatement()) {
                    st.execute("PRAGMA user_version = " + (Migrator.latestVersion() - 1));
                }
                return null;
            });
        }
        assertFalse(Database.isCurrent(file), "an older schema");
        Path notes = Files.writeString(dir.resolve("notes.txt"), "not a database");
        assertFalse(Database.isCurrent(notes));
        assertFalse(Database.isCurrent(dir.resolve("missing.db")));
    }

    @Test
    void newFileIsCreatedMigratedAndSeeded() throws Exception {
        Path file = dir.resolve("new.db");
        try (Database db = Database.open(file)) {
            assertEquals(Database.APPLICATION_ID, db.pragmaInt("application_id"));
            assertEquals(Migrator.latestVersion(), db.pragmaInt("user_version"));
            assertEquals(1, db.pragmaInt("foreign_keys"));
            assertEquals("wal", db.query(c -> scalar(c, "PRAGMA journal_mode")));
            assertEquals("V1__schema.sql", db.query(c -> scalar(c, "SELECT description FROM schema_version WHERE version = 1")));
        }
        try (Database db = Database.open(file)) {
            List<Cluster> clusters = db.query(c -> new ClusterDao(c).findAll());
            assertEquals(18, clusters.size());
            Cluster sap = clusters.get(0);
            assertEquals("SAP", sap.code());
            assertEquals("札幌ITカロッツェリアクラスター", sap.name().ja());
            assertEquals(List.of("IT"), sap.fields());
            Cluster ksc = db.query(c -> new ClusterDao(c).find("KSC")).orElseThrow();
            assertEquals(List.of("Life Sciences", "Environment", "IT"), ksc.fields());
            assertEquals("Kansai", ksc.wideArea());
            assertEquals(12, clusters.stream().filter(c -> c.startFiscalYear() == 2002).count());

            var achievements = db.query(c -> new EvidenceDao(c).ofUnit("mid-fy2004", "OSK")).get(0);
            assertEquals("FY2002-2004", achievements.period());
            assertEquals(273930L, achievements.metrics().get("revenue_thousand_yen"));
            assertEquals(13, achievements.metrics().size());
            assertEquals("papers_domestic", achievements.metrics().keySet().iterator().next());

            Round round = db.query(c -> new RoundDao(c).load("mid-fy2004")).orElseThrow();
            assertEquals("中間評価 FY2004", round.name().ja());
            assertEquals("Mid-term evaluation FY2004", round.name().en());
            assertEquals(List.of("1.1", "1.2.1", "1.2.2", "1.3", "2.1", "2.2", "2.3", "3", "4"),
                    round.items().gradedItems("SAP").stream().map(i -> i.id()).toList());
            assertEquals("B", round.items().find("1.2.2").orElseThrow().axisCode());
            assertEquals(ItemKind.HEADING, round.items().find("1.2").orElseThrow().kind());
            assertEquals(List.of("A", "B", "C", "D", "E"), round.axes().stream().map(a -> a.code()).toList());
            assertEquals("計画どおり進捗している", round.scale().require("A").wording().ja());
            assertEquals(12, round.cohort().size());
            assertTrue(round.cohort().contains("KIT"));
            assertFalse(round.cohort().contains("NGY"));
        }
    }

    @Test
    void theWriterKeepsItsLocksAndItsWalIndexToItself() throws Exception {
        Path file = dir.resolve("exclusive.db");
        for (int i = 0; i < 2; i++) {
            final int open = i; // a new file, then an existing WAL file
            try (Database db = Database.open(file)) {
                assertEquals("exclusive", db.query(c -> scalar(c, "PRAGMA locking_mode")));
                assertEquals("wal", db.query(c -> scalar(c, "PRAGMA journal_mode")));
                assertEquals(2, db.pragmaInt("synchronous"), "FULL: an acknowledged change survives a power cut");
                db.inTransaction(c -> {
                    try (var s = c.createStatement()) {
                        s.executeUpdate("UPDATE cluster SET code = code WHERE 0");
                    }
                    return null;
                });
                assertFalse(Files.exists(dir.resolve("exclusive.db-shm")), "no shared-memory file: the WAL index is the connection's own (open " + open + ")");
                assertTrue(Files.exists(dir.resolve("exclusive.db-wal")));
            }
        }
    }

    @Test
    void reopeningACurrentDatabaseWritesNothing() throws Exception {
        Path file = dir.resolve("current.db");
        Database.open(file).close();
        byte[] before = Files.readAllBytes(file);
        try (Database db = Database.open(file)) {
            db.query(c -> new ClusterDao(c).findAll());
        }
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void databaseOfANewerVersionIsRefusedAndLeftUntouched() throws Exception {
        Path file = dir.resolve("newer.db");
        Database.open(file).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("PRAGMA user_version = 99");
        }
        byte[] before = Files.readAllBytes(file);
        StoreException e = assertThrows(StoreException.class, () -> Database.open(file));
        assertEquals("store.newerVersion", e.key());
        assertTrue(e.getMessage().contains("newer version of ClusterEval (schema version 99"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
        assertFalse(Files.exists(Path.of(file + "-wal")));
    }

    @Test
    void textFileIsRefusedAndLeftUntouched() throws Exception {
        Path file = dir.resolve("notes.db");
        Files.writeString(file, "これはデータベースではありません\n".repeat(20), StandardCharsets.UTF_8);
        byte[] before = Files.readAllBytes(file);
        StoreException e = assertThrows(StoreException.class, () -> Database.open(file));
        assertEquals("store.notSqlite", e.key());
        assertTrue(e.message(Locale.JAPANESE).contains("ClusterEval のデータベースではありません"));
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void otherProgramsSqliteDatabaseIsRefusedAndLeftUntouched() throws Exception {
        Path file = dir.resolve("other.sqlite");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE invoices(id INTEGER PRIMARY KEY, amount REAL)");
            s.execute("INSERT INTO invoices(amount) VALUES (12.5)");
        }
        byte[] before = Files.readAllBytes(file);
        StoreException e = assertThrows(StoreException.class, () -> Database.open(file));
        assertEquals("store.notClusterEval", e.key());
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void damagedDatabaseGivesAClearMessage() throws Exception {
        Path file = dir.resolve("damaged.db");
        Database.open(file).close();
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek(100); // keep the 100-byte header, destroy the schema page behind it
            raf.write(new byte[3000]);
            raf.seek(108);
            raf.write("garbage garbage garbage".getBytes(StandardCharsets.US_ASCII));
        }
        byte[] before = Files.readAllBytes(file);
        StoreException e = assertThrows(StoreException.class, () -> {
            try (Database db = Database.open(file)) {
                db.query(c -> new ClusterDao(c).findAll());
            }
        });
        assertEquals("store.corrupt", e.key());
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void missingFolderIsNamed() {
        Path file = dir.resolve("no/such/folder/x.db");
        StoreException e = assertThrows(StoreException.class, () -> Database.open(file));
        assertEquals("store.folderMissing", e.key());
        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("no")));
    }

    @Test
    void folderIsNotADatabase() {
        StoreException e = assertThrows(StoreException.class, () -> Database.open(dir));
        assertEquals("store.isDirectory", e.key());
    }

    /** Before: a link to /dev/zero (size 0) was taken for a new database and opened; a pipe hung. */
    @Test
    void aDeviceOrAPipeIsNotADatabase() throws Exception {
        Path zero = Files.createSymbolicLink(dir.resolve("zero.db"), Path.of("/dev/zero"));
        assertEquals("store.notRegular", assertThrows(StoreException.class, () -> Database.open(zero)).key());
        assertEquals("store.notRegular", assertThrows(StoreException.class, () -> Database.open(zero, true)).key());
        Path pipe = dir.resolve("pipe.db");
        new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor();
        assertTrue(Files.exists(pipe) && !Files.isRegularFile(pipe));
        assertEquals("store.notRegular", assertThrows(StoreException.class, () -> Database.open(pipe)).key());
        assertEquals(List.of("pipe.db", "zero.db"), Files.list(dir).map(p -> p.getFileName().toString()).sorted().toList());
    }

    @Test
    void readOnlyFileOpensForReadingAndRefusesWrites() throws Exception {
        Path file = dir.resolve("ro.db");
        Database.open(file).close();
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        byte[] before = Files.readAllBytes(file);
        try (Database db = Database.open(file)) {
            assertTrue(db.isReadOnly());
            assertEquals(18, db.query(c -> new ClusterDao(c).findAll()).size());
            StoreException e = assertThrows(StoreException.class, () -> db.inTransaction(c -> null));
            assertEquals("store.readOnly", e.key());
        }
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void failedTransactionStoresNothing() throws Exception {
        Path file = dir.resolve("tx.db");
        try (Database db = Database.open(file)) {
            assertThrows(StoreException.class, () -> db.inTransaction(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("INSERT INTO evaluator(id, name, affiliation, created_at) VALUES ('x', 'X', '', 'now')");
                    s.execute("INSERT INTO evaluator(id, name, affiliation, created_at) VALUES ('x', 'dup', '', 'now')");
                }
                return null;
            }));
            assertEquals("0", db.query(c -> scalar(c, "SELECT count(*) FROM evaluator")));
        }
    }

    private static String scalar(Connection c, String sql) throws java.sql.SQLException {
        try (Statement s = c.createStatement(); var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}

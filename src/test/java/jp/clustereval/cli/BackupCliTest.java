package jp.clustereval.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jp.clustereval.service.DatabaseLock;
import jp.clustereval.service.Settings;

// a try-with-resources here holds a lock or a running program for its block, unreferenced: javac's "try" lint
@SuppressWarnings("try")
class BackupCliTest {

    @TempDir
    Path dir;

    private Path db;
    private String evaluator;

    @BeforeEach
    void setUp() {
        db = dir.resolve("cli.db");
        CliRun add = run("evaluator", "add", "--name", "評価 一郎");
        assertEquals(0, add.exit(), add::toString);
        evaluator = add.out().strip();
        grade("1.1", "S");
    }

    private CliRun run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--db";
        all[1] = db.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return CliRun.of(all);
    }

    private void grade(String item, String grade) {
        CliRun r = run("grade", "--evaluator", evaluator, "--cluster", "SAP", "--item", item, "--grade", grade);
        assertEquals(0, r.exit(), r::toString);
    }

    private JsonNode list() throws Exception {
        CliRun r = run("backup", "list", "--format", "json");
        assertEquals(0, r.exit(), r::toString);
        return new ObjectMapper().readTree(r.out());
    }

    @Test
    void backupListAndRestoreByNumber() throws Exception {
        CliRun none = run("backup", "list");
        assertEquals(0, none.exit(), none::toString);
        assertTrue(none.out().startsWith("No backups yet in " + dir.resolve("backups")), none.out());

        CliRun backup = run("backup");
        assertEquals(0, backup.exit(), backup::toString);
        assertTrue(backup.out().contains("(1 evaluators, 1 sheets, 1 grades, 0 comments)"), backup.out());

        grade("1.1", "C");
        grade("1.2.1", "B");
        JsonNode rows = list();
        assertEquals(1, rows.size());
        assertEquals(1, rows.get(0).get("id").asInt());
        assertEquals("manual", rows.get(0).get("reason").asText());
        assertEquals(1, rows.get(0).get("grades").asInt());

        CliRun restore = run("restore", "1");
        assertEquals(0, restore.exit(), restore::toString);
        assertTrue(restore.out().contains("1 grades"), restore.out());
        rows = list();
        assertEquals(2, rows.size());
        assertEquals("restore", rows.get(0).get("reason").asText());
        assertEquals(2, rows.get(0).get("grades").asInt(), "the state before the restore was kept");

        CliRun table = run("backup", "list");
        assertTrue(table.out().startsWith("id"), table.out());
    }

    /**
     * The newest N are kept, N the user's setting (Main reads the settings and hands them to the
     * command line). Restoring the oldest one kept works: the backup the restore makes first does
     * not remove it (before, it did, and the restore then failed with "There is no backup file",
     * the chosen backup gone).
     */
    @Test
    void theBackupsKeptAreTheUsersSettingAndTheOldestKeptCanBeRestored() throws Exception {
        Settings two = Settings.defaults().withBackupsKept(2);
        for (int i = 0; i < 3; i++) {
            CliRun r = CliRun.of(two, "--db", db.toString(), "backup");
            assertEquals(0, r.exit(), r::toString);
        }
        JsonNode kept = list();
        assertEquals(2, kept.size(), "the third backup removed the oldest");
        String oldest = kept.get(1).get("file").asText();

        CliRun restore = CliRun.of(two, "--db", db.toString(), "restore", "2");
        assertEquals(0, restore.exit(), restore::toString);
        assertTrue(restore.out().contains("Restored " + db + " from " + dir.resolve("backups").resolve(oldest)), restore.out());
        JsonNode rows = list();
        assertEquals(3, rows.size(), "the backup restored from is spared by the restore's own backup");
        assertEquals("restore", rows.get(0).get("reason").asText());
        assertEquals(oldest, rows.get(2).get("file").asText());
        CliRun next = CliRun.of(two, "--db", db.toString(), "backup");
        assertEquals(0, next.exit(), next::toString);
        assertEquals(2, list().size(), "the next backup keeps the setting's number again");
    }

    @Test
    void backupToAChosenFileIsAStandaloneDatabase() {
        Path out = dir.resolve("copy for the secretariat.db");
        CliRun r = run("backup", "--out", out.toString());
        assertEquals(0, r.exit(), r::toString);
        assertTrue(Files.isRegularFile(out));
        CliRun clusters = CliRun.of("--db", out.toString(), "evaluator", "list", "--format", "csv");
        assertEquals(0, clusters.exit(), clusters::toString);
        assertTrue(clusters.out().contains("評価 一郎"));

        CliRun again = run("backup", "--out", out.toString());
        assertEquals(1, again.exit());
        assertTrue(again.err().contains("already exists"), again.err());
    }

    @Test
    void aFileThatIsNotABackupIsRefusedAndTheDatabaseIsUnchanged() throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.txt"), "hello");
        run("clusters"); // a clean close: the WAL is folded into the file
        byte[] before = Files.readAllBytes(db);

        CliRun r = run("restore", notes.toString());

        assertEquals(1, r.exit(), r::toString);
        assertTrue(r.err().contains("is not a ClusterEval database backup. Nothing was restored"), r.err());
        assertArrayEquals(before, Files.readAllBytes(db));
        assertEquals(0, list().size(), "no backup was made for a refused restore");

        CliRun unknown = run("restore", "7");
        assertEquals(1, unknown.exit());
        assertTrue(unknown.err().contains("There is no backup number 7: there are 0 backups"), unknown.err());

        CliRun missing = run("restore");
        assertEquals(2, missing.exit(), "usage error");
    }

    @Test
    void restoreIsRefusedWhileAnotherInstanceHasTheDatabaseOpen() {
        run("backup");
        try (DatabaseLock gui = DatabaseLock.acquire(db)) {
            CliRun r = run("restore", "1");
            assertEquals(1, r.exit());
            assertTrue(r.err().contains("is already open for writing in ClusterEval (process "
                    + ProcessHandle.current().pid()), r.err());
        }
        assertEquals(0, run("restore", "1").exit());
    }

    @Test
    void restoreThroughAnotherPathOfAHeldDatabaseIsRefused() throws Exception {
        run("backup");
        String backup;
        try (var files = Files.list(dir.resolve("backups"))) {
            backup = files.findFirst().orElseThrow().toString();
        }
        grade("1.2.1", "A");
        Files.createDirectories(dir.resolve("other"));
        Path symlink = Files.createSymbolicLink(dir.resolve("other/sym.db"), db);
        Path hardLink = Files.createLink(dir.resolve("other/hard.db"), db);
        try (jp.clustereval.service.Services gui = jp.clustereval.service.Services.openAsWriter(db, dir.resolve("keys"))) {
            for (Path other : new Path[] {symlink, hardLink}) {
                CliRun r = CliRun.of("--db", other.toString(), "restore", backup);
                assertEquals(1, r.exit(), r::toString);
                assertTrue(r.err().contains("is already open for writing in ClusterEval (process "
                        + ProcessHandle.current().pid()), r.err());
            }
        }
        // the file is unchanged: the grade given after the backup is still there
        CliRun show = run("export-csv", "--evaluator", evaluator, "--out", dir.resolve("g.csv").toString());
        assertEquals(0, show.exit(), show::toString);
        assertTrue(Files.readString(dir.resolve("g.csv")).contains("1.2.1,A"), Files.readString(dir.resolve("g.csv")));
    }

    @Test
    void aLinkToTheDatabaseItselfIsNoBackup() throws Exception {
        Path hardLink = Files.createLink(dir.resolve("same.db"), db);
        CliRun r = run("restore", hardLink.toString());
        assertEquals(1, r.exit(), r::toString);
        assertTrue(r.err().contains("is the database itself, not a backup of it"), r.err());
        assertEquals(0, list().size(), "nothing was backed up or restored");
    }

    @Test
    void aDamagedDatabaseIsReplacedByTheBackupAndKeptAside() throws Exception {
        run("backup");
        run("clusters");
        byte[] bytes = Files.readAllBytes(db);
        for (int i = 4096; i < bytes.length; i += 3) {
            bytes[i] = (byte) 0xff;
        }
        Files.write(db, bytes);
        assertEquals(1, run("clusters").exit(), "the damaged file cannot be used");

        CliRun r = run("restore", "1");

        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.out().contains("The damaged file was kept as"), r.out());
        CliRun list = run("evaluator", "list", "--format", "csv");
        assertEquals(0, list.exit(), list::toString);
        assertTrue(list.out().contains(evaluator));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.filter(p -> p.getFileName().toString().startsWith("cli.db.damaged-")).count());
        }
    }
}

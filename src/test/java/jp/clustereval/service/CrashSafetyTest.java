package jp.clustereval.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.clustereval.domain.Round;

/**
 * A crash loses nothing that was shown as saved: a child JVM grades and comments a whole sheet
 * through the services, says "saved", and is killed (SIGKILL: no close, no checkpoint, no
 * shutdown hook). Reopened, the database holds every grade and comment, and the lock it held is free.
 */
// a try-with-resources here holds a lock or a running program for its block, unreferenced: javac's "try" lint
@SuppressWarnings("try")
class CrashSafetyTest {

    @TempDir
    Path dir;

    @Test
    void everyGradeAndCommentSurvivesAKill() throws Exception {
        Path db = dir.resolve("crash.db");
        String evaluatorId;
        try (ChildJvm child = ChildJvm.start(CrashGrader.class, db.toString(), dir.resolve("keys").toString())) {
            child.awaitLine("saved");
            child.kill();
        }
        // The write-ahead log still holds the unsynced-to-main-file work: proof that this is not a clean shutdown.
        assertTrue(Files.exists(dir.resolve("crash.db-wal")), "a killed process leaves its WAL behind");

        try (DatabaseLock lock = DatabaseLock.acquire(db); Services s = Services.open(db, false, dir.resolve("keys"))) {
            evaluatorId = s.evaluators().local().orElseThrow().id();
            Round round = s.rounds().current();
            SheetData data = s.grading().load(new SheetKey(round.id(), evaluatorId, CrashGrader.CLUSTER));
            for (int i = 0; i < ScoreFileFixture.ITEMS.size(); i++) {
                String item = ScoreFileFixture.ITEMS.get(i);
                assertEquals(CrashGrader.GRADES[i], data.entry(item).grade(), "grade of " + item);
                assertEquals(CrashGrader.comment(item), data.entry(item).comment(), "comment of " + item);
                assertEquals("指摘 " + item, data.entry(item).indication(), "indication of " + item);
            }
            assertEquals("総じて順調", data.sheet().comment());
            assertFalse(DatabaseLock.holder(db).isEmpty(), "this test holds the lock now");
        }
    }
}

package jp.clustereval.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.clustereval.common.UserFacingException;
import jp.clustereval.domain.Evaluator;

/**
 * A write blocked by another process waits the documented busy timeout (5 s) before it gives up
 * with the busy message, and succeeds when the other process finishes within it. Before, a save
 * read first in a deferred transaction and then asked for the write lock, which SQLite refuses at
 * once (no busy handler for that upgrade): the save failed straight away.
 */
class BusyTimeoutTest {

    @TempDir
    Path dir;

    private SheetKey prepare(Services s) {
        Evaluator e = s.evaluators().createLocal("評価 一郎", "大学A");
        return new SheetKey(s.rounds().current().id(), e.id(), "SAP");
    }

    @Test
    void aBlockedWriteWaitsTheBusyTimeoutThenSaysTheFileIsInUse() throws Exception {
        Path db = dir.resolve("busy.db");
        try (Services s = Services.open(db, false, dir.resolve("keys"))) {
            SheetKey key = prepare(s);
            try (ChildJvm other = ChildJvm.start(WriteHolder.class, db.toString(), "600000")) {
                other.awaitLine("holding");
                long start = System.nanoTime();
                UserFacingException e = assertThrows(UserFacingException.class,
                        () -> s.grading().setGrade(key, "1.1", "A", "cli"));
                long waitedMillis = (System.nanoTime() - start) / 1_000_000;
                assertEquals("store.busy", e.key(), e.getMessage());
                assertTrue(waitedMillis >= 4_500 && waitedMillis < 15_000,
                        "gave up after the 5 s busy timeout, not " + waitedMillis + " ms");
            }
            assertEquals("A", s.grading().setGrade(key, "1.1", "A", "cli").entry("1.1").grade(),
                    "the same save works once the other program is gone");
        }
    }

    @Test
    void aBlockedWriteGoesThroughWhenTheOtherProgramFinishesWithinTheTimeout() throws Exception {
        Path db = dir.resolve("busy.db");
        try (Services s = Services.open(db, false, dir.resolve("keys"))) {
            SheetKey key = prepare(s);
            try (ChildJvm other = ChildJvm.start(WriteHolder.class, db.toString(), "1500")) {
                other.awaitLine("holding");
                long start = System.nanoTime();
                SheetData saved = s.grading().setGrade(key, "1.1", "S", "cli");
                long waitedMillis = (System.nanoTime() - start) / 1_000_000;
                assertEquals("S", saved.entry("1.1").grade());
                assertTrue(waitedMillis >= 500, "it waited for the other program (" + waitedMillis + " ms)");
            }
        }
    }
}

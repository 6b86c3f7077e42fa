package jp.clustereval.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The finalised rounds' migration: a file from before it opens with every round open (an empty
 * round_final) and every row it had; a round is final at most once, in the name of a stored person.
 */
class RoundFinalMigrationTest {

    @TempDir
    Path dir;

    @Test
    void aFileFromBeforeOpensWithEveryRoundOpen() throws Exception {
        Path file = dir.resolve("old.db");
        String roundsBefore;
        try (Database db = Database.open(file)) {
            roundsBefore = db.query(c -> new RoundDao(c).ids()).toString();
        }
        OlderSchema.toVersion10(file);
        try (Database db = Database.open(file)) {
            assertEquals(Migrator.latestVersion(), db.pragmaInt("user_version"));
            assertEquals(roundsBefore, db.query(c -> new RoundDao(c).ids()).toString());
            assertTrue(db.query(c -> new RoundFinalDao(c).roundIds()).isEmpty());
        }
    }

    @Test
    void aRoundIsFinalOnceAndByAStoredPerson() {
        try (Database db = Database.open(dir.resolve("t.db"))) {
            String round = db.query(c -> new RoundDao(c).ids()).get(0);
            assertThrows(StoreException.class, () -> db.inTransaction(c -> {
                new RoundFinalDao(c).insert(new RoundFinalDao.Row(round, Instant.now(), "nobody"));
                return null;
            }), "an unknown person");
            assertThrows(StoreException.class, () -> db.inTransaction(c -> {
                new RoundFinalDao(c).insert(new RoundFinalDao.Row("no-such-round", Instant.now(), "nobody"));
                return null;
            }));
            assertTrue(db.query(c -> new RoundFinalDao(c).roundIds()).isEmpty());
        }
    }

}

package jp.clustereval.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.clustereval.common.UserFacingException;
import jp.clustereval.domain.Sheet;
import jp.clustereval.scorefile.ScoreFile;
import jp.clustereval.scorefile.ScoreFileJson;
import jp.clustereval.scorefile.ScoreFileReader;
import jp.clustereval.scorefile.ScoreSheet;

/**
 * Revisions are 64-bit end to end, up to 2^53 - 1 (what a JSON number holds exactly). Before, revision
 * 2^31 - 1 + 1 was read back as -2147483648, and every later export of that sheet was refused.
 */
class RevisionRangeTest {

    @TempDir
    Path dir;

    private ScoreFileFixture x;
    private Services chair;

    @BeforeEach
    void setUp() {
        x = new ScoreFileFixture(dir, "x").gradeAll("SAP", "A", Map.of());
        chair = Services.open(dir.resolve("chair.db"), false, dir.resolve("chair-keys"));
    }

    @AfterEach
    void tearDown() {
        x.close();
        chair.close();
    }

    /** X's own file with the SAP sheet at the given revision, signed with X's key (as X's machine would write it). */
    private Path xWithRevision(long revision) throws Exception {
        ScoreFile c = ScoreFileReader.read(x.export(dir.resolve("plain.cescore"))).content();
        List<ScoreSheet> sheets = c.sheets().stream().map(s -> s.cluster().equals("SAP") ? s.withRevision(revision) : s).toList();
        ScoreFile changed = new ScoreFile(c.formatVersion(), c.appVersion(), c.exportedAt(), c.roundId(), c.roundFingerprint(),
                c.evaluator(), sheets);
        return Files.write(dir.resolve("r" + revision + ".cescore"),
                ScoreFileJson.signed(changed, x.services.keys().ownKeyPair(x.evaluator.id()).getPrivate()));
    }

    private long revision(Services s, String cluster) {
        return s.grading().load(new SheetKey(x.round.id(), x.evaluator.id(), cluster)).sheet().revision();
    }

    private static FileReport importInto(Services s, Path file) {
        ImportPreview p = s.imports().preview(List.of(file), ImportOptions.defaults());
        return s.imports().commit(p, ImportProgress.none(), () -> false).files().get(0);
    }

    @Test
    void aChangeAtRevisionTwoToTheThirtyOneMinusOneGoesOnToTwoToTheThirtyOne() throws Exception {
        // X's sheet comes back at 2^31 - 1 (a copy of X's own file, restored on X's machine)
        FileReport restored = importInto(x.services, xWithRevision(Integer.MAX_VALUE));
        assertEquals(FileOutcome.ACCEPTED, restored.outcome(), String.valueOf(restored.rejection()));
        assertEquals(Integer.MAX_VALUE, revision(x.services, "SAP"));
        x.grade("SAP", "4", "S");
        assertEquals(2_147_483_648L, revision(x.services, "SAP"));
        Path export = x.export(dir.resolve("after.cescore"));
        assertTrue(Files.readString(export).contains("\"revision\" : 2147483648"));
        FileReport r = importInto(chair, export);
        assertEquals(FileOutcome.ACCEPTED, r.outcome(), String.valueOf(r.rejection()));
        assertEquals(2_147_483_648L, revision(chair, "SAP"));
        assertEquals(2_147_483_648L, r.sheets().stream().filter(s -> s.clusterCode().equals("SAP")).findFirst().orElseThrow()
                .revision());
    }

    @Test
    void theHighestRevisionIsAcceptedAndAChangeBeyondItIsRefusedWithAMessage() throws Exception {
        FileReport restored = importInto(x.services, xWithRevision(Sheet.MAX_REVISION));
        assertEquals(FileOutcome.ACCEPTED, restored.outcome(), String.valueOf(restored.rejection()));
        assertEquals(Sheet.MAX_REVISION, revision(x.services, "SAP"));

        String before = DbSnapshot.of(x.services.database());
        UserFacingException e = assertThrows(UserFacingException.class, () -> x.grade("SAP", "4", "S"));
        assertEquals("sheet.revisionLimit", e.key());
        assertEquals("The sheet of cluster SAP has reached the highest revision number (9,007,199,254,740,991): it cannot be"
                + " changed any more. Nothing was changed.", e.message(Locale.ROOT));
        assertEquals(before, DbSnapshot.of(x.services.database()), "the refused change left nothing behind");

        FileReport r = importInto(chair, x.export(dir.resolve("max.cescore")));
        assertEquals(FileOutcome.ACCEPTED, r.outcome(), String.valueOf(r.rejection()));
        assertEquals(Sheet.MAX_REVISION, revision(chair, "SAP"));

        // a CSV makes the next revision of a sheet it changes: there is none after the highest
        String chairBefore = DbSnapshot.of(chair.database());
        Path csv = dir.resolve("x.csv");
        x.services.csv().export(x.evaluator.id(), null, csv);
        Files.writeString(csv, Files.readString(csv).replace("SAP,4,A,", "SAP,4,B,"));
        FileReport refused = chair.csv().preview(csv, x.evaluator.id(), null, ImportOptions.defaults()).files().get(0);
        assertEquals(FileOutcome.REJECTED, refused.outcome());
        assertEquals("sheet.revisionLimit", refused.rejection().key());
        chair.imports().commit(chair.csv().preview(csv, x.evaluator.id(), null, ImportOptions.defaults()),
                ImportProgress.none(), () -> false);
        assertEquals(chairBefore, DbSnapshot.of(chair.database()));
    }
}

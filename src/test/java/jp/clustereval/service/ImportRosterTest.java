package jp.clustereval.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A round with a roster takes score files only from its rostered evaluators, and once it has
 * assignments only sheets of the units assigned to them: any other file is held for the chair with
 * a message, and nothing of it is stored. Real signed files from evaluators' own databases.
 */
class ImportRosterTest {

    @TempDir
    Path dir;

    private ScoreFileFixture hanako;
    private ScoreFileFixture ichiro;
    private Services chair;

    @BeforeEach
    void setUp() {
        hanako = new ScoreFileFixture(dir, "hanako").gradeAll("SAP", "A", Map.of()).gradeAll("SEN", "B", Map.of());
        ichiro = new ScoreFileFixture(dir, "ichiro").gradeAll("KYO", "C", Map.of());
        chair = Services.open(dir.resolve("chair.db"), false, dir.resolve("chair-keys"));
    }

    @AfterEach
    void tearDown() {
        hanako.close();
        ichiro.close();
        chair.close();
    }

    private FileReport importOne(Path file) {
        ImportPreview preview = chair.imports().preview(List.of(file), ImportOptions.defaults());
        ImportPreview done = chair.imports().commit(preview, ImportProgress.none(), () -> false);
        assertEquals(1, done.files().size());
        return done.files().get(0);
    }

    @Test
    void aFileFromSomeoneNotOnTheRosterIsHeldAndStoresNothing() {
        assertEquals(FileOutcome.ACCEPTED, importOne(hanako.export(dir.resolve("hanako-1.cescore"))).outcome(),
                "no roster yet: anyone's file, as before");
        assertEquals(FileOutcome.ACCEPTED, importOne(ichiro.export(dir.resolve("ichiro-1.cescore"))).outcome());
        chair.roster().add("mid-fy2004", hanako.evaluator.id(), RosterService.EVALUATOR, null, "chair");
        chair.roster().add("mid-fy2004", ichiro.evaluator.id(), RosterService.WEIGHTING, null, "chair");

        // known here, but in the weighting group only
        ichiro.grade("KYO", "1.1", "S");
        Path second = ichiro.export(dir.resolve("ichiro-2.cescore"));
        String before = DbSnapshot.of(chair.database());
        FileReport held = importOne(second);
        assertEquals(FileOutcome.HELD, held.outcome(), held.summary(Locale.ENGLISH));
        assertEquals("import.notRostered", held.reason().key());
        assertTrue(held.summary(Locale.ENGLISH).contains("is not on the roster of the round 'mid-fy2004' as an evaluator")
                && held.summary(Locale.ENGLISH).contains("roster add --round mid-fy2004 --evaluator " + ichiro.evaluator.id()),
                held.summary(Locale.ENGLISH));
        assertEquals(before, DbSnapshot.of(chair.database()), "a held file stores nothing");

        // someone this database has never seen
        try (ScoreFileFixture jiro = new ScoreFileFixture(dir, "jiro").gradeAll("UBE", "B", Map.of())) {
            FileReport unknown = importOne(jiro.export(dir.resolve("jiro.cescore")));
            assertEquals(FileOutcome.HELD, unknown.outcome(), unknown.summary(Locale.ENGLISH));
            assertEquals("import.notRosteredUnknown", unknown.reason().key());
            assertEquals(before, DbSnapshot.of(chair.database()), "not the person, not a grade");
        }

        // rostered as an evaluator, the same file comes in
        chair.roster().add("mid-fy2004", ichiro.evaluator.id(), RosterService.EVALUATOR, null, "chair");
        FileReport accepted = importOne(second);
        assertEquals(FileOutcome.ACCEPTED, accepted.outcome(), accepted.summary(Locale.ENGLISH));
        assertEquals(1, accepted.count(SheetChange.NEWER));
    }

    @Test
    void aSheetOfAUnitNotAssignedToTheEvaluatorHoldsTheFileNamingTheUnit() {
        assertEquals(FileOutcome.ACCEPTED, importOne(hanako.export(dir.resolve("hanako-1.cescore"))).outcome());
        chair.roster().add("mid-fy2004", hanako.evaluator.id(), RosterService.EVALUATOR, null, "chair");
        chair.assignments().assign("mid-fy2004", hanako.evaluator.id(), List.of("SAP"), false, "chair");
        hanako.grade("SAP", "1.1", "S").grade("SEN", "1.1", "S");

        String before = DbSnapshot.of(chair.database());
        Path second = hanako.export(dir.resolve("hanako-2.cescore"));
        FileReport held = importOne(second);
        assertEquals(FileOutcome.HELD, held.outcome(), held.summary(Locale.ENGLISH));
        assertEquals("import.notAssigned", held.reason().key());
        assertTrue(held.summary(Locale.ENGLISH).contains("has a sheet for 'SEN', which is not assigned to them in the round 'mid-fy2004'"),
                held.summary(Locale.ENGLISH));
        assertEquals(before, DbSnapshot.of(chair.database()), "not even the assigned SAP sheet of the held file is stored");

        chair.assignments().assign("mid-fy2004", hanako.evaluator.id(), List.of("SEN"), false, "chair");
        FileReport accepted = importOne(second);
        assertEquals(FileOutcome.ACCEPTED, accepted.outcome(), accepted.summary(Locale.ENGLISH));
        assertEquals(2, accepted.count(SheetChange.NEWER));
    }

    @Test
    void aSheetOfAClusterOutsideTheFilesRoundIsRejectedAndStoresNothing() throws Exception {
        // both databases hold the City Area round (CA01-CA03) beside the seeded one (SAP ...)
        TwoRounds.addCityRound(hanako.services, dir);
        TwoRounds.addCityRound(chair, dir);
        TwoRounds.gradeAll(hanako.services, TwoRounds.CITY, hanako.evaluator.id(), "CA01", "A");
        Path exported = dir.resolve("city.cescore");
        hanako.services.exporter().export(hanako.evaluator.id(), TwoRounds.CITY, exported);
        jp.clustereval.scorefile.ScoreFile file = jp.clustereval.scorefile.ScoreFileReader.read(exported).content();
        jp.clustereval.scorefile.ScoreSheet ca01 = file.sheets().get(0);
        // the same sheet, signed by its evaluator, for SAP: a cluster of this database, but not of the city round
        jp.clustereval.scorefile.ScoreSheet sap = new jp.clustereval.scorefile.ScoreSheet("SAP", ca01.status(), ca01.revision(),
                ca01.updatedAt(), ca01.comment(), ca01.items(), ca01.versioned());
        jp.clustereval.scorefile.ScoreFile other = new jp.clustereval.scorefile.ScoreFile(file.formatVersion(), file.appVersion(),
                file.exportedAt(), file.roundId(), file.roundFingerprint(), file.evaluator(), List.of(ca01, sap));
        Path forged = java.nio.file.Files.write(dir.resolve("sap-in-city.cescore"), jp.clustereval.scorefile.ScoreFileJson.signed(
                other, hanako.services.keys().ownKeyPair(hanako.evaluator.id()).getPrivate()));

        String before = DbSnapshot.of(chair.database());
        FileReport rejected = importOne(forged);
        assertEquals(FileOutcome.REJECTED, rejected.outcome(), rejected.summary(Locale.ENGLISH));
        assertEquals("scorefile.unknownCluster", rejected.reason().key());
        assertEquals(before, DbSnapshot.of(chair.database()), "a refused file stores nothing");
        assertEquals(FileOutcome.ACCEPTED, importOne(exported).outcome(), "the file as exported comes in");
    }
}

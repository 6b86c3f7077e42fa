package jp.clustereval.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.KeyPair;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.clustereval.domain.Axis;
import jp.clustereval.domain.GradeLevel;
import jp.clustereval.domain.GradeScale;
import jp.clustereval.domain.Item;
import jp.clustereval.domain.ItemEntry;
import jp.clustereval.domain.ItemTree;
import jp.clustereval.domain.Round;
import jp.clustereval.domain.SheetStatus;
import jp.clustereval.domain.weights.TestWeights;
import jp.clustereval.scorefile.Ed25519;
import jp.clustereval.scorefile.EvaluatorInfo;
import jp.clustereval.scorefile.RoundFingerprint;
import jp.clustereval.scorefile.ScoreFile;
import jp.clustereval.scorefile.ScoreFileJson;
import jp.clustereval.scorefile.ScoreSheet;

/**
 * Issue 12, point 7: the round fingerprint leaves the weights out, so a score file stays importable
 * after the weighting group's weights are saved; files made before (their fingerprint included the
 * round's weights as stored) stay importable against any weights the round is known to have had.
 * The old file is a real one: 佐藤's score file made by de73498's command line, as the v4 migration
 * fixture stored it (migration-fixtures/README.md), taken out of its imported_file row unchanged.
 */
class RoundFingerprintImportTest {

    static final Path OLD_FILE = Path.of("src/test/resources/round-fingerprint/sato-made-by-de73498.cescore");
    static final String OLD_FINGERPRINT = "sha256:63e5560c842d281f3080b969bcec760478f17a15a194355f0b25714ccce1cf29";

    @TempDir
    Path dir;

    @Test
    void theFileReallyCarriesTheOldFingerprint() throws Exception {
        assertEquals(true, Files.readString(OLD_FILE, StandardCharsets.UTF_8).contains("\"" + OLD_FINGERPRINT + "\""));
        try (Services chair = Services.open(dir.resolve("chair.db"), false, dir.resolve("keys"))) {
            Round round = chair.rounds().current();
            assertEquals(OLD_FINGERPRINT, RoundFingerprint.version1(round), "version 1 over a new round's weights (all 1)");
            assertNotEquals(OLD_FINGERPRINT, RoundFingerprint.of(round));
        }
    }

    @Test
    void aFileOfAnEvaluatorIsAcceptedAfterTheChairSavedEqualWeights() {
        Path file;
        try (ScoreFileFixture evaluator = new ScoreFileFixture(dir, "evaluator")) {
            file = evaluator.gradeAll("SAP", "A", Map.of()).export(dir.resolve("late.cescore"));
        }
        try (Services chair = Services.open(dir.resolve("chair.db"), false, dir.resolve("keys"))) {
            Round round = chair.rounds().current();
            chair.weights().set(round.id(), TestWeights.axes(1, 1, 1, 1, 1), Map.of(), "Weighting group");
            FileReport r = importOne(chair, file);
            assertEquals(FileOutcome.ACCEPTED, r.outcome(), String.valueOf(r.rejection()));
        }
    }

    @Test
    void aFileMadeBeforeTheChangeIsAcceptedAfterTheChairSavedWeights() {
        try (Services chair = Services.open(dir.resolve("chair.db"), false, dir.resolve("keys"))) {
            Round round = chair.rounds().current();
            chair.weights().set(round.id(), TestWeights.axes(1, 1, 1, 1, 1), Map.of(), "Weighting group");
            chair.weights().set(round.id(), TestWeights.axes(30, 20, 20, 10, 20), TestWeights.of("1.2.1", 60, "1.2.2", 40),
                    "Weighting group");
            FileReport r = importOne(chair, OLD_FILE);
            assertEquals(FileOutcome.ACCEPTED, r.outcome(), String.valueOf(r.rejection()));
            assertEquals(3, r.sheets().size());
        }
    }

    @Test
    void aFileMadeBeforeTheChangeIsStillKnownToTheChairWhoseRoundItCameFrom() throws Exception {
        // the v4 chair imported this very file, then the weighting group changed the weights twice
        Path db = dir.resolve("v4-chair.db");
        Files.copy(Path.of("src/test/resources/migration-fixtures/v4-chair.db"), db, StandardCopyOption.REPLACE_EXISTING);
        try (Services chair = Services.open(db, false, dir.resolve("keys"))) {
            FileReport r = importOne(chair, OLD_FILE);
            assertEquals(FileOutcome.UNCHANGED, r.outcome(), String.valueOf(r.rejection()));
        }
    }

    @Test
    void aVersionOneFingerprintOverWeightsTheRoundNeverHadIsRefused() throws Exception {
        try (Services chair = Services.open(dir.resolve("chair.db"), false, dir.resolve("keys"))) {
            Round round = chair.rounds().current();
            chair.weights().set(round.id(), TestWeights.axes(30, 20, 20, 10, 20), Map.of(), "Weighting group");
            Round never = allWeights(round, 7.0);
            Path accepted = signed(round, RoundFingerprint.of(round), "accepted");
            Path refused = signed(round, RoundFingerprint.version1(never), "refused");
            assertEquals(FileOutcome.ACCEPTED, importOne(chair, accepted).outcome(), "the same file with the round's fingerprint");
            FileReport r = importOne(chair, refused);
            assertEquals(FileOutcome.REJECTED, r.outcome());
            assertEquals("scorefile.roundFingerprint", r.rejection().key());
        }
    }

    @Test
    void theFingerprintLeavesWeightsOutAndCoversWhatGradingDependsOn() {
        try (Services chair = Services.open(dir.resolve("chair.db"), false, dir.resolve("keys"))) {
            Round round = chair.rounds().current();
            String fingerprint = RoundFingerprint.of(round);
            assertEquals(fingerprint, RoundFingerprint.of(allWeights(round, 0.2)));
            assertNotEquals(RoundFingerprint.version1(round), RoundFingerprint.version1(allWeights(round, 0.2)));
            List<GradeLevel> levels = new ArrayList<>(round.scale().levels());
            levels.set(3, new GradeLevel("C", 0, levels.get(3).wording()));
            assertNotEquals(fingerprint, RoundFingerprint.of(new Round(round.id(), round.name(), new GradeScale(levels),
                    round.axes(), round.items(), round.cohort())), "a grade's value");
            List<Item> items = new ArrayList<>();
            for (Item i : round.items().all()) {
                items.add(i.id().equals("3") ? new Item(i.id(), i.parentId(), i.kind(), "E", i.clusterCode(), i.name(),
                        i.description(), i.weight(), i.order()) : i);
            }
            assertNotEquals(fingerprint, RoundFingerprint.of(new Round(round.id(), round.name(), round.scale(), round.axes(),
                    new ItemTree(items), round.cohort())), "an item's axis");
        }
    }

    private static Round allWeights(Round round, double weight) {
        List<Axis> axes = round.axes().stream().map(a -> new Axis(a.code(), a.name(), weight)).toList();
        List<Item> items = round.items().all().stream().map(i -> new Item(i.id(), i.parentId(), i.kind(), i.axisCode(),
                i.clusterCode(), i.name(), i.description(), weight, i.order())).toList();
        return new Round(round.id(), round.name(), round.scale(), axes, new ItemTree(items), round.cohort());
    }

    private Path signed(Round round, String fingerprint, String name) throws Exception {
        KeyPair key = Ed25519.generate();
        ScoreSheet sheet = new ScoreSheet("SAP", SheetStatus.DRAFT, 1, Instant.parse("2004-12-01T09:30:00Z"), "",
                List.of(new ItemEntry("1.1", "S", "", "")), true);
        ScoreFile content = new ScoreFile(ScoreFile.VERSION, "0.1.0", Instant.parse("2004-12-03T08:00:00Z"), round.id(),
                fingerprint, new EvaluatorInfo(UUID.randomUUID().toString(), name, "大学", Ed25519.encode(key.getPublic())),
                List.of(sheet));
        return Files.write(dir.resolve(name + ".cescore"), ScoreFileJson.signed(content, key.getPrivate()));
    }

    private static FileReport importOne(Services chair, Path file) {
        ImportPreview preview = chair.imports().preview(List.of(file), ImportOptions.defaults());
        return chair.imports().commit(preview, ImportProgress.none(), () -> false).files().get(0);
    }
}

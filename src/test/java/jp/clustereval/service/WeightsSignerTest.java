package jp.clustereval.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.clustereval.common.UserFacingException;
import jp.clustereval.domain.Evaluator;
import jp.clustereval.domain.weights.TestWeights;
import jp.clustereval.persistence.EvaluatorKeyDao;
import jp.clustereval.scorefile.Ed25519;

/**
 * Weights only from the weighting group: a weights file is applied when its signer is registered in
 * the round's weighting group with their key (the first one pinned), or when the chair accepted
 * exactly that signer and key with a reason; anything else is refused, naming the signer and the key,
 * and changes nothing. What is applied records who signed and who accepted.
 */
class WeightsSignerTest {

    @TempDir
    Path dir;

    private Services chair;
    private Services member;
    private Evaluator hanako;
    private String round;

    @BeforeEach
    void setUp() {
        chair = Services.open(dir.resolve("chair.db"), false, dir.resolve("chair-keys"));
        member = Services.open(dir.resolve("member.db"), false, dir.resolve("member-keys"));
        hanako = member.evaluators().createLocal("重み 花子", "文部科学省");
        round = chair.rounds().current().id();
    }

    @AfterEach
    void tearDown() {
        chair.close();
        member.close();
    }

    private Path weights(Map<String, Double> axes, String name) {
        member.weights().set(round, axes, Map.of(), hanako.name());
        return member.weightsFiles().export(round, hanako.id(), dir.resolve(name));
    }

    private String key() {
        return member.keys().ownFingerprint(hanako.id());
    }

    private String fingerprintOf(Path file) throws Exception {
        return Ed25519.fingerprint(new com.fasterxml.jackson.databind.ObjectMapper().readTree(file.toFile())
                .path("setBy").path("publicKey").asText());
    }

    /** The chair knows her: as the evaluator the import of a file of hers made, registered in the weighting group. */
    private void register() {
        chair.database().inTransaction(c -> {
            new jp.clustereval.persistence.EvaluatorDao(c).insert(hanako, java.time.Instant.now());
            return null;
        });
        assertTrue(chair.roster().add(round, hanako.id(), RosterService.WEIGHTING, "hanako@mext.example", "chair"));
    }

    @Test
    void aWeightsFileOfSomeoneOutsideTheWeightingGroupIsRefusedAndChangesNothing() throws Exception {
        Path file = weights(TestWeights.axes(1, 0, 0, 0, 99), "hostile.ceweights");
        String before = DbSnapshot.of(chair.database());
        UserFacingException e = assertThrows(UserFacingException.class, () -> chair.weightsFiles().importFile(file, "chair"));
        assertEquals("weightsfile.notInWeightingGroup", e.key());
        assertTrue(e.getMessage().contains("重み 花子 (文部科学省) (id " + hanako.id() + ") with the key " + key()),
                e.getMessage());
        assertEquals(before, DbSnapshot.of(chair.database()));
        // the genuine score files made for the round's weights still import
        try (ScoreFileFixture x = new ScoreFileFixture(dir, "x").gradeAll("SAP", "A", Map.of())) {
            FileReport r = chair.imports().commit(chair.imports().preview(List.of(x.export(dir.resolve("x.cescore"))),
                    ImportOptions.defaults()), ImportProgress.none(), () -> false).files().get(0);
            assertEquals(FileOutcome.ACCEPTED, r.outcome(), String.valueOf(r.reason()));
        }
    }

    @Test
    void aMemberOfTheWeightingGroupIsTrustedOnFirstUseAndALaterOtherKeyOnlyWhenAccepted() throws Exception {
        register();
        WeightsFileService.Imported first = chair.weightsFiles().importFile(
                weights(TestWeights.axes(40, 15, 15, 10, 20), "w1.ceweights"), "chair");
        assertEquals(hanako.id(), first.signerId());
        assertFalse(first.acceptedExplicitly());
        assertEquals(0.40, chair.weights().current(round).axis("A"), 1e-12);
        EvaluatorKeyDao.Row pinned = chair.database().query(c -> new EvaluatorKeyDao(c).active()).get(hanako.id());
        assertEquals(List.of(key(), "first_use"), List.of(pinned.fingerprint(), pinned.trust()));
        WeightChange change = chair.weights().history(round).get(0);
        assertEquals(List.of("file", "重み 花子", hanako.id()), List.of(change.source(), change.setBy(), change.signerId()));
        assertEquals(null, change.acceptedBy());

        // her key is lost: the next file is signed with a new one
        String oldKey = key();
        java.nio.file.Files.delete(dir.resolve("member-keys").resolve(hanako.id() + ".key"));
        java.nio.file.Files.delete(dir.resolve("member-keys").resolve(hanako.id() + ".pub"));
        Path second = weights(TestWeights.axes(10, 20, 20, 20, 30), "w2.ceweights");
        String newKey = fingerprintOf(second);
        String before = DbSnapshot.of(chair.database());
        UserFacingException e = assertThrows(UserFacingException.class, () -> chair.weightsFiles().importFile(second, "chair"));
        assertEquals("weightsfile.keyMismatch", e.key());
        UserFacingException wrong = assertThrows(UserFacingException.class, () -> chair.weightsFiles().importFile(second,
                "chair", new WeightsFileService.SignerAcceptance(hanako.id(), oldKey, "old key")));
        assertEquals("weightsfile.acceptanceDiffers", wrong.key());
        UserFacingException noReason = assertThrows(UserFacingException.class, () -> chair.weightsFiles().importFile(second,
                "chair", new WeightsFileService.SignerAcceptance(hanako.id(), newKey, "  ")));
        assertEquals("weightsfile.reasonRequired", noReason.key());
        assertEquals(before, DbSnapshot.of(chair.database()));

        WeightsFileService.Imported accepted = chair.weightsFiles().importFile(second, "議長",
                new WeightsFileService.SignerAcceptance(hanako.id().toUpperCase(java.util.Locale.ROOT),
                        newKey.replace(" ", ""), "new laptop, fingerprint read out by phone"));
        assertTrue(accepted.acceptedExplicitly());
        assertEquals(0.10, chair.weights().current(round).axis("A"), 1e-12);
        pinned = chair.database().query(c -> new EvaluatorKeyDao(c).active()).get(hanako.id());
        assertEquals(List.of(newKey, "override", "new laptop, fingerprint read out by phone"),
                List.of(pinned.fingerprint(), pinned.trust(), pinned.reason()));
        change = chair.weights().history(round).get(1);
        assertEquals(List.of(hanako.id(), "議長", "new laptop, fingerprint read out by phone", "議長"),
                List.of(change.signerId(), change.acceptedBy(), change.acceptReason(), change.recordedBy()));
        assertEquals(List.of(true), chair.roster().list(round).stream().map(RosterService.Member::handedIn).toList());
    }

    @Test
    void anUnknownSignerAcceptedExplicitlyBecomesAPersonWithThatKeyAndTheAcceptanceIsRecorded() throws Exception {
        Path file = weights(TestWeights.axes(40, 15, 15, 10, 20), "w.ceweights");
        chair.weightsFiles().importFile(file, "chair", new WeightsFileService.SignerAcceptance(hanako.id(), key(),
                "appointed by the ministry; fingerprint checked"));
        assertEquals(hanako, chair.evaluators().resolve(hanako.id()));
        EvaluatorKeyDao.Row pinned = chair.database().query(c -> new EvaluatorKeyDao(c).active()).get(hanako.id());
        assertEquals(List.of(key(), "override"), List.of(pinned.fingerprint(), pinned.trust()));
        WeightChange change = chair.weights().history(round).get(0);
        assertEquals(List.of("chair", "appointed by the ministry; fingerprint checked"),
                List.of(change.acceptedBy(), change.acceptReason()));
        // registered afterwards, her next file needs no decision
        chair.roster().add(round, hanako.id(), RosterService.WEIGHTING, null, "chair");
        assertFalse(chair.weightsFiles().importFile(weights(TestWeights.axes(30, 20, 20, 10, 20), "w2.ceweights"), "chair")
                .acceptedExplicitly());
    }

    @Test
    void aKeyOfAnotherPersonIsRefusedEvenWhenAccepted() throws Exception {
        try (ScoreFileFixture x = new ScoreFileFixture(dir, "x").gradeAll("SAP", "A", Map.of())) {
            // x's file comes in (and pins x's key) before the round has a roster: once it has one, a
            // file of someone not rostered as an evaluator is held (ImportRosterTest)
            chair.imports().commit(chair.imports().preview(List.of(x.export(dir.resolve("x.cescore"))),
                    ImportOptions.defaults()), ImportProgress.none(), () -> false);
            register();
            // a weights file in Hanako's name, signed with evaluator x's key
            var forged = new jp.clustereval.weightsfile.WeightsFile("0.1.0", round, hanako.id(), hanako.name(),
                    hanako.affiliation(), jp.clustereval.scorefile.Ed25519.encode(x.services.keys().ownKeyPair(x.evaluator.id())
                    .getPublic()), java.time.Instant.now(), "direct", null, Map.of("A", 1.0, "B", 0.0, "C", 0.0, "D", 0.0,
                    "E", 99.0), jp.clustereval.domain.weights.Weights.current(chair.rounds().current()).items());
            Path file = java.nio.file.Files.write(dir.resolve("forged.ceweights"),
                    jp.clustereval.weightsfile.WeightsFileWriter.signed(forged,
                            x.services.keys().ownKeyPair(x.evaluator.id()).getPrivate()));
            String before = DbSnapshot.of(chair.database());
            String xKey = x.services.keys().ownFingerprint(x.evaluator.id());
            UserFacingException e = assertThrows(UserFacingException.class, () -> chair.weightsFiles().importFile(file,
                    "chair", new WeightsFileService.SignerAcceptance(hanako.id(), xKey, "looks fine")));
            assertEquals("weightsfile.keyOfAnother", e.key());
            assertTrue(e.getMessage().contains("which belongs to x (大学)"), e.getMessage());
            assertEquals(before, DbSnapshot.of(chair.database()));
        }
    }
}

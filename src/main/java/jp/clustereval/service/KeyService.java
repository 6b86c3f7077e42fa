package jp.clustereval.service;

import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Instant;
import java.util.List;

import jp.clustereval.common.UserFacingException;
import jp.clustereval.domain.Evaluator;
import jp.clustereval.persistence.Database;
import jp.clustereval.persistence.EvaluatorKeyDao;
import jp.clustereval.scorefile.Ed25519;
import jp.clustereval.scorefile.KeyFiles;

/**
 * Signing keys. On the evaluator's machine: their own key pair, made on first export and kept in the
 * keys folder of the user's data directory. On the chair's: the public keys pinned to evaluators
 * (first use, then verified with the evaluator, or replaced by an explicit, recorded override).
 */
public final class KeyService {

    private final Database db;
    private final EvaluatorService evaluators;
    private final KeyFiles files;

    public KeyService(Database db, EvaluatorService evaluators, Path keysDirectory) {
        this.db = db;
        this.evaluators = evaluators;
        this.files = new KeyFiles(keysDirectory);
    }

    public static Path defaultDirectory() {
        return DataDirectory.defaultDirectory().resolve("keys");
    }

    public Path directory() {
        return files.directory();
    }

    /** The evaluator's own key pair, created when first needed. */
    public KeyPair ownKeyPair(String evaluatorId) {
        return files.loadOrCreate(evaluatorId);
    }

    public String ownFingerprint(String evaluatorId) {
        return Ed25519.fingerprint(Ed25519.encode(ownKeyPair(evaluatorId).getPublic()));
    }

    /**
     * The keys of this machine (pairs kept in the keys folder), by fingerprint, with the evaluator id
     * each belongs to: a file signed with one of them comes from that evaluator, or from no one.
     */
    public java.util.Map<String, String> keysHere() {
        java.util.Map<String, String> owners = new java.util.HashMap<>();
        files.publicKeys().forEach((id, key) -> owners.put(Ed25519.fingerprint(key), id));
        return owners;
    }

    /** Every pinned key and its history. */
    public List<PinnedKey> pinnedKeys() {
        return db.query(c -> new EvaluatorKeyDao(c).all()).stream().map(KeyService::pinned).toList();
    }

    /**
     * Marks the evaluator's pinned key as verified, after the chair compared the fingerprint with the
     * evaluator. The fingerprint given must be the pinned one: a different key is accepted only by
     * importing its file with an explicit override.
     */
    public PinnedKey verify(String evaluatorIdOrName, String fingerprint, String actor) {
        Evaluator e = evaluators.resolve(evaluatorIdOrName);
        return db.inTransaction(c -> {
            EvaluatorKeyDao dao = new EvaluatorKeyDao(c);
            EvaluatorKeyDao.Row active = dao.active().get(e.id());
            if (active == null) {
                throw new UserFacingException("keys.nonePinned", e.name());
            }
            if (!Ed25519.normalizeFingerprint(active.fingerprint()).equals(Ed25519.normalizeFingerprint(fingerprint))) {
                throw new UserFacingException("keys.fingerprintDiffers", e.name(), fingerprint, active.fingerprint());
            }
            dao.pin(e.id(), active.fingerprint(), active.publicKey(), "verified", Instant.now(), actor, "fingerprint checked");
            return pinned(dao.active().get(e.id()));
        });
    }

    private static PinnedKey pinned(EvaluatorKeyDao.Row r) {
        return new PinnedKey(r.id(), r.evaluatorId(), r.fingerprint(), r.publicKey(), r.trust(), r.active(), r.at(),
                r.actor(), r.reason());
    }
}

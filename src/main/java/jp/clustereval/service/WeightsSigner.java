package jp.clustereval.service;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;

import jp.clustereval.common.UserFacingException;
import jp.clustereval.domain.Evaluator;
import jp.clustereval.domain.Round;
import jp.clustereval.persistence.EvaluatorDao;
import jp.clustereval.persistence.EvaluatorKeyDao;
import jp.clustereval.persistence.RosterDao;
import jp.clustereval.scorefile.Ed25519;
import jp.clustereval.weightsfile.WeightsFile;

/**
 * Whether a weights file's signer may set a round's weights, decided inside the transaction that
 * stores them. Accepted without a word: a person the chair registered in the round's weighting group
 * (roster role weighting), signing with their pinned key, or, when none is pinned yet, with any key,
 * which is then pinned (trust on first use), under their stored name. Anything else is refused with
 * the signer's name and key fingerprint, unless the chair accepted exactly this signer and key with
 * a reason: then an unknown signer is stored as a person, the key becomes theirs (trust override)
 * and a differing name theirs, all recorded. A key of another person is refused whatever was accepted.
 */
final class WeightsSigner {

    private final Connection c;
    private final Map<String, String> keysHere;

    /** keysHere: the keys of this machine by fingerprint, with the evaluator each belongs to. */
    WeightsSigner(Connection c, Map<String, String> keysHere) {
        this.c = c;
        this.keysHere = keysHere;
    }

    /** Admits the signer (pinning, storing or renaming as described) and says how the weights came in. */
    WeightService.Provenance admit(Round round, WeightsFile file, String fileSha256,
                                   WeightsFileService.SignerAcceptance acceptance, String actor, Instant now)
            throws SQLException {
        Evaluator signer = new Evaluator(file.signerId(), file.signerName(), file.signerAffiliation());
        String key = Ed25519.fingerprint(file.publicKey());
        EvaluatorDao people = new EvaluatorDao(c);
        EvaluatorKeyDao keys = new EvaluatorKeyDao(c);
        String owner = keys.owners().getOrDefault(key, keysHere.get(key));
        if (owner != null && !owner.equals(signer.id())) {
            String ownerText = people.findById(owner).map(Evaluator::displayName).orElse(owner);
            throw new UserFacingException("weightsfile.keyOfAnother", signer.displayName(), signer.id(), key, ownerText);
        }
        Evaluator stored = people.findById(signer.id()).orElse(null);
        EvaluatorKeyDao.Row pinned = keys.active().get(signer.id());
        boolean member = stored != null && new RosterDao(c).has(round.id(), signer.id(), RosterService.WEIGHTING);
        UserFacingException doubt = !member
                ? new WeightsFileService.SignerNotAccepted("weightsfile.notInWeightingGroup", signer, key,
                        signer.displayName(), signer.id(), key, round.id())
                : pinned != null && !pinned.fingerprint().equals(key)
                ? new WeightsFileService.SignerNotAccepted("weightsfile.keyMismatch", signer, key,
                        signer.displayName(), key, pinned.fingerprint(), signer.id())
                : !stored.sameNameAs(signer.name(), signer.affiliation())
                ? new WeightsFileService.SignerNotAccepted("weightsfile.nameDiffers", signer, key,
                        signer.displayName(), signer.id(), stored.displayName())
                : null;
        if (doubt == null) {
            if (pinned == null) {
                keys.pin(signer.id(), key, file.publicKey(), "first_use", now, actor, "");
            }
            return provenance(file, key, fileSha256, null, null);
        }
        String reason = accepted(acceptance, signer, key, doubt);
        if (stored == null) {
            people.insert(signer, now);
        } else if (!stored.sameNameAs(signer.name(), signer.affiliation())) {
            people.rename(stored, signer.name(), signer.affiliation(), null, reason, now, actor);
        }
        if (pinned == null || !pinned.fingerprint().equals(key)) {
            keys.pin(signer.id(), key, file.publicKey(), "override", now, actor, reason);
        }
        return provenance(file, key, fileSha256, actor, reason);
    }

    /** The chair's reason, when they accepted exactly this signer and key; otherwise the doubt is the refusal. */
    private static String accepted(WeightsFileService.SignerAcceptance acceptance, Evaluator signer, String key,
                                   UserFacingException doubt) {
        if (acceptance == null) {
            throw doubt;
        }
        if (!Evaluator.normaliseId(acceptance.signerId()).equals(signer.id())
                || !Ed25519.normalizeFingerprint(acceptance.fingerprint()).equals(Ed25519.normalizeFingerprint(key))) {
            throw new UserFacingException("weightsfile.acceptanceDiffers", acceptance.signerId(), acceptance.fingerprint(),
                    signer.displayName(), signer.id(), key);
        }
        String reason = acceptance.reason() == null ? "" : acceptance.reason().strip();
        if (reason.isEmpty()) {
            throw new UserFacingException("weightsfile.reasonRequired");
        }
        return reason;
    }

    private static WeightService.Provenance provenance(WeightsFile file, String key, String sha, String acceptedBy,
                                                       String reason) {
        return new WeightService.Provenance("file", file.consistencyRatio(), file.signerName(), file.setAt(), key, sha,
                Evaluator.normaliseId(file.signerId()), acceptedBy, reason);
    }
}

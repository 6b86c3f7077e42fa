package jp.clustereval.service;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jp.clustereval.AppInfo;
import jp.clustereval.common.BoundedFiles;
import jp.clustereval.common.UserFacingException;
import jp.clustereval.domain.Evaluator;
import jp.clustereval.domain.Round;
import jp.clustereval.domain.weights.WeightSet;
import jp.clustereval.domain.weights.Weights;
import jp.clustereval.persistence.Database;
import jp.clustereval.scorefile.Ed25519;
import jp.clustereval.scorefile.ScoreFileReader;
import jp.clustereval.weightsfile.WeightsFile;
import jp.clustereval.weightsfile.WeightsFileReader;
import jp.clustereval.weightsfile.WeightsFileWriter;

/**
 * Signed weights files, for a weighting group that works offline: exported with the signer's own
 * Ed25519 key (the same keys as score files), imported only when the signature verifies, the
 * weights fit the round and the signer is a member of the round's weighting group with their key
 * (see {@link WeightsSigner}), or the chair accepted this signer and key explicitly, with a reason.
 */
public final class WeightsFileService {

    /**
     * What an import stored: the weights, who signed them (name and id) when, with which key, and
     * whether the chair accepted the signer explicitly.
     */
    public record Imported(String roundId, WeightSet weights, String setBy, String signerId, Instant setAt,
                           String keyFingerprint, boolean acceptedExplicitly) {
    }

    /** The chair accepts a weights file's signer: by id, the key's fingerprint checked with them, and why. */
    public record SignerAcceptance(String signerId, String fingerprint, String reason) {
    }

    /**
     * A weights file refused for its signer only (not in the round's weighting group, another key than
     * theirs, another name): the chair may accept this signer and key explicitly.
     */
    public static final class SignerNotAccepted extends UserFacingException {
        private static final long serialVersionUID = 1L;
        private final transient Evaluator signer;
        private final String fingerprint;

        SignerNotAccepted(String key, Evaluator signer, String fingerprint, Object... args) {
            super(key, args);
            this.signer = signer;
            this.fingerprint = fingerprint;
        }

        /** Who signed, as the file says. */
        public Evaluator signer() {
            return signer;
        }

        public String fingerprint() {
            return fingerprint;
        }
    }

    private final Database db;
    private final RoundService rounds;
    private final EvaluatorService evaluators;
    private final KeyService keys;
    private final WeightService weights;

    public WeightsFileService(Database db, RoundService rounds, EvaluatorService evaluators, KeyService keys,
                              WeightService weights) {
        this.db = db;
        this.rounds = rounds;
        this.evaluators = evaluators;
        this.keys = keys;
        this.weights = weights;
    }

    /** Writes the round's current weights, signed by the given person (an evaluator record of this database). */
    public Path export(String roundId, String signerIdOrName, Path out) {
        Round round = rounds.require(roundId);
        Evaluator signer = evaluators.resolve(signerIdOrName);
        WeightSet set = Weights.current(round);
        List<WeightChange> history = weights.history(round.id());
        WeightChange last = history.isEmpty() ? null : history.get(history.size() - 1);
        boolean ahp = last != null && "ahp".equals(last.source());
        var pair = keys.ownKeyPair(signer.id());
        WeightsFile file = new WeightsFile(AppInfo.version(), round.id(), signer.id(), signer.name(), signer.affiliation(),
                Ed25519.encode(pair.getPublic()), Instant.now(), ahp ? "ahp" : "direct",
                ahp ? last.consistencyRatio() : null, set.axes(), set.items());
        ScoreFileExporter.write(out, WeightsFileWriter.signed(file, pair.getPrivate()));
        return out;
    }

    /** Checks the file completely, then stores its weights and the record of who set them when. */
    public Imported importFile(Path path, String actor) {
        return importFile(path, actor, null);
    }

    /**
     * Like {@link #importFile(Path, String)}, with the chair's acceptance of the signer (null: none),
     * which is used only if the signer would be refused otherwise, and only for exactly this signer and key.
     */
    public Imported importFile(Path path, String actor, SignerAcceptance acceptance) {
        byte[] bytes;
        try {
            bytes = BoundedFiles.read(path, WeightsFile.MAX_BYTES); // a regular file of at most 1 MB, else refused unread
        } catch (IOException e) {
            throw new UserFacingException(e, "weightsfile.cannotRead", path.toString(), e.toString());
        }
        WeightsFile file = WeightsFileReader.parse(bytes);
        if (!rounds.ids().contains(file.roundId())) {
            throw new UserFacingException("round.unknown", file.roundId(), String.join(", ", rounds.ids()));
        }
        Round round = rounds.require(file.roundId());
        WeightSet set = Weights.complete(round, file.axes(), file.items());
        String sha = ScoreFileReader.sha256(bytes);
        Map<String, String> here = keys.keysHere();
        WeightService.Provenance p = weights.store(round, set, actor, c -> new WeightsSigner(c, here)
                .admit(round, file, sha, acceptance, actor, Instant.now()));
        return new Imported(round.id(), set, p.setBy(), p.signerId(), p.setAt(), p.keyFingerprint(), p.acceptedBy() != null);

    }
}

package jp.clustereval.service;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import jp.clustereval.AppInfo;
import jp.clustereval.common.BoundedFiles;
import jp.clustereval.common.UserFacingException;
import jp.clustereval.domain.Evaluator;
import jp.clustereval.domain.Round;
import jp.clustereval.domain.weights.WeightSet;
import jp.clustereval.domain.weights.Weights;
import jp.clustereval.persistence.Database;
import jp.clustereval.persistence.EvaluatorKeyDao;
import jp.clustereval.persistence.WeightDao;
import jp.clustereval.scorefile.Ed25519;
import jp.clustereval.scorefile.ScoreFileReader;
import jp.clustereval.weightsfile.WeightsFile;
import jp.clustereval.weightsfile.WeightsFileReader;
import jp.clustereval.weightsfile.WeightsFileWriter;

/**
 * Signed weights files, for a weighting group that works offline: exported with the signer's own
 * Ed25519 key (the same keys as score files), imported only when the signature verifies, the
 * weights fit the round and, if the signer's key is pinned on this database, the key is that one.
 */
public final class WeightsFileService {

    /** What an import stored. */
    public record Imported(String roundId, WeightSet weights, String setBy, Instant setAt, String keyFingerprint) {
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
        List<WeightDao.Change> history = weights.history(round.id());
        WeightDao.Change last = history.isEmpty() ? null : history.get(history.size() - 1);
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
        String fingerprint = Ed25519.fingerprint(file.publicKey());
        EvaluatorKeyDao.Row pinned = db.query(c -> new EvaluatorKeyDao(c).active()).get(file.signerId());
        if (pinned != null && !Ed25519.normalizeFingerprint(pinned.fingerprint()).equals(Ed25519.normalizeFingerprint(fingerprint))) {
            throw new UserFacingException("weightsfile.keyMismatch", file.signerName(), fingerprint, pinned.fingerprint());
        }
        weights.store(round, set, new WeightService.Provenance("file", file.consistencyRatio(), file.signerName(),
                file.setAt(), fingerprint, ScoreFileReader.sha256(bytes)), actor);
        return new Imported(round.id(), set, file.signerName(), file.setAt(), fingerprint);
    }
}

package jp.clustereval.service;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import jp.clustereval.domain.Achievements;
import jp.clustereval.persistence.Database;
import jp.clustereval.persistence.EvidenceDao;

/**
 * Where a round package reads and writes its units' evidence: the round's own figures
 * (round_evidence), replaced whole by a package's with the checks and audit row of
 * {@link EvidenceService#replace(Connection, String, List, String, String)}.
 */
final class RoundEvidence {

    private RoundEvidence() {
    }

    /** The evidence of the round's units, in the round's unit order. */
    static List<Achievements> read(Database db, String roundId) {
        return db.query(c -> new EvidenceDao(c).ofRound(roundId));
    }

    /** The round's evidence becomes the package's (none for a unit it has none for). */
    static void replace(Connection c, String roundId, List<Achievements> evidence, String actor, String packageSha)
            throws SQLException {
        EvidenceService.replace(c, roundId, evidence, actor, "round package sha256 " + packageSha);
    }
}

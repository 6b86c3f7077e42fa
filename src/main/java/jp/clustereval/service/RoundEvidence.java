package jp.clustereval.service;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import jp.clustereval.domain.Achievements;
import jp.clustereval.persistence.AchievementDao;

/**
 * Where a round package reads and writes its units' evidence. Evidence is kept per cluster (the
 * achievement table) for now; it moves to a table per round later, and then only this class changes.
 */
final class RoundEvidence {

    private RoundEvidence() {
    }

    /** The evidence of the round's units, unit by unit in the order given. */
    static List<Achievements> read(ClusterService clusters, String roundId, List<String> units) {
        List<Achievements> out = new ArrayList<>();
        for (String code : units) {
            out.addAll(clusters.achievements(code));
        }
        return out;
    }

    /** Replaces the evidence of each of the round's units with the package's (none for a unit it has none for). */
    static void replace(Connection c, String roundId, List<String> units, List<Achievements> evidence) throws SQLException {
        AchievementDao dao = new AchievementDao(c);
        for (String code : units) {
            dao.deleteOf(code);
        }
        for (Achievements a : evidence) {
            dao.insert(a);
        }
    }
}

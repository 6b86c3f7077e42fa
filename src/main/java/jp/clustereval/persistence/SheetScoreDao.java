package jp.clustereval.persistence;

import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jp.clustereval.domain.SheetScorer;

/**
 * Reads the sheet_score table: per sheet with at least one grade, its axis scores as
 * {@link SheetScorer#axisScoreArray} computes them (kept in step with the grades by
 * {@link SheetScores}), and per round the {@link SheetScorer#basis} they were computed with; a
 * reader whose round has another basis must not use them.
 */
public final class SheetScoreDao {

    /** Up to this many clusters are named in the query; more are filtered while reading. */
    private static final int MAX_LISTED = 500;

    private final Connection c;

    public SheetScoreDao(Connection c) {
        this.c = c;
    }

    /** One cluster's stored sheets: its evaluators in the table's order, each one's axis scores and completeness. */
    @FunctionalInterface
    public interface EachCluster {
        void cluster(String clusterCode, List<String> evaluatorIds, List<double[]> axisScores, List<Boolean> complete);
    }

    /** The basis the round's rows were computed with; empty when none were ever written. */
    public Optional<String> basis(String roundId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT basis FROM sheet_score_basis WHERE round_id = ?")) {
            ps.setString(1, roundId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    /**
     * Every stored sheet of a round (sheets with at least one grade), one cluster at a time in key
     * order (no sort, no other table read but conflict_of_interest), conflict-of-interest exclusions
     * applied as in {@link GradeDao#gradesOfRound}: at reading, so that including or excluding an
     * evaluator needs no recomputation.
     */
    public void forEachClusterOfRound(String roundId, EachCluster each) throws SQLException {
        forEachClusterOfRound(roundId, null, each);
    }

    /** The same for only some clusters (null: every one), read by the key when they are few. */
    public void forEachClusterOfRound(String roundId, Set<String> only, EachCluster each) throws SQLException {
        // the exclusion costs a lookup per row (half the query): only asked for when the round has one
        String excluded = anyExcluded(roundId) ? " AND NOT EXISTS (SELECT 1 FROM conflict_of_interest i"
                + " WHERE i.round_id = x.round_id AND i.evaluator_id = x.evaluator_id AND i.cluster_code = x.cluster_code"
                + " AND i.included = 0)" : "";
        if (only != null && only.isEmpty()) {
            return;
        }
        List<String> codes = only == null || only.size() > MAX_LISTED ? List.of() : List.copyOf(only);
        String listed = codes.isEmpty() ? ""
                : " AND x.cluster_code IN (" + String.join(", ", Collections.nCopies(codes.size(), "?")) + ")";
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT x.cluster_code, x.evaluator_id, x.axis_scores, x.complete FROM sheet_score x WHERE x.round_id = ?" + listed
                        + excluded + " ORDER BY x.cluster_code, x.evaluator_id")) {
            ps.setString(1, roundId);
            for (int i = 0; i < codes.size(); i++) {
                ps.setString(i + 2, codes.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                Map<String, String> ids = new HashMap<>(); // a few thousand evaluators: one String each
                String cluster = null;
                List<String> evaluators = new ArrayList<>();
                List<double[]> scores = new ArrayList<>();
                List<Boolean> complete = new ArrayList<>();
                while (rs.next()) {
                    String code = rs.getString(1);
                    if (only != null && !only.contains(code)) {
                        continue; // more clusters asked for than listed in the query
                    }
                    if (!code.equals(cluster)) {
                        if (cluster != null) {
                            each.cluster(cluster, evaluators, scores, complete);
                            evaluators = new ArrayList<>();
                            scores = new ArrayList<>();
                            complete = new ArrayList<>();
                        }
                        cluster = code;
                    }
                    String evaluator = rs.getString(2);
                    evaluators.add(ids.computeIfAbsent(evaluator, k -> k));
                    scores.add(decode(rs.getBytes(3)));
                    complete.add(rs.getInt(4) == 1);
                }
                if (cluster != null) {
                    each.cluster(cluster, evaluators, scores, complete);
                }
            }
        }
    }

    private boolean anyExcluded(String roundId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT EXISTS (SELECT 1 FROM conflict_of_interest WHERE round_id = ? AND included = 0)")) {
            ps.setString(1, roundId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getInt(1) == 1;
            }
        }
    }

    /** The axis scores as 8-byte IEEE 754 doubles, big-endian, in the round's axis order (NaN: not graded). */
    static byte[] encode(double[] scores) {
        ByteBuffer b = ByteBuffer.allocate(scores.length * Double.BYTES);
        for (double d : scores) {
            b.putDouble(d);
        }
        return b.array();
    }

    static double[] decode(byte[] bytes) {
        ByteBuffer b = ByteBuffer.wrap(bytes);
        double[] scores = new double[bytes.length / Double.BYTES];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = b.getDouble();
        }
        return scores;
    }
}

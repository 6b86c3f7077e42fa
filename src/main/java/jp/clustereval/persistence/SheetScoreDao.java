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

import jp.clustereval.domain.Round;
import jp.clustereval.domain.SheetScorer;

/**
 * The sheet_score table: per sheet with at least one grade, its axis scores as
 * {@link SheetScorer#axisScoreArray} computes them from its grades. Derived data, written in the
 * same transaction as every change of the sheet's grades (grading, import, conflict resolution) and
 * recomputed when the round's item weights change, so that results read one row per sheet instead
 * of every grade. sheet_score_basis records per round the {@link SheetScorer#basis} the rows were
 * computed with; a reader whose round has another basis must not use them.
 */
public final class SheetScoreDao {

    private static final String UPSERT = "INSERT INTO sheet_score(round_id, cluster_code, evaluator_id, graded, axis_scores)"
            + " VALUES (?, ?, ?, ?, ?) ON CONFLICT(round_id, cluster_code, evaluator_id) DO UPDATE SET"
            + " graded = excluded.graded, axis_scores = excluded.axis_scores";
    private static final String DELETE = "DELETE FROM sheet_score WHERE round_id = ? AND cluster_code = ? AND evaluator_id = ?";

    /** Up to this many clusters are named in the query; more are filtered while reading. */
    private static final int MAX_LISTED = 500;

    private final Connection c;
    /** Per round, the scorer whose basis the stored rows have (checked once per DAO, i.e. per transaction). */
    private final Map<String, SheetScorer> scorers = new HashMap<>();

    public SheetScoreDao(Connection c) {
        this.c = c;
    }

    /** One cluster's stored sheets: its evaluators in the table's order, and each one's axis scores. */
    @FunctionalInterface
    public interface EachCluster {
        void cluster(String clusterCode, List<String> evaluatorIds, List<double[]> axisScores);
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
                "SELECT x.cluster_code, x.evaluator_id, x.axis_scores FROM sheet_score x WHERE x.round_id = ?" + listed
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
                while (rs.next()) {
                    String code = rs.getString(1);
                    if (only != null && !only.contains(code)) {
                        continue; // more clusters asked for than listed in the query
                    }
                    if (!code.equals(cluster)) {
                        if (cluster != null) {
                            each.cluster(cluster, evaluators, scores);
                            evaluators = new ArrayList<>();
                            scores = new ArrayList<>();
                        }
                        cluster = code;
                    }
                    String evaluator = rs.getString(2);
                    evaluators.add(ids.computeIfAbsent(evaluator, k -> k));
                    scores.add(decode(rs.getBytes(3)));
                }
                if (cluster != null) {
                    each.cluster(cluster, evaluators, scores);
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

    /**
     * Recomputes one sheet from its grades as stored now (call it after writing them, inside the
     * same transaction). {@code round} is the caller's definition of the round, used when it has the
     * stored basis; otherwise the round is read as stored.
     */
    public void refresh(Round round, String evaluatorId, String clusterCode) throws SQLException {
        Map<String, String> grades = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT g.item_id, g.grade FROM sheet s"
                + " JOIN grade g ON g.sheet_id = s.id WHERE s.round_id = ? AND s.evaluator_id = ? AND s.cluster_code = ?")) {
            ps.setString(1, round.id());
            ps.setString(2, evaluatorId);
            ps.setString(3, clusterCode);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    grades.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        try (Batch batch = new Batch()) {
            batch.put(round.id(), evaluatorId, clusterCode, round, grades);
            batch.flush();
        }
    }

    /**
     * Brings a round's rows in line with the round as stored (after its weights changed): recomputes
     * every sheet when the stored basis is not the round's, does nothing when it is.
     */
    public void sync(String roundId) throws SQLException {
        Round round = stored(roundId);
        SheetScorer scorer = new SheetScorer(round);
        if (!basis(roundId).equals(Optional.of(scorer.basis()))) {
            recompute(round, scorer);
        }
        scorers.put(roundId, scorer);
    }

    /** Recomputes every round's rows from the grades (the migration that introduced the table). */
    public void recomputeAll() throws SQLException {
        for (String id : new RoundDao(c).ids()) {
            Round round = stored(id);
            SheetScorer scorer = new SheetScorer(round);
            recompute(round, scorer);
            scorers.put(id, scorer);
        }
    }

    private void recompute(Round round, SheetScorer scorer) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM sheet_score WHERE round_id = ?")) {
            ps.setString(1, round.id());
            ps.executeUpdate();
        }
        setBasis(round.id(), scorer.basis());
        scorers.put(round.id(), scorer);
        try (Batch batch = new Batch()) {
            new GradeDao(c).forEachGradedSheet(round.id(), (evaluator, cluster, grades) -> {
                batch.put(round.id(), evaluator, cluster, round, grades);
                batch.flushIfLarge();
            });
            batch.flush();
        }
    }

    private void setBasis(String roundId, String basis) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO sheet_score_basis(round_id, basis) VALUES (?, ?)"
                + " ON CONFLICT(round_id) DO UPDATE SET basis = excluded.basis")) {
            ps.setString(1, roundId);
            ps.setString(2, basis);
            ps.executeUpdate();
        }
    }

    private Round stored(String roundId) throws SQLException {
        return new RoundDao(c).load(roundId).orElseThrow(() -> new SQLException("no round " + roundId));
    }

    /**
     * The scorer the round's rows follow. The caller's round is used when it has the stored basis
     * (the usual case: one cheap query); otherwise the round is read as stored in this transaction,
     * its basis recorded for a round's first rows, and, should the rows have been computed with
     * other weights, every row recomputed, so that the table never mixes two bases.
     */
    private SheetScorer scorer(String roundId, Round hint) throws SQLException {
        SheetScorer known = scorers.get(roundId);
        if (known != null) {
            return known;
        }
        Optional<String> stored = basis(roundId);
        if (hint != null && stored.isPresent()) {
            SheetScorer s = new SheetScorer(hint);
            if (s.basis().equals(stored.get())) {
                scorers.put(roundId, s);
                return s;
            }
        }
        if (stored.isEmpty()) {
            SheetScorer s = new SheetScorer(stored(roundId));
            setBasis(roundId, s.basis());
            scorers.put(roundId, s);
            return s;
        }
        sync(roundId);
        return scorers.get(roundId);
    }

    /**
     * Batched writes of sheet rows inside the caller's transaction, for imports: statements kept
     * open, rows sent every few thousand and at {@link #flush()}.
     */
    public Batch batch() throws SQLException {
        return new Batch();
    }

    /** See {@link #batch()}. */
    public final class Batch implements AutoCloseable {
        private final PreparedStatement upsert;
        private final PreparedStatement delete;
        private int pending;

        private Batch() throws SQLException {
            upsert = c.prepareStatement(UPSERT);
            delete = c.prepareStatement(DELETE);
        }

        /**
         * A sheet's grades as they are now stored (item id to grade code; null or absent = not
         * graded); {@code round}, when not null, is the caller's definition of the round.
         */
        public void put(String roundId, String evaluatorId, String cluster, Round round, Map<String, String> grades)
                throws SQLException {
            Map<String, String> given = new HashMap<>();
            grades.forEach((item, grade) -> {
                if (grade != null) {
                    given.put(item, grade);
                }
            });
            PreparedStatement ps = given.isEmpty() ? delete : upsert;
            ps.setString(1, roundId);
            ps.setString(2, cluster);
            ps.setString(3, evaluatorId);
            if (!given.isEmpty()) {
                ps.setInt(4, given.size());
                ps.setBytes(5, encode(scorer(roundId, round).axisScoreArray(cluster, given)));
            }
            ps.addBatch();
            pending++;
        }

        public void flushIfLarge() throws SQLException {
            if (pending >= 5_000) {
                flush();
            }
        }

        public void flush() throws SQLException {
            upsert.executeBatch();
            delete.executeBatch();
            pending = 0;
        }

        @Override
        public void close() throws SQLException {
            try (upsert; delete) {
                // closes both, even if one fails
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

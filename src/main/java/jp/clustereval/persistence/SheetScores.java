package jp.clustereval.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import jp.clustereval.domain.Round;
import jp.clustereval.domain.SheetScorer;

/**
 * Keeps sheet_score in step with the grades, inside the caller's transaction: a sheet's row is
 * written with every change of its grades (grading, import, conflict resolution), a round's rows
 * are recomputed when its item weights change and, once, by the migration to V6 (completeness).
 * The maths is the domain's {@link SheetScorer}, nowhere else. The rows of a round always follow
 * one basis, the round as stored: a caller's round with another basis (read before the weights
 * changed) is not used to write them.
 */
public final class SheetScores {

    private static final String UPSERT = "INSERT INTO sheet_score(round_id, cluster_code, evaluator_id, graded, axis_scores,"
            + " complete) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(round_id, cluster_code, evaluator_id) DO UPDATE SET"
            + " graded = excluded.graded, axis_scores = excluded.axis_scores, complete = excluded.complete";
    private static final String DELETE = "DELETE FROM sheet_score WHERE round_id = ? AND cluster_code = ? AND evaluator_id = ?";

    private final Connection c;
    private final SheetScoreDao dao;
    /** Per round, the scorer whose basis the stored rows have (checked once per instance, i.e. per transaction). */
    private final Map<String, SheetScorer> scorers = new HashMap<>();

    public SheetScores(Connection c) {
        this.c = c;
        this.dao = new SheetScoreDao(c);
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
        if (!dao.basis(roundId).equals(Optional.of(scorer.basis()))) {
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
        Optional<String> stored = dao.basis(roundId);
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
                SheetScorer scorer = scorer(roundId, round);
                ps.setBytes(5, SheetScoreDao.encode(scorer.axisScoreArray(cluster, given)));
                ps.setInt(6, scorer.isComplete(cluster, given) ? 1 : 0);
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
}

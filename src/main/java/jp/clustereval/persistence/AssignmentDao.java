package jp.clustereval.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** The assignment table: which units each evaluator of a round grades. */
public final class AssignmentDao {

    private final Connection c;

    public AssignmentDao(Connection c) {
        this.c = c;
    }

    /** True when it was not assigned yet. */
    public boolean add(String roundId, String evaluatorId, String clusterCode, Instant at, String actor) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO assignment(round_id, evaluator_id, cluster_code,"
                + " added_at, added_by) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
            ps.setString(1, roundId);
            ps.setString(2, evaluatorId);
            ps.setString(3, clusterCode);
            ps.setString(4, at.toString());
            ps.setString(5, actor);
            return ps.executeUpdate() == 1;
        }
    }

    /** True when it was assigned. */
    public boolean remove(String roundId, String evaluatorId, String clusterCode) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "DELETE FROM assignment WHERE round_id = ? AND evaluator_id = ? AND cluster_code = ?")) {
            ps.setString(1, roundId);
            ps.setString(2, evaluatorId);
            ps.setString(3, clusterCode);
            return ps.executeUpdate() == 1;
        }
    }

    /** Whether the round has any assignment (without: every evaluator grades every unit). */
    public boolean any(String roundId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT EXISTS (SELECT 1 FROM assignment WHERE round_id = ?)")) {
            ps.setString(1, roundId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    /** Whether the evaluator may grade the unit: assigned to it, or the round has no assignments at all. */
    public boolean allows(String roundId, String evaluatorId, String clusterCode) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT NOT EXISTS (SELECT 1 FROM assignment WHERE round_id = ?)"
                + " OR EXISTS (SELECT 1 FROM assignment WHERE round_id = ? AND evaluator_id = ? AND cluster_code = ?)")) {
            ps.setString(1, roundId);
            ps.setString(2, roundId);
            ps.setString(3, evaluatorId);
            ps.setString(4, clusterCode);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    /** Per evaluator (in the order of their first assignment), the units assigned, in the round's unit order. */
    public Map<String, Set<String>> ofRound(String roundId) throws SQLException {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT a.evaluator_id, a.cluster_code FROM assignment a"
                + " JOIN round_unit u ON u.round_id = a.round_id AND u.cluster_code = a.cluster_code"
                + " WHERE a.round_id = ? ORDER BY a.rowid, u.sort_order")) {
            ps.setString(1, roundId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getString(1), k -> new LinkedHashSet<>()).add(rs.getString(2));
                }
            }
        }
        return out;
    }
}

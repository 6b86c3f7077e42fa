package jp.clustereval.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The roster table: who takes part in a round, in which role (evaluator, weighting, chair). */
public final class RosterDao {

    /** One person's role in a round; email "" when none was given. */
    public record Row(String roundId, String evaluatorId, String role, String email, Instant addedAt, String addedBy) {
    }

    private final Connection c;

    public RosterDao(Connection c) {
        this.c = c;
    }

    /**
     * Puts the person on the round's roster in the role; true when they were not in it yet. For one
     * already in the role, only a given email (non-null) is updated.
     */
    public boolean add(String roundId, String evaluatorId, String role, String email, Instant at, String actor)
            throws SQLException {
        boolean existed = has(roundId, evaluatorId, role);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO roster(round_id, evaluator_id, role, email, added_at,"
                + " added_by) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(round_id, evaluator_id, role)"
                + " DO UPDATE SET email = CASE WHEN ? IS NULL THEN email ELSE excluded.email END")) {
            ps.setString(1, roundId);
            ps.setString(2, evaluatorId);
            ps.setString(3, role);
            ps.setString(4, email == null ? "" : email);
            ps.setString(5, at.toString());
            ps.setString(6, actor);
            ps.setString(7, email);
            ps.executeUpdate();
        }
        return !existed;
    }

    /** Takes the person's role (every role of theirs when role is null) off the round's roster; how many rows went. */
    public int remove(String roundId, String evaluatorId, String role) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM roster WHERE round_id = ? AND evaluator_id = ?"
                + (role == null ? "" : " AND role = ?"))) {
            ps.setString(1, roundId);
            ps.setString(2, evaluatorId);
            if (role != null) {
                ps.setString(3, role);
            }
            return ps.executeUpdate();
        }
    }

    public boolean has(String roundId, String evaluatorId, String role) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT 1 FROM roster WHERE round_id = ? AND evaluator_id = ? AND role = ?")) {
            ps.setString(1, roundId);
            ps.setString(2, evaluatorId);
            ps.setString(3, role);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** The round's roster in the order people were added. */
    public List<Row> ofRound(String roundId) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT round_id, evaluator_id, role, email, added_at, added_by"
                + " FROM roster WHERE round_id = ? ORDER BY added_at, rowid")) {
            ps.setString(1, roundId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            Instant.parse(rs.getString(5)), rs.getString(6)));
                }
            }
        }
        return rows;
    }

    /** Evaluators with stored sheets or imported files in the round: who handed something in. */
    public java.util.Set<String> handedIn(String roundId) throws SQLException {
        java.util.Set<String> ids = new java.util.HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT evaluator_id FROM sheet WHERE round_id = ?"
                + " UNION SELECT evaluator_id FROM imported_file WHERE round_id = ?")) {
            ps.setString(1, roundId);
            ps.setString(2, roundId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        return ids;
    }
}

package jp.clustereval.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The conflict_of_interest table: evaluators affiliated with a cluster, excluded unless included with a reason. */
public final class CoiDao {

    /** One conflict of interest. */
    public record Row(String roundId, String evaluatorId, String clusterCode, String note, Instant createdAt,
                      String createdBy, boolean included, String includeReason, String includedBy) {
    }

    private final Connection c;

    public CoiDao(Connection c) {
        this.c = c;
    }

    /** Marks the affiliation; marking it again keeps the first record (and any inclusion decision). */
    public boolean add(String roundId, String evaluatorId, String clusterCode, String note, Instant at, String actor)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO conflict_of_interest(round_id, evaluator_id, cluster_code, note, created_at, created_by)"
                        + " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
            ps.setString(1, roundId);
            ps.setString(2, evaluatorId);
            ps.setString(3, clusterCode);
            ps.setString(4, note == null ? "" : note);
            ps.setString(5, at.toString());
            ps.setString(6, actor);
            return ps.executeUpdate() == 1;
        }
    }

    /** Includes (or, with included false, excludes again) the grades; returns false when no such record exists. */
    public boolean setIncluded(String roundId, String evaluatorId, String clusterCode, boolean included, String reason,
                               Instant at, String actor) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE conflict_of_interest SET included = ?, include_reason = ?, included_at = ?, included_by = ?"
                        + " WHERE round_id = ? AND evaluator_id = ? AND cluster_code = ?")) {
            ps.setInt(1, included ? 1 : 0);
            ps.setString(2, reason);
            ps.setString(3, at.toString());
            ps.setString(4, actor);
            ps.setString(5, roundId);
            ps.setString(6, evaluatorId);
            ps.setString(7, clusterCode);
            return ps.executeUpdate() == 1;
        }
    }

    public List<Row> ofRound(String roundId) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT round_id, evaluator_id, cluster_code, note, created_at, created_by, included, include_reason, included_by"
                        + " FROM conflict_of_interest WHERE round_id = ? ORDER BY evaluator_id, cluster_code")) {
            ps.setString(1, roundId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            Instant.parse(rs.getString(5)), rs.getString(6), rs.getInt(7) == 1, rs.getString(8),
                            rs.getString(9)));
                }
            }
        }
        return rows;
    }
}

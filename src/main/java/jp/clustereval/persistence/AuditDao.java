package jp.clustereval.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The audit table: an append-only record of every change to grades, comments and status. */
public final class AuditDao {

    /** One recorded change. itemId is null for sheet-level fields (overall comment, status). */
    public record Entry(Instant at, String actor, String roundId, String evaluatorId, String clusterCode,
                        String itemId, String field, String oldValue, String newValue, String source) {
    }

    private final Connection c;

    public AuditDao(Connection c) {
        this.c = c;
    }

    public void insert(Entry e) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO audit(at, actor, round_id, evaluator_id, cluster_code, item_id, field, old_value, new_value, source)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, e.at().toString());
            ps.setString(2, e.actor());
            ps.setString(3, e.roundId());
            ps.setString(4, e.evaluatorId());
            ps.setString(5, e.clusterCode());
            ps.setString(6, e.itemId());
            ps.setString(7, e.field());
            ps.setString(8, e.oldValue());
            ps.setString(9, e.newValue());
            ps.setString(10, e.source());
            ps.executeUpdate();
        }
    }

    public List<Entry> forSheet(String roundId, String evaluatorId, String clusterCode) throws SQLException {
        List<Entry> entries = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT at, actor, round_id, evaluator_id, cluster_code, item_id, field, old_value, new_value, source"
                        + " FROM audit WHERE round_id = ? AND evaluator_id = ? AND cluster_code = ? ORDER BY id")) {
            ps.setString(1, roundId);
            ps.setString(2, evaluatorId);
            ps.setString(3, clusterCode);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    entries.add(new Entry(Instant.parse(rs.getString(1)), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                            rs.getString(9), rs.getString(10)));
                }
            }
        }
        return entries;
    }
}

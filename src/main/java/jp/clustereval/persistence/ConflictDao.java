package jp.clustereval.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The sheet_conflict table: equal revisions with different content, and how the chair decided. */
public final class ConflictDao {

    /** One conflict; resolution is null while open ('stored' or 'incoming' once decided). */
    public record Row(long id, String roundId, String evaluatorId, String clusterCode, long revision, long fileId,
                      String fileName, String incoming, String incomingHash, String storedHash, Instant detectedAt,
                      String resolution, String resolvedBy, String reason) {

        public boolean isOpen() {
            return resolution == null;
        }
    }

    private static final String SELECT = "SELECT k.id, k.round_id, k.evaluator_id, k.cluster_code, k.revision, k.file_id,"
            + " f.file_name, k.incoming, k.incoming_hash, k.stored_hash, k.detected_at, k.resolution, k.resolved_by, k.reason"
            + " FROM sheet_conflict k JOIN imported_file f ON f.id = k.file_id";

    private final Connection c;

    public ConflictDao(Connection c) {
        this.c = c;
    }

    public void insert(String roundId, String evaluatorId, String clusterCode, long revision, long fileId, String incoming,
                       String incomingHash, String storedHash, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO sheet_conflict(round_id, evaluator_id, cluster_code, revision, file_id, incoming, incoming_hash,"
                        + " stored_hash, detected_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, roundId);
            ps.setString(2, evaluatorId);
            ps.setString(3, clusterCode);
            ps.setLong(4, revision);
            ps.setLong(5, fileId);
            ps.setString(6, incoming);
            ps.setString(7, incomingHash);
            ps.setString(8, storedHash);
            ps.setString(9, at.toString());
            ps.executeUpdate();
        }
    }

    public List<Row> ofRound(String roundId, boolean openOnly) throws SQLException {
        return list(SELECT + " WHERE k.round_id = ?" + (openOnly ? " AND k.resolution IS NULL" : "") + " ORDER BY k.id", roundId);
    }

    public Optional<Row> find(long id) throws SQLException {
        return list(SELECT + " WHERE k.id = ?", id).stream().findFirst();
    }

    public void resolve(long id, String resolution, Instant at, String actor, String reason) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE sheet_conflict SET resolution = ?, resolved_at = ?, resolved_by = ?, reason = ? WHERE id = ?")) {
            ps.setString(1, resolution);
            ps.setString(2, at.toString());
            ps.setString(3, actor);
            ps.setString(4, reason);
            ps.setLong(5, id);
            ps.executeUpdate();
        }
    }

    private List<Row> list(String sql, Object arg) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, arg);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5),
                            rs.getLong(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
                            Instant.parse(rs.getString(11)), rs.getString(12), rs.getString(13), rs.getString(14)));
                }
            }
        }
        return rows;
    }
}

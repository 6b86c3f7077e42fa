package jp.clustereval.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jp.clustereval.domain.Sheet;
import jp.clustereval.domain.SheetStatus;

/** The sheet table: one row per (round, evaluator, cluster). */
public final class SheetDao {

    private static final String SELECT = "SELECT id, round_id, evaluator_id, cluster_code, status, revision, created_at,"
            + " updated_at, comment FROM sheet";

    private final Connection c;

    public SheetDao(Connection c) {
        this.c = c;
    }

    /** A stored sheet and its row id. */
    public record Row(long id, Sheet sheet) {
    }

    public Optional<Row> find(String roundId, String evaluatorId, String clusterCode) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SELECT + " WHERE round_id = ? AND evaluator_id = ? AND cluster_code = ?")) {
            ps.setString(1, roundId);
            ps.setString(2, evaluatorId);
            ps.setString(3, clusterCode);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(map(rs)) : Optional.empty();
            }
        }
    }

    public List<Row> findByEvaluator(String roundId, String evaluatorId) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(SELECT + " WHERE round_id = ? AND evaluator_id = ? ORDER BY cluster_code")) {
            ps.setString(1, roundId);
            ps.setString(2, evaluatorId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(map(rs));
                }
            }
        }
        return rows;
    }

    public Row insert(String roundId, String evaluatorId, String clusterCode, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO sheet(round_id, evaluator_id, cluster_code, status, revision, comment, created_at, updated_at)"
                        + " VALUES (?, ?, ?, 'draft', 0, '', ?, ?)")) {
            ps.setString(1, roundId);
            ps.setString(2, evaluatorId);
            ps.setString(3, clusterCode);
            ps.setString(4, at.toString());
            ps.setString(5, at.toString());
            ps.executeUpdate();
        }
        return find(roundId, evaluatorId, clusterCode).orElseThrow();
    }

    /** Records a change: bumps the revision and stamps the time. */
    public void touch(long id, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE sheet SET revision = revision + 1, updated_at = ? WHERE id = ?")) {
            ps.setString(1, at.toString());
            ps.setLong(2, id);
            ps.executeUpdate();
        }
    }

    public void setComment(long id, String comment) throws SQLException {
        update(id, "comment", comment);
    }

    public void setStatus(long id, SheetStatus status) throws SQLException {
        update(id, "status", status.dbValue());
    }

    private void update(long id, String column, String value) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE sheet SET " + column + " = ? WHERE id = ?")) {
            ps.setString(1, value);
            ps.setLong(2, id);
            ps.executeUpdate();
        }
    }

    private static Row map(ResultSet rs) throws SQLException {
        return new Row(rs.getLong("id"), new Sheet(rs.getString("round_id"), rs.getString("evaluator_id"),
                rs.getString("cluster_code"), SheetStatus.fromDb(rs.getString("status")), rs.getLong("revision"),
                Instant.parse(rs.getString("created_at")), Instant.parse(rs.getString("updated_at")),
                rs.getString("comment")));
    }
}

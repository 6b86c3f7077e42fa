package jp.clustereval.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The imported_file table: every imported file's bytes and SHA-256. */
public final class ImportedFileDao {

    /** One stored file without its bytes. */
    public record Row(long id, String sha256, String fileName, String kind, long size, String roundId,
                      String evaluatorId, String keyFingerprint, String exportedAt, Instant importedAt, String importedBy) {
    }

    private final Connection c;

    public ImportedFileDao(Connection c) {
        this.c = c;
    }

    /** Ids of every stored file by SHA-256. */
    public Map<String, Long> idsBySha() throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT sha256, id FROM imported_file");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                ids.put(rs.getString(1), rs.getLong(2));
            }
        }
        return ids;
    }

    private static final String SELECT_ROW = "SELECT id, sha256, file_name, kind, size, round_id, evaluator_id,"
            + " key_fingerprint, exported_at, imported_at, imported_by FROM imported_file";

    public List<Row> all() throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(SELECT_ROW + " ORDER BY id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rows.add(map(rs));
            }
        }
        return rows;
    }

    /** One stored file without its bytes. */
    public Optional<Row> find(long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SELECT_ROW + " WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(map(rs)) : Optional.empty();
            }
        }
    }

    private static Row map(ResultSet rs) throws SQLException {
        return new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                Instant.parse(rs.getString(10)), rs.getString(11));
    }

    public Optional<byte[]> content(long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT content FROM imported_file WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getBytes(1)) : Optional.empty();
            }
        }
    }

    /** The file the sheet's current content came from, if it was imported. */
    public Optional<Long> sourceOfSheet(String roundId, String evaluatorId, String clusterCode) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT source_file_id FROM sheet WHERE round_id = ? AND evaluator_id = ? AND cluster_code = ?")) {
            ps.setString(1, roundId);
            ps.setString(2, evaluatorId);
            ps.setString(3, clusterCode);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    long id = rs.getLong(1);
                    return rs.wasNull() ? Optional.empty() : Optional.of(id);
                }
                return Optional.empty();
            }
        }
    }
}

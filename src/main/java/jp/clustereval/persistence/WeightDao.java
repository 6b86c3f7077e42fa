package jp.clustereval.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The current weights (axis.weight, item.weight) and their history (weight_change). */
public final class WeightDao {

    /**
     * One recorded change; the weights are JSON objects (code or item id to share). For a weights file:
     * its signer's id, and, when the chair accepted a signer outside the round's weighting group (or
     * with another key than theirs), who accepted it and why (otherwise both null).
     */
    public record Change(long id, String roundId, String source, String axisWeightsJson, String itemWeightsJson,
                         Double consistencyRatio, String setBy, Instant setAt, String keyFingerprint,
                         String fileSha256, Instant recordedAt, String recordedBy, String signerId, String acceptedBy,
                         String acceptReason) {
    }

    private final Connection c;

    public WeightDao(Connection c) {
        this.c = c;
    }

    public void setAxisWeights(String roundId, Map<String, Double> weights) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE axis SET weight = ? WHERE round_id = ? AND code = ?")) {
            for (var e : weights.entrySet()) {
                ps.setDouble(1, e.getValue());
                ps.setString(2, roundId);
                ps.setString(3, e.getKey());
                if (ps.executeUpdate() != 1) {
                    throw new SQLException("No axis " + e.getKey() + " in round " + roundId);
                }
            }
        }
    }

    public void setItemWeights(String roundId, Map<String, Double> weights) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE item SET weight = ? WHERE round_id = ? AND id = ?")) {
            for (var e : weights.entrySet()) {
                ps.setDouble(1, e.getValue());
                ps.setString(2, roundId);
                ps.setString(3, e.getKey());
                if (ps.executeUpdate() != 1) {
                    throw new SQLException("No item " + e.getKey() + " in round " + roundId);
                }
            }
        }
    }

    public void insertChange(Change ch) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO weight_change(round_id, source, axis_weights, item_weights, consistency_ratio, set_by, set_at,"
                        + " key_fingerprint, file_sha256, recorded_at, recorded_by, signer_id, accepted_by, accept_reason)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, ch.roundId());
            ps.setString(2, ch.source());
            ps.setString(3, ch.axisWeightsJson());
            ps.setString(4, ch.itemWeightsJson());
            if (ch.consistencyRatio() == null) {
                ps.setNull(5, Types.REAL);
            } else {
                ps.setDouble(5, ch.consistencyRatio());
            }
            ps.setString(6, ch.setBy());
            ps.setString(7, ch.setAt().toString());
            ps.setString(8, ch.keyFingerprint());
            ps.setString(9, ch.fileSha256());
            ps.setString(10, ch.recordedAt().toString());
            ps.setString(11, ch.recordedBy());
            ps.setString(12, ch.signerId());
            ps.setString(13, ch.acceptedBy());
            ps.setString(14, ch.acceptReason());
            ps.executeUpdate();
        }
    }

    /**
     * Keeps the AHP judgements (JSON: the rows of the matrix, numbers) with the change inserted last
     * on this connection; called in the transaction that inserted it.
     */
    public void setAhpMatrixOfLastChange(String matrixJson) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE weight_change SET ahp_matrix = ? WHERE id = last_insert_rowid()")) {
            ps.setString(1, matrixJson);
            if (ps.executeUpdate() != 1) {
                throw new SQLException("no weight change was inserted last");
            }
        }
    }

    /** The AHP judgements kept with a weight change (JSON rows of numbers); empty for other changes and those stored before V11. */
    public java.util.Optional<String> ahpMatrix(long changeId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT ahp_matrix FROM weight_change WHERE id = ?")) {
            ps.setLong(1, changeId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? java.util.Optional.ofNullable(rs.getString(1)) : java.util.Optional.empty();
            }
        }
    }

    /** The round's weight changes, oldest first. */
    public List<Change> history(String roundId) throws SQLException {
        List<Change> list = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id, round_id, source, axis_weights, item_weights, consistency_ratio, set_by, set_at, key_fingerprint,"
                        + " file_sha256, recorded_at, recorded_by, signer_id, accepted_by, accept_reason FROM weight_change"
                        + " WHERE round_id = ? ORDER BY id")) {
            ps.setString(1, roundId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    double cr = rs.getDouble(6);
                    Double crOrNull = rs.wasNull() ? null : cr;
                    list.add(new Change(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            crOrNull, rs.getString(7), Instant.parse(rs.getString(8)), rs.getString(9), rs.getString(10),
                            Instant.parse(rs.getString(11)), rs.getString(12), rs.getString(13), rs.getString(14),
                            rs.getString(15)));
                }
            }
        }
        return list;
    }
}

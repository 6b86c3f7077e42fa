package jp.clustereval.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jp.clustereval.domain.UnitNote;

/** The unit_note table: the panel meeting's current note and consensus comment per unit of a round. */
public final class UnitNoteDao {

    private static final String COLUMNS = "n.round_id, n.cluster_code, n.note, n.consensus, n.updated_at, n.updated_by";

    private final Connection c;

    public UnitNoteDao(Connection c) {
        this.c = c;
    }

    public Optional<UnitNote> find(String roundId, String clusterCode) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM unit_note n WHERE n.round_id = ? AND n.cluster_code = ?")) {
            ps.setString(1, roundId);
            ps.setString(2, clusterCode);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(row(rs)) : Optional.empty();
            }
        }
    }

    /** The round's stored notes, units in the round's order. */
    public List<UnitNote> ofRound(String roundId) throws SQLException {
        List<UnitNote> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM unit_note n"
                + " JOIN round_unit u ON u.round_id = n.round_id AND u.cluster_code = n.cluster_code"
                + " WHERE n.round_id = ? ORDER BY u.sort_order, n.cluster_code")) {
            ps.setString(1, roundId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(row(rs));
                }
            }
        }
        return out;
    }

    /** Stores the unit's note and consensus comment (inserted or replaced). */
    public void put(UnitNote n) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO unit_note(round_id, cluster_code, note, consensus, updated_at, updated_by)"
                + " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(round_id, cluster_code) DO UPDATE SET note = excluded.note,"
                + " consensus = excluded.consensus, updated_at = excluded.updated_at, updated_by = excluded.updated_by")) {
            ps.setString(1, n.roundId());
            ps.setString(2, n.clusterCode());
            ps.setString(3, n.note());
            ps.setString(4, n.consensus());
            ps.setString(5, n.updatedAt().toString());
            ps.setString(6, n.updatedBy());
            ps.executeUpdate();
        }
    }

    /** Removes the notes of units the round no longer evaluates (after its definition was replaced). */
    public int removeOutsideUnits(String roundId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM unit_note WHERE round_id = ? AND cluster_code NOT IN"
                + " (SELECT cluster_code FROM round_unit WHERE round_id = ?)")) {
            ps.setString(1, roundId);
            ps.setString(2, roundId);
            return ps.executeUpdate();
        }
    }

    private static UnitNote row(ResultSet rs) throws SQLException {
        return new UnitNote(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), Instant.parse(rs.getString(5)),
                rs.getString(6));
    }
}

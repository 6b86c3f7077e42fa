package jp.clustereval.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/** The round_final table (V11): the rounds the panel finalised, when and by which chair (an evaluator id). */
public final class RoundFinalDao {

    public record Row(String roundId, Instant finalisedAt, String finalisedBy) {
    }

    private final Connection c;

    public RoundFinalDao(Connection c) {
        this.c = c;
    }

    public Optional<Row> find(String roundId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT round_id, finalised_at, finalised_by FROM round_final WHERE round_id = ?")) {
            ps.setString(1, roundId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new Row(rs.getString(1), Instant.parse(rs.getString(2)), rs.getString(3)))
                        : Optional.empty();
            }
        }
    }

    /** The ids of every finalised round. */
    public Set<String> roundIds() throws SQLException {
        Set<String> out = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT round_id FROM round_final");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    public void insert(Row r) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO round_final(round_id, finalised_at, finalised_by) VALUES (?, ?, ?)")) {
            ps.setString(1, r.roundId());
            ps.setString(2, r.finalisedAt().toString());
            ps.setString(3, r.finalisedBy());
            ps.executeUpdate();
        }
    }

    /** Removes the round's row; false when it had none. */
    public boolean delete(String roundId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM round_final WHERE round_id = ?")) {
            ps.setString(1, roundId);
            return ps.executeUpdate() > 0;
        }
    }
}

package jp.clustereval.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The round_audit table: every change of the rounds themselves (made, made current, roster, assignments). */
public final class RoundAuditDao {

    public record Entry(Instant at, String actor, String roundId, String action, String detail, String reason) {
    }

    private final Connection c;

    public RoundAuditDao(Connection c) {
        this.c = c;
    }

    public void insert(Entry e) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO round_audit(at, actor, round_id, action, detail, reason) VALUES (?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, e.at().toString());
            ps.setString(2, e.actor());
            ps.setString(3, e.roundId());
            ps.setString(4, e.action());
            ps.setString(5, e.detail() == null ? "" : e.detail());
            ps.setString(6, e.reason() == null ? "" : e.reason());
            ps.executeUpdate();
        }
    }

    /** The round's entries, oldest first. */
    public List<Entry> ofRound(String roundId) throws SQLException {
        List<Entry> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT at, actor, round_id, action, detail, reason FROM round_audit WHERE round_id = ? ORDER BY id")) {
            ps.setString(1, roundId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Entry(Instant.parse(rs.getString(1)), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6)));
                }
            }
        }
        return out;
    }
}

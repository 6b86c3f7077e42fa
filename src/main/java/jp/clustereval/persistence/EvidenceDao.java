package jp.clustereval.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.clustereval.domain.Achievements;

/** The round_evidence table: the figures (achievements) each unit of a round reported, per period and metric. */
public final class EvidenceDao {

    private final Connection c;

    public EvidenceDao(Connection c) {
        this.c = c;
    }

    /** Every period's figures of one unit in the round, periods in text order, metrics in report order. */
    public List<Achievements> ofUnit(String roundId, String clusterCode) throws SQLException {
        return read("SELECT cluster_code, period, metric, value FROM round_evidence WHERE round_id = ? AND cluster_code = ?"
                + " ORDER BY period, sort_order", roundId, clusterCode);
    }

    /** The figures of every unit of the round: units in the round's order, then as {@link #ofUnit}. */
    public List<Achievements> ofRound(String roundId) throws SQLException {
        return read("SELECT e.cluster_code, e.period, e.metric, e.value FROM round_evidence e"
                + " JOIN round_unit u ON u.round_id = e.round_id AND u.cluster_code = e.cluster_code"
                + " WHERE e.round_id = ? ORDER BY u.sort_order, e.cluster_code, e.period, e.sort_order", roundId);
    }

    private List<Achievements> read(String sql, String... params) throws SQLException {
        Map<String, Map<String, Long>> grouped = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setString(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    grouped.computeIfAbsent(rs.getString(1) + "\n" + rs.getString(2), k -> new LinkedHashMap<>())
                            .put(rs.getString(3), rs.getLong(4));
                }
            }
        }
        List<Achievements> result = new ArrayList<>();
        grouped.forEach((key, metrics) -> {
            int cut = key.indexOf('\n');
            result.add(new Achievements(key.substring(0, cut), key.substring(cut + 1), metrics));
        });
        return result;
    }

    /** The periods the round has figures for, in text order. */
    public List<String> periods(String roundId) throws SQLException {
        List<String> periods = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT DISTINCT period FROM round_evidence WHERE round_id = ? ORDER BY period")) {
            ps.setString(1, roundId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    periods.add(rs.getString(1));
                }
            }
        }
        return periods;
    }

    /** Stores one unit's figures of a period in the round (the unit is one of the round's), metrics in the given order. */
    public void insert(String roundId, Achievements a) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO round_evidence(round_id, cluster_code, period, metric,"
                + " value, sort_order) VALUES (?, ?, ?, ?, ?, ?)")) {
            int order = 0;
            for (var e : a.metrics().entrySet()) {
                ps.setString(1, roundId);
                ps.setString(2, a.clusterCode());
                ps.setString(3, a.period());
                ps.setString(4, e.getKey());
                ps.setLong(5, e.getValue());
                ps.setInt(6, order++);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Removes the round's figures of one period; returns how many rows (metric values) went. */
    public int deletePeriod(String roundId, String period) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM round_evidence WHERE round_id = ? AND period = ?")) {
            ps.setString(1, roundId);
            ps.setString(2, period);
            return ps.executeUpdate();
        }
    }

    /** Removes every figure of the round; returns how many rows went. */
    public int deleteRound(String roundId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM round_evidence WHERE round_id = ?")) {
            ps.setString(1, roundId);
            return ps.executeUpdate();
        }
    }

    /** Copies the source round's figures of the units the target round also evaluates; returns how many rows. */
    public int copy(String fromRoundId, String toRoundId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO round_evidence(round_id, cluster_code, period, metric,"
                + " value, sort_order) SELECT u.round_id, e.cluster_code, e.period, e.metric, e.value, e.sort_order"
                + " FROM round_evidence e JOIN round_unit u ON u.cluster_code = e.cluster_code AND u.round_id = ?"
                + " WHERE e.round_id = ?")) {
            ps.setString(1, toRoundId);
            ps.setString(2, fromRoundId);
            return ps.executeUpdate();
        }
    }

    /** Removes the figures of units the round no longer evaluates (after its units were redefined). */
    public int removeOutsideUnits(String roundId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM round_evidence WHERE round_id = ? AND cluster_code NOT IN"
                + " (SELECT cluster_code FROM round_unit WHERE round_id = ?)")) {
            ps.setString(1, roundId);
            ps.setString(2, roundId);
            return ps.executeUpdate();
        }
    }
}

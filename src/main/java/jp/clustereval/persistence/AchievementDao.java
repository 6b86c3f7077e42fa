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

/** The achievement table: reported results per cluster and period. */
public final class AchievementDao {

    private final Connection c;

    public AchievementDao(Connection c) {
        this.c = c;
    }

    /** Every period's achievements of a cluster, oldest period first. */
    public List<Achievements> find(String clusterCode) throws SQLException {
        Map<String, Map<String, Long>> byPeriod = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT period, metric, value FROM achievement WHERE cluster_code = ? ORDER BY period, sort_order")) {
            ps.setString(1, clusterCode);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    byPeriod.computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>())
                            .put(rs.getString(2), rs.getLong(3));
                }
            }
        }
        List<Achievements> result = new ArrayList<>();
        byPeriod.forEach((period, metrics) -> result.add(new Achievements(clusterCode, period, metrics)));
        return result;
    }

    /** Removes every period's achievements of the cluster. */
    public void deleteOf(String clusterCode) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM achievement WHERE cluster_code = ?")) {
            ps.setString(1, clusterCode);
            ps.executeUpdate();
        }
    }

    public void insert(Achievements a) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO achievement(cluster_code, period, metric, value, sort_order) VALUES (?, ?, ?, ?, ?)")) {
            int order = 0;
            for (var e : a.metrics().entrySet()) {
                ps.setString(1, a.clusterCode());
                ps.setString(2, a.period());
                ps.setString(3, e.getKey());
                ps.setLong(4, e.getValue());
                ps.setInt(5, order++);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}

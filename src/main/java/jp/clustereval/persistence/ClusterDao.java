package jp.clustereval.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.clustereval.domain.Cluster;
import jp.clustereval.domain.LocalizedText;

/** The cluster and cluster_field tables. */
public final class ClusterDao {

    private static final String SELECT = "SELECT code, name_ja, name_en, area_ja, area_en, prefectures, start_fy, wide_area FROM cluster";

    private final Connection c;

    public ClusterDao(Connection c) {
        this.c = c;
    }

    public List<Cluster> findAll() throws SQLException {
        return select("", List.of());
    }

    /** The clusters with these codes (unknown ones are left out), in the order of {@link #findAll}. */
    public List<Cluster> findAll(java.util.Collection<String> codes) throws SQLException {
        if (codes.size() > 500) {
            java.util.Set<String> wanted = new java.util.HashSet<>(codes);
            return findAll().stream().filter(cl -> wanted.contains(cl.code())).toList();
        }
        if (codes.isEmpty()) {
            return List.of();
        }
        return select(" WHERE code IN (" + String.join(", ", java.util.Collections.nCopies(codes.size(), "?")) + ")",
                List.copyOf(codes));
    }

    private List<Cluster> select(String where, List<String> args) throws SQLException {
        Map<String, List<String>> fields = fields();
        // areas, prefectures and wide areas repeat across clusters (100,000 national proposals share
        // a few dozen): one object each instead of one per cluster
        Map<String, String> texts = new HashMap<>();
        Map<LocalizedText, LocalizedText> areas = new HashMap<>();
        Map<List<String>, List<String>> fieldLists = new HashMap<>();
        List<Cluster> result = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(SELECT + where + " ORDER BY start_fy, rowid")) {
            for (int i = 0; i < args.size(); i++) {
                ps.setString(i + 1, args.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String code = rs.getString(1);
                    LocalizedText area = areas.computeIfAbsent(new LocalizedText(rs.getString(4), rs.getString(5)), k -> k);
                    List<String> f = fieldLists.computeIfAbsent(fields.getOrDefault(code, List.of()), List::copyOf);
                    result.add(new Cluster(code, new LocalizedText(rs.getString(2), rs.getString(3)), area,
                            texts.computeIfAbsent(rs.getString(6), k -> k), f, rs.getInt(7),
                            texts.computeIfAbsent(rs.getString(8), k -> k)));
                }
            }
        }
        return result;
    }

    public Optional<Cluster> find(String code) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SELECT + " WHERE code = ?")) {
            ps.setString(1, code);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(map(rs, fields().getOrDefault(code, List.of())));
            }
        }
    }

    public void insert(Cluster cluster) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO cluster(code, name_ja, name_en, area_ja, area_en, prefectures, start_fy, wide_area)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, cluster.code());
            ps.setString(2, cluster.name().ja());
            ps.setString(3, cluster.name().en());
            ps.setString(4, cluster.area().ja());
            ps.setString(5, cluster.area().en());
            ps.setString(6, cluster.prefectures());
            ps.setInt(7, cluster.startFiscalYear());
            ps.setString(8, cluster.wideArea());
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO cluster_field(cluster_code, field, sort_order) VALUES (?, ?, ?)")) {
            int order = 0;
            for (String field : cluster.fields()) {
                ps.setString(1, cluster.code());
                ps.setString(2, field);
                ps.setInt(3, order++);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private Map<String, List<String>> fields() throws SQLException {
        Map<String, List<String>> fields = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT cluster_code, field FROM cluster_field ORDER BY cluster_code, sort_order");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                fields.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
            }
        }
        return fields;
    }

    private static Cluster map(ResultSet rs, List<String> fields) throws SQLException {
        return new Cluster(rs.getString("code"),
                new LocalizedText(rs.getString("name_ja"), rs.getString("name_en")),
                new LocalizedText(rs.getString("area_ja"), rs.getString("area_en")),
                rs.getString("prefectures"), fields, rs.getInt("start_fy"), rs.getString("wide_area"));
    }
}

package jp.clustereval.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import jp.clustereval.domain.ItemEntry;
import jp.clustereval.domain.SheetStatus;

/** Every sheet of a round with its entries, in one query (a merge must not query per sheet). */
public final class SheetStateDao {

    private final Connection c;

    public SheetStateDao(Connection c) {
        this.c = c;
    }

    /** Keyed by {@link #key(String, String)}: evaluator id and cluster code. */
    public Map<String, StoredSheet> round(String roundId) throws SQLException {
        return round(roundId, null);
    }

    /**
     * Only the sheets of the given evaluators (all when null): what a chunk of a large import needs,
     * found through the sheet table's (round, evaluator, cluster) index.
     */
    public Map<String, StoredSheet> round(String roundId, java.util.Collection<String> evaluatorIds) throws SQLException {
        Map<String, StoredSheet> result = new LinkedHashMap<>();
        if (evaluatorIds != null && evaluatorIds.isEmpty()) {
            return result;
        }
        String only = evaluatorIds == null ? ""
                : " AND s.evaluator_id IN (" + String.join(", ", java.util.Collections.nCopies(evaluatorIds.size(), "?")) + ")";
        try (PreparedStatement ps = c.prepareStatement(SELECT + " WHERE s.round_id = ?" + only + " ORDER BY s.id")) {
            ps.setString(1, roundId);
            if (evaluatorIds != null) {
                int i = 2;
                for (String id : evaluatorIds) {
                    ps.setString(i++, id);
                }
            }
            read(ps, result);
        }
        return result;
    }

    /** One sheet with its entries, by its row id. */
    public java.util.Optional<StoredSheet> sheet(long sheetId) throws SQLException {
        Map<String, StoredSheet> result = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement(SELECT + " WHERE s.id = ?")) {
            ps.setLong(1, sheetId);
            read(ps, result);
        }
        return result.values().stream().findFirst();
    }

    private static final String SELECT = "SELECT s.id, s.evaluator_id, s.cluster_code, s.revision, s.status, s.comment,"
            + " g.item_id, g.grade, g.comment, g.indication FROM sheet s LEFT JOIN grade g ON g.sheet_id = s.id";

    /** Rows of {@link #SELECT} (ordered by sheet) as sheets with their entries, by evaluator and cluster. */
    private static void read(PreparedStatement ps, Map<String, StoredSheet> result) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String key = key(rs.getString(2), rs.getString(3));
                StoredSheet sheet = result.get(key);
                if (sheet == null) {
                    sheet = new StoredSheet(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                            SheetStatus.fromDb(rs.getString(5)), rs.getString(6), new LinkedHashMap<>());
                    result.put(key, sheet);
                }
                String item = rs.getString(7);
                if (item != null) {
                    sheet.entries().put(item, new ItemEntry(item, rs.getString(8), rs.getString(9), rs.getString(10)));
                }
            }
        }
    }

    public static String key(String evaluatorId, String clusterCode) {
        return evaluatorId + "\u0000" + clusterCode;
    }

    public Set<String> clusterCodes() throws SQLException {
        Set<String> codes = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT code FROM cluster");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                codes.add(rs.getString(1));
            }
        }
        return codes;
    }
}

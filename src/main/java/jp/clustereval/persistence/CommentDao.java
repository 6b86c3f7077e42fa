package jp.clustereval.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Evaluators' written comments and indications of a round (non-blank ones), with the chair's tags.
 * Conflict-of-interest sheets are left out as in the averages, unless the chair included them.
 */
public final class CommentDao {

    /** One comment text. itemId is "" for a sheet's overall comment; field is comment or indication. */
    public record Row(String evaluatorId, String clusterCode, String itemId, String field, String text,
                      Set<String> tags) {
    }

    private static final String COI = " AND NOT EXISTS (SELECT 1 FROM conflict_of_interest x WHERE x.round_id = s.round_id"
            + " AND x.evaluator_id = s.evaluator_id AND x.cluster_code = s.cluster_code AND x.included = 0)";

    private final Connection c;

    public CommentDao(Connection c) {
        this.c = c;
    }

    public List<Row> ofRound(String roundId) throws SQLException {
        Map<List<String>, Set<String>> tags = tagsOf(roundId);
        List<Row> rows = new ArrayList<>();
        String sql = "SELECT s.evaluator_id, s.cluster_code, '' AS item_id, 'comment' AS field, s.comment AS text"
                + " FROM sheet s WHERE s.round_id = ? AND trim(s.comment) <> ''" + COI
                + " UNION ALL SELECT s.evaluator_id, s.cluster_code, g.item_id, 'comment', g.comment"
                + " FROM grade g JOIN sheet s ON s.id = g.sheet_id"
                + " WHERE s.round_id = ? AND trim(g.comment) <> ''" + COI
                + " UNION ALL SELECT s.evaluator_id, s.cluster_code, g.item_id, 'indication', g.indication"
                + " FROM grade g JOIN sheet s ON s.id = g.sheet_id"
                + " WHERE s.round_id = ? AND trim(g.indication) <> ''" + COI;
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, roundId);
            ps.setString(2, roundId);
            ps.setString(3, roundId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    List<String> key = List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4));
                    rows.add(new Row(key.get(0), key.get(1), key.get(2), key.get(3), rs.getString(5),
                            tags.getOrDefault(key, Set.of())));
                }
            }
        }
        return rows;
    }

    /**
     * Every tag of the round in one query, by (evaluator, cluster, item, field), each set in tag order:
     * a national round has over a million comments, and a query per comment took minutes.
     */
    private Map<List<String>, Set<String>> tagsOf(String roundId) throws SQLException {
        Map<List<String>, Set<String>> tags = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT evaluator_id, cluster_code, item_id, field, tag"
                + " FROM comment_tag WHERE round_id = ? ORDER BY tag")) {
            ps.setString(1, roundId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    tags.computeIfAbsent(List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)),
                            k -> new LinkedHashSet<>()).add(rs.getString(5));
                }
            }
        }
        return tags;
    }

    /** Adds a tag; false when it was already there. */
    public boolean tag(String roundId, String evaluatorId, String cluster, String itemId, String field, String tag,
                       Instant at, String actor) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT OR IGNORE INTO comment_tag(round_id, evaluator_id, cluster_code,"
                + " item_id, field, tag, tagged_at, tagged_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, roundId);
            ps.setString(2, evaluatorId);
            ps.setString(3, cluster);
            ps.setString(4, itemId);
            ps.setString(5, field);
            ps.setString(6, tag);
            ps.setString(7, at.toString());
            ps.setString(8, actor);
            return ps.executeUpdate() == 1;
        }
    }

    /** Removes a tag; false when it was not there. */
    public boolean untag(String roundId, String evaluatorId, String cluster, String itemId, String field, String tag)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM comment_tag WHERE round_id = ? AND evaluator_id = ?"
                + " AND cluster_code = ? AND item_id = ? AND field = ? AND tag = ?")) {
            ps.setString(1, roundId);
            ps.setString(2, evaluatorId);
            ps.setString(3, cluster);
            ps.setString(4, itemId);
            ps.setString(5, field);
            ps.setString(6, tag);
            return ps.executeUpdate() == 1;
        }
    }
}

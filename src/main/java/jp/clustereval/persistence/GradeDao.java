package jp.clustereval.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.clustereval.domain.GradeRecord;
import jp.clustereval.domain.ItemEntry;

/** The grade table: per sheet and item, the grade (NULL when not graded), comment and indications. */
public final class GradeDao {

    private final Connection c;

    public GradeDao(Connection c) {
        this.c = c;
    }

    public Map<String, ItemEntry> entries(long sheetId) throws SQLException {
        Map<String, ItemEntry> entries = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT item_id, grade, comment, indication FROM grade WHERE sheet_id = ?")) {
            ps.setLong(1, sheetId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    entries.put(rs.getString(1),
                            new ItemEntry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
                }
            }
        }
        return entries;
    }

    public void upsert(long sheetId, String roundId, ItemEntry entry, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO grade(sheet_id, round_id, item_id, grade, comment, indication, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"
                        + " ON CONFLICT(sheet_id, item_id) DO UPDATE SET grade = excluded.grade, comment = excluded.comment,"
                        + " indication = excluded.indication, updated_at = excluded.updated_at")) {
            ps.setLong(1, sheetId);
            ps.setString(2, roundId);
            ps.setString(3, entry.itemId());
            ps.setString(4, entry.grade());
            ps.setString(5, entry.comment());
            ps.setString(6, entry.indication());
            ps.setString(7, at.toString());
            ps.executeUpdate();
        }
    }

    /**
     * Every grade given in a round (ungraded rows left out), for aggregation. Grades of an evaluator
     * for a cluster they are affiliated with (conflict of interest) are left out, unless the chair
     * included them with a recorded reason.
     */
    public List<GradeRecord> gradesOfRound(String roundId) throws SQLException {
        List<GradeRecord> grades = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT s.evaluator_id, s.cluster_code, g.item_id, g.grade FROM grade g JOIN sheet s ON s.id = g.sheet_id"
                        + " WHERE g.round_id = ? AND g.grade IS NOT NULL"
                        + " AND NOT EXISTS (SELECT 1 FROM conflict_of_interest x WHERE x.round_id = s.round_id"
                        + " AND x.evaluator_id = s.evaluator_id AND x.cluster_code = s.cluster_code AND x.included = 0)")) {
            ps.setString(1, roundId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    grades.add(new GradeRecord(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
                }
            }
        }
        return grades;
    }
}

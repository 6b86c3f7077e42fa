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

    /** Every given grade of a round (parameter 1), conflict-of-interest exclusions applied; column 5 is the sheet. */
    private static final String SELECT_GRADES =
            "SELECT s.evaluator_id, s.cluster_code, g.item_id, g.grade, g.sheet_id FROM grade g JOIN sheet s ON s.id = g.sheet_id"
                    + " WHERE g.round_id = ? AND g.grade IS NOT NULL"
                    + " AND NOT EXISTS (SELECT 1 FROM conflict_of_interest x WHERE x.round_id = s.round_id"
                    + " AND x.evaluator_id = s.evaluator_id AND x.cluster_code = s.cluster_code AND x.included = 0)";

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
        forEachGradeOfRound(roundId, (sheetId, g) -> grades.add(g));
        return grades;
    }

    /** One sheet's grades: cluster, evaluator, item id to grade code (never empty). */
    @FunctionalInterface
    public interface SheetGrades {
        void sheet(String clusterCode, String evaluatorId, Map<String, String> gradesByItem);
    }

    /**
     * The same grades as {@link #gradesOfRound}, handed over one sheet at a time, so that a national
     * round (millions of grades) is aggregated without holding them all.
     */
    public void forEachSheetOfRound(String roundId, SheetGrades each) throws SQLException {
        // the sheets in row order, each one's grades by the grade key: no sort of millions of rows
        try (PreparedStatement ps = c.prepareStatement("SELECT s.id, s.evaluator_id, s.cluster_code, g.item_id, g.grade"
                + " FROM sheet s JOIN grade g ON g.sheet_id = s.id WHERE +s.round_id = ? AND g.grade IS NOT NULL"
                + " AND NOT EXISTS (SELECT 1 FROM conflict_of_interest x WHERE x.round_id = s.round_id"
                + " AND x.evaluator_id = s.evaluator_id AND x.cluster_code = s.cluster_code AND x.included = 0)"
                + " ORDER BY s.id")) {
            ps.setString(1, roundId);
            bySheet(ps, (evaluator, cluster, grades) -> each.sheet(cluster, evaluator, grades));
        }
    }

    /** One sheet's given grades with its evaluator and cluster. */
    @FunctionalInterface
    public interface GradedSheet {
        void sheet(String evaluatorId, String clusterCode, Map<String, String> gradesByItem) throws SQLException;
    }

    /**
     * Every sheet of a round that has at least one grade, with its given grades, in sheet order,
     * conflicts of interest not applied: what the per-sheet scores (sheet_score) are computed from.
     * The sheet table is scanned in row order ({@code +s.round_id} keeps SQLite off the (round,
     * evaluator, cluster) index, which would need a sort) and each sheet's grades found by the key.
     */
    public void forEachGradedSheet(String roundId, GradedSheet each) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT s.id, s.evaluator_id, s.cluster_code, g.item_id, g.grade"
                + " FROM sheet s JOIN grade g ON g.sheet_id = s.id WHERE +s.round_id = ? AND g.grade IS NOT NULL"
                + " ORDER BY s.id")) {
            ps.setString(1, roundId);
            bySheet(ps, each);
        }
    }

    /**
     * Runs a query of (sheet id, evaluator, cluster, item, grade) ordered by sheet id and hands
     * over one sheet at a time (evaluator and cluster read once per sheet, not per grade).
     */
    private static void bySheet(PreparedStatement ps, GradedSheet each) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            long current = -1;
            String evaluator = null;
            String cluster = null;
            Map<String, String> grades = new LinkedHashMap<>();
            while (rs.next()) {
                long sheetId = rs.getLong(1);
                if (sheetId != current) {
                    if (!grades.isEmpty()) {
                        each.sheet(evaluator, cluster, grades);
                    }
                    current = sheetId;
                    evaluator = rs.getString(2);
                    cluster = rs.getString(3);
                    grades = new LinkedHashMap<>();
                }
                grades.put(rs.getString(4), rs.getString(5));
            }
            if (!grades.isEmpty()) {
                each.sheet(evaluator, cluster, grades);
            }
        }
    }

    private interface Row {
        void accept(long sheetId, GradeRecord grade);
    }

    private void forEachGradeOfRound(String roundId, Row each) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SELECT_GRADES)) {
            ps.setString(1, roundId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    each.accept(rs.getLong(5), new GradeRecord(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
                }
            }
        }
    }
}

package jp.clustereval.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import jp.clustereval.domain.ItemEntry;
import jp.clustereval.domain.SheetStatus;

/**
 * The writes of a merge, inside the caller's transaction, with prepared statements kept open and
 * grade and audit rows batched: importing a thousand files is a few thousand batched rows, not a
 * statement per row. Call {@link #flush()} before reading what was written.
 */
public final class MergeWriter implements AutoCloseable {

    private final Connection c;
    private final PreparedStatement grade;
    private final PreparedStatement audit;
    private final PreparedStatement sheetUpdate;
    private final SheetScores.Batch scores;
    private int pending;

    public MergeWriter(Connection c) throws SQLException {
        this.c = c;
        this.grade = c.prepareStatement(
                "INSERT INTO grade(sheet_id, round_id, item_id, grade, comment, indication, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"
                        + " ON CONFLICT(sheet_id, item_id) DO UPDATE SET grade = excluded.grade, comment = excluded.comment,"
                        + " indication = excluded.indication, updated_at = excluded.updated_at");
        this.audit = c.prepareStatement(
                "INSERT INTO audit(at, actor, round_id, evaluator_id, cluster_code, item_id, field, old_value, new_value, source, file_id)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        this.sheetUpdate = c.prepareStatement(
                "UPDATE sheet SET status = ?, revision = ?, comment = ?, updated_at = ?, source_file_id = ? WHERE id = ?");
        this.scores = new SheetScores(c).batch();
    }

    public void ensureEvaluator(String id, String name, String affiliation, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO evaluator(id, name, affiliation, created_at) VALUES (?, ?, ?, ?) ON CONFLICT(id) DO NOTHING")) {
            ps.setString(1, id);
            ps.setString(2, name);
            ps.setString(3, affiliation);
            ps.setString(4, at.toString());
            ps.executeUpdate();
        }
    }

    public long insertSheet(String roundId, String evaluatorId, String cluster, SheetStatus status, int revision,
                            String comment, Instant updatedAt, Long fileId, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO sheet(round_id, evaluator_id, cluster_code, status, revision, comment, created_at, updated_at,"
                        + " source_file_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")) {
            ps.setString(1, roundId);
            ps.setString(2, evaluatorId);
            ps.setString(3, cluster);
            ps.setString(4, status.dbValue());
            ps.setInt(5, revision);
            ps.setString(6, comment);
            ps.setString(7, now.toString());
            ps.setString(8, updatedAt.toString());
            setLong(ps, 9, fileId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    public void updateSheet(long sheetId, SheetStatus status, int revision, String comment, Instant updatedAt, Long fileId)
            throws SQLException {
        sheetUpdate.setString(1, status.dbValue());
        sheetUpdate.setInt(2, revision);
        sheetUpdate.setString(3, comment);
        sheetUpdate.setString(4, updatedAt.toString());
        setLong(sheetUpdate, 5, fileId);
        sheetUpdate.setLong(6, sheetId);
        sheetUpdate.addBatch();
        pending++;
    }

    public void putGrade(long sheetId, String roundId, ItemEntry e, Instant at) throws SQLException {
        grade.setLong(1, sheetId);
        grade.setString(2, roundId);
        grade.setString(3, e.itemId());
        grade.setString(4, e.grade());
        grade.setString(5, e.comment());
        grade.setString(6, e.indication());
        grade.setString(7, at.toString());
        grade.addBatch();
        pending++;
    }

    /** A sheet's entries as they are stored after this merge: its stored scores (sheet_score) follow them. */
    public void sheetScores(String roundId, String evaluatorId, String cluster, Map<String, ItemEntry> entries)
            throws SQLException {
        Map<String, String> grades = new HashMap<>();
        entries.forEach((item, e) -> grades.put(item, e.grade()));
        scores.put(roundId, evaluatorId, cluster, null, grades);
        pending++;
    }

    public void audit(AuditDao.Entry e, Long fileId) throws SQLException {
        audit.setString(1, e.at().toString());
        audit.setString(2, e.actor());
        audit.setString(3, e.roundId());
        audit.setString(4, e.evaluatorId());
        audit.setString(5, e.clusterCode());
        audit.setString(6, e.itemId());
        audit.setString(7, e.field());
        audit.setString(8, e.oldValue());
        audit.setString(9, e.newValue());
        audit.setString(10, e.source());
        setLong(audit, 11, fileId);
        audit.addBatch();
        pending++;
    }

    /** Sends the batched rows; done every few thousand rows and at the end. */
    public void flush() throws SQLException {
        sheetUpdate.executeBatch();
        grade.executeBatch();
        audit.executeBatch();
        scores.flush();
        pending = 0;
    }

    public void flushIfLarge() throws SQLException {
        if (pending > 5_000) {
            flush();
        }
    }

    private static void setLong(PreparedStatement ps, int index, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setLong(index, value);
        }
    }

    @Override
    public void close() throws SQLException {
        try (grade; audit; sheetUpdate; scores) {
            // closes all four, even if one fails
        }
    }
}

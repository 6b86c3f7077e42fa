package jp.clustereval.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import jp.clustereval.domain.ItemEntry;
import jp.clustereval.domain.SheetStatus;

/**
 * The writes of a merge, inside the caller's transaction, with prepared statements kept open and
 * sheet, grade and audit rows batched in multi-row inserts ({@link RowBatch}): importing a thousand
 * files is a few thousand statements, not one per row. Call {@link #flush()} before reading what was
 * written.
 * <p>
 * While it is open the connection's page cache is raised to {@link #CACHE_KIB} KiB (and set back on
 * {@link #close()}): a large merge dirties tens of MB of pages in one transaction (80 MB for 1,000
 * panel files or for one 200-file chunk of a national import), and a cache smaller than that spills
 * them to the WAL mid-transaction and reads them back. SQLite's default 2 MB cost a quarter of a
 * 1,000-file commit's time; 64 MB still spilled in the national import's chunks (x0.2: 17-19 s
 * instead of 10-11 s). The memory is taken only as pages are touched and given back on close.
 */
public final class MergeWriter implements AutoCloseable {

    /** The page cache during a merge, in KiB. */
    static final int CACHE_KIB = 256 * 1024;
    /** Characters of text held in rows not yet written (about 8 MB) before they are flushed. */
    static final long FLUSH_CHARS = 4L * 1024 * 1024;

    private final Connection c;
    private final int cacheBefore;
    private long nextSheetId;
    private final RowBatch sheetInsert;
    private final RowBatch grade;
    private final RowBatch audit;
    private final PreparedStatement sheetUpdate;
    private final PreparedStatement evaluator;
    private final PreparedStatement file;
    private final EvaluatorKeyDao.Pinner keys;
    private final SheetScores.Batch scores;
    private int pendingUpdates;
    /** The last time written and its text: a merge writes the same "now" on every row. */
    private Instant lastTime;
    private String lastTimeText;

    public MergeWriter(Connection c) throws SQLException {
        this.c = c;
        try (Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("PRAGMA cache_size")) {
                cacheBefore = rs.next() ? rs.getInt(1) : -2000;
            }
            st.execute("PRAGMA cache_size = -" + CACHE_KIB);
            // New sheets get their ids here so that they can be batched like the rest. Safe inside the
            // caller's write transaction: another writer that came first makes this one fail, not collide.
            try (ResultSet rs = st.executeQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM sheet")) {
                nextSheetId = rs.next() ? rs.getLong(1) : 1;
            }
        }
        this.sheetInsert = new RowBatch(c, "INSERT INTO sheet(id, round_id, evaluator_id, cluster_code, status, revision,"
                + " comment, created_at, updated_at, source_file_id) VALUES", 10, "");
        this.grade = new RowBatch(c, "INSERT INTO grade(sheet_id, round_id, item_id, grade, comment, indication, updated_at)"
                + " VALUES", 7, " ON CONFLICT(sheet_id, item_id) DO UPDATE SET grade = excluded.grade,"
                + " comment = excluded.comment, indication = excluded.indication, updated_at = excluded.updated_at");
        this.audit = new RowBatch(c, "INSERT INTO audit(at, actor, round_id, evaluator_id, cluster_code, item_id, field,"
                + " old_value, new_value, source, file_id) VALUES", 11, "");
        this.sheetUpdate = c.prepareStatement(
                "UPDATE sheet SET status = ?, revision = ?, comment = ?, updated_at = ?, source_file_id = ? WHERE id = ?");
        this.evaluator = c.prepareStatement(
                "INSERT INTO evaluator(id, name, affiliation, created_at) VALUES (?, ?, ?, ?) ON CONFLICT(id) DO NOTHING");
        // the per-file statements are prepared once too: preparing them per file cost ~90 ms per 1,000 files
        this.file = c.prepareStatement(
                "INSERT INTO imported_file(sha256, file_name, kind, size, content, round_id, evaluator_id, key_fingerprint,"
                        + " exported_at, imported_at, imported_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id");
        this.keys = new EvaluatorKeyDao.Pinner(c);
        this.scores = new SheetScores(c).batch();
    }

    /** Stores an imported file's bytes; returns its id. */
    public long insertFile(String sha256, String fileName, String kind, byte[] content, String roundId, String evaluatorId,
                           String keyFingerprint, Instant exportedAt, Instant at, String actor) throws SQLException {
        file.setString(1, sha256);
        file.setString(2, fileName);
        file.setString(3, kind);
        file.setLong(4, content.length);
        file.setBytes(5, content);
        file.setString(6, roundId);
        file.setString(7, evaluatorId);
        file.setString(8, keyFingerprint);
        file.setString(9, exportedAt == null ? null : exportedAt.toString());
        file.setString(10, text(at));
        file.setString(11, actor);
        try (ResultSet rs = file.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Pins a key ({@link EvaluatorKeyDao#pin}). */
    public void pinKey(String evaluatorId, String fingerprint, String publicKey, String trust, Instant at, String actor,
                       String reason) throws SQLException {
        keys.pin(evaluatorId, fingerprint, publicKey, trust, at, actor, reason);
    }

    public void ensureEvaluator(String id, String name, String affiliation, Instant at) throws SQLException {
        evaluator.setString(1, id);
        evaluator.setString(2, name);
        evaluator.setString(3, affiliation);
        evaluator.setString(4, text(at));
        evaluator.executeUpdate();
    }

    /** Adds a sheet (written at the next flush) and returns the id it will have. */
    public long insertSheet(String roundId, String evaluatorId, String cluster, SheetStatus status, long revision,
                            String comment, Instant updatedAt, Long fileId, Instant now) throws SQLException {
        long id = nextSheetId++;
        sheetInsert.add(id, roundId, evaluatorId, cluster, status.dbValue(), revision, comment, text(now),
                updatedAt.toString(), fileId);
        return id;
    }

    public void updateSheet(long sheetId, SheetStatus status, long revision, String comment, Instant updatedAt, Long fileId)
            throws SQLException {
        sheetUpdate.setString(1, status.dbValue());
        sheetUpdate.setLong(2, revision);
        sheetUpdate.setString(3, comment);
        sheetUpdate.setString(4, updatedAt.toString());
        setLong(sheetUpdate, 5, fileId);
        sheetUpdate.setLong(6, sheetId);
        sheetUpdate.addBatch();
        pendingUpdates++;
    }

    public void putGrade(long sheetId, String roundId, ItemEntry e, Instant at) throws SQLException {
        grade.add(sheetId, roundId, e.itemId(), e.grade(), e.comment(), e.indication(), text(at));
    }

    /** A sheet's entries as they are stored after this merge: its stored scores (sheet_score) follow them. */
    public void sheetScores(String roundId, String evaluatorId, String cluster, Map<String, ItemEntry> entries)
            throws SQLException {
        Map<String, String> grades = new HashMap<>();
        entries.forEach((item, e) -> grades.put(item, e.grade()));
        scores.put(roundId, evaluatorId, cluster, null, grades);
    }

    public void audit(AuditDao.Entry e, Long fileId) throws SQLException {
        audit.add(text(e.at()), e.actor(), e.roundId(), e.evaluatorId(), e.clusterCode(), e.itemId(), e.field(),
                e.oldValue(), e.newValue(), e.source(), fileId);
    }

    /** Sends the batched rows (sheets before the grades that refer to them); done every few thousand rows and at the end. */
    public void flush() throws SQLException {
        sheetInsert.flush();
        sheetUpdate.executeBatch();
        pendingUpdates = 0;
        grade.flush();
        audit.flush();
        scores.flush();
    }

    /**
     * Flushes every 5,000 rows, or sooner when their texts reach {@link #FLUSH_CHARS} characters: a
     * batch of files with long comments would otherwise hold thousands of them until the flush.
     */
    public void flushIfLarge() throws SQLException {
        if (pendingUpdates + sheetInsert.pending() + grade.pending() + audit.pending() > 5_000
                || sheetInsert.pendingChars() + grade.pendingChars() + audit.pendingChars() > FLUSH_CHARS) {
            flush();
        } else {
            scores.flushIfLarge();
        }
    }

    private String text(Instant t) {
        if (!t.equals(lastTime)) {
            lastTime = t;
            lastTimeText = t.toString();
        }
        return lastTimeText;
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
        try (sheetInsert; grade; audit; sheetUpdate; evaluator; file; keys; scores; Statement st = c.createStatement()) {
            st.execute("PRAGMA cache_size = " + cacheBefore); // closes all of them, even if one fails
        }
    }
}

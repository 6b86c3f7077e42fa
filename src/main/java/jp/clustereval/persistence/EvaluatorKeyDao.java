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

/** The evaluator_key table: pinned public keys (one active per evaluator) and their history. */
public final class EvaluatorKeyDao {

    /** One key of an evaluator. trust: first_use, verified or override. */
    public record Row(long id, String evaluatorId, String fingerprint, String publicKey, String trust, boolean active,
                      Instant at, String actor, String reason) {
    }

    private static final String SELECT = "SELECT id, evaluator_id, fingerprint, public_key, trust, active, at, actor, reason"
            + " FROM evaluator_key";

    private final Connection c;

    public EvaluatorKeyDao(Connection c) {
        this.c = c;
    }

    /** The pinned key of every evaluator that has one, by evaluator id. */
    public Map<String, Row> active() throws SQLException {
        Map<String, Row> rows = new LinkedHashMap<>();
        for (Row r : list(SELECT + " WHERE active = 1")) {
            rows.put(r.evaluatorId(), r);
        }
        return rows;
    }

    /**
     * Whose every key ever pinned is, by fingerprint as stored: a key belongs to one evaluator, also
     * after it was replaced (the first evaluator it was pinned for, should an older version have
     * pinned it twice).
     */
    public Map<String, String> owners() throws SQLException {
        Map<String, String> owners = new LinkedHashMap<>();
        for (Row r : list(SELECT + " ORDER BY id")) {
            owners.putIfAbsent(r.fingerprint(), r.evaluatorId());
        }
        return owners;
    }

    public List<Row> all() throws SQLException {
        return list(SELECT + " ORDER BY evaluator_id, id");
    }

    /** Pins a key: the evaluator's previous key (if any) stays as history, no longer active. */
    public void pin(String evaluatorId, String fingerprint, String publicKey, String trust, Instant at, String actor,
                    String reason) throws SQLException {
        try (Pinner p = new Pinner(c)) {
            p.pin(evaluatorId, fingerprint, publicKey, trust, at, actor, reason);
        }
    }

    /** {@link #pin} with its statements prepared once, for a merge that pins a key per new evaluator. */
    public static final class Pinner implements AutoCloseable {
        private final PreparedStatement retire;
        private final PreparedStatement insert;

        public Pinner(Connection c) throws SQLException {
            retire = c.prepareStatement("UPDATE evaluator_key SET active = 0 WHERE evaluator_id = ? AND active = 1");
            try {
                insert = c.prepareStatement(
                        "INSERT INTO evaluator_key(evaluator_id, fingerprint, public_key, trust, active, at, actor, reason)"
                                + " VALUES (?, ?, ?, ?, 1, ?, ?, ?)");
            } catch (SQLException e) {
                retire.close();
                throw e;
            }
        }

        public void pin(String evaluatorId, String fingerprint, String publicKey, String trust, Instant at, String actor,
                        String reason) throws SQLException {
            retire.setString(1, evaluatorId);
            retire.executeUpdate();
            insert.setString(1, evaluatorId);
            insert.setString(2, fingerprint);
            insert.setString(3, publicKey);
            insert.setString(4, trust);
            insert.setString(5, at.toString());
            insert.setString(6, actor);
            insert.setString(7, reason == null ? "" : reason);
            insert.executeUpdate();
        }

        @Override
        public void close() throws SQLException {
            try (retire; insert) {
                // closes both, even if one fails
            }
        }
    }

    private List<Row> list(String sql) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rows.add(new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getInt(6) == 1, Instant.parse(rs.getString(7)), rs.getString(8), rs.getString(9)));
            }
        }
        return rows;
    }
}

package jp.clustereval.persistence;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Turns a current database file into what an older schema version left, by undoing the newer
 * migrations' changes, so that tests can open it as a user's older file would be opened.
 */
public final class OlderSchema {

    private OlderSchema() {
    }

    /** The file as schema version 10 left it: without the finalised rounds (round_final) and the AHP matrices (V11). */
    public static void toVersion10(Path file) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("DROP TABLE round_final");
            st.execute("ALTER TABLE weight_change DROP COLUMN ahp_matrix");
            st.execute("DELETE FROM round_audit WHERE action IN ('finalise', 'reopen')");
            st.execute("DELETE FROM schema_version WHERE version = 11");
            st.execute("PRAGMA user_version = 10");
        }
    }

    /** The file as schema version 9 left it: without the meeting's notes per unit (V10). */
    public static void toVersion9(Path file) throws SQLException {
        toVersion10(file);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("DROP TABLE unit_note");
            st.execute("DELETE FROM round_audit WHERE action IN ('unit-note', 'unit-consensus')");
            st.execute("DELETE FROM schema_version WHERE version = 10");
            st.execute("PRAGMA user_version = 9");
        }
    }

    /**
     * The file as schema version 8 left it: without evidence per round, the figures back in the one
     * achievement table per cluster (each cluster's figures as its first round, by id, has them).
     */
    public static void toVersion8(Path file) throws SQLException {
        toVersion9(file);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE achievement (cluster_code TEXT NOT NULL REFERENCES cluster(code) ON DELETE CASCADE,"
                    + " period TEXT NOT NULL, metric TEXT NOT NULL, value INTEGER NOT NULL, sort_order INTEGER NOT NULL,"
                    + " PRIMARY KEY (cluster_code, period, metric))");
            st.execute("INSERT INTO achievement(cluster_code, period, metric, value, sort_order)"
                    + " SELECT cluster_code, period, metric, value, sort_order FROM round_evidence e"
                    + " WHERE round_id = (SELECT min(round_id) FROM round_evidence f WHERE f.cluster_code = e.cluster_code)");
            st.execute("DROP TABLE round_evidence");
            st.execute("DELETE FROM schema_version WHERE version = 9");
            st.execute("PRAGMA user_version = 8");
        }
    }

    /** The file as schema version 7 left it: without what V11, V10, V9 and V8 (the pinned keys of round packages) added. */
    public static void toVersion7(Path file) throws SQLException {
        toVersion8(file);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("DROP TABLE round_signer");
            st.execute("DELETE FROM schema_version WHERE version = 8");
            st.execute("PRAGMA user_version = 7");
        }
    }

    /** The file as schema version 6 left it: without what V11, V10, V9, V8 and V7 added. */
    public static void toVersion6(Path file) throws SQLException {
        toVersion7(file);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("DROP TABLE assignment");
            st.execute("DROP TABLE round_audit");
            st.execute("DROP TABLE round_unit");
            st.execute("ALTER TABLE round DROP COLUMN kind");
            st.execute("ALTER TABLE round DROP COLUMN created_by");
            st.execute("DELETE FROM app_meta WHERE key = 'current_round'");
            st.execute("DELETE FROM schema_version WHERE version = 7");
            st.execute("PRAGMA user_version = 6");
        }
    }

    /** The file as schema version 5 left it: without what V7 and V6 added. */
    public static void toVersion5(Path file) throws SQLException {
        toVersion6(file);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("ALTER TABLE sheet_score DROP COLUMN complete");
            st.execute("DELETE FROM schema_version WHERE version = 6");
            st.execute("PRAGMA user_version = 5");
        }
    }

    /** The file as schema version 4 left it: without what V6 and V5 added. */
    public static void toVersion4(Path file) throws SQLException {
        toVersion5(file);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("DROP TRIGGER evaluator_id_lower_insert");
            st.execute("DROP TRIGGER evaluator_id_lower_update");
            st.execute("DROP TABLE roster");
            st.execute("DROP TABLE evaluator_rename");
            st.execute("ALTER TABLE weight_change DROP COLUMN signer_id");
            st.execute("ALTER TABLE weight_change DROP COLUMN accepted_by");
            st.execute("ALTER TABLE weight_change DROP COLUMN accept_reason");
            st.execute("DELETE FROM schema_version WHERE version = 5");
            st.execute("PRAGMA user_version = 4");
        }
    }
}

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

    /** The file as schema version 7 left it: without what V8 added (the round package's pinned signers). */
    public static void toVersion7(Path file) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("DROP TABLE round_signer");
            st.execute("DELETE FROM schema_version WHERE version = 8");
            st.execute("PRAGMA user_version = 7");
        }
    }

    /** The file as schema version 6 left it: without what V8 and V7 added. */
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

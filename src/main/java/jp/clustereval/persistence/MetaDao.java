package jp.clustereval.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** The app_meta table: small facts about this database, such as who the local evaluator is. */
public final class MetaDao {

    public static final String LOCAL_EVALUATOR = "local_evaluator_id";
    /** What the local person answered at first start: "grader" or "chair" (absent: set up before the question). */
    public static final String LOCAL_ROLE = "local_role";
    /** The round commands and the desktop take when none is named ('round use'); absent: the newest. */
    public static final String CURRENT_ROUND = "current_round";

    private final Connection c;

    public MetaDao(Connection c) {
        this.c = c;
    }

    public Optional<String> get(String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT value FROM app_meta WHERE key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    public void put(String key, String value) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO app_meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value")) {
            ps.setString(1, key);
            ps.setString(2, value);
            ps.executeUpdate();
        }
    }
}

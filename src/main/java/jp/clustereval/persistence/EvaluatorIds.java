package jp.clustereval.persistence;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Brings stored evaluator ids to lower case (migration to V5). Evaluator ids are UUIDs, which are
 * case-insensitive, yet earlier versions kept an id in the case a score file spelled it, so that one
 * person could be stored twice. Two stored evaluators whose ids differ only in case are not merged
 * silently: the migration is refused, naming both, and the file is left as it was.
 */
final class EvaluatorIds {

    /** Every column that holds an evaluator id, besides evaluator.id itself. */
    private static final List<String> REFERENCES = List.of("sheet", "imported_file", "evaluator_key", "sheet_conflict",
            "conflict_of_interest", "comment_tag", "sheet_score", "audit", "roster", "evaluator_rename");

    private EvaluatorIds() {
    }

    static void normalise(Connection c, Path file) throws SQLException {
        List<String> collision = firstCollision(c);
        if (!collision.isEmpty()) {
            throw new StoreException("store.evaluatorIdCollision", String.valueOf(file), collision.get(0), collision.get(1));
        }
        if (!anyUpperCase(c)) {
            return;
        }
        try (Statement s = c.createStatement()) {
            // the ids of every table change together; their references are checked once, at the commit
            s.execute("PRAGMA defer_foreign_keys = ON");
            s.executeUpdate("UPDATE evaluator SET id = lower(id) WHERE id <> lower(id)");
            for (String table : REFERENCES) {
                s.executeUpdate("UPDATE " + table + " SET evaluator_id = lower(evaluator_id)"
                        + " WHERE evaluator_id <> lower(evaluator_id)");
            }
            // a signed import's audit rows name the evaluator as the actor
            s.executeUpdate("UPDATE audit SET actor = lower(actor) WHERE actor <> lower(actor)"
                    + " AND lower(actor) IN (SELECT id FROM evaluator)");
            s.executeUpdate("UPDATE app_meta SET value = lower(value) WHERE key = '" + MetaDao.LOCAL_EVALUATOR + "'");
        }
    }

    /** Two evaluators ("name (id)") whose ids are equal but for case; empty when there are none. */
    private static List<String> firstCollision(Connection c) throws SQLException {
        List<String> found = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT name, id FROM evaluator WHERE lower(id) ="
                + " (SELECT lower(id) FROM evaluator GROUP BY lower(id) HAVING count(*) > 1 ORDER BY lower(id) LIMIT 1)"
                + " ORDER BY id LIMIT 2");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                found.add(rs.getString(1) + " (" + rs.getString(2) + ")");
            }
        }
        return found;
    }

    private static boolean anyUpperCase(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT EXISTS (SELECT 1 FROM evaluator WHERE id <> lower(id))"
                     + " OR EXISTS (SELECT 1 FROM app_meta WHERE key = '" + MetaDao.LOCAL_EVALUATOR
                     + "' AND value <> lower(value))")) {
            return rs.next() && rs.getInt(1) == 1;
        }
    }
}

package jp.clustereval.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Multi-row inserts write exactly the rows added, in the order added, with later rows winning an upsert. */
class RowBatchTest {

    @TempDir
    Path dir;

    private Connection connect() throws Exception {
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("rows.db"));
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS log(id INTEGER PRIMARY KEY, n INTEGER NOT NULL, s TEXT)");
            s.execute("CREATE TABLE IF NOT EXISTS kv(k TEXT PRIMARY KEY, v INTEGER NOT NULL)");
        }
        return c;
    }

    private static List<String> rows(Connection c, String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1) + "|" + rs.getString(2));
            }
        }
        return out;
    }

    @Test
    void rowsAreWrittenInTheOrderAddedWholeStatementsFirstTheRestOnFlush() throws Exception {
        int n = 2 * RowBatch.ROWS + 22;
        List<String> expected = new ArrayList<>();
        try (Connection c = connect()) {
            c.setAutoCommit(false);
            try (RowBatch batch = new RowBatch(c, "INSERT INTO log(n, s) VALUES", 2, "")) {
                for (int i = 0; i < n; i++) {
                    String text = i % 5 == 0 ? null : "行" + i;
                    batch.add(i, text);
                    expected.add(i + "|" + text);
                }
                assertEquals(n, batch.pending());
                assertEquals(List.of(), rows(c, "SELECT n, s FROM log"), "nothing before the flush");
                batch.flush();
                assertEquals(0, batch.pending());
            }
            c.commit();
            // the row ids were given in insertion order
            assertEquals(expected, rows(c, "SELECT n, s FROM log ORDER BY id"));
        }
    }

    @Test
    void aLaterRowReplacesAnEarlierOneWithinAStatementAcrossStatementsAndInTheRest() throws Exception {
        try (Connection c = connect()) {
            c.setAutoCommit(false);
            try (RowBatch batch = new RowBatch(c, "INSERT INTO kv(k, v) VALUES", 2,
                    " ON CONFLICT(k) DO UPDATE SET v = excluded.v")) {
                // 200 rows over 50 keys: every key repeats within one 64-row statement and across them
                for (int i = 0; i < 200; i++) {
                    batch.add("k" + (i % 50), i);
                }
                batch.flush();
                batch.add("k0", -1); // after a flush, a single row again
                batch.flush();
            }
            c.commit();
            List<String> expected = new ArrayList<>();
            expected.add("k0|-1");
            for (int k = 1; k < 50; k++) {
                expected.add("k" + k + "|" + (150 + k));
            }
            assertEquals(expected, rows(c, "SELECT k, v FROM kv ORDER BY v"));
        }
    }

    @Test
    void aRowWithTheWrongNumberOfValuesIsRefused() throws Exception {
        try (Connection c = connect(); RowBatch batch = new RowBatch(c, "INSERT INTO log(n, s) VALUES", 2, "")) {
            assertThrows(IllegalArgumentException.class, () -> batch.add(1));
        }
    }
}

package jp.clustereval.service;

import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import jp.clustereval.persistence.Database;

/** Every row of every table as text: two equal snapshots prove that nothing stored changed. */
public final class DbSnapshot {

    private DbSnapshot() {
    }

    public static String of(Database db) {
        return db.query(c -> {
            List<String> tables = new ArrayList<>();
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            StringBuilder out = new StringBuilder();
            for (String table : tables) {
                out.append("== ").append(table).append('\n');
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM \"" + table + "\" ORDER BY 1")) {
                    int n = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= n; i++) {
                            Object v = rs.getObject(i);
                            out.append(v instanceof byte[] b ? "bytes:" + java.util.Arrays.hashCode(b) : String.valueOf(v)).append('|');
                        }
                        out.append('\n');
                    }
                }
            }
            return out.toString();
        });
    }

    static int count(Database db, String sql) {
        return db.query(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        });
    }
}

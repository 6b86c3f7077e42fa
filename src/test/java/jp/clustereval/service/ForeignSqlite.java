package jp.clustereval.service;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Run in a child JVM by {@link DatabaseDropTest}: another SQLite program (plain driver, default
 * settings, no ClusterEval code) tries to read and then to write the database, and prints what it
 * could do: "read ok N" or "read refused: ...", then "write ok" or "write refused: ...". It closes
 * its connection at the end, which for SQLite means a checkpoint and removing the WAL when it
 * believes it is the last user.
 */
public final class ForeignSqlite {

    private ForeignSqlite() {
    }

    public static void main(String[] args) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + args[0])) {
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA busy_timeout = 500");
                try (ResultSet rs = s.executeQuery("SELECT count(*) FROM grade")) {
                    rs.next();
                    System.out.println("read ok " + rs.getInt(1));
                } catch (SQLException e) {
                    System.out.println("read refused: " + e.getMessage());
                }
                try {
                    s.executeUpdate("CREATE TABLE foreign_probe(x)");
                    System.out.println("write ok");
                } catch (SQLException e) {
                    System.out.println("write refused: " + e.getMessage());
                }
            }
        }
        System.out.flush();
    }
}

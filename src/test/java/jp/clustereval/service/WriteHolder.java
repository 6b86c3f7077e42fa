package jp.clustereval.service;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * Run in a child JVM by {@link BusyTimeoutTest}: another program that holds a write transaction
 * on the database (BEGIN IMMEDIATE and an update), prints "holding", and commits and closes the
 * database after the milliseconds given (or holds until it is killed).
 */
public final class WriteHolder {

    private WriteHolder() {
    }

    public static void main(String[] args) throws Exception {
        long holdMillis = Long.parseLong(args[1]);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + args[0]); Statement s = c.createStatement()) {
            s.execute("BEGIN IMMEDIATE");
            s.execute("UPDATE app_meta SET value = value");
            System.out.println("holding");
            System.out.flush();
            Thread.sleep(holdMillis);
            s.execute("COMMIT");
        }
        System.out.println("committed");
        System.out.flush();
        Thread.sleep(120_000);
    }
}

package jp.clustereval.persistence;

import java.sql.Connection;
import java.sql.SQLException;

/** Work done with the database connection, inside or outside a transaction. */
@FunctionalInterface
public interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
}

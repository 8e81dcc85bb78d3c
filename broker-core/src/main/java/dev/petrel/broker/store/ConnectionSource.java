package dev.petrel.broker.store;

import java.sql.Connection;
import java.sql.SQLException;

/** Opens a new JDBC connection to the store's database; called again to replace a broken one. */
@FunctionalInterface
interface ConnectionSource {

    Connection open() throws SQLException;
}

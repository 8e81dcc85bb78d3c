package dev.petrel.broker.store;

import java.util.List;

/**
 * PostgreSQL 12 or later, for a store shared by brokers or larger than one machine's disk. Commits are
 * durable with the server's default {@code synchronous_commit=on}. Stateless.
 */
public final class PostgresDialect implements SqlDialect {

    @Override
    public String createTable() {
        return "CREATE TABLE";
    }

    @Override
    public String binaryType() {
        return "BYTEA";
    }

    @Override
    public String binaryKeyType() {
        return "BYTEA";
    }

    @Override
    public String textType() {
        return "TEXT";
    }

    @Override
    public String insertQueueIfAbsent() {
        return "INSERT INTO petrel_queue (queue_key, topic, client_id, sub_name, selector, no_local,"
                + " dispatched_up_to) VALUES (?, ?, ?, ?, ?, ?, 0) ON CONFLICT (queue_key) DO NOTHING";
    }

    @Override
    public List<String> onOpen() {
        return List.of();
    }

    @Override
    public List<String> onClose() {
        return List.of();
    }
}

package dev.petrel.broker.store;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The store contract on PostgreSQL, run only when {@code PETREL_TEST_POSTGRES_URL} names a database, for
 * example {@code jdbc:postgresql://localhost:5432/petrel?user=petrel&password=petrel} (docs/store.md says how
 * to start one). Each test gets a schema of its own, dropped afterwards.
 */
@EnabledIfEnvironmentVariable(named = "PETREL_TEST_POSTGRES_URL", matches = "jdbc:postgresql:.+")
class PostgresMessageStoreTest implements MessageStoreContract {

    @RegisterExtension
    final StoreFixture fixture = StoreFixture.postgres(System.getenv("PETREL_TEST_POSTGRES_URL"));

    @Override
    public StoreFixture fixture() {
        return fixture;
    }
}

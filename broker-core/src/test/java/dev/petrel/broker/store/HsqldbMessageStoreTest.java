package dev.petrel.broker.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The store contract on HSQLDB files, the default store, and what only a local file store does. */
class HsqldbMessageStoreTest implements MessageStoreContract {

    @RegisterExtension
    final StoreFixture fixture = StoreFixture.hsqldb();

    @Override
    public StoreFixture fixture() {
        return fixture;
    }

    /** HSQLDB commits each DDL statement, so a crash can leave a migration half done: the next open finishes it. */
    @Test
    void aMigrationACrashInterruptedIsFinishedAtTheNextOpen() throws Exception {
        StoreSchemaVersion1.create(fixture);
        StoreSchemaVersion1.addQueue(fixture, QUEUE);
        StoreSchemaVersion1.addMessage(fixture, StoreTestData.message(1, QUEUE, 10), List.of(QUEUE));
        fixture.execute("ALTER TABLE petrel_reference ADD COLUMN destination VARCHAR(1000)");

        MessageStore store = fixture.open();
        MessageStoreContract.commit(store, StoreTestData.send(2, QUEUE, 10));
        assertThat(store.loadMessages(QUEUE, List.of(1L, 2L))).extracting(StoredMessage::storeId)
                .containsExactly(1L, 2L);
        assertThat(fixture.queryLong("SELECT MAX(version) FROM petrel_schema")).isEqualTo(StoreSchema.VERSION);
    }

    @Test
    void aSecondBrokerCannotOpenTheSameFiles() {
        fixture.open();
        assertThatThrownBy(() -> JdbcMessageStore.open(fixture.options())).isInstanceOf(StoreException.class)
                .hasMessageContaining("in use by another broker").hasMessageContaining("petrel.lock");
    }
}

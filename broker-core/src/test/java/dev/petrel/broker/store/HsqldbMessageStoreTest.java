package dev.petrel.broker.store;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

    @Test
    void aSecondBrokerCannotOpenTheSameFiles() {
        fixture.open();
        assertThatThrownBy(() -> JdbcMessageStore.open(fixture.options())).isInstanceOf(StoreException.class)
                .hasMessageContaining("in use by another broker").hasMessageContaining("petrel.lock");
    }
}

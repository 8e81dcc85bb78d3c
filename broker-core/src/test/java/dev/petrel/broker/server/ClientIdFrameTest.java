package dev.petrel.broker.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.petrel.broker.BrokerExtension;
import dev.petrel.protocol.Close;
import dev.petrel.protocol.ErrorCode;
import dev.petrel.protocol.ErrorFrame;
import dev.petrel.protocol.Hello;
import dev.petrel.protocol.ProtocolVersion;
import dev.petrel.protocol.SetClientId;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Client IDs: one connection at a time holds each, broker-wide. */
@Timeout(30)
class ClientIdFrameTest {

    @RegisterExtension
    static final BrokerExtension BROKER = new BrokerExtension();

    @Test
    void aClientIdHeldByAnotherConnectionIsRefusedNamingIt() throws IOException {
        // Jakarta Messaging 3.1 §6.1.2: a client ID identifies one connection; InvalidClientIDException otherwise
        try (RawConnection first = RawConnection.open(BROKER.port(), null);
                RawConnection second = RawConnection.open(BROKER.port(), null)) {
            first.ok(id -> new SetClientId(id, "billing"));
            ErrorFrame refused = second.error(id -> new SetClientId(id, "billing"), ErrorCode.INVALID_CLIENT_ID);
            assertThat(refused.message()).contains("'billing'");
            second.ok(id -> new SetClientId(id, "billing-2"));
        }
    }

    @Test
    void helloWithAClientIdInUseIsRefusedAndClosed() throws IOException {
        // Jakarta Messaging 3.1 §6.1.2: the provider rejects a duplicate client ID
        try (RawConnection holder = RawConnection.open(BROKER.port(), "reports");
                RawFrameClient late = new RawFrameClient(BROKER.port())) {
            late.send(new Hello(7, ProtocolVersion.CURRENT, "reports", null, null, 0));
            ErrorFrame error = (ErrorFrame) late.lastBeforeClose(RawConnection.WAIT);
            assertThat(error.requestId()).isEqualTo(7);
            assertThat(error.code()).isEqualTo(ErrorCode.INVALID_CLIENT_ID);
            assertThat(error.message()).contains("'reports'");
        }
    }

    @Test
    void aClientIdIsFreedWhenItsConnectionCloses() throws IOException {
        // Jakarta Messaging 3.1 §6.1.2: the ID belongs to the connection only while it is open
        try (RawConnection first = RawConnection.open(BROKER.port(), "nightly")) {
            first.ok(Close::new);
            first.lastBeforeClose();
        }
        try (RawConnection again = RawConnection.open(BROKER.port(), "nightly")) {
            assertThat(again).isNotNull();
        }
    }

    @Test
    void aClientIdIsSetOncePerConnection() throws IOException {
        // Connection.setClientID javadoc: IllegalStateException when it is already set
        try (RawConnection c = RawConnection.open(BROKER.port(), "once")) {
            c.error(id -> new SetClientId(id, "twice"), ErrorCode.ILLEGAL_STATE);
        }
    }
}

package dev.petrel.broker.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.petrel.broker.BrokerExtension;
import dev.petrel.broker.config.AuthorizationConfig;
import dev.petrel.broker.config.AuthorizationRule;
import dev.petrel.broker.config.DestinationPattern;
import dev.petrel.broker.config.Permission;
import dev.petrel.broker.config.SecurityConfig;
import dev.petrel.jms.PetrelConnectionFactory;
import jakarta.jms.Connection;
import jakarta.jms.DeliveryMode;
import jakarta.jms.InvalidDestinationException;
import jakarta.jms.JMSException;
import jakarta.jms.JMSSecurityException;
import jakarta.jms.Session;
import jakarta.jms.TransactionRolledBackException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Each operation allowed and refused by role, over a real socket, with wildcard rules. */
@Timeout(60)
class AuthorizationTest {

    private static final UsersFixture USERS = new UsersFixture().user("pete", "pw", "producers")
            .user("connie", "pw", "consumers").user("ada", "pw", "admins").user("rita", "pw", "requesters");

    private static final List<AuthorizationRule> RULES = List.of(
            rule("orders.>", AuthorizationRule.Scope.QUEUES, Map.of(Permission.SEND, "producers,admins",
                    Permission.CONSUME, "consumers", Permission.BROWSE, "consumers", Permission.CREATE, "admins")),
            rule("*.events", AuthorizationRule.Scope.TOPICS, Map.of(Permission.SEND, "producers,admins",
                    Permission.CONSUME, "consumers", Permission.CREATE, "admins")),
            rule(">", AuthorizationRule.Scope.TEMPORARY, Map.of(Permission.CREATE, "requesters",
                    Permission.CONSUME, "requesters", Permission.SEND, "*")));

    @RegisterExtension
    static final BrokerExtension BROKER = new BrokerExtension(c -> c.withSecurity(SecurityConfig.defaults()
            .withAnonymous(false).withLogin(USERS.login()).withAuthorization(AuthorizationConfig.of(RULES))));

    private Connection connection;

    static AuthorizationRule rule(String pattern, AuthorizationRule.Scope scope, Map<Permission, String> grants) {
        Map<Permission, Set<String>> roles = new EnumMap<>(Permission.class);
        grants.forEach((p, r) -> roles.put(p, Set.of(r.split(","))));
        return new AuthorizationRule(new DestinationPattern(pattern), scope, roles);
    }

    @BeforeAll
    static void adminCreatesTheDestinations() throws JMSException {
        try (Connection admin = connect("ada")) {
            Session session = admin.createSession(false, Session.AUTO_ACKNOWLEDGE);
            session.createProducer(session.createQueue("orders.eu")).close();
            session.createProducer(session.createTopic("billing.events")).close();
        }
    }

    @AfterEach
    void close() throws JMSException {
        if (connection != null) {
            connection.close();
        }
    }

    private static Connection connect(String user) throws JMSException {
        return new PetrelConnectionFactory(BROKER.url()).createConnection(user, "pw");
    }

    private Session session(String user) throws JMSException {
        connection = connect(user);
        return connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
    }

    @Test
    void aProducerRoleMaySendToACoveredQueue() throws JMSException {
        Session session = session("pete");
        session.createProducer(session.createQueue("orders.eu")).send(session.createTextMessage("ok"));
    }

    @Test
    void sendIsRefusedNamingUserOperationAndDestination() throws JMSException {
        Session session = session("connie");
        assertThatThrownBy(() -> session.createProducer(session.createQueue("orders.eu")))
                .isInstanceOf(JMSSecurityException.class)
                .hasMessageContaining("user 'connie' may not send on queue://orders.eu");
    }

    @Test
    void consumeIsAllowedToConsumersAndRefusedToProducers() throws JMSException {
        session("connie").createConsumer(connection.createSession(false, Session.AUTO_ACKNOWLEDGE)
                .createQueue("orders.eu")).close();
        connection.close();
        Session session = session("pete");
        assertThatThrownBy(() -> session.createConsumer(session.createQueue("orders.eu")))
                .isInstanceOf(JMSSecurityException.class).hasMessageContaining("may not consume");
    }

    @Test
    void browseIsAllowedToConsumersAndRefusedToProducers() throws JMSException {
        Session allowed = session("connie");
        allowed.createBrowser(allowed.createQueue("orders.eu")).getEnumeration();
        connection.close();
        Session refused = session("pete");
        assertThatThrownBy(() -> refused.createBrowser(refused.createQueue("orders.eu")).getEnumeration())
                .isInstanceOf(JMSSecurityException.class).hasMessageContaining("may not browse");
    }

    @Test
    void autoCreatingADestinationNeedsCreate() throws JMSException {
        Session session = session("pete");
        assertThatThrownBy(() -> session.createProducer(session.createQueue("orders.new")))
                .isInstanceOf(JMSSecurityException.class).hasMessageContaining("may not create on queue://orders.new");
        connection.close();
        Session admin = session("ada");
        admin.createProducer(admin.createQueue("orders.new")).close();
    }

    @Test
    void aProducerWithoutDestinationIsCheckedOnSend() throws JMSException {
        Session session = session("pete");
        var producer = session.createProducer(null);
        producer.setDeliveryMode(DeliveryMode.PERSISTENT);
        producer.send(session.createQueue("orders.eu"), session.createTextMessage("allowed"));
        assertThatThrownBy(() -> producer.send(session.createQueue("payments"), session.createTextMessage("no")))
                .isInstanceOf(JMSSecurityException.class).hasMessageContaining("may not send on queue://payments");
        producer.send(session.createQueue("orders.eu"), session.createTextMessage("still allowed"));
    }

    /**
     * A transacted send does not wait for a receipt, so a refused one fails the commit instead (Jakarta Messaging
     * 3.1 §6.2.7: commit throws TransactionRolledBackException when the transaction had to be rolled back).
     */
    @Test
    void aRefusedTransactedSendFailsTheCommitAndNothingOfItIsSent() throws JMSException {
        connection = connect("pete");
        Session session = connection.createSession(true, Session.SESSION_TRANSACTED);
        var producer = session.createProducer(null);
        producer.send(session.createQueue("orders.eu"), session.createTextMessage("would be allowed"));
        producer.send(session.createQueue("payments"), session.createTextMessage("refused"));
        assertThatThrownBy(session::commit).isInstanceOf(TransactionRolledBackException.class)
                .hasMessageContaining("queue://payments").hasMessageContaining("may not send");
        producer.send(session.createQueue("orders.eu"), session.createTextMessage("next transaction"));
        session.commit();
        try (Connection reader = connect("connie")) {
            Session s = reader.createSession(false, Session.AUTO_ACKNOWLEDGE);
            reader.start();
            var consumer = s.createConsumer(s.createQueue("orders.eu")); // other tests' messages come first
            List<String> texts = new java.util.ArrayList<>();
            for (var m = consumer.receive(10_000); m != null; m = consumer.receive(500)) {
                texts.add(((jakarta.jms.TextMessage) m).getText());
            }
            assertThat(texts).contains("next transaction").doesNotContain("would be allowed", "refused");
        }
    }

    @Test
    void oneSegmentWildcardCoversExactlyOneSegment() throws JMSException {
        Session session = session("pete");
        session.createProducer(session.createTopic("billing.events")).close();
        assertThatThrownBy(() -> session.createProducer(session.createTopic("billing.eu.events")))
                .isInstanceOf(JMSSecurityException.class);
        assertThatThrownBy(() -> session.createProducer(session.createQueue("billing.events")))
                .as("a topic rule does not cover a queue of the same name").isInstanceOf(JMSSecurityException.class);
    }

    @Test
    void subscribingDurablyNeedsConsumeOnTheTopic() throws JMSException {
        connection = connect("connie");
        connection.setClientID("connie-app");
        Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
        session.createDurableSubscriber(session.createTopic("billing.events"), "audit").close();
        session.unsubscribe("audit");
        connection.close();
        Session refused = session("pete");
        assertThatThrownBy(() -> refused.createSharedDurableConsumer(refused.createTopic("billing.events"), "s"))
                .isInstanceOf(JMSSecurityException.class).hasMessageContaining("may not consume on topic://billing");
    }

    @Test
    void unsubscribingNeedsConsumeOnTheSubscriptionsTopic() throws JMSException {
        Session owner = session("connie");
        owner.createSharedDurableConsumer(owner.createTopic("billing.events"), "ledger").close();
        Connection other = connect("pete");
        try {
            Session refused = other.createSession(false, Session.AUTO_ACKNOWLEDGE);
            assertThatThrownBy(() -> refused.unsubscribe("ledger")).isInstanceOf(JMSSecurityException.class)
                    .hasMessageContaining("user 'pete' may not consume on topic://billing.events");
        } finally {
            other.close();
        }
        owner.unsubscribe("ledger");
        assertThatThrownBy(() -> owner.unsubscribe("ledger")).isInstanceOf(InvalidDestinationException.class)
                .as("the owner's unsubscribe deleted it");
    }

    @Test
    void temporaryDestinationsNeedTheTemporaryRule() throws JMSException {
        Session requester = session("rita");
        var replies = requester.createTemporaryQueue();
        requester.createConsumer(replies).close();
        Connection other = connect("pete");
        try {
            Session replier = other.createSession(false, Session.AUTO_ACKNOWLEDGE);
            replier.createProducer(replies).send(replier.createTextMessage("reply"));
            assertThatThrownBy(replier::createTemporaryQueue).isInstanceOf(JMSSecurityException.class)
                    .hasMessageContaining("user 'pete' may not create on temporary_queue://");
        } finally {
            other.close();
        }
        replies.delete();
    }

    @Test
    void rulesAddUpAndTheEveryoneRoleCoversAll() {
        Authorizer authorizer = new Authorizer(AuthorizationConfig.of(RULES));
        SecurityIdentity pete = SecurityIdentity.user("pete", Set.of("producers"));
        var orders = dev.petrel.protocol.DestinationRef.queue("orders");
        assertThat(authorizer.allows(pete, Permission.SEND, orders)).as("orders.> covers orders").isTrue();
        assertThat(authorizer.allows(pete, Permission.ADMIN, orders)).isFalse();
        var temp = new dev.petrel.protocol.DestinationRef(dev.petrel.protocol.DestinationRef.Kind.TEMPORARY_TOPIC,
                "c-1.t");
        assertThat(authorizer.allows(SecurityIdentity.ANONYMOUS, Permission.SEND, temp)).isTrue();
        assertThat(authorizer.allows(SecurityIdentity.ANONYMOUS, Permission.CREATE, temp)).isFalse();
        assertThat(new Authorizer(AuthorizationConfig.off()).allows(pete, Permission.ADMIN, orders)).isTrue();
    }
}

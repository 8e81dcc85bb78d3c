package dev.petrel.broker.config;

import java.time.Duration;
import java.util.List;

/**
 * Binds {@code <destinations>} with its {@code <memory>} and {@code <policy>} children, taking what is absent
 * from {@link DestinationPolicy#defaults()}, {@link MemoryConfig#defaults()} and
 * {@link DeliveryPolicy#defaults()}. Stateless.
 */
final class DeliveryPolicyBinder {

    private DeliveryPolicyBinder() {
    }

    static DestinationPolicy destinations(ElementReader e) {
        DestinationPolicy d = DestinationPolicy.defaults();
        boolean queues = e.attribute("autoCreateQueues", ConfigValues::parseBoolean, d.autoCreateQueues());
        boolean topics = e.attribute("autoCreateTopics", ConfigValues::parseBoolean, d.autoCreateTopics());
        MemoryConfig memory = e.child("memory").map(DeliveryPolicyBinder::memory).orElse(d.memory());
        List<DeliveryPolicy> policies = e.children("policy").stream().map(DeliveryPolicyBinder::policy).toList();
        return new DestinationPolicy(queues, topics, memory, policies);
    }

    private static MemoryConfig memory(ElementReader e) {
        MemoryConfig d = MemoryConfig.defaults();
        long limit = e.attribute("limit", ConfigValues::parseSize, d.limit());
        Duration timeout = e.attribute("producerFlowControlTimeout", ConfigValues::parseDuration,
                d.producerFlowControlTimeout());
        return e.build(() -> new MemoryConfig(limit, timeout));
    }

    private static DeliveryPolicy policy(ElementReader e) {
        DeliveryPolicy d = DeliveryPolicy.defaults();
        DestinationPattern match = e.attribute("match", DestinationPattern::new, null);
        DeliveryPolicy.Scope scope = e.attribute("type", DeliveryPolicy.Scope::parse, DeliveryPolicy.Scope.BOTH);
        int maxDeliveries = e.attribute("maxDeliveries", DeliveryPolicyBinder::parseInt, d.maxDeliveries());
        Duration delay = e.attribute("redeliveryDelay", ConfigValues::parseDuration, d.redeliveryDelay());
        double backoff = e.attribute("redeliveryBackoff", DeliveryPolicyBinder::parseDouble, d.redeliveryBackoff());
        Duration maxDelay = e.attribute("maxRedeliveryDelay", ConfigValues::parseDuration, d.maxRedeliveryDelay());
        String dlq = e.attribute("deadLetterQueue", String::strip, d.deadLetterQueue());
        boolean nonPersistent = e.attribute("deadLetterNonPersistent", ConfigValues::parseBoolean,
                d.deadLetterNonPersistent());
        String expiry = e.attribute("expiryQueue", String::strip, d.expiryQueue());
        boolean exclusive = e.attribute("exclusive", ConfigValues::parseBoolean, d.exclusive());
        int window = e.attribute("duplicateWindow", DeliveryPolicyBinder::parseInt, d.duplicateWindow());
        long memoryLimit = e.attribute("memoryLimit", ConfigValues::parseSize, d.memoryLimit());
        return e.build(() -> new DeliveryPolicy(match, scope, maxDeliveries, delay, backoff, maxDelay, dlq,
                nonPersistent, expiry, exclusive, window, memoryLimit));
    }

    private static int parseInt(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expected a whole number such as 10", e);
        }
    }

    private static double parseDouble(String text) {
        try {
            return Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expected a number such as 2.0", e);
        }
    }
}

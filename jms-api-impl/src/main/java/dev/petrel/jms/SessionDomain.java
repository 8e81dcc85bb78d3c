package dev.petrel.jms;

import jakarta.jms.IllegalStateException;

/**
 * Which messaging domain a session was created for. A QueueSession must refuse the publish/subscribe methods and
 * a TopicSession the point-to-point ones with IllegalStateException (QueueSession and TopicSession javadoc);
 * a plain Session allows both.
 */
enum SessionDomain {
    ANY, QUEUE, TOPIC;

    /** For the methods the QueueSession javadoc lists: durable and shared subscriptions, topics, unsubscribe. */
    void checkPublishSubscribe(String method) throws IllegalStateException {
        if (this == QUEUE) {
            throw new IllegalStateException(method + " is a publish/subscribe method, which a QueueSession must "
                    + "refuse (QueueSession javadoc): use a Session from Connection.createSession");
        }
    }

    /** For the methods the TopicSession javadoc lists: browsers, queues, temporary queues. */
    void checkPointToPoint(String method) throws IllegalStateException {
        if (this == TOPIC) {
            throw new IllegalStateException(method + " is a point-to-point method, which a TopicSession must "
                    + "refuse (TopicSession javadoc): use a Session from Connection.createSession");
        }
    }
}

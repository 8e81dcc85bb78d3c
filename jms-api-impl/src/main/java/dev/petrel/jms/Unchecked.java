package dev.petrel.jms;

import dev.petrel.jms.client.JmsExceptions;
import jakarta.jms.JMSException;

/**
 * Runs a classic-API call for the simplified API, which throws each checked exception as its runtime twin
 * (Jakarta Messaging 3.1 §7.3, {@link JmsExceptions#toRuntime}). Stateless.
 */
final class Unchecked {

    /** A call of the classic API that returns a value. */
    @FunctionalInterface
    interface Call<T> {
        T call() throws JMSException;
    }

    /** A call of the classic API that returns nothing. */
    @FunctionalInterface
    interface Run {
        void run() throws JMSException;
    }

    private Unchecked() {
    }

    static <T> T call(Call<T> call) {
        try {
            return call.call();
        } catch (JMSException e) {
            throw JmsExceptions.toRuntime(e);
        }
    }

    static void run(Run run) {
        try {
            run.run();
        } catch (JMSException e) {
            throw JmsExceptions.toRuntime(e);
        }
    }
}

package dev.petrel.broker.destination;

import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;

/**
 * Where destinations get the time from: the clock that decides expiry and delivery times, and the scheduler
 * that wakes a destination when a delayed message becomes due. The broker passes the system clock and its
 * timer thread; tests pass a clock and a scheduler they move by hand.
 *
 * @param clock     the time in epoch millis ({@link Clock#millis()})
 * @param scheduler runs timer tasks; they only hand work to a destination's executor
 */
public record BrokerTime(Clock clock, ScheduledExecutorService scheduler) {

    public BrokerTime {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(scheduler, "scheduler");
    }
}

package org.letterflow.it.clock;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.interceptor.Interceptor;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The application's one clock, made movable for the integration tests: added to the deployed WAR by
 * {@code DeployedApplication} only (never in the built WAR), it replaces {@code ClockProducer} for the
 * whole application as a prioritised alternative. Unmoved, it is the system clock; a test moves it
 * through {@link ClockShiftResource} and puts it back when done.
 */
@ApplicationScoped
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
public class MovableClock {

    private final AtomicReference<Duration> shift = new AtomicReference<>(Duration.ZERO);

    @Produces
    @ApplicationScoped
    Clock clock() {
        return new ShiftedClock(ZoneOffset.UTC, shift);
    }

    void moveBy(Duration by) {
        shift.set(by);
    }

    Duration shift() {
        return shift.get();
    }
}

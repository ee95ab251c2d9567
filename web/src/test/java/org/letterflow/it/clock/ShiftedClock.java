package org.letterflow.it.clock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/** The system clock moved by a shift that a test sets; a zone of it (withZone) moves with it. */
final class ShiftedClock extends Clock {

    private final ZoneId zone;
    private final AtomicReference<Duration> shift;

    ShiftedClock(ZoneId zone, AtomicReference<Duration> shift) {
        this.zone = zone;
        this.shift = shift;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new ShiftedClock(other, shift);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(shift.get());
    }
}

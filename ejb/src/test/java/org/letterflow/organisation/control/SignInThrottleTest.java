package org.letterflow.organisation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private final MutableClock clock = new MutableClock();
    private final SignInThrottle throttle = new SignInThrottle(clock);

    @Test
    void theFirstFailuresCostNothing() {
        for (int i = 0; i < SignInThrottle.FREE_ATTEMPTS - 1; i++) {
            throttle.failed("tomsk.clerk");
        }
        assertEquals(Duration.ZERO, throttle.waitFor("tomsk.clerk"));
    }

    @Test
    void eachFurtherFailureDoublesTheWaitUpToTheCap() {
        for (int i = 0; i < SignInThrottle.FREE_ATTEMPTS; i++) {
            throttle.failed("tomsk.clerk");
        }
        assertEquals(Duration.ofSeconds(1), throttle.waitFor("tomsk.clerk"));
        throttle.failed("tomsk.clerk");
        assertEquals(Duration.ofSeconds(2), throttle.waitFor("tomsk.clerk"));
        assertEquals(SignInThrottle.MAX_WAIT, SignInThrottle.penalty(40));
    }

    @Test
    void theWaitRunsOutWithTime() {
        for (int i = 0; i < SignInThrottle.FREE_ATTEMPTS + 2; i++) {
            throttle.failed("x");
        }
        clock.advance(Duration.ofSeconds(3));
        assertEquals(Duration.ofSeconds(1), throttle.waitFor("x"));
        clock.advance(Duration.ofSeconds(1));
        assertEquals(Duration.ZERO, throttle.waitFor("x"));
    }

    @Test
    void loginsAreCountedWithoutRegardToCaseAndSuccessForgivesAll() {
        for (int i = 0; i < SignInThrottle.FREE_ATTEMPTS; i++) {
            throttle.failed("Tomsk.Clerk ");
        }
        assertEquals(Duration.ofSeconds(1), throttle.waitFor("tomsk.clerk"));
        throttle.succeeded("TOMSK.CLERK");
        assertEquals(Duration.ZERO, throttle.waitFor("tomsk.clerk"));
    }

    @Test
    void oldFailuresAreForgotten() {
        for (int i = 0; i < SignInThrottle.FREE_ATTEMPTS; i++) {
            throttle.failed("x");
        }
        clock.advance(SignInThrottle.FORGET_AFTER.plusSeconds(1));
        throttle.failed("x");
        assertEquals(Duration.ZERO, throttle.waitFor("x"), "the count starts again");
    }

    static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2025-01-10T03:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}

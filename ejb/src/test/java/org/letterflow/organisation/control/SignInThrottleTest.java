package org.letterflow.organisation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private static final String USER = "127.0.0.1";
    private static final String STRANGER = "203.0.113.66";

    private final MutableClock clock = new MutableClock();
    private final SignInThrottle throttle = new SignInThrottle(clock);

    private void fail(String login, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(login, address);
        }
    }

    @Test
    void theFirstFailuresCostNothing() {
        fail("tomsk.clerk", USER, SignInThrottle.FREE_ATTEMPTS - 1);
        assertEquals(Duration.ZERO, throttle.waitFor("tomsk.clerk", USER));
    }

    @Test
    void eachFurtherFailureDoublesTheWaitUpToTheCap() {
        fail("tomsk.clerk", USER, SignInThrottle.FREE_ATTEMPTS);
        assertEquals(Duration.ofSeconds(1), throttle.waitFor("tomsk.clerk", USER));
        throttle.failed("tomsk.clerk", USER);
        assertEquals(Duration.ofSeconds(2), throttle.waitFor("tomsk.clerk", USER));
        assertEquals(SignInThrottle.MAX_WAIT, SignInThrottle.penalty(40));
    }

    @Test
    void aStrangersFailuresNeverMakeTheUserWait() {
        fail("tomsk.clerk", STRANGER, 24);
        assertTrue(throttle.waitFor("tomsk.clerk", STRANGER).compareTo(Duration.ZERO) > 0, "the stranger waits");
        assertEquals(Duration.ZERO, throttle.waitFor("tomsk.clerk", USER), "the user, who has not failed, does not");
    }

    @Test
    void oneAddressTryingManyLoginsIsSlowedAcrossThem() {
        for (int i = 0; i < SignInThrottle.FREE_ADDRESS_FAILURES; i++) {
            throttle.failed("user" + i, STRANGER);
        }
        assertEquals(Duration.ofSeconds(1), throttle.waitFor("someone.else", STRANGER),
                "a login it has never tried waits too");
        assertEquals(Duration.ZERO, throttle.waitFor("someone.else", USER));
    }

    @Test
    void successForgivesTheLoginsFailuresButNotTheAddresss() {
        fail("Tomsk.Clerk ", USER, SignInThrottle.FREE_ATTEMPTS);
        assertEquals(Duration.ofSeconds(1), throttle.waitFor("tomsk.clerk", USER), "logins counted without case");
        throttle.succeeded("TOMSK.CLERK", USER);
        assertEquals(Duration.ZERO, throttle.waitFor("tomsk.clerk", USER));

        for (int i = 0; i < SignInThrottle.FREE_ADDRESS_FAILURES; i++) {
            throttle.failed("user" + i, STRANGER);
        }
        throttle.succeeded("user0", STRANGER);
        assertEquals(Duration.ofSeconds(1), throttle.waitFor("user0", STRANGER),
                "a sprayer's own account does not clear its address");
    }

    @Test
    void theWaitRunsOutWithTime() {
        fail("x", USER, SignInThrottle.FREE_ATTEMPTS + 2);
        clock.advance(Duration.ofSeconds(3));
        assertEquals(Duration.ofSeconds(1), throttle.waitFor("x", USER));
        clock.advance(Duration.ofSeconds(1));
        assertEquals(Duration.ZERO, throttle.waitFor("x", USER));
    }

    @Test
    void oldFailuresAreForgotten() {
        fail("x", USER, SignInThrottle.FREE_ATTEMPTS);
        clock.advance(SignInThrottle.FORGET_AFTER.plusSeconds(1));
        throttle.failed("x", USER);
        assertEquals(Duration.ZERO, throttle.waitFor("x", USER), "the count starts again");
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

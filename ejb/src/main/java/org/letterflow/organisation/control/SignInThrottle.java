package org.letterflow.organisation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing: after a few failures for one login, each further attempt must
 * wait twice as long as the one before (capped). The same rule applies to logins that do not
 * exist, so the wait says nothing about which accounts are real.
 */
@ApplicationScoped
public class SignInThrottle {

    static final int FREE_ATTEMPTS = 3;
    static final Duration MAX_WAIT = Duration.ofMinutes(5);
    static final Duration FORGET_AFTER = Duration.ofMinutes(15);

    private record Failures(int count, Instant last) {
    }

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    @Inject
    Clock clock;

    public SignInThrottle() {
    }

    SignInThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long this login must still wait before the next attempt is even checked; zero if not. */
    public Duration waitFor(String login) {
        Failures f = failures.get(key(login));
        if (f == null || f.count() < FREE_ATTEMPTS) {
            return Duration.ZERO;
        }
        Duration penalty = penalty(f.count());
        Duration left = Duration.between(clock.instant(), f.last().plus(penalty));
        return left.isNegative() ? Duration.ZERO : left;
    }

    public void failed(String login) {
        Instant now = clock.instant();
        failures.compute(key(login), (k, f) -> f == null || f.last().plus(FORGET_AFTER).isBefore(now)
                ? new Failures(1, now)
                : new Failures(f.count() + 1, now));
        if (failures.size() > 100_000) {
            failures.values().removeIf(f -> f.last().plus(FORGET_AFTER).isBefore(now));
        }
    }

    public void succeeded(String login) {
        failures.remove(key(login));
    }

    static Duration penalty(int failureCount) {
        int doublings = Math.min(failureCount - FREE_ATTEMPTS, 16);
        Duration wait = Duration.ofSeconds(1L << doublings);
        return wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait;
    }

    private static String key(String login) {
        return login == null ? "" : login.strip().toLowerCase(Locale.ROOT);
    }
}

package org.letterflow.organisation.control;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * Slows down password guessing without letting a stranger lock anyone out. Failures are counted
 * per login <em>and</em> client address: after a few, each further attempt from that address for
 * that login must wait twice as long as the one before (capped). Failures are also counted per
 * address across logins, so one client trying many logins (password spraying) is slowed as well.
 * A client that has not failed is never made to wait, whatever others do with the same login.
 * Unknown logins are counted like real ones, so the wait says nothing about which accounts exist.
 */
@ApplicationScoped
public class SignInThrottle {

    /** Failures of one login from one address before the first wait. */
    static final int FREE_ATTEMPTS = 3;
    /** Failures from one address, whatever the logins, before the first wait: a few people behind one NAT mistype. */
    static final int FREE_ADDRESS_FAILURES = 10;
    static final Duration MAX_WAIT = Duration.ofMinutes(5);
    static final Duration FORGET_AFTER = Duration.ofMinutes(15);
    /** Counters kept at most; past it the least used go first, so a flood of addresses cannot exhaust memory. */
    static final long MAX_TRACKED = 100_000;

    private record Failures(int count, Instant last) {
        Failures then(Instant now) {
            return new Failures(count + 1, now);
        }
    }

    private Cache<String, Failures> byLoginAndAddress;
    private Cache<String, Failures> byAddress;

    @Inject
    Clock clock;

    public SignInThrottle() {
    }

    SignInThrottle(Clock clock) {
        this.clock = clock;
        init();
    }

    @PostConstruct
    void init() {
        byLoginAndAddress = counters();
        byAddress = counters();
    }

    /** Counters that expire a quarter of an hour after their last failure, on the injected clock. */
    private Cache<String, Failures> counters() {
        return Caffeine.newBuilder()
                .ticker(() -> clock.millis() * 1_000_000L)
                .expireAfterWrite(FORGET_AFTER)
                .maximumSize(MAX_TRACKED)
                .build();
    }

    /** How long this client must still wait before its next attempt for this login is even checked; zero if not. */
    public Duration waitFor(String login, String address) {
        Duration forLogin = left(byLoginAndAddress.getIfPresent(key(login, address)), FREE_ATTEMPTS);
        Duration forAddress = left(byAddress.getIfPresent(address(address)), FREE_ADDRESS_FAILURES);
        return forLogin.compareTo(forAddress) >= 0 ? forLogin : forAddress;
    }

    public void failed(String login, String address) {
        Instant now = clock.instant();
        byLoginAndAddress.asMap().merge(key(login, address), new Failures(1, now), (f, one) -> f.then(now));
        byAddress.asMap().merge(address(address), new Failures(1, now), (f, one) -> f.then(now));
    }

    /**
     * The right password forgives this client's failures for this login; not those of the address,
     * or a sprayer holding one account of its own could clear its count with it.
     */
    public void succeeded(String login, String address) {
        byLoginAndAddress.invalidate(key(login, address));
    }

    private Duration left(Failures f, int free) {
        if (f == null || f.count() < free) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(clock.instant(), f.last().plus(penalty(f.count() - free)));
        return left.isNegative() ? Duration.ZERO : left;
    }

    /** The wait after {@code beyondFree} failures past the free ones: 1 s, 2 s, 4 s… up to the cap. */
    static Duration penalty(int beyondFree) {
        Duration wait = Duration.ofSeconds(1L << Math.min(Math.max(beyondFree, 0), 16));
        return wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait;
    }

    private static String key(String login, String address) {
        return address(address) + " " + (login == null ? "" : login.strip().toLowerCase(Locale.ROOT));
    }

    private static String address(String address) {
        return address == null ? "" : address;
    }
}

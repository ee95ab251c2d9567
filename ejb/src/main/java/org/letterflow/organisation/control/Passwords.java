package org.letterflow.organisation.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Password hashing with the platform's PBKDF2, one set of parameters for the whole application.
 *
 * <p>PBKDF2 is slow on purpose, and HTTP Basic sends the password with every API call. So a
 * password that was verified is remembered for a while as an HMAC under a key that lives only in
 * this process, together with the stored hash it was checked against: a changed password or a
 * new hash makes the memory worthless at once, and the plain password is never kept.
 */
@ApplicationScoped
public class Passwords {

    public static final int MIN_LENGTH = 8;
    static final Duration REMEMBER = Duration.ofMinutes(10);

    private record Verified(byte[] mac, String storedHash, Instant until) {
    }

    private final Map<String, Verified> verified = new ConcurrentHashMap<>();
    private final SecretKeySpec key;

    @Inject
    Clock clock;

    public Passwords() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        key = new SecretKeySpec(secret, "HmacSHA256");
    }

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    /** Verified against when a login is unknown, so an unknown login costs the same time. */
    private String decoy;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", "20000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        decoy = pbkdf2.generate("decoy-password".toCharArray());
    }

    public String hash(char[] password) {
        return pbkdf2.generate(password);
    }

    public boolean matches(char[] password, String storedHash) {
        return pbkdf2.verify(password, storedHash);
    }

    /** As {@link #matches(char[], String)}, answered from memory when this login just proved it. */
    public boolean matches(String login, char[] password, String storedHash) {
        String who = login.strip().toLowerCase(Locale.ROOT);
        byte[] mac = mac(who, password);
        Instant now = clock.instant();
        Verified known = verified.get(who);
        if (known != null && known.until().isAfter(now) && known.storedHash().equals(storedHash)
                && MessageDigest.isEqual(known.mac(), mac)) {
            return true;
        }
        boolean matches = pbkdf2.verify(password, storedHash);
        if (matches) {
            if (verified.size() > 10_000) {
                verified.values().removeIf(v -> !v.until().isAfter(now));
            }
            verified.put(who, new Verified(mac, storedHash, now.plus(REMEMBER)));
        } else {
            verified.remove(who);
        }
        return matches;
    }

    private byte[] mac(String login, char[] password) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(key);
            hmac.update(login.getBytes(StandardCharsets.UTF_8));
            hmac.update((byte) 0);
            return hmac.doFinal(new String(password).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java", e);
        }
    }

    /** Spends the time of one verification and says no. */
    public boolean wasteVerification(char[] password) {
        pbkdf2.verify(password, decoy);
        return false;
    }
}

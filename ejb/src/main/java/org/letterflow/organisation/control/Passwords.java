package org.letterflow.organisation.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/** Password hashing with the platform's PBKDF2, one set of parameters for the whole application. */
@ApplicationScoped
public class Passwords {

    public static final int MIN_LENGTH = 8;

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

    /** Spends the time of one verification and says no. */
    public boolean wasteVerification(char[] password) {
        pbkdf2.verify(password, decoy);
        return false;
    }
}

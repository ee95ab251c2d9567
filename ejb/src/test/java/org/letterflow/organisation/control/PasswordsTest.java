package org.letterflow.organisation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PasswordsTest {

    /** Stands in for the platform's PBKDF2: "hash" is the password reversed, and every call is counted. */
    static final class CountingHash implements Pbkdf2PasswordHash {
        int verifications;
        Map<String, String> parameters = Map.of();

        @Override
        public void initialize(Map<String, String> parameters) {
            this.parameters = parameters;
        }

        @Override
        public String generate(char[] password) {
            return new StringBuilder(new String(password)).reverse().toString();
        }

        @Override
        public boolean verify(char[] password, String hashedPassword) {
            verifications++;
            return generate(password).equals(hashedPassword);
        }
    }

    private final CountingHash hash = new CountingHash();
    private final SignInThrottleTest.MutableClock clock = new SignInThrottleTest.MutableClock();
    private final Passwords passwords = passwords();

    private Passwords passwords() {
        Passwords p = new Passwords();
        p.pbkdf2 = hash;
        p.clock = clock;
        return p;
    }

    @Test
    void aVerifiedPasswordIsRememberedForAWhile() {
        assertTrue(passwords.matches("tomsk.clerk", "demo".toCharArray(), "omed"));
        assertTrue(passwords.matches("Tomsk.Clerk", "demo".toCharArray(), "omed"));
        assertEquals(1, hash.verifications);
        clock.advance(Passwords.REMEMBER.plus(Duration.ofSeconds(1)));
        assertTrue(passwords.matches("tomsk.clerk", "demo".toCharArray(), "omed"));
        assertEquals(2, hash.verifications, "verified again once the memory expired");
    }

    @Test
    void aWrongPasswordIsNeverAnsweredFromMemory() {
        assertTrue(passwords.matches("tomsk.clerk", "demo".toCharArray(), "omed"));
        assertFalse(passwords.matches("tomsk.clerk", "guess".toCharArray(), "omed"));
        assertEquals(2, hash.verifications);
    }

    @Test
    void aChangedPasswordHashMakesTheMemoryWorthless() {
        assertTrue(passwords.matches("tomsk.clerk", "demo".toCharArray(), "omed"));
        assertFalse(passwords.matches("tomsk.clerk", "demo".toCharArray(), "wen-drowssap"));
        assertEquals(2, hash.verifications);
    }

    @Test
    void passwordsAreHashedWithPbkdf2AndSha256At20000IterationsAnd32ByteSalts() {
        passwords.configure();
        assertEquals(Map.of("Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", "20000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"), hash.parameters);
        assertEquals("omed", passwords.hash("demo".toCharArray()), "the platform's hash, as it makes it");
    }

    @Test
    void anUnknownLoginCostsOneVerificationAndIsRefusedWhateverThePassword() {
        passwords.configure();
        assertFalse(passwords.wasteVerification("decoy-password".toCharArray()), "not even the decoy's own password");
        assertEquals(1, hash.verifications, "the time of one verification, as for a known login");
    }

    @Test
    void aPasswordCheckedWithoutALoginIsVerifiedEveryTime() {
        assertTrue(passwords.matches("demo".toCharArray(), "omed"));
        assertTrue(passwords.matches("demo".toCharArray(), "omed"));
        assertFalse(passwords.matches("guess".toCharArray(), "omed"));
        assertEquals(3, hash.verifications, "nothing remembered without a login");
    }
}

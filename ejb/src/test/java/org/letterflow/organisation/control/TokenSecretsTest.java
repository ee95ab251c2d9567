package org.letterflow.organisation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TokenSecretsTest {

    @Test
    void secretsAreLongRandomAndPrefixed() {
        String one = TokenSecrets.newSecret();
        String two = TokenSecrets.newSecret();
        assertNotEquals(one, two);
        assertTrue(one.startsWith(TokenSecrets.PREFIX), one);
        assertEquals(TokenSecrets.PREFIX.length() + 43, one.length(), "32 bytes in unpadded base64url");
    }

    @Test
    void theHashIsStableAndRevealsNothingOfTheSecret() {
        String secret = TokenSecrets.newSecret();
        String hash = TokenSecrets.hash(secret);
        assertEquals(hash, TokenSecrets.hash(secret + " "), "surrounding blanks from a copy-paste do not matter");
        assertEquals(64, hash.length());
        assertTrue(hash.matches("[0-9a-f]{64}"));
        assertFalse(hash.contains(secret.substring(TokenSecrets.PREFIX.length(), 20)));
        assertNotEquals(hash, TokenSecrets.hash(TokenSecrets.newSecret()));
    }
}

package org.letterflow.organisation.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ApiTokenTest {

    @Test
    void aUseIsNotedAtMostEveryFewMinutes() {
        Instant made = Instant.parse("2026-01-10T03:00:00Z");
        ApiToken token = new ApiToken(null, "скрипт", "0".repeat(64), made);
        assertNull(token.getLastUsedAt());
        token.usedAt(made.plusSeconds(10));
        assertEquals(made.plusSeconds(10), token.getLastUsedAt());
        token.usedAt(made.plusSeconds(60));
        assertEquals(made.plusSeconds(10), token.getLastUsedAt(), "a minute later: not written again");
        token.usedAt(made.plusSeconds(10).plus(ApiToken.USE_RECORDED_EVERY).plusSeconds(1));
        assertEquals(made.plusSeconds(10).plus(ApiToken.USE_RECORDED_EVERY).plusSeconds(1), token.getLastUsedAt());
    }
}

package org.letterflow.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OriginsTest {

    private final Origins origins = new Origins("https://portal.edu.example");

    @Test
    void theApplicationsOwnOriginIsNotForeign() {
        assertFalse(origins.foreign("http://localhost:8080", "localhost:8080"));
        assertFalse(origins.foreign("https://sed.example.org", "sed.example.org"));
        assertFalse(origins.foreign("https://sed.example.org", "sed.example.org:443"));
        assertFalse(origins.foreign("HTTP://LocalHost:8080", "localhost:8080"));
    }

    @Test
    void aRequestWithoutOriginIsAScriptNotAForeignPage() {
        assertFalse(origins.foreign(null, "localhost:8080"));
    }

    @Test
    void anotherSiteOrPortOrAnOpaqueOriginIsForeign() {
        assertTrue(origins.foreign("https://evil.example", "localhost:8080"));
        assertTrue(origins.foreign("http://localhost:9090", "localhost:8080"));
        assertTrue(origins.foreign("http://localhost:8080.evil.example", "localhost:8080"));
        assertTrue(origins.foreign("null", "localhost:8080"));
        assertTrue(origins.foreign("http://[bad", "localhost:8080"));
        assertTrue(origins.foreign("https://sed.example.org", null));
    }

    @Test
    void anOriginTheOperatorNamedIsAllowed() {
        assertFalse(origins.foreign("https://portal.edu.example", "sed.example.org"));
    }
}
